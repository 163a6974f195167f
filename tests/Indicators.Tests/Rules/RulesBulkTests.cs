using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

/// <summary>A random dataset and random formulas, as plain data FsCheck can print.</summary>
public sealed record RulesBulkCase(int Zones, int Years, double[] Cells, RuleExpression Formula1, RuleExpression Formula2, RuleExpression Condition)
{
    /// <summary>The dataset's columns, deliberately not in the rules' order and with one the rules never read.</summary>
    public static readonly string[] Codes = ["X", "C", "A", "M2", "B", "P", "M1"];

    public double Value(int zone, int indicator, int year) => Cells[((zone * Codes.Length) + indicator) * Years + year];

    public BulkDataset Dataset()
    {
        var dataset = new BulkDataset(Zones, Enumerable.Repeat(1.0, Codes.Length).ToArray(), Enumerable.Repeat(Polarity.Positive, Codes.Length).ToArray(),
            Years, 2020, Codes);
        for (var z = 0; z < Zones; z++)
        {
            for (var i = 0; i < Codes.Length; i++)
            {
                for (var y = 0; y < Years; y++)
                {
                    var v = Value(z, i, y);
                    dataset.SetActual(z, i, y, double.IsNaN(v) ? null : v);
                }
            }
        }
        return dataset;
    }

    /// <summary>The zone's figures for year <paramref name="year"/> and the year before, as one zone is evaluated.</summary>
    public RuleZone Zone(int zone, int year)
    {
        var result = RuleZone.Create();
        for (var i = 0; i < Codes.Length; i++)
        {
            if (Value(zone, i, year) is var v && !double.IsNaN(v))
            {
                result = result.With(Codes[i], v);
            }
            if (year > 0 && Value(zone, i, year - 1) is var p && !double.IsNaN(p))
            {
                result = result.WithPreviousYear(Codes[i], p);
            }
        }
        return result;
    }
}

public class RulesBulkTests
{
    private static readonly RuleEnvironment Environment = RuleEnvironment.Default
        .WithFunction(new RuleFunction("twice", [RuleType.Number], RuleType.Number, a => a[0] * 2))
        .WithFunction(new RuleFunction("ratio", [RuleType.Number, RuleType.Number], RuleType.Number, a => a[0] / a[1],
            (a, n, r) =>
            {
                for (var i = 0; i < n; i++)
                {
                    r[i] = a[i] / a[n + i];
                }
            }));

    private static readonly string[] NumberNames = ["A", "B", "C"];

    private static Gen<double> Values =>
        Gen.Frequency(
            (2, Gen.Constant(double.NaN)),
            (1, Gen.Elements(0.0, -0.0, 1.0, -1.0, 1e300, 1e-300)),
            // Extremes (issue 9, item 7): results and unit conversions that overflow are missing in both paths.
            (1, Gen.Elements(1e308, -1e308, double.MaxValue, double.Epsilon, 1.7e306)),
            (6, Gen.Choose(-2000, 20000).Select(i => i / 8.0)));

    /// <summary>Number-typed formulas over A, B, C (and D1 when <paramref name="withD1"/>).</summary>
    private static Gen<RuleFormula> Numeric(int depth, bool withD1)
    {
        string[] names = withD1 ? [.. NumberNames, "D1"] : NumberNames;
        var leaf = Gen.OneOf(
            Gen.Elements(names).Select(Rule.Name),
            Gen.Elements(names).Select(n => Rule.Call("previous", Rule.Name(n))),
            Gen.Choose(-3, 12).Select(i => (RuleFormula)(i / 2.0)));
        if (depth == 0)
        {
            return leaf;
        }
        var sub = Numeric(depth - 1, withD1);
        return Gen.Frequency(
            (3, leaf),
            (5, from op in Gen.Choose(0, 4) from l in sub from r in sub
                select op switch { 0 => l + r, 1 => l - r, 2 => l * r, 3 => l / r, _ => l.Power(Rule.Number(2)) }),
            (1, sub.Select(x => -x)),
            (1, from f in Gen.Elements("min", "max", "coalesce", "ratio") from a in sub from b in sub select Rule.Call(f, a, b)),
            (1, from f in Gen.Elements("abs", "twice") from a in sub select Rule.Call(f, a)),
            (1, from a in sub from n in Gen.Choose(0, 3) select Rule.Call("round", a, n)),
            (1, from c in Condition(depth - 1, withD1) from a in sub from b in sub select Rule.Call("if", c, a, b)));
    }

