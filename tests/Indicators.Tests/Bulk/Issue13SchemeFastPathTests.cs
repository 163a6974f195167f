using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Bulk;

/// <summary>
/// Issue 13: the shortcuts of the bulk scheme path for schemes like the 科技部 one — the population pass without counts
/// and totals when no method reads them, its last years as one overlapping vector, the reweighting pass skipped in a
/// category that reweights nothing, each indicator's lane constants made once with the plan — change no bit: bulk
/// equals the scalar evaluation of each year and the generic path, whatever the number of years (every tail offset).
/// </summary>
public class Issue13SchemeFastPathTests
{
    /// <summary>Mostly methods that read the best, worst, median or nothing of the population, and plain ratios beside them.</summary>
    private static IScoringMethod Method(int choice) => choice switch
    {
        0 => ScoringMethods.RatioTo(RelativeReference.Best),
        1 => ScoringMethods.RatioTo(RelativeReference.Median),
        2 => ScoringMethods.RatioTo(12.5),
        3 => ScoringMethods.RatioTo(RelativeReference.Best, 0.5),
        4 => ScoringMethods.EfficacyCoefficient(),
        // Fixed values: refused for a reverse indicator (against its polarity), so some years fail.
        5 => ScoringMethods.EfficacyCoefficient(12, 6),
        6 => ScoringMethods.CappedRatio(1.2),
        7 => ScoringMethods.BenchmarkRatio(),
        // Now and then a method that reads the count and the total, so that the pass computes them too.
        8 => ScoringMethods.RatioTo(RelativeReference.Mean, 1.2),
        _ => ScoringMethods.RatioTo(RelativeReference.Total, 2),
    };

