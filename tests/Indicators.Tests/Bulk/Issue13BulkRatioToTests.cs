using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Bulk;

/// <summary>
/// Issue 13: <c>ratio_to</c> (every reference, caps, a stated reference) and <c>efficacy_coefficient</c> (relative and
/// fixed) in <see cref="BulkAssessment"/>: equal to <see cref="AssessmentScheme.Evaluate"/> of each year bit for bit,
/// on the vector path and with <see cref="BulkOptions.ScalarOnly"/>, on one thread and two; and no allocation once warm.
/// </summary>
public class Issue13BulkRatioToTests
{
    /// <summary>Mostly the methods of issue 13; a capped ratio (the other vector kind), a rank ladder and a user's method so that categories mix.</summary>
    private static IScoringMethod Method(int choice) => choice switch
    {
        0 => ScoringMethods.RatioTo(RelativeReference.Best),
        1 => ScoringMethods.RatioTo(RelativeReference.Mean, 1.2),
        2 => ScoringMethods.RatioTo(RelativeReference.Median),
        // Refused for a reverse indicator (a share of the total is better when larger).
        3 => ScoringMethods.RatioTo(RelativeReference.Total, 2),
        4 => ScoringMethods.RatioTo(12.5),
        5 => ScoringMethods.RatioTo(RelativeReference.Best, 0.5),
        6 => ScoringMethods.EfficacyCoefficient(),
        // Fixed values: 12 better than 6 holds for a positive indicator and is refused for a reverse one.
        7 => ScoringMethods.EfficacyCoefficient(12, 6),
        8 => ScoringMethods.EfficacyCoefficient(),
        9 => ScoringMethods.CappedRatio(1.2),
        10 => ScoringMethods.RankLadder(0.05),
        _ => Assessment.ProportionalToBest.Instance,
    };

    private static AssessmentScheme Scheme(AssessmentCase c)
    {
        var builder = AssessmentScheme.CreateBuilder("ratio_to test scheme", 100).WithCatalog(c.Catalog()).RankBy(AssessmentCase.RankingOptions(c.Ranking));
        for (int k = 0; k < c.Categories.Length; k++)
        {
            var category = c.Categories[k];
            builder.Category("C" + k.ToString(CultureInfo.InvariantCulture), category.Weight, b =>
            {
                foreach (var indicator in category.Indicators)
                {
                    b.Indicator(AssessmentCase.Code(indicator.Indicator), Method(indicator.Method), IndicatorWeight.Multiplier(indicator.Multiplier),
                        indicator.Policy, c.Defaults(indicator.Indicator));
                }
            }, category.Cap);
        }
        return builder.Build();
    }

    /// <summary>Cases of 1 to 11 years (the vector path from 4), methods mostly issue 13's, policies mostly ScoreZero and Reweight, some Error.</summary>
    private static Gen<AssessmentCase> Cases(int maxZones) => BulkAssessmentGen.Case(maxZones: maxZones, maxIndicators: 6, maxYears: 11,
        policy: Gen.Frequency((4, Gen.Constant(MissingDataPolicy.ScoreZero)), (4, Gen.Constant(MissingDataPolicy.Reweight)), (1, Gen.Constant(MissingDataPolicy.Error))),
        method: Gen.Frequency((12, Gen.Choose(0, 8)), (1, Gen.Choose(9, 11))));