    private static Gen<RuleFormula> Condition(int depth, bool withD1)
    {
        var sub = Numeric(Math.Max(0, depth - 1), withD1);
        var comparison = from op in Gen.Choose(0, 5) from l in sub from r in sub
                         select op switch { 0 => l < r, 1 => l <= r, 2 => l > r, 3 => l >= r, 4 => l.EqualTo(r), _ => l.NotEqualTo(r) };
        if (depth <= 0)
        {
            return Gen.OneOf(comparison, sub.Select(x => Rule.Call("present", x)));
        }
        var inner = Condition(depth - 1, withD1);
        return Gen.Frequency(
            (3, comparison),
            (1, sub.Select(x => Rule.Call("present", x))),
            (2, from and in Gen.Elements(true, false) from l in inner from r in inner select and ? l & r : l | r),
            (1, inner.Select(x => !x)));
    }

    internal static Gen<RulesBulkCase> Cases(int maxZones) =>
        from zones in Gen.Choose(1, maxZones)
        from years in Gen.Choose(1, 4)
        from cells in Gen.ArrayOf(Values, zones * RulesBulkCase.Codes.Length * years)
        from f1 in Numeric(3, false)
        from f2 in Numeric(3, true)
        from condition in Condition(2, true)
        select new RulesBulkCase(zones, years, cells, f1, f2, condition);

    private static RulePlan Plan(RulesBulkCase c)
    {
        var rules = RuleSet.CreateBuilder()
            .Indicator("A").Indicator("B").Indicator("C")
            .Indicator("M1", unit: "亿元").Indicator("M2", unit: "万元").Indicator("P", unit: "%")
            .Derived("D1", c.Formula1)
            .Derived("D2", c.Formula2)
            .Derived("Money", Rule.Name("M1") + Rule.Name("M2"), "万元")
            .Derived("G", Rule.Call("growth", Rule.Name("A")))
            .Derived("GD", Rule.Call("growth", Rule.Name("D1")))
            .Derived("PreviousD2", Rule.Call("previous", Rule.Name("D2")))
            .Derived("S", Rule.Call("share", Rule.Name("A"), Rule.Name("B")))
            .Derived("R", Rule.Call("round", Rule.Name("P") + Rule.Points(1), 1), "%")
            .Derived("Intensity", Rule.Name("A") / Rule.Name("B"), "%")
            .Derived("PercentTimes", Rule.Name("P") * Rule.Number(1e10) * Rule.Number(0.5))
            .Derived("Per", Rule.Name("M1") / Rule.Name("C"), "万元")
            .Check("random", c.Condition)
            .Check("fast", Rule.Name("G") > Rule.Percent(5) | Rule.Name("P") >= Rule.Percent(3))
            .Build();
        return Compile(rules, Environment);
    }

    private static RulePlan Compile(RuleSet rules, RuleEnvironment? environment = null)
    {
        var compiled = RulePlan.Compile(rules, environment);
        Assert.True(compiled.Success, compiled.ToString());
        return compiled.Value!;
    }

