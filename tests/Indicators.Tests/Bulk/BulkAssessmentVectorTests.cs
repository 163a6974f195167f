using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Bulk;

/// <summary>The vector path of <see cref="BulkAssessment.Evaluate"/> (continuous ratio categories, four years at a time) against its generic path.</summary>
public class BulkAssessmentVectorTests
{
    /// <summary>Methods: mostly the vector path's (capped and benchmark ratios), some others so that categories mix.</summary>
    private static IScoringMethod Method(int choice) => choice switch
    {
        0 => ScoringMethods.CappedRatio(1.2),
        1 => ScoringMethods.CappedRatio(),
        2 => ScoringMethods.BenchmarkRatio(),
        3 => ScoringMethods.BenchmarkRatio(40),
        4 => ScoringMethods.CappedRatio(0.75),
        // w × cap overflows: an extreme ratio then gives +∞ points, which both paths refuse (Unscorable).
        5 => ScoringMethods.CappedRatio(1e307),
        6 => ScoringMethods.AllOrNothing(1),
        _ => ScoringMethods.CompletionSteps(),
    };

    /// <summary>Default targets: a target, none (a missing cell target then cannot be scored by a target method), or a tiny one.</summary>
    private static ZoneTargets Defaults(int choice) => choice switch
    {
        0 => new ZoneTargets(50),
        1 => default,
        _ => new ZoneTargets(1e-300, null, 0),
    };

    /// <summary>The case's dataset and categories with this test's methods and defaults (the case's method number picks a method, its indicator a default).</summary>
    private static AssessmentScheme Scheme(AssessmentCase c, int[] defaults, RankingOptions? ranking = null)
    {
        var builder = AssessmentScheme.CreateBuilder("vector test scheme", 100).WithCatalog(c.Catalog())
            .RankBy(ranking ?? AssessmentCase.RankingOptions(c.Ranking));
        for (int k = 0; k < c.Categories.Length; k++)
        {
            var category = c.Categories[k];
            builder.Category("C" + k.ToString(CultureInfo.InvariantCulture), category.Weight, b =>
            {
                foreach (var indicator in category.Indicators)
                {
                    b.Indicator(AssessmentCase.Code(indicator.Indicator), Method(indicator.Method), IndicatorWeight.Multiplier(indicator.Multiplier),
                        indicator.Policy, Defaults(defaults[indicator.Indicator]));
                }
            }, category.Cap);
        }
        return builder.Build();
    }

    /// <summary>Cells the dataset's setters refuse but its span may hold (a file, a direct write): infinities, and extremes that overflow a ratio.</summary>
    private static readonly Gen<double> Extreme = Gen.Elements(double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e300, 1e-300, -0.0);

