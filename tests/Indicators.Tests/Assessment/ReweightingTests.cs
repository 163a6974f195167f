using FsCheck;
using Indicators.Assessment;

namespace Indicators.Tests.Assessment;

/// <summary>
/// Issue 10: <see cref="MissingDataPolicy.Reweight"/> as one multiplication of the category's sum, where every method
/// of the category gives points proportional to its weight; a method with fixed awards keeps scaling each weight.
/// </summary>
public class ReweightingTests
{
    /// <summary>The built-in methods with fixed parameters, none relative, each scoring positive values in 0–30 against target 10.</summary>
    internal static IScoringMethod[] Methods { get; } =
    [
        ScoringMethods.CappedRatio(1.2),
        ScoringMethods.AllOrNothing(1),
        ScoringMethods.Interpolation(),
        ScoringMethods.EfficacyCoefficient(12, 6),
        ScoringMethods.BenchmarkRatio(15),
        ScoringMethods.GuaranteedStretch(0.8),
        ScoringMethods.CompletionSteps(),
        ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Floor),
        ScoringMethods.EightyPercentAtTarget(0.5, 1.5),
        ScoringMethods.CappedRatio(1.0),
    ];

    /// <summary>The targets every indicator of <see cref="Methods"/> reads: target (确保) 10, stretch (力争) 12, base 5.</summary>
    private static readonly ZoneTargets Targets = new(Target: 10, Stretch: 12, Baseline: 5);

    private static IndicatorCatalog Catalog(int count) => IndicatorCatalog.Empty.With(Enumerable.Range(0, count)
        .Select(i => IndicatorDefinition.Create("X" + i, "指标" + i, "Indicator " + i, Units.Count("项"), IndicatorNature.Flow)).ToArray());

    [Fact]
    public void Issue10_Reweighting_is_the_scale_times_the_category_sum()
    {
        // Four indicators of 10 points in a category of 40, D missing under Reweight. By hand, each at its own 10 points:
        //   A capped ratio 13 / 10 = 1.3, capped at 1.2 → 12 (the docs' rule 21 example);
        //   B benchmark ratio 54.08 / 35.12 → index 100 → 10 (F14);
        //   C efficacy coefficient 60 + 40 × (5.81 − 6) / (12 − 6) = 58.7333… → 5.87333… (F13);
        //   Σ = 27.87333…; scale = 40 ÷ (40 − 10) = 4/3; category = 4/3 × 27.87333… = 37.164444…
        // The old definition (each weight × 4/3 = 13.333…: 16 + 13.333… + 7.831111…) is the same number.
        var scheme = AssessmentScheme.CreateBuilder("worked", 40).WithCatalog(Catalog(4))
            .Category("对外开放", 40, c => c
                .Indicator("X0", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Points(10), MissingDataPolicy.Reweight, new ZoneTargets(Target: 10))
                .Indicator("X1", ScoringMethods.BenchmarkRatio(35.12), IndicatorWeight.Points(10), MissingDataPolicy.Reweight)
                .Indicator("X2", ScoringMethods.EfficacyCoefficient(12, 6), IndicatorWeight.Points(10), MissingDataPolicy.Reweight)
                .Indicator("X3", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Points(10), MissingDataPolicy.Reweight, new ZoneTargets(Target: 10)))
            .Build();
        var zone = AssessmentZone.Of("Z").WithValue("X0", 13).WithValue("X1", 54.08).WithValue("X2", 5.81);
        var result = scheme.Evaluate([zone])[0];
        var category = result.Categories[0];

        Assert.True(category.ReweightsSum);
        Assert.Equal(4.0 / 3.0, category.Scale, 15);
        Assert.Equal([10.0, 10, 10, 0], category.Indicators.Select(i => i.Weight));
        Assert.Equal(12, category.Indicators[0].Points, 12);
        Assert.Equal(10, category.Indicators[1].Points, 12);
        Assert.Equal(5.873333333333333, category.Indicators[2].Points, 12);
        Assert.Equal(IndicatorAssessmentStatus.MissingReweighted, category.Indicators[3].Status);
        Assert.Equal(27.873333333333333, category.Sum, 12);
        Assert.Equal(37.164444444444444, category.Subtotal, 12);
        Assert.Equal(37.164444444444444, result.Total, 12);
        // One multiplication: the category's points are the scale × the sum, to the bit.
        Assert.Equal(BitConverter.DoubleToInt64Bits(category.Scale * category.Sum), BitConverter.DoubleToInt64Bits(category.Uncapped));

        var zh = result.Explain(ExplanationLanguage.Chinese);
        Assert.Contains("缺项重新加权：类别得分 = 折算系数 1.3333 × Σ 各项得分 27.8733 = 37.1644（折算系数 = 本类指标分值 40 ÷ 有数据指标分值 30）", zh, StringComparison.Ordinal);
        Assert.Contains("权重 10，", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("按缺失指标重新分配", zh, StringComparison.Ordinal);
        var en = result.Explain(ExplanationLanguage.English);
        Assert.Contains("reweighted for missing values: category points = scale 1.3333 × Σ indicator points 27.8733 = 37.1644 (scale = the category's points 40 ÷ the points kept 30)", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Reweighting_a_fixed_award_method_still_scales_its_weight()
    {
        // Completion steps award the weight plus a fixed 1 point per full 10% over target: F16's 降3.3% against 降3%
        // (110%) earns 30 + 1 = 31 of 30. With a second indicator of 30 missing, scaling the weight gives 60 + 1 = 61;
        // scaling the sum would give 2 × 31 = 62, a different rule. So this category keeps scaling each weight.
        var scheme = AssessmentScheme.CreateBuilder("steps", 60).WithCatalog(Catalog(2))
            .Category("节能", 60, c => c
                .Indicator("X0", ScoringMethods.CompletionSteps(), IndicatorWeight.Points(30), MissingDataPolicy.Reweight, new ZoneTargets(Target: 3))
                .Indicator("X1", ScoringMethods.CompletionSteps(), IndicatorWeight.Points(30), MissingDataPolicy.Reweight, new ZoneTargets(Target: 3)))
            .Build();
        var result = scheme.Evaluate([AssessmentZone.Of("Z").WithValue("X0", 3.3)])[0];
        var category = result.Categories[0];
        Assert.False(category.ReweightsSum);
        Assert.Equal(2, category.Scale);
        Assert.Equal(60, category.Indicators[0].Weight);
        Assert.Equal(61, category.Indicators[0].Points);
        Assert.Equal(61, category.Subtotal);
        Assert.Contains("缺项重新加权：有数据指标的权重 × 折算系数 2（折算系数 = 本类指标分值 60 ÷ 有数据指标分值 30）", result.Explain(), StringComparison.Ordinal);
        Assert.Contains("(reweighted from 30)", result.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public void Issue10_Reweight_with_nothing_missing_scores_as_before(NonEmptyArray<int> draws)
    {
        // Each draw picks a method, a value (0–29.99) and explicit points (1–40) for one indicator of one category under
        // Reweight; every value is present, so the scale is 1 and the total must be what the scheme gave before issue 10's
        // change, bit for bit: each method's points at the indicator's points, summed in declaration order.
        var entries = draws.Get.Take(12).Select(d => d & int.MaxValue)
            .Select(d => (Method: Methods[d % Methods.Length], Value: d / Methods.Length % 3000 / 100.0, Points: 1.0 + (d / 30000 % 40)))
            .ToArray();
        var weight = entries.Sum(e => e.Points);
        var scheme = AssessmentScheme.CreateBuilder("scale 1", weight).WithCatalog(Catalog(entries.Length))
            .Category("only", weight, c =>
            {
                for (var i = 0; i < entries.Length; i++)
                {
                    c.Indicator("X" + i, entries[i].Method, IndicatorWeight.Points(entries[i].Points), MissingDataPolicy.Reweight, Targets);
                }
            })
            .Build();
        var zone = AssessmentZone.Of("Z");
        for (var i = 0; i < entries.Length; i++)
        {
            zone = zone.WithValue("X" + i, entries[i].Value);
        }
        var result = scheme.Evaluate([zone])[0];

        var before = 0.0;
        foreach (var (method, value, points) in entries)
        {
            before += method.Score(new ScoringInput(value, points, Polarity.Positive, Targets.Target, Targets.Stretch, Targets.Baseline)).Points;
        }
        before = Math.Max(0, before + 0 - 0);
        Assert.Equal(1, result.Categories[0].Scale);
        Assert.Equal(BitConverter.DoubleToInt64Bits(before), BitConverter.DoubleToInt64Bits(result.Total));
    }

    [Property(MaxTest = 300)]
    public void Issue10_Methods_that_reweight_the_sum_give_points_proportional_to_the_weight(NonEmptyArray<int> draws)
    {
        // The condition under which scaling the sum is the old definition: p(s·w) = s·p(w) for s ≥ 1, up to rounding.
        // The methods with fixed awards are not proportional (the worked example above shows one), and are not marked.
        foreach (var d in draws.Get.Take(8).Select(d => d & int.MaxValue))
        {
            var method = Methods[d % Methods.Length];
            var value = d / Methods.Length % 3000 / 100.0;
            var weight = 1 + (d / 30000 % 40);
            var scale = 1 + (d / 1200000 % 100 / 10.0);
            double Points(double w) => method.Score(new ScoringInput(value, w, Polarity.Positive, Targets.Target, Targets.Stretch, Targets.Baseline)).Points;
            if (Reweighting.IsProportional(method))
            {
                Assert.Equal(scale * Points(weight), Points(scale * weight), 9);
            }
        }
        Assert.All(Methods.Where(m => !Reweighting.IsProportional(m)), m => Assert.Contains(m.Name, new[] { "completion-steps", "base-step", "share-at-target" }));
        Assert.True(Reweighting.IsProportional(ScoringMethods.RankLadder(0.05)));
        Assert.False(Reweighting.IsProportional(ScoringMethods.RankLadderByPoints(0.2)));
    }
}