    private static void AssertBulkEqualsScalar(RulesBulkCase c, RulePlan plan, RuleBulkResults results)
    {
        var tally = new int[plan.Checks.Count, 3];
        for (var z = 0; z < c.Zones; z++)
        {
            for (var y = 0; y < c.Years; y++)
            {
                var scalar = plan.Evaluate(c.Zone(z, y));
                for (var d = 0; d < results.DerivedIndicators.Count; d++)
                {
                    var name = results.DerivedIndicators[d].Name;
                    var expected = scalar.Find(name)!.Value;
                    var actual = results.GetValue(z, d, y);
                    if (expected is null != actual is null || (expected is { } e && BitConverter.DoubleToInt64Bits(e) != BitConverter.DoubleToInt64Bits(actual!.Value)))
                    {
                        Assert.Fail(string.Create(CultureInfo.InvariantCulture,
                            $"{name} of zone {z}, year {y}: scalar {expected:R} ({scalar.Find(name)!.MissingReason}), bulk {actual:R}; formula {scalar.Find(name)!.Explanation.Expression}"));
                    }
                    Assert.Equal(actual, results.GetValue(z, name, y));
                }
                for (var k = 0; k < plan.Checks.Count; k++)
                {
                    Assert.Equal(scalar.Checks[k].Status, results.GetCheckStatus(z, k, y));
                    Assert.Equal(scalar.Checks[k].Status, results.GetCheckStatus(z, plan.Checks[k].Name, y));
                    tally[k, (int)scalar.Checks[k].Status]++;
                }
            }
        }
        for (var k = 0; k < plan.Checks.Count; k++)
        {
            foreach (var status in Enum.GetValues<RuleCheckStatus>())
            {
                Assert.Equal(tally[k, (int)status], results.Count(k, status));
            }
        }
    }

    [Property(MaxTest = 200)]
    public void Bulk_values_and_check_outcomes_equal_the_scalar_evaluation_bit_for_bit(SmallRulesBulkCase small)
    {
        var c = small.Value;
        var plan = Plan(c);
        var results = plan.EvaluateBulk(c.Dataset(), new BulkOptions { MaxDegreeOfParallelism = 1 });
        Assert.True(results.IsComputed);
        AssertBulkEqualsScalar(c, plan, results);
    }

    [Property(MaxTest = 8)]
    public void Many_chunks_on_many_threads_give_the_same_bits_as_one_thread_and_as_the_scalar(ChunkedRulesBulkCase chunked)
    {
        var c = chunked.Value;
        // 700 zones × 3 years: about 341 zones per chunk of 1,024 cells, so three chunks, the last one short.
        var plan = Plan(c);
        var dataset = c.Dataset();
        var one = plan.EvaluateBulk(dataset, new BulkOptions { MaxDegreeOfParallelism = 1 });
        var three = new RuleBulkResults(plan, dataset);
        RuleBulk.Evaluate(plan, dataset, three, new BulkOptions { MaxDegreeOfParallelism = 3 });
        for (var d = 0; d < one.DerivedIndicators.Count; d++)
        {
            for (var z = 0; z < c.Zones; z++)
            {
                for (var y = 0; y < c.Years; y++)
                {
                    Assert.Equal(one.GetValue(z, d, y) is { } v ? BitConverter.DoubleToInt64Bits(v) : (long?)null,
                        three.GetValue(z, d, y) is { } w ? BitConverter.DoubleToInt64Bits(w) : null);
                }
            }
        }
        AssertBulkEqualsScalar(c with { Zones = 700 }, plan, three);
    }

    /// <summary>A long, varied array from a short random one (values repeat with a stride that is not a multiple of the row).</summary>
    internal static double[] Spread(double[] seed, int length)
    {
        var cells = new double[length];
        for (var k = 0; k < length; k++)
        {
            cells[k] = seed[(k * 7 + k / seed.Length) % seed.Length] + (double.IsNaN(seed[k % seed.Length]) ? 0 : k % 5);
        }
        return cells;
    }

