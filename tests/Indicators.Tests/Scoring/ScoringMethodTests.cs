namespace Indicators.Tests.Scoring;

public class ScoringMethodTests
{
    private static IndicatorScore Score(IScoringMethod method, double value, double weight, Polarity polarity = Polarity.Positive,
        double? target = null, double? stretch = null, double? baseline = null, ScoringPopulation? population = null) =>
        method.Score(new ScoringInput(value, weight, polarity, target, stretch, baseline, population));

    [Fact]
    public void All_or_nothing_judges_the_target_at_the_published_precision()
    {
        // [S33] "指标完成年度目标即得该项指标满分，未完成目标不得分"; rule 19: 7.96 reads 8.0 at one decimal.
        var rounded = ScoringMethods.AllOrNothing(decimals: 1);
        Assert.Equal(5, Score(rounded, 8, 5, target: 8).Points);
        Assert.Equal(5, Score(rounded, 7.96, 5, target: 8).Points);
        Assert.Equal(0, Score(ScoringMethods.AllOrNothing(1, LimitComparison.FullValue), 7.96, 5, target: 8).Points);
        Assert.Equal(0, Score(rounded, 7.9, 5, target: 8).Points);
        // Rule 18: a ceiling "控制在66人以内" — 66 passes, 67 fails.
        var whole = ScoringMethods.AllOrNothing(0);
        Assert.Equal(5, Score(whole, 66, 5, Polarity.Reverse, target: 66).Points);
        Assert.Equal(0, Score(whole, 67, 5, Polarity.Reverse, target: 66).Points);
        Assert.Contains("misses the ceiling 66", Score(whole, 67, 5, Polarity.Reverse, target: 66).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Capped_ratio_caps_and_floors()
    {
        // Rule 21: w = 10, cap 1.2, x / T = 1.3 → 12.
        var capped = ScoringMethods.CappedRatio(1.2);
        var score = Score(capped, 13, 10, target: 10);
        Assert.Equal(12, score.Points, 12);
        Assert.Equal("capped ratio: 10 × min(13 / 10, 1.2) = 12", score.Explanation);
        Assert.Equal("capped-ratio", score.Method);
        Assert.Null(score.Index);
        // [S37] "未完成的按实际完成率乘以标准分计分": 90% of the plan earns 90% of the points.
        Assert.Equal(9, Score(ScoringMethods.CappedRatio(), 180, 10, target: 200).Points, 12);
        Assert.Equal(0, Score(capped, -5, 10, target: 10).Points);
        // A reverse indicator: T / x, and nothing of a bad thing earns the cap.
        Assert.Equal(8, Score(capped, 0.5, 10, Polarity.Reverse, target: 0.4).Points, 12);
        Assert.Equal(12, Score(capped, 0, 10, Polarity.Reverse, target: 0.4).Points, 12);
    }

    [Fact]
    public void Base_step_counts_whole_or_proportional_steps()
    {
        // Rule 22, 银川 [S32]: 2 points at last year's level, ±0.1 per 2 percentage points, 4 at most; growth 15%.
        var floor = ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Floor);
        var proportional = ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Proportional);
        Assert.Equal(2.7, Score(floor, 15, 4, baseline: 0).Points, 12);
        Assert.Equal(2.75, Score(proportional, 15, 4, baseline: 0).Points, 12);
        Assert.Equal(4, Score(floor, 60, 4, baseline: 0).Points, 12);
        // A fall of 3 points is one whole step down, or 1.5 proportional steps.
        Assert.Equal(1.9, Score(floor, -3, 4, baseline: 0).Points, 12);
        Assert.Equal(1.85, Score(proportional, -3, 4, baseline: 0).Points, 12);
        Assert.Equal(0, Score(floor, -100, 4, baseline: 0).Points);
        // Whole steps are counted as written: 60.2% against "占比达到60%得3分" with steps of 0.2 is exactly one step.
        Assert.Equal(3.1, Score(ScoringMethods.BaseStep(3, 0.1, 0.2, StepMode.Floor), 60.2, 5, baseline: 60).Points, 12);
        // An explicit cap overrides the weight; a reverse indicator gains below its baseline.
        Assert.Equal(2.2, Score(ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Floor, max: 3), -4, 4, Polarity.Reverse, baseline: 0).Points, 12);
    }

    [Fact]
    public void Eighty_percent_at_target_moves_half_a_point_per_percentage_point()
    {
        // [S37]: 80% of the standard points at the target, ±0.5 per percentage point, at most k times the standard points.
        var method = ScoringMethods.EightyPercentAtTarget(pointsPerPoint: 0.5, capMultiple: 1.2);
        Assert.Equal(8, Score(method, 8, 10, target: 8).Points, 12);
        Assert.Equal(9, Score(method, 10, 10, target: 8).Points, 12);
        Assert.Equal(7, Score(method, 6, 10, target: 8).Points, 12);
        Assert.Equal(12, Score(method, 20, 10, target: 8).Points, 12);
        Assert.Equal(0, Score(method, -30, 10, target: 8).Points);
        Assert.Equal(9, Score(method, 6, 10, Polarity.Reverse, target: 8).Points, 12);
    }

    [Fact]
    public void Interpolation_between_base_and_target()
    {
        // 宁波 [S35]: 全部工业增加值增长率 权数30, 评分基数值15%, 评分目标值25%.
        var method = ScoringMethods.Interpolation();
        Assert.Equal(15, Score(method, 20, 30, target: 25, baseline: 15).Points, 12);
        Assert.Equal(30, Score(method, 30, 30, target: 25, baseline: 15).Points, 12);
        Assert.Equal(0, Score(method, 10, 30, target: 25, baseline: 15).Points);
        Assert.Equal(15, Score(method, 0.45, 30, Polarity.Reverse, target: 0.4, baseline: 0.5).Points, 12);
        Assert.Equal(30, Score(method, 5, 30, target: 5, baseline: 5).Points);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Score(method, 20, 30, target: 10, baseline: 15)).ParamName);
    }

    [Fact]
    public void Efficacy_coefficient_of_the_exam_example()
    {
        // F13, [S38]: 工业总资产贡献率 5.81%, 满意值12%, 不允许值6% → 58.73.
        var fixedValues = ScoringMethods.EfficacyCoefficient(satisfactory: 12, unacceptable: 6);
        var score = Score(fixedValues, 5.81, 10);
        Assert.Equal(58.73, Math.Round(score.Index!.Value, 2));
        Assert.Equal(5.8733, score.Points, 4); // 10 × 58.7333… / 100
        Assert.False(fixedValues.IsRelative);
        // The same from a population whose best is 12 and worst 6.
        var relative = ScoringMethods.EfficacyCoefficient();
        Assert.True(relative.IsRelative);
        Assert.Equal(80, Score(relative, 9, 10, population: new ScoringPopulation(12, 6, 2, 5)).Index!.Value, 10);
        // A reverse indicator: the population's best is its smallest value.
        Assert.Equal(90, Score(relative, 4, 10, Polarity.Reverse, population: new ScoringPopulation(2, 10, 2, 5)).Index!.Value, 10);
        // Every zone equal: nobody is worse, all score 100.
        Assert.Equal(100, Score(relative, 7, 10, population: new ScoringPopulation(7, 7, 1, 3)).Index);
        // Beyond 满意值 the index stops at 100.
        Assert.Equal(100, Score(fixedValues, 20, 10).Index);
        Assert.Throws<ArgumentException>(() => Score(fixedValues, 5, 10, Polarity.Reverse));
        Assert.Throws<ArgumentException>(() => Score(relative, 5, 10));
    }

    [Theory]
    // F14, [S39] (Hanspub table): ratio to the benchmark, capped at 100.
    [InlineData(10391, 19470.05, 53.37)]
    [InlineData(34940, 58197, 60.04)]
    [InlineData(4.12, 6.1, 67.54)]
    [InlineData(54.08, 35.12, 100)]
    [InlineData(80, 78, 100)]
    public void Benchmark_ratio_of_the_published_table(double value, double benchmark, double expected)
    {
        Assert.Equal(expected, Math.Round(Score(ScoringMethods.BenchmarkRatio(benchmark), value, 5).Index!.Value, 2));
        Assert.Equal(expected, Math.Round(Score(ScoringMethods.BenchmarkRatio(), value, 5, target: benchmark).Index!.Value, 2));
    }

    [Fact]
    public void Benchmark_ratio_weights_the_index_and_handles_reverse_indicators()
    {
        Assert.Equal(2.5, Score(ScoringMethods.BenchmarkRatio(40), 20, 5).Points, 12);
        Assert.Equal(50, Score(ScoringMethods.BenchmarkRatio(0.2), 0.4, 5, Polarity.Reverse).Index!.Value, 10);
        Assert.Equal(100, Score(ScoringMethods.BenchmarkRatio(0.2), 0, 5, Polarity.Reverse).Index);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Score(ScoringMethods.BenchmarkRatio(), 1, 5, target: 0)).ParamName);
    }

    [Fact]
    public void Rank_ladder_by_share_and_by_points()
    {
        // F21, [S33]: "第二位得满分的95%，第三位得满分的90%": w = 6, rank 3 → 5.4.
        Assert.Equal(5.4, Score(ScoringMethods.RankLadder(), 0, 6, population: new ScoringPopulation(10, 1, 3, 12)).Points, 12);
        // [S32] "第1名满分，相差一名扣0.2分": w = 3, rank 4 → 2.4; far down, 0.
        var byPoints = ScoringMethods.RankLadderByPoints(0.2);
        Assert.Equal(2.4, Score(byPoints, 0, 3, population: new ScoringPopulation(10, 1, 4, 30)).Points, 12);
        Assert.Equal(0, Score(byPoints, 0, 3, population: new ScoringPopulation(10, 1, 30, 30)).Points);
        Assert.Equal(3, Score(byPoints, 0, 3, population: new ScoringPopulation(10, 1, 1, 30)).Points);
        Assert.Equal("rank ladder: rank 4, 3 - 0.2 × 3 = 2.4", Score(byPoints, 0, 3, population: new ScoringPopulation(10, 1, 4, 30)).Explanation);
        Assert.Throws<ArgumentException>(() => Score(byPoints, 0, 3));
        Assert.Equal("Rank", Assert.Throws<ArgumentOutOfRangeException>(() => Score(byPoints, 0, 3, population: new ScoringPopulation(10, 1, 5, 4))).ParamName);
    }

    [Fact]
    public void Guaranteed_and_stretch_targets()
    {
        // Rule 17: 确保8%、力争10%, actual 9%, base 4 of 6 → 5.0.
        var method = ScoringMethods.GuaranteedStretch(baseShare: 4.0 / 6);
        Assert.Equal(5.0, Score(method, 9, 6, target: 8, stretch: 10).Points, 12);
        Assert.Equal(4.0, Score(method, 8, 6, target: 8, stretch: 10).Points, 12);
        Assert.Equal(6.0, Score(method, 11, 6, target: 8, stretch: 10).Points, 12);
        Assert.Equal(0, Score(method, 7.9, 6, target: 8, stretch: 10).Points);
        Assert.Equal(5.0, Score(method, 0.9, 6, Polarity.Reverse, target: 1.0, stretch: 0.8).Points, 12);
        Assert.Throws<ArgumentException>(() => Score(method, 9, 6, target: 8));
    }

    [Fact]
    public void Completion_steps_of_the_energy_rule()
    {
        // F16, [S21]: 降3.3% against 降3% → 110% → 30 + 1 = 31.
        var method = ScoringMethods.CompletionSteps();
        Assert.Equal(31, Score(method, 3.3, 30, target: 3).Points, 12);
        Assert.Equal(30, Score(method, 3, 30, target: 3).Points, 12);
        Assert.Equal(0, Score(method, 2.9, 30, target: 3).Points);
        Assert.Equal(35, Score(method, 6, 30, target: 3).Points, 12);
        // A reverse indicator against a ceiling: 0.8 against 1.0 is 125% → +2.
        Assert.Equal(32, Score(method, 0.8, 30, Polarity.Reverse, target: 1.0).Points, 12);
    }

    [Fact]
    public void Factories_validate_and_name_the_parameter()
    {
        Assert.Equal("cap", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.CappedRatio(0)).ParamName);
        Assert.Equal("per", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.BaseStep(2, 0.1, double.NaN, StepMode.Floor)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.BaseStep(2, 0.1, 2, (StepMode)9)).ParamName);
        Assert.Equal("shareAtTarget", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.EightyPercentAtTarget(0.5, 1, 1.5)).ParamName);
        Assert.Equal("unacceptable", Assert.Throws<ArgumentException>(() => ScoringMethods.EfficacyCoefficient(6, 6)).ParamName);
        Assert.Equal("benchmark", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.BenchmarkRatio(-1)).ParamName);
        Assert.Equal("shareOfWeightPerPlace", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.RankLadder(0)).ParamName);
        Assert.Equal("baseShare", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.GuaranteedStretch(1.1)).ParamName);
        Assert.Equal("maxBonus", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.CompletionSteps(maxBonus: -1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.AllOrNothing(-1)).ParamName);
    }

    [Fact]
    public void Inputs_are_checked_naming_the_field()
    {
        var method = ScoringMethods.CappedRatio();
        Assert.Equal("Value", Assert.Throws<ArgumentOutOfRangeException>(() => Score(method, double.NaN, 10, target: 1)).ParamName);
        Assert.Equal("Weight", Assert.Throws<ArgumentOutOfRangeException>(() => Score(method, 1, -1, target: 1)).ParamName);
        Assert.Equal("Target", Assert.Throws<ArgumentOutOfRangeException>(() => Score(method, 1, 1, target: double.PositiveInfinity)).ParamName);
        var missing = Assert.Throws<ArgumentException>(() => Score(method, 1, 10));
        Assert.Equal("input", missing.ParamName);
        Assert.Contains("capped-ratio", missing.Message, StringComparison.Ordinal);
    }
}