    private static BulkAssessmentResults Evaluate(BulkDataset dataset, AssessmentScheme scheme, int threads, bool scalarOnly)
    {
        var results = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = threads, ScalarOnly = scalarOnly });
        return results;
    }

    /// <summary>Why bulk differs from the scalar evaluation of year <paramref name="y"/>, or null when every point, subtotal, total and rank is the scalar's (bitwise).</summary>
    private static string? Difference(AssessmentCase c, AssessmentScheme scheme, BulkAssessmentResults bulk, int y)
    {
        AssessmentResult scalar;
        try
        {
            scalar = scheme.Evaluate(c.ZonesOf(y));
        }
        catch (AssessmentException)
        {
            // The scalar refuses the whole year; bulk marks the zone-years it cannot score, each without a total.
            var failed = Enumerable.Range(0, c.Zones).Where(z => bulk.GetStatus(z, y) != BulkAssessmentStatus.Scored).ToList();
            return failed.Count > 0 && failed.All(z => bulk.GetTotal(z, y) is null) ? null : $"year {y}: the scalar refuses, bulk scores every zone";
        }
        for (int z = 0; z < c.Zones; z++)
        {
            var zone = scalar[z];
            if (bulk.GetStatus(z, y) != BulkAssessmentStatus.Scored || bulk.GetTotal(z, y) is not double total
                || !BulkAssessmentGen.Same(total, zone.Total) || bulk.GetRank(z, y) != zone.Rank)
            {
                return string.Create(CultureInfo.InvariantCulture, $"zone {z} year {y}: {bulk.GetStatus(z, y)} total {bulk.GetTotal(z, y):R} rank {bulk.GetRank(z, y)}, scalar {zone.Total:R} rank {zone.Rank}");
            }
            int k = 0;
            foreach (var category in zone.Categories)
            {
                foreach (var indicator in category.Indicators)
                {
                    if (bulk.GetPoints(z, k, y) is not double points || !BulkAssessmentGen.Same(points, indicator.Points))
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"zone {z} year {y} indicator {k}: {bulk.GetPoints(z, k, y):R}, scalar {indicator.Points:R}");
                    }
                    k++;
                }
            }
        }
        return null;
    }

    [Property(MaxTest = 300)]
    public Property Issue13_BulkRatioTo_bulk_equals_the_scalar_evaluation_of_each_year_bit_for_bit_vector_or_scalar_one_or_two_threads() =>
        Prop.ForAll(Cases(12).ToArbitrary(), c =>
        {
            var dataset = c.Dataset();
            var scheme = Scheme(c);
            foreach (var (threads, scalarOnly) in new[] { (1, false), (2, false), (1, true), (2, true) })
            {
                var bulk = Evaluate(dataset, scheme, threads, scalarOnly);
                for (int y = 0; y < c.Years; y++)
                {
                    if (Difference(c, scheme, bulk, y) is { } difference)
                    {
                        return false.Label($"threads {threads} scalarOnly {scalarOnly}: {difference}");
                    }
                }
            }
            return true.ToProperty();
        });

    /// <summary>Cells the setters refuse but the dataset's span may hold (a direct write): an infinite value makes a population's best or worst infinite.</summary>
    private static readonly Gen<double> Extreme = Gen.Elements(double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e300, 1e-300, -0.0, 0.0);

    [Property(MaxTest = 200)]
    public Property Issue13_BulkRatioTo_the_vector_path_equals_the_generic_path_with_extreme_cells() =>
        Prop.ForAll((from c in Cases(12)
                     from count in Gen.Choose(0, 3)
                     from extremes in (from cell in Gen.Choose(0, c.Actual.Length - 1)
                                       from value in Extreme
                                       from target in Gen.Elements(false, true)
                                       select (cell, value, target)).ArrayOf(count)
                     select (c, extremes)).ToArbitrary(), t =>
        {
            var dataset = t.c.Dataset();
            foreach (var (cell, value, target) in t.extremes)
            {
                (target ? dataset.Target : dataset.Actual)[cell] = value;
            }
            var scheme = Scheme(t.c);
            var generic = Evaluate(dataset, scheme, 1, scalarOnly: true);
            var one = Evaluate(dataset, scheme, 1, scalarOnly: false);
            var two = Evaluate(dataset, scheme, 2, scalarOnly: false);
            return (Same(generic, one) && Same(generic, two)).ToProperty();
        });

    private static bool Same(BulkAssessmentResults a, BulkAssessmentResults b) =>
        BulkGen.SameBits(a.Points, b.Points) && BulkGen.SameBits(a.Subtotals, b.Subtotals) && BulkGen.SameBits(a.Totals, b.Totals)
        && a.Ranks.SequenceEqual(b.Ranks) && a.Statuses.SequenceEqual(b.Statuses);

    /// <summary>
    /// Three zones over four years (one vector), 10 points each: A (positive) by ratio_to(best), missing scores zero; B
    /// (reverse) by efficacy_coefficient. Years 0–2: A = 20, 15, missing (best 20) → 10, 7.5, 0; B = 2, 4, 6 (best 2,
    /// worst 6) → index 100, 60 + 40 × (4 − 6) / (2 − 6) = 80, 60 → 10, 8, 6. Totals 20, 15.5, 6. Year 3: A = 20, 15, 40
    /// (best 40) → 5, 3.75, 10: totals 15, 11.75, 16, so zone 2 ranks first.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Issue13_BulkRatioTo_a_worked_example(bool scalarOnly)
    {
        var catalog = IndicatorCatalog.Empty.With(
            IndicatorDefinition.Create("A", "甲", "A", Units.Count("项"), IndicatorNature.Flow, Polarity.Positive),
            IndicatorDefinition.Create("B", "乙", "B", Units.Count("项"), IndicatorNature.Flow, Polarity.Reverse));
        var scheme = AssessmentScheme.CreateBuilder("worked", 20).WithCatalog(catalog)
            .Category("C", 20, b => b
                .Indicator("A", ScoringMethods.RatioTo(RelativeReference.Best), IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero)
                .Indicator("B", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero))
            .Build();
        var dataset = new BulkDataset(3, [1.0, 1.0], [Polarity.Positive, Polarity.Reverse], 4, 2020, ["A", "B"]);
        double?[] a = [20, 15, null];
        double[] b = [2, 4, 6];
        for (int z = 0; z < 3; z++)
        {
            for (int y = 0; y < 4; y++)
            {
                dataset.SetActual(z, 0, y, y == 3 && z == 2 ? 40 : a[z]);
                dataset.SetActual(z, 1, y, b[z]);
            }
        }
        var results = Evaluate(dataset, scheme, 1, scalarOnly);
        double[][] points = [[10, 7.5, 0], [10, 8, 6]];
        for (int y = 0; y < 3; y++)
        {
            for (int z = 0; z < 3; z++)
            {
                Assert.Equal(points[0][z], results.GetPoints(z, "A", y));
                Assert.Equal(points[1][z], results.GetPoints(z, "B", y));
                Assert.Equal(points[0][z] + points[1][z], results.GetTotal(z, y));
                Assert.Equal(z + 1, results.GetRank(z, y));
            }
        }
        Assert.Equal([5.0, 3.75, 10.0], Enumerable.Range(0, 3).Select(z => results.GetPoints(z, "A", 3)!.Value));
        Assert.Equal([15.0, 11.75, 16.0], Enumerable.Range(0, 3).Select(z => results.GetTotal(z, 3)!.Value));
        Assert.Equal([2, 3, 1], Enumerable.Range(0, 3).Select(z => results.GetRank(z, 3)!.Value));
    }

    /// <summary>The benchmark's scheme in small (ratio_to(best) and, for reverse indicators, efficacy_coefficient, missing zero): once warm, an evaluation allocates nothing.</summary>
    [Fact]
    public void Issue13_BulkRatioTo_an_evaluation_allocates_nothing_once_warm()
    {
        const int zones = 60, indicators = 12, years = 10;
        var reverse = Enumerable.Range(0, indicators).Select(i => i % 5 == 4).ToArray();
        var codes = Enumerable.Range(0, indicators).Select(i => "I" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var dataset = new BulkDataset(zones, Enumerable.Repeat(1.0, indicators).ToArray(), reverse.Select(r => r ? Polarity.Reverse : Polarity.Positive).ToArray(), years, 2020, codes);
        for (int z = 0; z < zones; z++)
        {
            for (int i = 0; i < indicators; i++)
            {
                for (int y = 0; y < years; y++)
                {
                    dataset.SetActual(z, i, y, (z * 7 + i * 3 + y) % 13 == 0 ? null : 1 + ((z * 31 + i * 17 + y * 5) % 97) / 7.0);
                }
            }
        }
        var catalog = IndicatorCatalog.Empty.With(codes.Select((code, i) =>
            IndicatorDefinition.Create(code, "指标" + code, code, Units.Count("项"), IndicatorNature.Flow, reverse[i] ? Polarity.Reverse : Polarity.Positive)).ToArray());
        var scheme = AssessmentScheme.CreateBuilder("allocation", 60).WithCatalog(catalog)
            .Category("C1", 30, b => Entries(b, 0, 6))
            .Category("C2", 30, b => Entries(b, 6, 12))
            .Build();
        var results = new BulkAssessmentResults(dataset, scheme);
        var options = new BulkOptions { MaxDegreeOfParallelism = 1 };
        BulkAssessment.Evaluate(dataset, scheme, results, options);

        // The least of three passes, as the engine's allocation test: the runtime may allocate once between JIT tiers.
        long allocated = long.MaxValue;
        for (var pass = 0; pass < 3 && allocated != 0; pass++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            BulkAssessment.Evaluate(dataset, scheme, results, options);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, allocated);
        Assert.True(Enumerable.Range(0, zones).All(z => results.GetStatus(z, years - 1) == BulkAssessmentStatus.Scored));

        SchemeCategoryBuilder Entries(SchemeCategoryBuilder b, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                b.Indicator(codes[i], reverse[i] ? ScoringMethods.EfficacyCoefficient() : ScoringMethods.RatioTo(RelativeReference.Best),
                    IndicatorWeight.Points(5), MissingDataPolicy.ScoreZero);
            }
            return b;
        }
    }
}