    [Fact]
    public void Check_counts_tally_the_outcomes_and_missing_is_not_evaluated()
    {
        var plan = Compile(RuleSet.CreateBuilder().Indicator("A").Indicator("B")
            .Check("a_below_b", Rule.Name("A") <= Rule.Name("B"), "A 不应超过 B").Build());
        var dataset = new BulkDataset(2, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 2, 2023, ["B", "A"]);
        dataset.SetActual(0, 1, 0, 5);
        dataset.SetActual(0, 0, 0, 6); // zone 0, 2023: A 5 ≤ B 6 passes
        dataset.SetActual(0, 1, 1, 7);
        dataset.SetActual(0, 0, 1, 6); // zone 0, 2024: A 7 > B 6 fails
        dataset.SetActual(1, 1, 0, 1); // zone 1, 2023: B missing: not evaluated; 2024: both missing
        var results = plan.EvaluateBulk(dataset);
        Assert.Equal(RuleCheckStatus.Passed, results.GetCheckStatus(0, "a_below_b", 0));
        Assert.Equal(RuleCheckStatus.Failed, results.GetCheckStatus(0, 0, 1));
        Assert.Equal(RuleCheckStatus.NotEvaluated, results.GetCheckStatus(1, 0, 0));
        Assert.Equal(1, results.Count(0, RuleCheckStatus.Passed));
        Assert.Equal(1, results.Count(0, RuleCheckStatus.Failed));
        Assert.Equal(2, results.Count(0, RuleCheckStatus.NotEvaluated));
    }

    [Fact]
    public void Derived_values_are_in_their_units_and_missing_stays_missing()
    {
        // 研发投入强度 = 研发经费 / 营业收入 (docs/rule-language.md): 250万元 / 1亿元 = 2.5%.
        var plan = Compile(RuleSet.CreateBuilder()
            .Indicator("RdFunds", "研发经费", "万元").Indicator("Sales", "营业收入", "亿元")
            .Derived("RdShare", Rule.Name("RdFunds") / Rule.Name("Sales"), "%", "研发投入强度")
            .Build());
        var dataset = new BulkDataset(2, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 1, 2024, ["RdFunds", "Sales"]);
        dataset.SetActual(0, 0, 0, 250);
        dataset.SetActual(0, 1, 0, 1);
        dataset.SetActual(1, 1, 0, 2);
        var results = plan.EvaluateBulk(dataset);
        Assert.Equal(2.5, results.GetValue(0, "RdShare", 0)!.Value, 12);
        Assert.Null(results.GetValue(1, "RdShare", 0));
        Assert.Throws<ArgumentException>(() => results.GetValue(0, "Unknown", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetValue(2, 0, 0));
    }

    [Fact]
    public void A_dataset_without_an_indicator_the_rules_read_is_rejected_naming_it()
    {
        var plan = Compile(RuleSet.CreateBuilder().Indicator("A").Indicator("B").Derived("D", Rule.Name("A") + Rule.Name("B")).Build());
        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 1, 2024, ["A"]);
        var error = Assert.Throws<ArgumentException>(() => plan.EvaluateBulk(dataset));
        Assert.Contains("'B'", error.Message, StringComparison.Ordinal);
        var fine = new BulkDataset(1, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 1, 2024, ["A", "B"]);
        var other = Compile(RuleSet.CreateBuilder().Indicator("A").Indicator("B").Derived("D", Rule.Name("A") + Rule.Name("B")).Build());
        Assert.Throws<ArgumentException>(() => RuleBulk.Evaluate(other, fine, new RuleBulkResults(plan, fine)));
        Assert.Throws<ArgumentException>(() => RuleBulk.Evaluate(plan, new BulkDataset(2, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 1, 2024, ["A", "B"]), new RuleBulkResults(plan, fine)));
        // The same shape with the columns swapped: the programs would read the wrong columns.
        var swapped = new BulkDataset(1, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 1, 2024, ["B", "A"]);
        Assert.Throws<ArgumentException>(() => RuleBulk.Evaluate(plan, swapped, new RuleBulkResults(plan, fine)));
        RuleBulk.Evaluate(plan, fine, new RuleBulkResults(plan, fine));
    }

