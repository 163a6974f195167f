using NodaTime;

namespace Indicators.Tests.Pacing;

public class PacingTests
{
    private static readonly PhrasingOptions TwoDecimals = PhrasingOptions.Default with { Decimals = 2 };

    // Levels in hundredths from −1,000,000 to 1,000,000: finite, and with room for a sum.

    [Fact]
    public void End_of_june_at_50_22_percent_is_0_22_points_ahead_and_half_time_half_task()
    {
        // domain.md: "截至6月底完成年度目标的50.22%，实现'时间过半、任务过半'". 序时进度 at the end of June = 6/12 = 50%;
        // gap = 50.22 − 50 = +0.22 percentage points.
        var pacing = Indicators.Pacing.ByMonths(50.22, 100, 6);
        Assert.Equal(PaceStatus.Ahead, pacing.Status);
        Assert.Equal(50, pacing.ExpectedShare.Percent);
        Assert.Equal(50.22, pacing.Completion!.Value.Percent, 10);
        Assert.Equal(0.22, pacing.Gap!.Value.Points, 10);
        Assert.True(pacing.IsHalfTimeHalfTask);
        Assert.Equal("截至6月底完成年度目标的50.22%，快于序时进度0.22个百分点，实现“时间过半、任务过半”", ChinesePhrasing.Phrase(pacing, TwoDecimals));
    }

    [Fact]
    public void End_of_september_at_70_percent_is_5_points_behind()
    {
        // Research rule 20: 序时进度 at the end of September = 9/12 = 75%; 70 − 75 = −5 → 慢于序时进度5个百分点.
        // Run rate: (100 − 70) / 3 months left = 10 a month.
        var pacing = Indicators.Pacing.ByMonths(70, 100, 9);
        Assert.Equal(PaceStatus.Behind, pacing.Status);
        Assert.Equal(75, pacing.ExpectedShare.Percent);
        Assert.Equal(-5, pacing.Gap!.Value.Points, 10);
        Assert.False(pacing.IsHalfTimeHalfTask);
        Assert.Equal(RunRateStatus.Required, pacing.RunRateStatus);
        Assert.Equal(10, pacing.RequiredMonthlyRunRate!.Value, 10);
        var noDecimals = PhrasingOptions.Default with { Decimals = 0 };
        Assert.Equal("截至9月底完成年度目标的70%，慢于序时进度5个百分点", ChinesePhrasing.Phrase(pacing, noDecimals));
        Assert.Equal("余下3个月需月均完成10亿元", ChinesePhrasing.PhraseRunRate(pacing, noDecimals, "亿元"));
    }

