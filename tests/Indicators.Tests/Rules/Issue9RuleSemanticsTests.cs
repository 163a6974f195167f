using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 9, items 1, 2 and 21: numbers beside percentages (RL2015, RL2017), a literal repeating the declared unit's
/// conversion (RL2016), and benchmark_ratio() against the best zone with unscorable entries refused at compile time (RL3008).
/// </summary>
public class Issue9RuleSemanticsTests
{
    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static RulePlan Compile(string text)
    {
        var result = RulePlan.Compile(text, sourceName: "t.rules");
        Assert.True(result.Success, result.ToString());
        return result.Value!;
    }

    private static Diagnostic Single(string text, string code) => BindingTextTests.Only(text, code);

    private static int ColumnOf(string line, string token) => line.IndexOf(token, StringComparison.Ordinal) + 1;

    // ---- item 1 -----------------------------------------------------------------------------------------------------

    /// <summary>Found by the rule-text fuzzer after the merge: a bare 1e308 beside a percentage offered "Infinity%" as its fraction reading.</summary>
    [Fact]
    public void Issue9_01_RL2015_offers_no_fraction_reading_beyond_the_largest_number()
    {
        var d = Single("indicator P unit %;\ncheck c: P > 1e308;", "RL2015");
        Assert.DoesNotContain("Infinity", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", d.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("write 1E+308%", d.Message, StringComparison.Ordinal);
    }

    /// <summary>Found by the rule-text fuzzer in CI after the merge: literal arithmetic that is no number (3 / -0) beside a
    /// percentage offered "write Infinity%".</summary>
    [Fact]
    public void Issue9_01_RL2015_on_literal_arithmetic_that_is_no_number_offers_no_number()
    {
        foreach (var literal in new[] { "3 / -0", "0 / 0", "1e308 * 10" })
        {
            var d = Single("indicator P unit %;\ncheck c: P > " + literal + ";", "RL2015");
            Assert.DoesNotContain("Infinity", d.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", d.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", d.ChineseMessage, StringComparison.Ordinal);
            Assert.Contains("not a finite number", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Issue9_01_BareNumberBesidePercentageIsAnError()
    {
        // The issue's two formulas: the 3 beside RdIntensity (in %) and the 8 beside growth(GDP) meant a fraction.
        const string score = "indicator Score = if(RdIntensity >= 3, 1, 0);";
        var d = Single(score, "RL2015");
        Assert.Equal((1, ColumnOf(score, "3,")), (d.Line, d.Column));
        Assert.Contains("write 3%", d.Message, StringComparison.Ordinal);
        Assert.Contains("300%", d.Message, StringComparison.Ordinal);
        Assert.Contains("3%", d.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(1, d.Length); // the caret is on the literal alone

        const string fast = "check fast: growth(GDP) >= 8;";
        d = Single(fast, "RL2015");
        Assert.Equal(ColumnOf(fast, "8;"), d.Column);
        Assert.Contains("write 8%", d.Message, StringComparison.Ordinal);
        Assert.Contains("800%", d.Message, StringComparison.Ordinal);

        // A fraction written bare is refused too, with the percentage it stands for.
        d = Single("check fast: growth(GDP) >= 0.08;", "RL2015");
        Assert.Contains("8%", d.Message, StringComparison.Ordinal);
        // Beside percentage points the suggestion is pp; added, subtracted, among min/max candidates or if's branches alike.
        Assert.Contains("2pp", Single("check c: growth(GDP) - growth(Exports) > 2;", "RL2015").Message, StringComparison.Ordinal);
        Single("indicator X = growth(GDP) + 1;", "RL2015");
        Single("indicator X = 1 - growth(GDP);", "RL2015");
        Single("indicator X = min(growth(GDP), 3);", "RL2015");
        Single("indicator X = if(GDP > 0, growth(GDP), 5);", "RL2015");
        Single("check c: growth(GDP) != 16 / 2;", "RL2015");
        Single("check c: growth(GDP) < -3;", "RL2015");

        // A number in ‰ is a fraction inside as well: beside it a bare number is refused with the ‰ readings, and round()
        // counts decimals in ‰.
        const string permille = "indicator Births \"出生率\" unit \"‰\";\ncheck low: Births < 5;";
        d = Single(permille, "RL2015");
        Assert.Equal((2, 21), (d.Line, d.Column));
        Assert.Contains("write 0.5% (5‰)", d.Message, StringComparison.Ordinal);
        Assert.Contains("500%", d.Message, StringComparison.Ordinal);
        var births = Compile("indicator Births unit \"‰\";\nindicator Low = if(Births < 0.5%, 1, 0);\nindicator Rounded = round(Births, 1) unit \"‰\";");
        var b = births.Evaluate(RuleZone.Create().With("Births", 4.26));
        Assert.Equal(1, b.Find("Low")!.Value);
        Assert.Equal(4.3, b.Find("Rounded")!.Value!.Value, 12);

        // Written with the unit, the formulas mean what the analyst meant: 4.2% >= 3% and 20% >= 8%.
        var plan = Compile("indicator Score = if(RdIntensity >= 3%, 1, 0);\ncheck fast: growth(GDP) >= 8%;");
        var evaluation = plan.Evaluate(RuleZone.Create("开发区01").With("RdIntensity", 4.2).With("GDP", 120, previousYear: 100));
        Assert.Equal(1, evaluation.Find("Score")!.Value);
        Assert.Equal(RuleCheckStatus.Passed, evaluation.Checks[0].Status);

        // Zero is zero in every unit; scaling a percentage by a number stays legal.
        Compile("check up: growth(GDP) > 0;\nindicator Floor = max(growth(GDP), 0);\nindicator Half = growth(GDP) * 0.5;\nindicator Per = growth(GDP) / 2;");

        // Schemes: a number is in the indicator's unit, and for an indicator in % it may carry the sign — the same number.
        const string scheme = "scheme S total 100 {{ category C 100 {{ RdIntensity 100 by interpolation() target {0} baseline {1}; }} }}";
        var bare = Compile(string.Format(CultureInfo.InvariantCulture, scheme, "3", "1")).Schemes["S"];
        var signed = Compile(string.Format(CultureInfo.InvariantCulture, scheme, "3%", "1%")).Schemes["S"];
        var zones = new[] { AssessmentZone.Of("开发区01").WithValue("RdIntensity", 2.5), AssessmentZone.Of("开发区02").WithValue("RdIntensity", 4.2) };
        Assert.Equal(bare.Evaluate(zones).Select(z => z.Total), signed.Evaluate(zones).Select(z => z.Total));
        Assert.Equal(75, bare.Evaluate(zones)[0].Total, 10);
        Assert.Equal("scheme S total 100 {\n  category C 100 {\n    RdIntensity 100 by interpolation() target 3% baseline 1%;\n  }\n}\n",
            RuleSet.Parse(string.Format(CultureInfo.InvariantCulture, scheme, "3%", "1%")).Value!.ToText());
        // On an indicator not measured in %, the sign is refused rather than guessed.
        Assert.Contains("亿元", Single("scheme S total 100 { category C 100 { GDP 100 by capped_ratio() target 8%; } }", "RL2017").Message, StringComparison.Ordinal);
    }

    /// <summary>What an operand is: a percentage, a change in points, per mille, a plain number or a bare literal.</summary>
    public enum Operand { Percent, Points, PerMille, Number, Bare }

    /// <summary>Two operands and how they meet (see <see cref="RateOperands"/>).</summary>
    internal static Gen<RateOperands> RateOperandCases
    {
        get
        {
            var percents = new[] { "P", "growth(A)", "5%", "share(A, B)", "round(P, 1)", "target(P)" };
            var points = new[] { "(P - growth(A))", "2pp" };
            var numbers = new[] { "A", "A / B", "previous(A)" };
            var permilles = new[] { "M", "round(M, 1)", "abs(M)", "M * 2", "(M - previous(M))" };
            var bareValues = Gen.Frequency(
                (3, Gen.Choose(-40, 40).Select(i => i / 4.0)),
                (1, Gen.Constant(0.0)),
                (1, Gen.Elements(1e-3, 100.0, 1e6)));
            Gen<(Operand Kind, string Text, double Value)> OperandOf(Operand kind) => kind switch
            {
                Operand.Percent => Gen.Elements(percents).Select(t => (kind, t, double.NaN)),
                Operand.Points => Gen.Elements(points).Select(t => (kind, t, double.NaN)),
                Operand.PerMille => Gen.Elements(permilles).Select(t => (kind, t, double.NaN)),
                Operand.Number => Gen.Elements(numbers).Select(t => (kind, t, double.NaN)),
                _ => Gen.OneOf(
                    bareValues.Select(v => (kind, Text(v), v)),
                    from a in Gen.Choose(1, 9) from b in Gen.Choose(1, 9) select (kind, "(" + a + " * " + b + ")", (double)(a * b))),
            };
            var operand = Gen.Elements(Operand.Percent, Operand.Points, Operand.PerMille, Operand.Number, Operand.Bare).SelectMany(OperandOf);
            var shapes = new[] { "+", "-", "<", "<=", ">", ">=", "==", "!=", "min", "max", "if" };
            return from l in operand from r in operand from shape in Gen.Elements(shapes) select new RateOperands(l, r, shape);
        }
    }

    [Property(MaxTest = 400)]
    public bool Issue9_01_property_RL2015_exactly_when_a_bare_non_zero_number_meets_a_percentage_points_or_permille(RateOperands c)
    {
        const string header = "indicator A; indicator B; indicator P unit %; indicator M unit \"‰\"; target P \"4%\";\n";
        var (l, r, shape) = c;
        var line = shape switch
        {
            "+" or "-" => "indicator X = " + l.Text + " " + shape + " " + r.Text + ";",
            "min" or "max" => "indicator X = " + shape + "(" + l.Text + ", " + r.Text + ");",
            "if" => "indicator X = if(A > 0, " + l.Text + ", " + r.Text + ");",
            _ => "check c: " + l.Text + " " + shape + " " + r.Text + ";",
        };
        static bool Rate(Operand k) => k is Operand.Percent or Operand.Points or Operand.PerMille;
        var leftBare = l.Kind == Operand.Bare && l.Value != 0 && Rate(r.Kind);
        var rightBare = r.Kind == Operand.Bare && r.Value != 0 && Rate(l.Kind);
        var result = RulePlan.Compile(header + line, sourceName: "p.rules");
        var reported = result.Diagnostics.Where(d => d.Code == "RL2015").ToList();
        if (!leftBare && !rightBare)
        {
            return reported.Count == 0;
        }
        // The caret is on the bare number (inside its parentheses): the left operand's first column, or the right's.
        var column = leftBare ? line.IndexOf(l.Text, StringComparison.Ordinal) + 1 : line.LastIndexOf(r.Text, StringComparison.Ordinal) + 1;
        column += (leftBare ? l.Text : r.Text).StartsWith('(') ? 1 : 0;
        return reported.Count == 1 && reported[0].Line == 2 && reported[0].Column == column && !result.Success;
    }

    // ---- item 2 -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue9_02_LiteralRepeatingUnitConversionIsDiagnosed()
    {
        // The issue's formula: 件/人 × 10000 declared in 件/万人, which already multiplies by 10000.
        const string density = "indicator PatentDensity \"万人发明专利授权量\" = InventionPatentsGranted / Employees * 10000 unit \"件/万人\";";
        var d = Single(density, "RL2016");
        Assert.Equal(ColumnOf(density, "10000"), d.Column);
        Assert.Contains("件/人", d.Message, StringComparison.Ordinal);
        Assert.Contains("drop '* 10000'", d.Message, StringComparison.Ordinal);
        Assert.Contains("件/人", d.ChineseMessage, StringComparison.Ordinal);
        // The same factor written as a division, a ratio shown in % or ‰, a quantity in a smaller unit: each repeats it.
        Single("indicator PatentDensity = InventionPatentsGranted / Employees / 0.0001 unit \"件/万人\";", "RL2016");
        Assert.Contains("drop '* 100'", Single("indicator ExportShare = Exports / GDP * 100 unit %;", "RL2016").Message, StringComparison.Ordinal);
        Single("indicator ExportShare = 100 * Exports / GDP unit %;", "RL2016");
        Single("indicator Ratio = Exports / GDP * 1000 unit \"‰\";", "RL2016");
        Single("indicator GdpWan = GDP * 10000 unit 万元;", "RL2016");
        Single("indicator Growth = growth(GDP) * 100 unit %;", "RL2016");
        Assert.Contains("its unit %", Single("indicator Growth = growth(GDP) * 100;", "RL2016").Message, StringComparison.Ordinal);

        // Without the repeated literal the unit converts once: 50 件 / 20000 人 = 25 件/万人; 2亿元 / 8亿元 = 25%.
        var plan = Compile("indicator PatentDensity = InventionPatentsGranted / Employees unit \"件/万人\";\nindicator ExportShare = Exports / GDP unit %;\n" +
                           "indicator Doubled = Exports / GDP * 2 unit %;");
        var evaluation = plan.Evaluate(RuleZone.Create().With("InventionPatentsGranted", 50).With("Employees", 20000).With("Exports", 2).With("GDP", 8));
        Assert.Equal(25, evaluation.Find("PatentDensity")!.Value!.Value, 10);
        Assert.Equal(25, evaluation.Find("ExportShare")!.Value!.Value, 10);
        Assert.Equal(50, evaluation.Find("Doubled")!.Value!.Value, 10);
        // No declared unit, no conversion to repeat (a quantity or a plain number is shown as it is).
        Compile("indicator Per10k = InventionPatentsGranted / Employees * 10000;\nindicator Percent = Exports / GDP * 100;");
    }

    /// <summary>Formulas with a declared unit and literal factors (see <see cref="LiteralFactors"/>).</summary>
    internal static Gen<LiteralFactors> LiteralFactorCases
    {
        get
        {
            // (formula, declared unit, factor the unit applies, natural value for the zone in the property)
            var bases = new (string Formula, string Unit, double Factor, double Natural)[]
            {
                ("InventionPatentsGranted / Employees", "\"件/万人\"", 1e4, 50.0 / 20000),
                ("InventionPatentsGranted / Employees", "\"件/人\"", 1, 50.0 / 20000),
                ("Exports / GDP", "%", 100, 0.25),
                ("Exports / GDP", "\"‰\"", 1000, 0.25),
                ("GDP", "万元", 1e4, 8),
                ("GDP", "亿元", 1, 8),
                ("share(Exports, GDP)", "", 100, 0.25), // no declared unit: a percent is shown × 100 in its own unit
                ("Exports / GDP", "", 1, 0.25),
            };
            var literals = new[] { 2.0, 10, 100, 1000, 1e4, 0.5, 0.01, 0.001, 1e-4, 3 };
            return from b in Gen.Elements(bases)
                   from factors in (from value in Gen.Elements(literals) from divide in Gen.Elements(false, true) select (value, divide)).ArrayOf()
                   where factors.Length <= 3
                   select new LiteralFactors(b, factors);
        }
    }

    [Property(MaxTest = 300)]
    public bool Issue9_02_property_RL2016_exactly_when_a_literal_repeats_the_declared_conversion_else_the_value_is_converted_once(LiteralFactors c)
    {
        var zone = RuleZone.Create().With("InventionPatentsGranted", 50).With("Employees", 20000).With("Exports", 2).With("GDP", 8);
        var (b, factors) = c;
        var formula = b.Formula + string.Concat(factors.Select(f => (f.divide ? " / " : " * ") + Text(f.value)));
        var result = RulePlan.Compile("indicator X = " + formula + (b.Unit.Length == 0 ? "" : " unit " + b.Unit) + ";");
        var repeats = b.Factor != 1 && factors.Any(f => Math.Abs((f.divide ? 1 / f.value : f.value) - b.Factor) <= 1e-9 * b.Factor);
        if (repeats)
        {
            return !result.Success && result.Diagnostics.All(d => d.Code == "RL2016");
        }
        if (!result.Success)
        {
            return false;
        }
        var expected = factors.Aggregate(b.Natural * b.Factor, (v, f) => f.divide ? v / f.value : v * f.value);
        var value = result.Value!.Evaluate(zone).Find("X")!.Value!.Value;
        return Math.Abs(value - expected) <= 1e-9 * Math.Abs(expected);
    }

    // ---- item 21 ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue9_21_BenchmarkRatioDefaultsToBestZone()
    {
        // The reproducer: an own indicator (code Rule0) scored by benchmark_ratio() with no target.
        var plan = Compile("""
            indicator 进出口 "进出口额" unit 亿元;
            scheme S total 100 { category 开放 100 { 进出口 100 by benchmark_ratio(); } }
            """);
        var code = plan.Indicators.Single(i => i.Name == "进出口").Code;
        var result = plan.Schemes["S"].Evaluate([
            AssessmentZone.Of("开发区01").WithValue(code, 40), AssessmentZone.Of("开发区02").WithValue(code, 80), AssessmentZone.Of("开发区03").WithValue(code, 20)]);
        Assert.Equal([50.0, 100.0, 25.0], result.Select(z => z.Total));
        // The method itself: 40 against the best of the population, 80, is half the weight of 10.
        var best = ScoringMethods.BenchmarkRatio().Score(new ScoringInput(40, 10, Population: new ScoringPopulation(80, 20, 2, 3)));
        Assert.Equal(5, best.Points, 12);
        // The explanation says where the benchmark came from, in both languages.
        Assert.Contains("the best zone's value 80", best.Explanation, StringComparison.Ordinal);
        Assert.Contains("标杆值取最优开发区的值 80", best.ChineseExplanation, StringComparison.Ordinal);
        Assert.Contains("标杆值取目标值 50", ScoringMethods.BenchmarkRatio().Score(new ScoringInput(40, 10, Target: 50)).ChineseExplanation, StringComparison.Ordinal);
        Assert.DoesNotContain("标杆值取", ScoringMethods.BenchmarkRatio(50).Score(new ScoringInput(40, 10)).ChineseExplanation, StringComparison.Ordinal);
        Assert.True(ScoringMethods.BenchmarkRatio().IsRelative);
        Assert.False(ScoringMethods.BenchmarkRatio(40).IsRelative);
        // A zone's own target is still its benchmark.
        var withTarget = plan.Schemes["S"].Evaluate([
            AssessmentZone.Of("开发区01").WithValue(code, 40).WithTargets(code, new ZoneTargets(50)), AssessmentZone.Of("开发区02").WithValue(code, 80)]);
        Assert.Equal([80.0, 100.0], withTarget.Select(z => z.Total));

        // Bulk agrees with the scalar, year by year, for the catalogue's ImportsExports (a reverse one too).
        var bulkPlan = Compile("""
            scheme S total 100 { category 开放 100 { ImportsExports 60 by benchmark_ratio(); EnergyPerIndustrialValueAdded 40 by benchmark_ratio(); } }
            """);
        var scheme = bulkPlan.Schemes["S"];
        var dataset = new BulkDataset(3, [1.0, 1.0], [Polarity.Positive, Polarity.Reverse], 2, 2023, ["ImportsExports", "EnergyPerIndustrialValueAdded"]);
        double[,,] values = { { { 40, 10 }, { 0.5, 0.4 } }, { { 80, 20 }, { 0.25, 0.8 } }, { { 20, 30 }, { 1, 0.2 } } };
        for (var z = 0; z < 3; z++)
        {
            for (var i = 0; i < 2; i++)
            {
                for (var y = 0; y < 2; y++)
                {
                    dataset.SetActual(z, i, y, values[z, i, y]);
                }
            }
        }
        var bulk = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, bulk);
        for (var y = 0; y < 2; y++)
        {
            var scalar = scheme.Evaluate(Enumerable.Range(0, 3).Select(z => AssessmentZone.Of("开发区0" + (z + 1).ToString(CultureInfo.InvariantCulture))
                .WithValue("ImportsExports", values[z, 0, y]).WithValue("EnergyPerIndustrialValueAdded", values[z, 1, y])));
            for (var z = 0; z < 3; z++)
            {
                Assert.Equal(scalar[z].Total, bulk.GetTotal(z, y));
            }
        }
        Assert.Equal(60 * 40 / 80.0 + 40 * 0.25 / 0.5, bulk.GetTotal(0, 0)!.Value, 10);

        // What cannot score is refused at compile time, at the entry: a given target the method rejects, and a method
        // needing a target for an indicator the rules derive (no zone brings a target for it in bulk).
        const string zero = "scheme S total 100 {\n  category C 100 { GDP 100 by capped_ratio(1.2) target 0; }\n}";
        var d = Single(zero, "RL3008");
        Assert.Equal((2, 20), (d.Line, d.Column));
        const string derived = "indicator Share = Exports / GDP unit %;\nscheme S total 100 {\n  category C 100 { Share 100 by interpolation() target 30; }\n}";
        d = Single(derived, "RL3008");
        Assert.Equal((3, 20), (d.Line, d.Column));
        Assert.Contains("baseline", d.Message, StringComparison.Ordinal);
        Assert.Contains("基数值", d.ChineseMessage, StringComparison.Ordinal);
        Single("indicator Share = Exports / GDP unit %;\nscheme S total 100 { category C 100 { Share 100 by guaranteed_stretch(0.6) target 30; } }", "RL3008");
        Single("scheme S total 100 { category C 100 { GDP 100 by efficacy_coefficient(satisfactory: 1, unacceptable: 5); } }", "RL3008");
        // A data indicator may bring its target with each zone.
        Compile("scheme S total 100 { category C 100 { GDP 100 by capped_ratio(1.2); } }");
    }

    [Property(MaxTest = 200)]
    public bool Issue9_21_property_benchmark_ratio_against_the_best_zone_in_bulk_equals_the_scalar(SmallAssessmentCase small)
    {
        // The bulk generator's data (missing values and cell targets, zeros, negatives, reverse indicators) with every
        // indicator scored by BenchmarkRatio() and no default target: a cell without a target is scored against the year's best.
        var c = small.Case;
        var builder = AssessmentScheme.CreateBuilder("best zone", 100).WithCatalog(c.Catalog())
            .RankBy(Indicators.Tests.Bulk.AssessmentCase.RankingOptions(c.Ranking));
        for (var k = 0; k < c.Categories.Length; k++)
        {
            var category = c.Categories[k];
            builder.Category("C" + k.ToString(CultureInfo.InvariantCulture), category.Weight, b =>
            {
                foreach (var indicator in category.Indicators)
                {
                    b.Indicator(Indicators.Tests.Bulk.AssessmentCase.Code(indicator.Indicator), ScoringMethods.BenchmarkRatio(),
                        IndicatorWeight.Multiplier(indicator.Multiplier), indicator.Policy);
                }
            }, category.Cap);
        }
        var scheme = builder.Build();
        var dataset = c.Dataset();
        var bulk = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, bulk, new BulkOptions { MaxDegreeOfParallelism = 2 });
        for (var y = 0; y < c.Years; y++)
        {
            AssessmentResult scalar;
            try
            {
                scalar = scheme.Evaluate(c.ZonesOf(y));
            }
            catch (AssessmentException)
            {
                // The scalar refuses the whole year (a best value ≤ 0, nothing to reweight); bulk refuses a zone-year at least.
                if (!Enumerable.Range(0, c.Zones).Any(z => bulk.GetStatus(z, y) != BulkAssessmentStatus.Scored && bulk.GetTotal(z, y) is null))
                {
                    return false;
                }
                continue;
            }
            for (var z = 0; z < c.Zones; z++)
            {
                if (bulk.GetTotal(z, y) is not double total || BitConverter.DoubleToInt64Bits(total) != BitConverter.DoubleToInt64Bits(scalar[z].Total)
                    || bulk.GetRank(z, y) != scalar[z].Rank)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static readonly string[] Methods =
    [
        "all_or_nothing(0)", "all_or_nothing()", "capped_ratio()", "capped_ratio(1.2)", "base_step(base: 2, step: 0.1, per: 2)", "base_step(base: 2)",
        "eighty_percent(per_point: 0.5, cap: 1.2)", "eighty_percent(cap: 1.2)", "interpolation()", "efficacy_coefficient()",
        "efficacy_coefficient(satisfactory: 30, unacceptable: 5)", "efficacy_coefficient(satisfactory: 5, unacceptable: 30)",
        "benchmark_ratio()", "benchmark_ratio(40)", "benchmark_ratio(benchmark: 0)", "rank_ladder()", "rank_ladder(0.1)",
        "rank_ladder_points(0.2)", "rank_ladder_points()", "guaranteed_stretch(0.6)", "guaranteed_stretch()", "completion_steps()",
        "completion_steps(points: 2, step_percent: 5, max_bonus: 4)",
    ];

    /// <summary>Schemes scoring a derived indicator (see <see cref="DerivedIndicatorScheme"/>).</summary>
    internal static Gen<DerivedIndicatorScheme> DerivedIndicatorSchemes
    {
        get
        {
            var part = Gen.Frequency((2, Gen.Constant<double?>(null)), (2, Gen.Choose(-5, 60).Select(i => (double?)i)));
            return from method in Gen.Elements(Methods)
                   from reverse in Gen.Elements(false, true)
                   from target in part
                   from stretch in part
                   from baseline in part
                   from values in Gen.Choose(1, 100).Select(i => (double)i).ArrayOf(3)
                   select new DerivedIndicatorScheme(method, reverse, target, stretch, baseline, values);
        }
    }

    [Property(MaxTest = 300)]
    public bool Issue9_21_property_a_scheme_either_is_refused_at_compile_time_or_scores_every_zone_in_both_paths(DerivedIndicatorScheme c)
    {
        // A derived indicator gets no target but its entry's: every zone is scored with the scheme's defaults.
        static string Part(string word, double? v) => v is double x ? " " + word + " " + Text(x) : "";
        var text = "indicator A;\nindicator D = A * 1" + (c.Reverse ? " reverse" : "") + ";\nscheme S total 100 {\n  category C 100 { D 100 by " + c.Method +
                   Part("target", c.Target) + Part("stretch", c.Stretch) + Part("baseline", c.Baseline) + "; }\n}";
        var compiled = RulePlan.Compile(text, sourceName: "p.rules");
        if (!compiled.Success)
        {
            // Refused with a position in the text.
            return compiled.Diagnostics.All(d => d.Line > 0 && d.Column > 0);
        }
        var plan = compiled.Value!;
        var code = plan.Indicators.Single(i => i.Name == "D").Code;
        var zones = c.Values.Select((v, z) => AssessmentZone.Of("Z" + z.ToString(CultureInfo.InvariantCulture)).WithValue(code, v)).ToArray();
        var scalar = plan.Schemes["S"].Evaluate(zones);
        var dataset = new BulkDataset(c.Values.Length, [1.0], [Polarity.Positive], 1, 2024, ["A"]);
        for (var z = 0; z < c.Values.Length; z++)
        {
            dataset.SetActual(z, 0, 0, c.Values[z]);
        }
        var bulk = plan.EvaluateBulk(dataset).GetAssessment("S");
        return Enumerable.Range(0, c.Values.Length).All(z => bulk.GetStatus(z, 0) == BulkAssessmentStatus.Scored && bulk.GetTotal(z, 0) == scalar[z].Total);
    }
}