    private static AssessmentScheme Scheme(AssessmentCase c)
    {
        var builder = AssessmentScheme.CreateBuilder("fast path scheme", 100).WithCatalog(c.Catalog()).RankBy(AssessmentCase.RankingOptions(c.Ranking));
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

    /// <summary>4 to 13 years (every remainder of four), mostly ScoreZero so that whole categories reweight nothing.</summary>
    private static Gen<AssessmentCase> Cases(int maxZones) =>
        from c in BulkAssessmentGen.Case(maxZones: maxZones, maxIndicators: 6, maxYears: 13,
            policy: Gen.Frequency((3, Gen.Constant(MissingDataPolicy.ScoreZero)), (1, Gen.Constant(MissingDataPolicy.Reweight))),
            method: Gen.Frequency((8, Gen.Choose(0, 7)), (1, Gen.Choose(8, 9))))
        where c.Years >= 4
        select c;

    /// <summary>Cells the setters refuse but the dataset's span may hold: an infinite value makes a population's best or worst infinite.</summary>
    private static readonly Gen<double> Extreme = Gen.Elements(double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e300, -0.0, 0.0);

    private static BulkAssessmentResults Evaluate(BulkDataset dataset, AssessmentScheme scheme, int threads, bool scalarOnly)
    {
        var results = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = threads, ScalarOnly = scalarOnly });
        return results;
    }

    private static bool Same(BulkAssessmentResults a, BulkAssessmentResults b) =>
        BulkGen.SameBits(a.Points, b.Points) && BulkGen.SameBits(a.Subtotals, b.Subtotals) && BulkGen.SameBits(a.Totals, b.Totals)
        && a.Ranks.SequenceEqual(b.Ranks) && a.Statuses.SequenceEqual(b.Statuses);

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
            if (bulk.GetTotal(z, y) is not double total || !BulkAssessmentGen.Same(total, zone.Total) || bulk.GetRank(z, y) != zone.Rank)
            {
                return string.Create(CultureInfo.InvariantCulture, $"zone {z} year {y}: {bulk.GetStatus(z, y)} total {bulk.GetTotal(z, y):R} rank {bulk.GetRank(z, y)}, scalar {zone.Total:R} rank {zone.Rank}");
            }
            int k = 0;
            for (int category = 0; category < zone.Categories.Count; category++)
            {
                if (bulk.GetCategorySubtotal(z, category, y) is not double subtotal || !BulkAssessmentGen.Same(subtotal, zone.Categories[category].Subtotal))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"zone {z} year {y} category {category}: {bulk.GetCategorySubtotal(z, category, y):R}, scalar {zone.Categories[category].Subtotal:R}");
                }
                foreach (var indicator in zone.Categories[category].Indicators)
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
    public Property Issue13_SchemeFastPath_bulk_equals_the_scalar_evaluation_of_each_year_bit_for_bit() =>
        Prop.ForAll(Cases(12).ToArbitrary(), c =>
        {
            var dataset = c.Dataset();
            var scheme = Scheme(c);
            foreach (var (threads, scalarOnly) in new[] { (1, false), (2, false), (1, true) })
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

    [Property(MaxTest = 200)]
    public Property Issue13_SchemeFastPath_the_vector_path_equals_the_generic_path_with_extreme_cells() =>
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
            return (Same(generic, Evaluate(dataset, scheme, 1, scalarOnly: false)) && Same(generic, Evaluate(dataset, scheme, 2, scalarOnly: false))).ToProperty();
        });

    /// <summary>
    /// The cases above are the shortcut's: with these methods in vector categories nothing reads a population's count or
    /// total, so the population pass leaves them out; a ratio to the mean or the total, a rank ladder (outside the vector
    /// path) or the generic path makes it count and sum again.
    /// </summary>
    [Fact]
    public void Issue13_SchemeFastPath_counts_and_totals_are_computed_exactly_when_something_reads_them()
    {
        Assert.False(PlanOf(ScoringMethods.RatioTo(RelativeReference.Best), ScoringMethods.EfficacyCoefficient()).ReadsTotals(vector: true));
        Assert.False(PlanOf(ScoringMethods.RatioTo(RelativeReference.Median), ScoringMethods.RatioTo(12.5)).ReadsTotals(vector: true));
        Assert.True(PlanOf(ScoringMethods.RatioTo(RelativeReference.Best), ScoringMethods.EfficacyCoefficient()).ReadsTotals(vector: false));
        Assert.True(PlanOf(ScoringMethods.RatioTo(RelativeReference.Mean), ScoringMethods.EfficacyCoefficient()).ReadsTotals(vector: true));
        Assert.True(PlanOf(ScoringMethods.RatioTo(RelativeReference.Total), ScoringMethods.CappedRatio(1.2)).ReadsTotals(vector: true));
        Assert.True(PlanOf(ScoringMethods.RatioTo(RelativeReference.Best), ScoringMethods.RankLadder(0.05)).ReadsTotals(vector: true));
    }

    /// <summary>
    /// A worked example over five years (one whole vector and an overlapping one): zone values of A (positive,
    /// ratio_to(total), 10 points) and B (positive, ratio_to(mean), 10 points) 10, 20, 30 in every year, the third zone
    /// missing in year 4. Total 60 → A scores 10 × 10/60, 10 × 20/60, 10 × 30/60; mean 20 → B scores 5, 10, 10 (capped
    /// at 1). In year 4 the total of 10 and 20 is 30 → 10 × 10/30, 10 × 20/30, 0; the mean 15 → 10 × 10/15, 10, 0. Had
    /// the overlapping vector added years 1–3 twice, their totals would be 120.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Issue13_SchemeFastPath_ratios_to_the_total_and_the_mean_over_five_years(bool scalarOnly)
    {
        var catalog = IndicatorCatalog.Empty.With(
            IndicatorDefinition.Create("A", "甲", "A", Units.Count("项"), IndicatorNature.Flow, Polarity.Positive),
            IndicatorDefinition.Create("B", "乙", "B", Units.Count("项"), IndicatorNature.Flow, Polarity.Positive));
        var scheme = AssessmentScheme.CreateBuilder("total and mean", 20).WithCatalog(catalog)
            .Category("C", 20, b => b
                .Indicator("A", ScoringMethods.RatioTo(RelativeReference.Total), IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero)
                .Indicator("B", ScoringMethods.RatioTo(RelativeReference.Mean), IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero))
            .Build();
        var dataset = new BulkDataset(3, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 5, 2020, ["A", "B"]);
        for (int z = 0; z < 3; z++)
        {
            for (int y = 0; y < 5; y++)
            {
                double? value = z == 2 && y == 4 ? null : 10.0 * (z + 1);
                dataset.SetActual(z, 0, y, value);
                dataset.SetActual(z, 1, y, value);
            }
        }
        var results = Evaluate(dataset, scheme, 1, scalarOnly);
        for (int y = 0; y < 4; y++)
        {
            Assert.Equal([10 * (10.0 / 60.0), 10 * (20.0 / 60.0), 10 * (30.0 / 60.0)], Enumerable.Range(0, 3).Select(z => results.GetPoints(z, "A", y)!.Value));
            Assert.Equal([5.0, 10.0, 10.0], Enumerable.Range(0, 3).Select(z => results.GetPoints(z, "B", y)!.Value));
        }
        Assert.Equal([10 * (10.0 / 30.0), 10 * (20.0 / 30.0), 0.0], Enumerable.Range(0, 3).Select(z => results.GetPoints(z, "A", 4)!.Value));
        Assert.Equal([10 * (10.0 / 15.0), 10.0, 0.0], Enumerable.Range(0, 3).Select(z => results.GetPoints(z, "B", 4)!.Value));
    }

    private static BulkAssessmentPlan PlanOf(IScoringMethod first, IScoringMethod second)
    {
        var catalog = IndicatorCatalog.Empty.With(
            IndicatorDefinition.Create("A", "甲", "A", Units.Count("项"), IndicatorNature.Flow, Polarity.Positive),
            IndicatorDefinition.Create("B", "乙", "B", Units.Count("项"), IndicatorNature.Flow, Polarity.Reverse));
        var scheme = AssessmentScheme.CreateBuilder("plan", 20).WithCatalog(catalog)
            .Category("C1", 10, b => b.Indicator("A", first, IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero))
            .Category("C2", 10, b => b.Indicator("B", second, IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero))
            .Build();
        var dataset = new BulkDataset(2, [1.0, 1.0], [Polarity.Positive, Polarity.Reverse], 5, 2020, ["A", "B"]);
        return new BulkAssessmentResults(dataset, scheme).Plan;
    }
}
