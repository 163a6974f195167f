namespace Indicators.Tests.Plans;

public class PlanTargetTests
{
    private static readonly ReportingPeriod FourteenthPlan = ReportingPeriod.FiveYearPlan(14);
    private static readonly PhrasingOptions TwoDecimals = PhrasingOptions.Default with { Decimals = 2 };


    // Worked example, by hand: 十四五 (2021-2025), base 500 in 2020, 年均增长7%. The path is 500 × 1.07^k:
    // 2021 535, 2022 572.45, 2023 612.5215, 2024 655.398005, 2025 701.27586535.
    private static readonly PlanTarget SevenPercent = PlanTarget.AverageGrowth(FourteenthPlan, 500, Percentage.FromPercent(7));

    [Fact]
    public void Seven_percent_a_year_from_500_gives_the_path_by_hand()
    {
        Assert.Equal(2020, SevenPercent.BaseYear);
        Assert.Equal(2025, SevenPercent.FinalYear);
        Assert.Equal(5, SevenPercent.Years);
        Assert.Equal(701.27586535, SevenPercent.TargetLevel, 8);
        var path = SevenPercent.Path();
        Assert.Equal([2021, 2022, 2023, 2024, 2025], path.Select(p => p.Year));
        double[] byHand = [535, 572.45, 612.5215, 655.398005, 701.27586535];
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(byHand[i], path[i].Level, 8);
            Assert.Equal(7, path[i].Growth.Percent, 9);
        }
        Assert.Equal(612.5215, SevenPercent.PathLevel(2023)!.Value, 9);
        Assert.Equal(500, SevenPercent.PathLevel(2020)!.Value);
    }

    [Fact]
    public void Actual_620_in_2023_is_ahead_and_needs_6_35_percent_a_year()
    {
        // By hand: path 2023 = 612.5215; 620 − 612.5215 = 7.4785 ahead; cumulative growth 620/500 − 1 = 24% against
        // 612.5215/500 − 1 = 22.5043%: 1.4957 points ahead. Still needed for 2024-2025: (701.27586535 / 620)^(1/2) − 1
        // = √1.131090 − 1 = 6.3527% a year. (The brief's sketch called 620 "behind" with ≈12.56%: the numbers say otherwise.)
        var progress = SevenPercent.Progress(2023, 620);
        Assert.Equal(PaceStatus.Ahead, progress.Status);
        Assert.Equal(7.4785, progress.LevelGap!.Value, 9);
        Assert.Equal(24, progress.CumulativeGrowth!.Value.Percent, 9);
        Assert.Equal(22.5043, progress.PathCumulativeGrowth!.Value.Percent, 9);
        Assert.Equal(1.4957, progress.GrowthGap!.Value.Points, 9);
        Assert.Equal(2, progress.YearsRemaining);
        Assert.Equal(PlanRequirementStatus.Required, progress.RequirementStatus);
        Assert.Equal(6.3527, progress.RequiredGrowth!.Value.Percent, 4);
        Assert.Equal(
            "按年均增长7%，2023年应达到612.52亿元；实际620.00亿元，快于规划进度7.48亿元（1.50个百分点），后两年需年均增长6.35%",
            ChinesePhrasing.Phrase(progress, TwoDecimals, "亿元"));
    }

    [Fact]
    public void Actual_590_in_2023_is_behind_and_needs_9_02_percent_a_year()
    {
        // By hand: 590 − 612.5215 = −22.5215; (590 − 612.5215) / 500 = −4.5043 points; (701.27586535 / 590)^(1/2) − 1 =
        // √1.188603 − 1 = 9.0231% a year.
        var progress = SevenPercent.Progress(2023, 590);
        Assert.Equal(PaceStatus.Behind, progress.Status);
        Assert.Equal(-22.5215, progress.LevelGap!.Value, 9);
        Assert.Equal(-4.5043, progress.GrowthGap!.Value.Points, 9);
        Assert.Equal(9.0231, progress.RequiredGrowth!.Value.Percent, 4);
        Assert.Equal(
            "按年均增长7%，2023年应达到612.5；实际590.0，慢于规划进度22.5（4.5个百分点），后两年需年均增长9.0%",
            ChinesePhrasing.Phrase(progress));
        var text = progress.Explain(ExplanationLanguage.English);
        Assert.Contains("base = 500 in 2020", text, StringComparison.Ordinal);
        Assert.Contains("behind the path", text, StringComparison.Ordinal);
        Assert.Contains("over the 2 years left", text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_path_is_written_as_on_pace()
    {
        var progress = SevenPercent.Progress(2023, 612.5215);
        Assert.Equal(PaceStatus.OnPace, progress.Status);
        Assert.Equal("按年均增长7%，2023年应达到612.5；实际612.5，与规划进度持平，后两年需年均增长7.0%", ChinesePhrasing.Phrase(progress));
    }

    [Fact]
    public void Track_judges_each_reported_year()
    {
        // Path 535, 572.45, 612.5215: 540 is ahead, 570 behind, 620 ahead; 2024 and 2025 not reported yet.
        var track = SevenPercent.Track([540, 570, 620]);
        Assert.Equal([2021, 2022, 2023], track.Select(p => p.Year));
        Assert.Equal([PaceStatus.Ahead, PaceStatus.Behind, PaceStatus.Ahead], track.Select(p => p.Status));
        Assert.Equal(SevenPercent.Progress(2022, 570).GrowthGap, track[1].GrowthGap);
        Assert.Throws<ArgumentOutOfRangeException>(() => SevenPercent.Track([1, 2, 3, 4, 5, 6]));
        Assert.Equal("actualsFromFirstYear", Assert.Throws<ArgumentOutOfRangeException>(() => SevenPercent.Track([1, double.NaN])).ParamName);
    }

    [Fact]
    public void A_level_target_implies_its_average_growth()
    {
        // 2025年达到1000 from 500 in 2020: doubling in five years is 2^(1/5) − 1 = 14.8698% a year; the path in 2023 is
        // 500 × 2^(3/5) = 757.858.
        var target = PlanTarget.Level(FourteenthPlan, 500, 1000);
        Assert.Equal(PlanTargetKind.Level, target.Kind);
        Assert.Equal(14.8698, target.AnnualGrowth!.Value.Percent, 4);
        Assert.Equal(757.858, target.PathLevel(2023)!.Value, 3);
        Assert.Equal(1000, target.PathLevel(2025)!.Value);
        var progress = target.Progress(2024, 800);
        Assert.Equal(PaceStatus.Behind, progress.Status);
        // One year left: 1000 / 800 − 1 = 25%.
        Assert.Equal(25, progress.RequiredGrowth!.Value.Percent, 9);
        Assert.StartsWith("按2025年达到1000.0的目标，2024年应达到870.6；", ChinesePhrasing.Phrase(progress), StringComparison.Ordinal);
        Assert.EndsWith("后一年需增长25.0%", ChinesePhrasing.Phrase(progress), StringComparison.Ordinal);
    }

    [Fact]
    public void Statuses_where_the_domain_has_no_number()
    {
        // Base ≤ 0: no path, no cumulative growth.
        var noBase = PlanTarget.Level(FourteenthPlan, 0, 100);
        Assert.False(noBase.HasPath);
        Assert.Null(noBase.AnnualGrowth);
        Assert.Empty(noBase.Path());
        Assert.Null(noBase.PathLevel(2023));
        var progress = noBase.Progress(2023, 40);
        Assert.Equal(PaceStatus.Undefined, progress.Status);
        Assert.False(progress.HasValue);
        Assert.Null(progress.GrowthGap);
        Assert.Null(progress.CumulativeGrowth);
        // The growth still needed exists from 40: (100 / 40)^(1/2) − 1 = 58.11%.
        Assert.Equal(58.1139, progress.RequiredGrowth!.Value.Percent, 4);
        Assert.Contains("no path", progress.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.Contains("无规划路径", ChinesePhrasing.Phrase(progress), StringComparison.Ordinal);

        var negativeBase = PlanTarget.AverageGrowth(FourteenthPlan, -10, Percentage.FromPercent(7));
        Assert.False(negativeBase.HasPath);
        Assert.Equal(7, negativeBase.AnnualGrowth!.Value.Percent, 12);

        // Target already met.
        var met = SevenPercent.Progress(2024, 710);
        Assert.Equal(PlanRequirementStatus.TargetAlreadyMet, met.RequirementStatus);
        Assert.Null(met.RequiredGrowth);
        Assert.EndsWith("已提前完成规划目标", ChinesePhrasing.Phrase(met), StringComparison.Ordinal);

        // No years left.
        var last = SevenPercent.Progress(2025, 690);
        Assert.Equal(PlanRequirementStatus.NoYearsLeft, last.RequirementStatus);
        Assert.Equal(PaceStatus.Behind, last.Status);
        Assert.Contains("no years left", last.Explain(ExplanationLanguage.English), StringComparison.Ordinal);

        // An actual level ≤ 0 cannot grow to the target.
        var loss = SevenPercent.Progress(2022, -5);
        Assert.Equal(PlanRequirementStatus.NoRate, loss.RequirementStatus);
        Assert.Null(loss.RequiredGrowth);
    }

    [Fact]
    public void Bad_arguments_throw_naming_the_parameter()
    {
        Assert.Equal("baseLevel", Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AverageGrowth(FourteenthPlan, double.NaN, Percentage.FromPercent(7))).ParamName);
        Assert.Equal("annualGrowth", Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AverageGrowth(FourteenthPlan, 500, Percentage.FromPercent(-100))).ParamName);
        Assert.Equal("targetLevel", Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.Level(FourteenthPlan, 500, double.NaN)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentException>(() => PlanTarget.Level(ReportingPeriod.HalfYear(2024, 1), 500, 1000)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => SevenPercent.Progress(2020, 500)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SevenPercent.Progress(2026, 500));
        Assert.Equal("actual", Assert.Throws<ArgumentOutOfRangeException>(() => SevenPercent.Progress(2023, double.NaN)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SevenPercent.PathLevel(2019));
    }

    [Fact]
    public void A_single_year_works_as_a_one_year_plan()
    {
        var target = PlanTarget.AverageGrowth(ReportingPeriod.Year(2024), 100, Percentage.FromPercent(8));
        Assert.Equal(2023, target.BaseYear);
        Assert.Equal(108, target.TargetLevel, 10);
        Assert.Single(target.Path());
        Assert.Equal(target, PlanTarget.AverageGrowth(ReportingPeriod.Year(2024), 100, Percentage.FromPercent(8)));
        Assert.NotEqual(target, PlanTarget.AverageGrowth(ReportingPeriod.Year(2024), 100, Percentage.FromPercent(9)));
    }

    [Property(MaxTest = 300)]
    public bool Property_the_path_at_the_rate_reproduces_the_target_level(PlanLevel start, PlanRate planRate, PlanLevel end)
    {
        var (baseLevel, rate, level) = (start.Value, planRate.Value, end.Value);
        var growth = PlanTarget.AverageGrowth(FourteenthPlan, baseLevel, rate);
        var byLevel = PlanTarget.Level(FourteenthPlan, baseLevel, level);
        var replayed = baseLevel * Math.Pow(1 + byLevel.AnnualGrowth!.Value.Fraction, 5);
        return growth.PathLevel(2025) == growth.TargetLevel
            && Close(baseLevel * Math.Pow(1 + rate.Fraction, 5), growth.TargetLevel)
            && growth.Path().All(p => Math.Abs(p.Growth.Percent - rate.Percent) < 1e-7)
            && Close(replayed, level)
            && byLevel.PathLevel(2025) == level;
    }

    [Property(MaxTest = 300)]
    public bool Property_the_required_growth_then_reaches_the_target(PlanLevel level, PlanYear planYear)
    {
        var (actual, year) = (level.Value, planYear.Value);
        var progress = SevenPercent.Progress(year, actual);
        return progress.RequirementStatus switch
        {
            PlanRequirementStatus.Required => Close(actual * Math.Pow(1 + progress.RequiredGrowth!.Value.Fraction, progress.YearsRemaining), SevenPercent.TargetLevel),
            PlanRequirementStatus.TargetAlreadyMet => actual >= SevenPercent.TargetLevel,
            PlanRequirementStatus.NoYearsLeft => year == 2025 && actual < SevenPercent.TargetLevel,
            _ => false,
        };
    }

    [Property(MaxTest = 300)]
    public bool Property_on_track_status_follows_the_sign_of_the_gap(PlanLevel start, PlanRate planRate, SignedLevel level)
    {
        var (baseLevel, rate, actual) = (start.Value, planRate.Value, level.Value);
        var target = PlanTarget.AverageGrowth(FourteenthPlan, baseLevel, rate);
        return Enumerable.Range(2021, 5).All(year =>
        {
            var progress = target.Progress(year, actual);
            var level = progress.LevelGap!.Value;
            var points = progress.GrowthGap!.Value.Points;
            return progress.Status switch
            {
                PaceStatus.Ahead => level > 0 && points > 0,
                PaceStatus.Behind => level < 0 && points < 0,
                PaceStatus.OnPace => Math.Abs(level) <= 1e-9 * Math.Abs(actual),
                _ => false,
            };
        });
    }

    [Property(MaxTest = 300)]
    public bool Property_explanations_and_phrases_never_throw_or_print_nan(SmallSignedLevel start, SmallSignedLevel level, PlanYear planYear)
    {
        var (baseLevel, actual, year) = (start.Value, level.Value, planYear.Value);
        var target = PlanTarget.Level(FourteenthPlan, baseLevel, 1000);
        var progress = target.Progress(year, actual);
        var text = progress.Explain() + ChinesePhrasing.Phrase(progress) + target.ToString();
        return !text.Contains("NaN", StringComparison.Ordinal) && !text.Contains('∞', StringComparison.Ordinal);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
}