    [Theory]
    // 西安高新区 2017年上半年 (docs/examples/data/SOURCES.md): 实际引进内资469.94亿元，完成年度任务91.78%，超时序进度41.78个百分点;
    // 一般公共预算收入57.8亿元，完成年度任务50.13%，超时序进度0.13个百分点. The annual targets are not published: they are
    // the actuals over the completion (469.94 / 0.9178 ≈ 512.03, 57.8 / 0.5013 ≈ 115.30); the gap is completion − 50.
    [InlineData(469.94, 0.9178, 41.78)]
    [InlineData(57.8, 0.5013, 0.13)]
    // 常州 2021年上半年 (gxj.changzhou.gov.cn): 新增产值282.8亿元，完成全年目标的56.6%，超时序进度6.6个百分点 (target ≈ 499.6亿元).
    [InlineData(282.8, 0.566, 6.6)]
    public void Published_half_year_reports_are_reproduced(double yearToDate, double completion, double points)
    {
        var pacing = Indicators.Pacing.ByMonths(yearToDate, yearToDate / completion, 6);
        Assert.Equal(completion * 100, pacing.Completion!.Value.Percent, 9);
        Assert.Equal(points, pacing.Gap!.Value.Points, 9);
        Assert.True(pacing.IsHalfTimeHalfTask);
        Assert.StartsWith("截至6月底完成年度目标的" + (completion * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "%，快于序时进度" + points.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "个百分点", ChinesePhrasing.Phrase(pacing, TwoDecimals), StringComparison.Ordinal);
    }

    [Fact]
    public void Changzhou_target_is_about_499_6()
    {
        // 282.8 / 0.566 = 499.6466…亿元: the target the published completion implies; the run rate over the second half is
        // (499.6466 − 282.8) / 6 = 36.14亿元 a month.
        var pacing = Indicators.Pacing.ByMonths(282.8, 282.8 / 0.566, 6);
        Assert.Equal(499.6, pacing.AnnualTarget, 1);
        Assert.Equal(36.14, pacing.RequiredMonthlyRunRate!.Value, 2);
    }

    [Fact]
    public void Exactly_half_at_the_end_of_june_is_on_pace_and_half_time_half_task()
    {
        var pacing = Indicators.Pacing.ByMonths(50, 100, 6);
        Assert.Equal(PaceStatus.OnPace, pacing.Status);
        Assert.True(pacing.IsHalfTimeHalfTask);
        Assert.Equal("截至6月底完成年度目标的50.0%，与序时进度持平，实现“时间过半、任务过半”", ChinesePhrasing.Phrase(pacing));
        Assert.False(Indicators.Pacing.ByMonths(49.9, 100, 6).IsHalfTimeHalfTask);
        Assert.False(Indicators.Pacing.ByMonths(60, 100, 7).IsHalfTimeHalfTask);
    }

    [Fact]
    public void Pacing_by_a_reporting_period_uses_its_last_month()
    {
        // 2013年第三季度 ends on 30 September: 9/12 = 75% of the year has elapsed (ReportingPeriod.ElapsedShare by months).
        var quarter = Indicators.Pacing.ByMonths(70, 100, ReportingPeriod.Quarter(2013, 3));
        Assert.Equal(9, quarter.Month);
        Assert.Equal(75, quarter.ExpectedShare.Percent);
        Assert.Equal(6, Indicators.Pacing.ByMonths(50.22, 100, ReportingPeriod.HalfYear(2024, 1)).Month);
        Assert.Equal(5, Indicators.Pacing.ByMonths(50, 100, ReportingPeriod.Month(2024, 5)).Month);
        Assert.Equal(12, Indicators.Pacing.ByMonths(50, 100, ReportingPeriod.Year(2024)).Month);
        var midMonth = ReportingPeriod.DateRange(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 15));
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => Indicators.Pacing.ByMonths(50, 100, midMonth)).ParamName);
        Assert.Throws<ArgumentException>(() => Indicators.Pacing.ByMonths(50, 100, ReportingPeriod.FiveYearPlan(14)));
    }

    [Property(MaxTest = 300)]
    public bool Property_a_year_to_date_period_gives_the_same_result_as_its_month(SignedLevel level, TargetAndMonth targetAndMonth, RecentYear recentYear)
    {
        var (yearToDate, year) = (level.Value, recentYear.Value);
        var (target, month) = targetAndMonth;
        var period = month == 1 ? ReportingPeriod.Month(year, 1) : ReportingPeriod.YearToDate(year, month);
        var byPeriod = Indicators.Pacing.ByMonths(yearToDate, target, period);
        var byMonth = Indicators.Pacing.ByMonths(yearToDate, target, month);
        return byPeriod.Month == month && byPeriod.ExpectedShare == byMonth.ExpectedShare && byPeriod.Gap == byMonth.Gap && byPeriod.Status == byMonth.Status;
    }

    [Fact]
    public void Statuses_where_the_domain_has_no_number()
    {
        var noTarget = Indicators.Pacing.ByMonths(10, 0, 6);
        Assert.Equal(PaceStatus.Undefined, noTarget.Status);
        Assert.False(noTarget.HasValue);
        Assert.Null(noTarget.Completion);
        Assert.Null(noTarget.Gap);
        Assert.Equal(RunRateStatus.TargetNotPositive, noTarget.RunRateStatus);
        Assert.Null(noTarget.RequiredMonthlyRunRate);
        Assert.Contains("no value", noTarget.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.Equal("年度目标不为正数", ChinesePhrasing.PhraseRunRate(noTarget));
        Assert.Equal("截至6月底累计完成10，年度目标不为正数，无完成率", ChinesePhrasing.Phrase(noTarget));

        var met = Indicators.Pacing.ByMonths(120, 100, 10);
        Assert.Equal(RunRateStatus.TargetAlreadyMet, met.RunRateStatus);
        Assert.Null(met.RequiredMonthlyRunRate);
        Assert.Equal("已完成全年目标", ChinesePhrasing.PhraseRunRate(met));

        var yearOver = Indicators.Pacing.ByMonths(90, 100, 12);
        Assert.Equal(RunRateStatus.NoMonthsLeft, yearOver.RunRateStatus);
        Assert.Equal(0, yearOver.MonthsRemaining);
        Assert.Equal(-10, yearOver.Gap!.Value.Points, 10);
        Assert.Equal("全年未完成目标", ChinesePhrasing.PhraseRunRate(yearOver));
    }

    [Fact]
    public void Default_results_have_no_pace()
    {
        Assert.Equal(PaceStatus.Undefined, default(PacingResult).Status);
        Assert.False(default(PacingResult).HasValue);
        Assert.Equal(PaceStatus.Undefined, default(PlanProgressResult).Status);
    }

    [Fact]
    public void Pacing_by_days_counts_the_as_of_date()
    {
        // 2023-06-30 is day 181 of 365: 49.589…%; completion 50% is 0.41 points ahead; 6 whole months left.
        var pacing = Indicators.Pacing.ByDays(50, 100, new LocalDate(2023, 6, 30));
        Assert.Equal(PacingBasis.Days, pacing.Basis);
        Assert.Equal(181.0 / 365 * 100, pacing.ExpectedShare.Percent, 10);
        Assert.Equal(50 - (181.0 / 365 * 100), pacing.Gap!.Value.Points, 10);
        Assert.Equal(6, pacing.MonthsRemaining);
        Assert.StartsWith("截至6月30日完成年度目标的50.0%，快于序时进度0.4个百分点", ChinesePhrasing.Phrase(pacing), StringComparison.Ordinal);
        Assert.Contains("by days to 2023-06-30", pacing.Explain(ExplanationLanguage.English), StringComparison.Ordinal);

        // Mid-June: five whole months done, seven months left for the run rate.
        Assert.Equal(7, Indicators.Pacing.ByDays(40, 100, new LocalDate(2024, 6, 15)).MonthsRemaining);
    }

    [Fact]
    public void Seasonal_profile_from_last_years_months()
    {
        // Last year's months 1, 2, …, 12 (total 78): by the end of June 1 + … + 6 = 21, so the expected share is
        // 21 / 78 = 26.92%. A year-to-date 30% of the target is 3.08 points ahead of this pace, but 20 points behind m/12.
        var lastYear = MonthlySeries.FromMonths(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        var profile = PacingProfile.FromLastYearMonths(lastYear);
        Assert.False(profile.IsFlat);
        Assert.Equal(21.0 / 78 * 100, profile.ExpectedShare(6).Percent, 10);
        Assert.Equal(100, profile.ExpectedShare(12).Percent, 10);

        var seasonal = Indicators.Pacing.ByProfile(30, 100, 6, profile);
        Assert.Equal(PacingBasis.SeasonalProfile, seasonal.Basis);
        Assert.Equal(PaceStatus.Ahead, seasonal.Status);
        Assert.Equal(30 - (21.0 / 78 * 100), seasonal.Gap!.Value.Points, 10);
        Assert.Equal(PaceStatus.Behind, Indicators.Pacing.ByMonths(30, 100, 6).Status);
        Assert.Contains("seasonal profile", seasonal.Explain(ExplanationLanguage.English), StringComparison.Ordinal);

        // The same profile from last year's year-to-date values.
        var fromYearToDate = PacingProfile.FromLastYearToDate(YearToDate.FromMonths(lastYear, IndicatorNature.Flow));
        Assert.Equal(profile.ExpectedShare(6), fromYearToDate.ExpectedShare(6));
    }

    [Fact]
    public void Seasonal_profile_of_a_january_february_series_halves_the_combined_share()
    {
        // 1-2月 20, then 10 a month for March to December: total 120; 1-2月 share 16.67%, January taken as 8.33%.
        var lastYear = MonthlySeries.FromJanuaryFebruaryCombined(20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        var profile = PacingProfile.FromLastYearMonths(lastYear);
        Assert.Equal(20.0 / 120 * 100, profile.ExpectedShare(2).Percent, 10);
        Assert.Equal(10.0 / 120 * 100, profile.ExpectedShare(1).Percent, 10);
    }

    [Fact]
    public void Seasonal_profile_rejects_gaps_short_years_and_a_non_positive_total()
    {
        var gap = MonthlySeries.FromMonths(1, 2, null, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        Assert.Equal("lastYearMonths", Assert.Throws<ArgumentException>(() => PacingProfile.FromLastYearMonths(gap)).ParamName);
        Assert.Throws<ArgumentException>(() => PacingProfile.FromLastYearMonths(MonthlySeries.FromMonths(1, 2, 3)));
        Assert.Throws<ArgumentException>(() => PacingProfile.FromLastYearMonths(MonthlySeries.FromMonths(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Throws<ArgumentNullException>(() => PacingProfile.FromLastYearMonths(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => PacingProfile.Flat.ExpectedShare(13));
    }

    [Fact]
    public void Bad_arguments_throw_naming_the_parameter()
    {
        Assert.Equal("yearToDate", Assert.Throws<ArgumentOutOfRangeException>(() => Indicators.Pacing.ByMonths(double.NaN, 100, 6)).ParamName);
        Assert.Equal("annualTarget", Assert.Throws<ArgumentOutOfRangeException>(() => Indicators.Pacing.ByMonths(1, double.PositiveInfinity, 6)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => Indicators.Pacing.ByMonths(1, 100, 0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Indicators.Pacing.ByMonths(1, 100, 13));
        Assert.Throws<ArgumentNullException>(() => Indicators.Pacing.ByProfile(1, 100, 6, null!));
    }

    [Fact]
    public void Growth_target_pacing_is_the_point_gap()
    {
        // Research §3.5: for a growth target, pacing is YTD growth against the annual target growth: 8.5% against 8% is
        // 0.5 points ahead; −1% against 8% is 9 points behind.
        var ahead = Indicators.Pacing.OfGrowthTarget(Percentage.FromPercent(8.5), Percentage.FromPercent(8), 6);
        Assert.Equal(PaceStatus.Ahead, ahead.Status);
        Assert.Equal(0.5, ahead.Gap.Points, 10);
        Assert.Equal("累计增长8.5%，高于全年目标0.5个百分点", ChinesePhrasing.Phrase(ahead));
        var behind = Indicators.Pacing.OfGrowthTarget(Percentage.FromPercent(-1), Percentage.FromPercent(8), 9);
        Assert.Equal(PaceStatus.Behind, behind.Status);
        Assert.Equal("累计下降1.0%，低于全年目标9.0个百分点", ChinesePhrasing.Phrase(behind));
        Assert.Equal(PaceStatus.OnPace, Indicators.Pacing.OfGrowthTarget(Percentage.FromPercent(8), Percentage.FromPercent(8), 6).Status);
        Assert.Contains("ahead of the target growth", ahead.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_names_inputs_gap_and_run_rate()
    {
        var text = Indicators.Pacing.ByMonths(70, 100, 9).Explain(ExplanationLanguage.English);
        Assert.Contains("year-to-date = 70", text, StringComparison.Ordinal);
        Assert.Contains("annual target = 100", text, StringComparison.Ordinal);
        Assert.Contains("expected share = 75%", text, StringComparison.Ordinal);
        Assert.Contains("-5pp behind pace", text, StringComparison.Ordinal);
        Assert.Contains("needs 10 a month over the 3 months left", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool Property_gap_is_monotone_in_the_year_to_date(SignedLevel first, SignedLevel second, TargetAndMonth targetAndMonth)
    {
        var (a, b) = (first.Value, second.Value);
        var (target, month) = targetAndMonth;
        var (low, high) = a <= b ? (a, b) : (b, a);
        var lower = Indicators.Pacing.ByMonths(low, target, month);
        var higher = Indicators.Pacing.ByMonths(high, target, month);
        return lower.Gap!.Value <= higher.Gap!.Value && lower.Status <= higher.Status;
    }

    [Property(MaxTest = 300)]
    public bool Property_a_flat_seasonal_profile_gives_the_month_based_result(MonthlyAmount amount, SignedLevel level, TargetAndMonth targetAndMonth)
    {
        var (monthly, yearToDate) = (amount.Value, level.Value);
        var (target, month) = targetAndMonth;
        var months = new double?[12];
        Array.Fill(months, monthly);
        var profile = PacingProfile.FromLastYearMonths(MonthlySeries.FromMonths(months));
        var seasonal = Indicators.Pacing.ByProfile(yearToDate, target, month, profile);
        var flat = Indicators.Pacing.ByMonths(yearToDate, target, month);
        return Math.Abs(seasonal.ExpectedShare.Percent - flat.ExpectedShare.Percent) < 1e-9
            && Math.Abs(seasonal.Gap!.Value.Points - flat.Gap!.Value.Points) < 1e-9
            && (seasonal.Status == flat.Status || Math.Abs(flat.Gap!.Value.Points) < 1e-9);
    }

    [Property(MaxTest = 300)]
    public bool Property_run_rate_times_months_left_plus_year_to_date_is_the_target(SignedLevel level, PaceTarget paceTarget, MonthOfYear monthOfYear)
    {
        var (yearToDate, target, month) = (level.Value, paceTarget.Value, monthOfYear.Value);
        var pacing = Indicators.Pacing.ByMonths(yearToDate, target, month);
        return pacing.RunRateStatus switch
        {
            RunRateStatus.Required => Math.Abs((pacing.RequiredMonthlyRunRate!.Value * pacing.MonthsRemaining) + yearToDate - target) <= 1e-9 * Math.Max(1, Math.Abs(target) + Math.Abs(yearToDate)),
            RunRateStatus.TargetAlreadyMet => yearToDate >= target,
            RunRateStatus.NoMonthsLeft => month == 12 && yearToDate < target,
            _ => false,
        };
    }

    [Property(MaxTest = 300)]
    public bool Property_status_follows_the_sign_of_the_gap(SignedLevel level, SignedLevel targetLevel, MonthOfYear monthOfYear)
    {
        var (yearToDate, target, month) = (level.Value, targetLevel.Value, monthOfYear.Value);
        var pacing = Indicators.Pacing.ByMonths(yearToDate, target, month);
        if (target <= 0)
        {
            return pacing.Status == PaceStatus.Undefined && pacing.Gap is null && pacing.Completion is null;
        }
        var gap = pacing.Gap!.Value.Points;
        return pacing.Status switch
        {
            PaceStatus.Ahead => gap > 0,
            PaceStatus.Behind => gap < 0,
            PaceStatus.OnPace => Math.Abs(gap) < 1e-9,
            _ => false,
        };
    }

    [Property(MaxTest = 300)]
    public bool Property_phrases_and_explanations_never_throw_and_never_print_nan(SignedLevel level, SignedLevel targetLevel, MonthOfYear monthOfYear)
    {
        var (yearToDate, target, month) = (level.Value, targetLevel.Value, monthOfYear.Value);
        var pacing = Indicators.Pacing.ByMonths(yearToDate, target, month);
        var text = pacing.Explain() + ChinesePhrasing.Phrase(pacing) + ChinesePhrasing.PhraseRunRate(pacing);
        return !text.Contains("NaN", StringComparison.Ordinal) && !text.Contains('∞', StringComparison.Ordinal);
    }
}
