using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

/// <summary>One scheme indicator as plain data: dataset indicator, method choice, multiplier, policy.</summary>
public sealed record IndicatorSpec(int Indicator, int Method, double Multiplier, MissingDataPolicy Policy);

/// <summary>A category as plain data: weight, optional cap, indicators.</summary>
public sealed record CategorySpec(double Weight, double? Cap, IndicatorSpec[] Indicators);

/// <summary>A random dataset with codes and a random scheme over it, as plain data FsCheck can print.</summary>
public sealed record AssessmentCase(int Zones, int Indicators, int Years, bool[] Reverse, double[] Actual, double[] Target,
    CategorySpec[] Categories, int Ranking)
{
    public static string Code(int indicator) => "I" + indicator.ToString(CultureInfo.InvariantCulture);

    public int Index(int z, int i, int y) => ((z * Indicators) + i) * Years + y;

    public Polarity PolarityOf(int i) => Reverse[i] ? Polarity.Reverse : Polarity.Positive;

    public BulkDataset Dataset()
    {
        var dataset = new BulkDataset(Zones, Enumerable.Repeat(1.0, Indicators).ToArray(), Enumerable.Range(0, Indicators).Select(PolarityOf).ToArray(),
            Years, 2020, Enumerable.Range(0, Indicators).Select(Code).ToArray());
        for (int z = 0; z < Zones; z++)
        {
            for (int i = 0; i < Indicators; i++)
            {
                for (int y = 0; y < Years; y++)
                {
                    var k = Index(z, i, y);
                    dataset.SetActual(z, i, y, double.IsNaN(Actual[k]) ? null : Actual[k]);
                    dataset.SetTarget(z, i, y, double.IsNaN(Target[k]) ? null : Target[k]);
                }
            }
        }
        return dataset;
    }

    public IndicatorCatalog Catalog() => IndicatorCatalog.Empty.With(Enumerable.Range(0, Indicators)
        .Select(i => IndicatorDefinition.Create(Code(i), "指标" + Code(i), "Indicator " + Code(i), Units.Count("项"), IndicatorNature.Flow, PolarityOf(i)))
        .ToArray());

    /// <summary>Methods that need targets get defaults a cell target can never contradict: baseline 0 below every positive target, 2000 above every reverse one.</summary>
    public ZoneTargets Defaults(int i) => Reverse[i] ? new ZoneTargets(50, null, 2000) : new ZoneTargets(50, null, 0);

    public static IScoringMethod Method(int choice) => choice switch
    {
        0 => ScoringMethods.CappedRatio(1.2),
        1 => ScoringMethods.AllOrNothing(1),
        2 => ScoringMethods.Interpolation(),
        3 => ScoringMethods.EfficacyCoefficient(),
        4 => ScoringMethods.RankLadder(0.05),
        5 => ScoringMethods.BenchmarkRatio(),
        6 => ScoringMethods.CompletionSteps(),
        7 => ScoringMethods.RankLadderByPoints(0.3),
        8 => ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Floor),
        9 => ScoringMethods.EightyPercentAtTarget(0.5, 1.5),
        // A user's own methods (no fast path: scored through Score), one of them relative.
        10 => Assessment.RatioToTarget.Instance,
        _ => Assessment.ProportionalToBest.Instance,
    };

    public static RankingOptions RankingOptions(int choice) => choice switch
    {
        0 => global::Indicators.Assessment.RankingOptions.Default,
        1 => new RankingOptions { Ties = TiePolicy.RoundedTo(1) },
        2 => new RankingOptions { Method = RankingMethod.Dense },
        _ => new RankingOptions { Method = RankingMethod.Dense, Ties = TiePolicy.RoundedTo(0) },
    };

    public AssessmentScheme Scheme()
    {
        var builder = AssessmentScheme.CreateBuilder("bulk test scheme", 100).WithCatalog(Catalog()).RankBy(RankingOptions(Ranking));
        for (int c = 0; c < Categories.Length; c++)
        {
            var category = Categories[c];
            builder.Category("C" + c.ToString(CultureInfo.InvariantCulture), category.Weight, b =>
            {
                foreach (var indicator in category.Indicators)
                {
                    b.Indicator(Code(indicator.Indicator), Method(indicator.Method), IndicatorWeight.Multiplier(indicator.Multiplier),
                        indicator.Policy, Defaults(indicator.Indicator));
                }
            }, category.Cap);
        }
        return builder.Build();
    }

    /// <summary>The scalar input of one year: every zone with its values, and its cell targets as the zone's own targets.</summary>
    public AssessmentZone[] ZonesOf(int year)
    {
        var zones = new AssessmentZone[Zones];
        for (int z = 0; z < Zones; z++)
        {
            var zone = AssessmentZone.Of("Z" + z.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < Indicators; i++)
            {
                var k = Index(z, i, year);
                zone = zone.WithValue(Code(i), double.IsNaN(Actual[k]) ? null : Actual[k]);
                if (!double.IsNaN(Target[k]))
                {
                    // A zone's own target alone (the scheme keeps its baseline and stretch), or with the defaults spelt out:
                    // both must score as the bulk cell target does.
                    zone = zone.WithTargets(Code(i), (z + i + year) % 2 == 0 ? new ZoneTargets(Target[k]) : Defaults(i) with { Target = Target[k] });
                }
            }
            zones[z] = zone;
        }
        return zones;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Z={Zones} I={Indicators} Y={Years} rev=[{string.Join(",", Reverse)}] ranking={Ranking} categories=[{string.Join("; ", Categories.Select(c => $"w{c.Weight} cap{c.Cap} {{{string.Join(",", c.Indicators.Select(i => $"I{i.Indicator} m{i.Method} x{i.Multiplier} {i.Policy}"))}}}"))}] actual=[{string.Join(",", Actual)}] target=[{string.Join(",", Target)}]");
}