    [Fact]
    public void Issue10_Results_never_evaluated_are_refused_not_read_as_zero_or_passed()
    {
        var plan = Compile(RuleSet.CreateBuilder().Indicator("A").Indicator("B").Derived("D", Rule.Name("A") + Rule.Name("B"))
            .Check("Small", Rule.Name("A") < Rule.Number(10)).Build());
        var dataset = new BulkDataset(1, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 1, 2024, ["A", "B"]);
        dataset.SetActual(0, 0, 0, 20);
        var results = new RuleBulkResults(plan, dataset);
        var reads = new Action[]
        {
            () => results.GetValue(0, 0, 0), () => results.GetValue(0, "D", 0), () => results.GetCheckStatus(0, 0, 0),
            () => results.GetCheckStatus(0, "Small", 0), () => results.Count(0, RuleCheckStatus.Passed),
        };
        Assert.All(reads, read => Assert.Contains("RuleBulk.Evaluate", Assert.Throws<InvalidOperationException>(read).Message));
        RuleBulk.Evaluate(plan, dataset, results);
        Assert.All(reads, read => read());
        Assert.Null(results.GetValue(0, "D", 0));
        Assert.Equal(RuleCheckStatus.Failed, results.GetCheckStatus(0, "Small", 0));
    }

    [Fact]
    public void A_scheme_scoring_a_derived_indicator_equals_the_scalar_scheme_on_the_scalar_values()
    {
        var rules = RuleSet.Parse("""
            indicator A "甲" unit 万元;
            indicator B "乙" unit 万元;
            indicator D "比率" = A / B * 100;
            scheme S total 100 {
              category C1 60 { A 30 by capped_ratio(1.2) missing reweight target 50; D 30 by capped_ratio(1.2) missing reweight target 80; }
              category C2 40 { B *1 by efficacy_coefficient() missing zero; }
            }
            """);
        Assert.True(rules.Success, string.Join("\n", rules.Diagnostics));
        var plan = Compile(rules.Value!);
        var random = new Random(20261122);
        const int zones = 40, years = 3;
        var dataset = new BulkDataset(zones, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], years, 2022, ["B", "A"]);
        for (var z = 0; z < zones; z++)
        {
            for (var y = 0; y < years; y++)
            {
                dataset.SetActual(z, 1, y, random.Next(1, 120));
                dataset.SetActual(z, 0, y, random.Next(10) == 0 ? null : random.Next(0, 150));
            }
        }
        var results = plan.EvaluateBulk(dataset);
        var bulk = results.GetAssessment("S");
        var scheme = plan.Schemes["S"];
        string Code(string name) => plan.Indicators.Single(i => i.Name == name).Code;
        for (var y = 0; y < years; y++)
        {
            var zoneList = new List<AssessmentZone>();
            for (var z = 0; z < zones; z++)
            {
                var figures = RuleZone.Create();
                if (dataset.GetActual(z, 1, y) is { } a) { figures = figures.With("A", a); }
                if (dataset.GetActual(z, 0, y) is { } b) { figures = figures.With("B", b); }
                var d = plan.Evaluate(figures).Find("D")!.Value;
                Assert.Equal(d, results.GetValue(z, "D", y));
                zoneList.Add(AssessmentZone.Of("z" + z.ToString(CultureInfo.InvariantCulture))
                    .WithValue(Code("A"), dataset.GetActual(z, 1, y)).WithValue(Code("B"), dataset.GetActual(z, 0, y)).WithValue(Code("D"), d));
            }
            var scalar = scheme.Evaluate(zoneList);
            for (var z = 0; z < zones; z++)
            {
                var expected = scalar[ZoneId.Of("z" + z.ToString(CultureInfo.InvariantCulture))];
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Total), BitConverter.DoubleToInt64Bits(bulk.GetTotal(z, y)!.Value));
                Assert.Equal(expected.Rank, bulk.GetRank(z, y));
            }
        }
        Assert.Throws<ArgumentException>(() => results.GetAssessment("T"));
    }
}