    /// <summary>
    /// Random cases of 4 to 11 years. With <paramref name="hugeCap"/>, some indicators are capped at 1e307, whose points
    /// for an extreme ratio can overflow (refused) or be so large that the total overflows to +∞, which ranking then
    /// refuses with an exception (as the scalar's <see cref="Ranking.Rank(ReadOnlySpan{double?}, RankingOptions?)"/> does).
    /// </summary>
    internal static Gen<VectorPathCase> Cases(int maxZones, bool hugeCap = false) =>
        from c in BulkAssessmentGen.Case(maxZones: maxZones, maxIndicators: 6, maxYears: 11,
            method: Gen.Frequency((8, Gen.Choose(0, hugeCap ? 5 : 4)), (1, Gen.Choose(6, 7))))
        where c.Years >= 4
        from defaults in Gen.Frequency((4, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2))).ArrayOf(c.Indicators)
        from count in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from extremes in (from cell in Gen.Choose(0, c.Actual.Length - 1)
                          from value in Extreme
                          from target in Gen.Elements(false, true)
                          select (cell, value, target)).ArrayOf(count)
        select new VectorPathCase(c, defaults, extremes);

    private static BulkDataset Dataset(AssessmentCase c, (int Cell, double Value, bool Target)[] extremes)
    {
        var dataset = c.Dataset();
        foreach (var (cell, value, target) in extremes)
        {
            (target ? dataset.Target : dataset.Actual)[cell] = value;
        }
        return dataset;
    }

    private static BulkAssessmentResults Evaluate(BulkDataset dataset, AssessmentScheme scheme, int threads, bool scalarOnly)
    {
        var results = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = threads, ScalarOnly = scalarOnly });
        return results;
    }

    private static (BulkAssessmentResults Results, Type? Failure) TryEvaluate(BulkDataset dataset, AssessmentScheme scheme, int threads, bool scalarOnly)
    {
        var results = new BulkAssessmentResults(dataset, scheme);
        try
        {
            BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = threads, ScalarOnly = scalarOnly });
            return (results, null);
        }
        catch (Exception e) when (e is ArgumentException or AggregateException)
        {
            return (results, e.GetType());
        }
    }

    private static bool SameOutputs(BulkAssessmentResults a, BulkAssessmentResults b) =>
        BulkGen.SameBits(a.Points, b.Points) && BulkGen.SameBits(a.Subtotals, b.Subtotals) && BulkGen.SameBits(a.Totals, b.Totals)
        && a.Ranks.SequenceEqual(b.Ranks) && a.Statuses.SequenceEqual(b.Statuses);

    [Property(MaxTest = 250)]
    public bool Vector_path_equals_the_generic_path_bit_for_bit_on_one_and_two_threads(HugeCapVectorCase c)
    {
        var t = c.Value;
        var dataset = Dataset(t.Case, t.Extremes);
        var scheme = Scheme(t.Case, t.Defaults);
        var (generic, failure) = TryEvaluate(dataset, scheme, 1, scalarOnly: true);
        var (one, oneFailure) = TryEvaluate(dataset, scheme, 1, scalarOnly: false);
        var (two, twoFailure) = TryEvaluate(dataset, scheme, 2, scalarOnly: false);
        // Equal outputs, or the same refusal (an infinite total under a rounding tie policy) from every path.
        return failure is null
            ? oneFailure is null && twoFailure is null && SameOutputs(generic, one) && SameOutputs(generic, two)
            : oneFailure == failure && twoFailure == typeof(AggregateException);
    }

    [Property(MaxTest = 150)]
    public bool Each_year_is_ranked_as_Ranking_Rank_ranks_its_totals(WideVectorCase c, SchemeRanking scheme)
    {
        // A scheme ranks higher totals first and leaves a zone without a total unranked (its builder refuses the rest).
        var (t, ranking) = (c.Value, scheme.Options);
        var dataset = Dataset(t.Case, t.Extremes);
        var results = Evaluate(dataset, Scheme(t.Case, t.Defaults, ranking), 2, scalarOnly: false);
        for (int y = 0; y < t.Case.Years; y++)
        {
            var totals = Enumerable.Range(0, t.Case.Zones).Select(z => results.GetTotal(z, y)).ToArray();
            var expected = Ranking.Rank(totals, ranking);
            if (!Enumerable.Range(0, t.Case.Zones).All(z => results.GetRank(z, y) == expected[z]))
            {
                return false;
            }
        }
        return true;
    }

    [Fact]
    public void Generated_cases_take_the_vector_path_and_meet_every_status()
    {
        // Guards the property above: it must compare vector categories, with missing values, reweighting and rejections.
        var samples = Cases(maxZones: 12).Sample(300);
        int vectorCategories = 0;
        var statuses = new HashSet<BulkAssessmentStatus>();
        foreach (var (c, defaults, extremes) in samples)
        {
            var dataset = Dataset(c, extremes);
            var scheme = Scheme(c, defaults);
            var results = Evaluate(dataset, scheme, 1, scalarOnly: false);
            vectorCategories += results.Plan.VectorCategory.Count(v => v);
            for (int z = 0; z < c.Zones; z++)
            {
                for (int y = 0; y < c.Years; y++)
                {
                    statuses.Add(results.GetStatus(z, y));
                }
            }
        }
        Assert.True(vectorCategories > 200, $"only {vectorCategories} vector categories in 300 cases");
        Assert.Contains(BulkAssessmentStatus.Scored, statuses);
        Assert.Contains(BulkAssessmentStatus.NothingToReweight, statuses);
        Assert.Contains(BulkAssessmentStatus.Unscorable, statuses);
    }

    [Fact]
    public void Capped_and_benchmark_ratios_divide_in_binary_worked_examples()
    {
        // docs/numeric-policy.md: continuous methods take the binary quotient (the vector path's), not the decimal one.
        // 3.3 / 3 is 1.0999999999999999 in binary (1.1 in decimal); 0.1 / 0.3 is 0.33333333333333337 (0.3333333333333333).
        Assert.Equal(10 * (3.3 / 3), ScoringMethods.CappedRatio(2).Score(new ScoringInput(3.3, 10, Polarity.Positive, 3)).Points);
        Assert.NotEqual(11.0, 10 * (3.3 / 3));
        Assert.Equal(10 * (100 * (0.1 / 0.3)) / 100, ScoringMethods.BenchmarkRatio(0.3).Score(new ScoringInput(0.1, 10)).Points);
        Assert.Equal(10 * (3 / 3.3), ScoringMethods.CappedRatio(2).Score(new ScoringInput(3.3, 10, Polarity.Reverse, 3)).Points);
    }

    [Property(MaxTest = 500)]
    public bool Capped_and_benchmark_ratios_divide_in_binary(RatioCell t)
    {
        var polarity = t.Reverse ? Polarity.Reverse : Polarity.Positive;
        double ratio = !t.Reverse ? t.Value / t.Target : t.Value <= 0 ? double.PositiveInfinity : t.Target / t.Value;
        double capped = Math.Clamp(t.Weight * Math.Min(ratio, 1.2), 0, t.Weight * 1.2) + 0.0;
        double index = Math.Clamp(100 * ratio, 0, 100) + 0.0;
        double benchmark = Math.Clamp(t.Weight * index / 100, 0, t.Weight) + 0.0;
        return BulkAssessmentGen.Same(capped, ScoringMethods.CappedRatio(1.2).Score(new ScoringInput(t.Value, t.Weight, polarity, t.Target)).Points)
            && BulkAssessmentGen.Same(benchmark, ScoringMethods.BenchmarkRatio().Score(new ScoringInput(t.Value, t.Weight, polarity, t.Target)).Points);
    }

    [Fact]
    public void Plan_sends_only_continuous_ratio_categories_under_reweight_or_score_zero_to_the_vector_path()
    {
        var catalog = IndicatorCatalog.Empty.With(new[] { "A", "B", "C", "D" }.Select(code =>
            IndicatorDefinition.Create(code, "指标" + code, code, Units.Count("项"), IndicatorNature.Flow)).ToArray());
        var scheme = AssessmentScheme.CreateBuilder("s", 100).WithCatalog(catalog)
            .Category("ratios", 40, c => c
                .Indicator("A", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Points(20), MissingDataPolicy.Reweight)
                .Indicator("B", ScoringMethods.BenchmarkRatio(30), IndicatorWeight.Points(20), MissingDataPolicy.ScoreZero))
            .Category("steps", 30, c => c.Indicator("C", ScoringMethods.CompletionSteps(), IndicatorWeight.Points(30), MissingDataPolicy.Reweight))
            .Category("error policy", 30, c => c.Indicator("D", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Points(30), MissingDataPolicy.Error))
            .Build();
        var dataset = new BulkDataset(2, [1.0, 1.0, 1.0, 1.0], [Polarity.Positive, Polarity.Positive, Polarity.Positive, Polarity.Positive], 5, 2020, ["A", "B", "C", "D"]);
        var plan = new BulkAssessmentResults(dataset, scheme).Plan;
        Assert.Equal([true, false, false], plan.VectorCategory);
        Assert.Equal(RatioKind.Capped, plan.VectorMethods[0].Kind);
        Assert.Equal(1.2, plan.VectorMethods[0].Parameter);
        Assert.Equal(RatioKind.Benchmark, plan.VectorMethods[1].Kind);
        Assert.Equal(30, plan.VectorMethods[1].Parameter);
    }

    [Fact]
    public void Worked_scheme_over_five_years_scores_as_by_hand()
    {
        // Rule 21 (w = 10, cap 1.2, x / T = 1.3 → 12) and F14's benchmark ratio (54.08 against 35.12 → the full weight),
        // in one vector category over five years (one whole vector and an overlapping tail), with a reweighted gap.
        var catalog = IndicatorCatalog.Empty.With(new[] { "A", "B" }.Select(code =>
            IndicatorDefinition.Create(code, "指标" + code, code, Units.Count("项"), IndicatorNature.Flow)).ToArray());
        var scheme = AssessmentScheme.CreateBuilder("s", 20).WithCatalog(catalog)
            .Category("C", 20, c => c
                .Indicator("A", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Points(10), MissingDataPolicy.Reweight)
                .Indicator("B", ScoringMethods.BenchmarkRatio(35.12), IndicatorWeight.Points(10), MissingDataPolicy.Reweight))
            .Build();
        var dataset = new BulkDataset(1, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 5, 2020, ["A", "B"]);
        for (int y = 0; y < 5; y++)
        {
            dataset.SetActual(0, 0, y, 13);
            dataset.SetTarget(0, 0, y, 10);
            dataset.SetActual(0, 1, y, y == 4 ? null : 54.08);
        }
        var results = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = 1 });
        Assert.True(results.Plan.VectorCategory[0]);
        for (int y = 0; y < 4; y++)
        {
            Assert.Equal(12, results.GetPoints(0, "A", y)!.Value, 12);
            Assert.Equal(10, results.GetPoints(0, "B", y));
            Assert.Equal(22, results.GetTotal(0, y)!.Value, 12);
        }
        // Year 5: B is missing, so A carries the category's 20 points: A scores 10 × 1.2 = 12 at its own points, and the
        // category's sum is scaled by 20 ÷ 10 = 2 (reweighting as one multiplication): 2 × 12 = 24.
        Assert.Equal(12, results.GetPoints(0, "A", 4)!.Value, 12);
        Assert.Equal(0, results.GetPoints(0, "B", 4));
        Assert.Equal(24, results.GetCategorySubtotal(0, 0, 4)!.Value, 12);
        Assert.Equal(24, results.GetTotal(0, 4)!.Value, 12);
    }
}