public static class BulkAssessmentGen
{
    /// <summary>Values with missing cells, zeros, negatives and tie-prone round numbers.</summary>
    public static Gen<double> Actual { get; } = Gen.Frequency(
        (10, Gen.Choose(1, 200_000).Select(n => n / 1000.0)),
        (2, Gen.Constant(double.NaN)),
        (1, Gen.Constant(0.0)),
        (1, Gen.Choose(-5_000, -1).Select(n => n / 1000.0)),
        (3, Gen.Elements(1.0, 5.0, 10.0, 50.0, 100.0)));

    /// <summary>Targets: positive below 2000, or missing (the scheme's default then applies).</summary>
    public static Gen<double> Target { get; } = Gen.Frequency(
        (6, Gen.Choose(500, 1_000_000).Select(n => n / 1000.0)),
        (2, Gen.Constant(double.NaN)),
        (1, Gen.Elements(5.0, 10.0, 50.0)));

    private static Gen<CategorySpec[]> Categories(int indicators, Gen<MissingDataPolicy> policy, Gen<int> method) =>
        from count in Gen.Choose(2, Math.Min(3, indicators))
        from used in Gen.Choose(count, indicators)
        from assignment in Gen.Choose(0, count - 1).ArrayOf(used)
        from methods in method.ArrayOf(used)
        from multipliers in Gen.Elements(0.5, 0.8, 1.0, 1.2).ArrayOf(used)
        from policies in policy.ArrayOf(used)
        from weights in Gen.Choose(10, 40).ArrayOf(count - 1)
        from capped in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, count - 1)))
        select Enumerable.Range(0, count).Select(c =>
        {
            // Every category gets at least its own indicator c; the others go where the generator put them.
            var members = Enumerable.Range(0, used).Where(k => k == c || (k >= count && assignment[k] == c))
                .Select(k => new IndicatorSpec(k, methods[k], multipliers[k], policies[k])).ToArray();
            double weight = c < count - 1 ? weights[c] : 100 - weights.Sum();
            return new CategorySpec(weight, capped == c ? weight * 0.9 : null, members);
        }).ToArray();

    public static Gen<AssessmentCase> Case(int maxZones = 12, int maxIndicators = 6, int maxYears = 3,
        Gen<MissingDataPolicy>? policy = null, Gen<int>? method = null) =>
        from z in Gen.Choose(1, maxZones)
        from i in Gen.Choose(2, maxIndicators)
        from y in Gen.Choose(1, maxYears)
        from reverse in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(i)
        from actual in Actual.ArrayOf(z * i * y)
        from target in Target.ArrayOf(z * i * y)
        from categories in Categories(i, policy ?? Gen.Elements(MissingDataPolicy.ScoreZero, MissingDataPolicy.Reweight), method ?? Gen.Frequency((10, Gen.Choose(0, 9)), (1, Gen.Elements(10, 11))))
        from ranking in Gen.Choose(0, 3)
        select new AssessmentCase(z, i, y, reverse, actual, target, categories, ranking);

    public static bool Same(double left, double right) => BitConverter.DoubleToInt64Bits(left) == BitConverter.DoubleToInt64Bits(right);
}
