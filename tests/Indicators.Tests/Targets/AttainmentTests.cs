namespace Indicators.Tests.Targets;

public class AttainmentTests
{
    private static Target Parse(string text) => Target.Parse(text).Value;

    [Fact]
    public void Level_target_overfulfilled_by_ten_percent()
    {
        // 计划200, 完成220 → 110%, 超额完成10% (rule 15, domain-research §3.3, [S2][S37b]).
        var attainment = Parse("200亿元").Judge(220);
        Assert.Equal(AttainmentStatus.Overfulfilled, attainment.Status);
        Assert.Equal(AttainmentTier.Guaranteed, attainment.Tier);
        Assert.Equal(110, attainment.Completion!.Value.Rate!.Value.Percent, 12);
        Assert.Equal(10, attainment.Completion.Value.Overfulfilment!.Value.Percent, 12);
        Assert.Null(attainment.Gap);
        Assert.Equal("完成年度目标，超额完成10%", ChinesePhrasing.Phrase(attainment, targetName: "年度目标"));
    }

    [Fact]
    public void Level_target_missed_at_198()
    {
        // 完成198 → 99%, 未完成 (rule 15).
        var attainment = Parse("200亿元").Judge(198);
        Assert.Equal(AttainmentStatus.NotCompleted, attainment.Status);
        Assert.False(attainment.IsMet);
        Assert.Equal(AttainmentTier.None, attainment.Tier);
        Assert.Equal(99, attainment.Completion!.Value.Rate!.Value.Percent, 12);
        Assert.Equal("未完成目标，完成率99%", ChinesePhrasing.Phrase(attainment));
    }

    [Fact]
    public void Qualified_targets_of_the_2018_and_2024_reports()
    {
        // Rule 16 (domain-research §3.2, [S18][S20]).
        Assert.True(Parse("1100万人以上").Judge(Quantity.Parse("1100万人").Value).IsMet);
        Assert.False(Parse("1100万人以上").Judge(1099).IsMet);
        Assert.True(Parse("5.5%以内").Judge(5.5).IsMet);
        Assert.False(Parse("5.5%以内").Judge(5.6).IsMet);
        Assert.True(Parse("5%左右").Judge(Percentage.FromPercent(5.0)).IsMet);
        Assert.False(Parse("5%左右").Judge(4.9).IsMet);
    }

    [Fact]
    public void About_band_is_configurable()
    {
        // 左右 has no official tolerance; a 0.2 band reads 4.8% as meeting "5%左右" (domain-research §3.2).
        var policy = JudgingPolicy.Default.WithAboutBand(0.2);
        Assert.True(Parse("5%左右").Judge(4.8, policy).IsMet);
        Assert.False(Parse("5%左右").Judge(4.7, policy).IsMet);
        Assert.Equal(0.2, Parse("5%左右").Judge(4.8, policy).Policy.AboutBand);
    }

    [Fact]
    public void Range_floor_met_stretch_not()
    {
        // "4.5%-5%" with 4.7 (rule 16, 2026 report [S20]).
        var attainment = Parse("4.5%-5%").Judge(4.7);
        Assert.True(attainment.IsMet);
        Assert.False(attainment.IsStretchMet);
        Assert.Equal(AttainmentTier.Guaranteed, attainment.Tier);
        Assert.Equal(AttainmentStatus.GuaranteedMet, attainment.Status);
        Assert.Equal(0.2, attainment.Gap!.Value.Gap.Points, 12);
    }

    [Fact]
    public void Guaranteed_and_stretch_tiers_with_nine_percent()
    {
        // 确保8%、力争10%, actual 9% → base met, stretch not (rule 17).
        Assert.Equal(AttainmentTier.Guaranteed, Parse("确保8%、力争10%").Judge(9).Tier);
        var growth = Parse("确保增长8%，力争增长10%").Judge(9);
        Assert.Equal(AttainmentStatus.GuaranteedMet, growth.Status);
        Assert.Equal("增长9%，完成确保目标（8%），未完成力争目标（10%）", ChinesePhrasing.Phrase(growth));
        Assert.Equal(AttainmentStatus.StretchMet, Parse("确保增长8%，力争增长10%").Judge(10).Status);
        Assert.Equal(AttainmentStatus.NotCompleted, Parse("确保增长8%，力争增长10%").Judge(7.9).Status);
    }

    [Fact]
    public void Ceiling_of_66_is_met_by_66_and_missed_by_67()
    {
        // "各类事故死亡人数控制在66人以内" (rule 18, [S22]).
        var target = Parse("控制在66人以内");
        var met = target.Judge(66);
        Assert.True(met.IsMet);
        Assert.Equal(AttainmentStatus.Completed, met.Status);
        Assert.Equal("控制在66人以内，完成目标", ChinesePhrasing.Phrase(met));
        var missed = target.Judge(67);
        Assert.False(missed.IsMet);
        Assert.Equal(CompletionStatus.NotCompleted, missed.Completion!.Value.Status);
        Assert.Equal("实际67人，未完成目标（控制在66人以内）", ChinesePhrasing.Phrase(missed));
        Assert.Equal(AttainmentStatus.Overfulfilled, target.Judge(60).Status);
    }

    [Fact]
    public void Decline_of_2_96_meets_3_percent_only_by_rounded_value()
    {
        // Target "下降3%以上", actual −2.96% (rule 19, domain-research §3.4, GB/T 8170).
        var target = Parse("下降3%以上");
        var rounded = target.Judge(Percentage.FromPercent(-2.96));
        Assert.True(rounded.IsMet);
        Assert.Equal(AttainmentStatus.Completed, rounded.Status);
        Assert.Equal(3.0, rounded.Judged);
        Assert.Equal(LimitComparison.RoundedValue, rounded.Policy.Comparison);
        Assert.Equal(1, rounded.Policy.Decimals);
        Assert.Equal("下降2.96%，按修约值比较法为下降3.0%，完成目标", ChinesePhrasing.Phrase(rounded));

        var full = target.Judge(-2.96, JudgingPolicy.FullValue);
        Assert.False(full.IsMet);
        Assert.Equal(LimitComparison.FullValue, full.Policy.Comparison);
        Assert.Equal("下降2.96%，未完成目标，完成率98.7%", ChinesePhrasing.Phrase(full));
    }

    [Fact]
    public void Decline_of_3_3_against_3_is_110_percent()
    {
        // F16: 降3.3% against 降3% → 110% ([S21]).
        var attainment = Parse("下降3%以上").Judge(-3.3);
        Assert.Equal(110, attainment.Completion!.Value.Rate!.Value.Percent, 9);
        Assert.Equal(AttainmentStatus.Overfulfilled, attainment.Status);
        Assert.Equal(0.3, attainment.Gap!.Value.Gap.Points, 9);
        Assert.Equal("下降3.3%，完成目标，超额完成10%", ChinesePhrasing.Phrase(attainment));
    }

    [Fact]
    public void Breakthrough_as_first_crossing()
    {
        // "经济总量首次突破130万亿元": 134.9 after 126 ([S20]).
        var target = Parse("突破130万亿元");
        Assert.True(target.IsFirstCrossing(126, 134.9));
        Assert.False(target.IsFirstCrossing(131, 134.9));
        Assert.False(target.IsFirstCrossing(126, 129));
        Assert.True(target.Judge(130).IsMet);
    }

    [Fact]
    public void Exclusive_qualifiers_are_not_met_at_the_number()
    {
        // 民法典 第一千二百五十九条: 超过/不满 exclude the number ([S18]).
        Assert.False(Parse("超过100家").Judge(100).IsMet);
        Assert.True(Parse("超过100家").Judge(101).IsMet);
        Assert.False(Parse("不满5起").Judge(5).IsMet);
        Assert.True(Parse("不满5起").Judge(4).IsMet);
    }

    [Fact]
    public void Zero_control_is_met_only_by_zero()
    {
        var target = Target.ZeroControl();
        Assert.True(target.Judge(0).IsMet);
        Assert.Equal(AttainmentStatus.Completed, target.Judge(0).Status);
        Assert.False(target.Judge(1).IsMet);
        Assert.Equal("实现零控制，完成目标", ChinesePhrasing.Phrase(target.Judge(0)));
        Assert.Null(target.Judge(0).Completion);
    }

    [Fact]
    public void Growth_gap_in_percentage_points()
    {
        // 8.5% against 8% is 超0.5个百分点 (rule 15).
        var over = Parse("增长8%").Judge(8.5);
        Assert.Equal(0.5, over.Gap!.Value.Gap.Points, 12);
        Assert.Equal("增长8.5%，完成目标，超0.5个百分点", ChinesePhrasing.Phrase(over));
        Assert.Equal("增长7.5%，未完成目标，差0.5个百分点", ChinesePhrasing.Phrase(Parse("增长8%").Judge(7.5)));
    }

    [Fact]
    public void Explain_names_inputs_policy_and_outcome()
    {
        var text = Parse("下降3%以上").Judge(-2.96).Explain(ExplanationLanguage.English);
        Assert.Contains("下降3%以上", text, StringComparison.Ordinal);
        Assert.Contains("修约值比较法", text, StringComparison.Ordinal);
        Assert.Contains("completed", text, StringComparison.Ordinal);
        Assert.Contains("a decline of 2.96%", text, StringComparison.Ordinal);
        Assert.Contains("全数值比较法", Parse("下降3%以上").Judge(-2.96, JudgingPolicy.FullValue).Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_rejects_bad_input_naming_it()
    {
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => Target.Growth(Percentage.FromPercent(8)).Judge(double.NaN));
        Assert.Equal("actual", nan.ParamName);
        var order = Assert.Throws<ArgumentException>(() => Target.Growth(Percentage.FromPercent(10)).WithStretch(8));
        Assert.Equal("stretchValue", order.ParamName);
        Assert.Contains("增长10%", order.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Target.Ceiling(Quantity.Parse("60人").Value).WithStretch(66));
        Assert.Throws<ArgumentException>(() => Target.Of(TargetKind.Growth, 8, Units.HundredMillionYuan));
        Assert.Throws<ArgumentException>(() => Target.Level(Quantity.Parse("170亿元").Value, Qualifier.Over));
        Assert.Throws<ArgumentOutOfRangeException>(() => JudgingPolicy.Default.WithAboutBand(-1));
    }

    [Fact]
    public void Quantity_actual_is_converted_to_the_target_unit()
    {
        // 2.1万亿元 is 21000亿元.
        Assert.True(Parse("突破2万亿元").Judge(Quantity.Parse("21000亿元").Value).IsMet);
        Assert.Throws<ArgumentException>(() => Parse("210亿元").Judge(Quantity.Parse("3亩").Value));
    }

    [Fact]
    public void Observation_is_judged_in_the_target_unit_and_a_missing_one_is_not_judged()
    {
        // 2012年目标: 地区生产总值210亿元 against 2110000万元; an estimate whose number was never filled in (domain.md).
        var zone = ZoneId.Of("ZoneA");
        var gdp = IndicatorCatalog.Standard["GDP"];
        var target = Parse("210亿元");
        var actual = Observation.Of(zone, gdp, ReportingPeriod.Year(2012), Quantity.Parse("2110000万元").Value);
        Assert.True(target.TryJudge(actual, out var attainment));
        Assert.Equal(AttainmentStatus.Overfulfilled, attainment.Status);
        Assert.Equal(211, attainment.Actual, 9);

        var missing = Observation.Missing(zone, gdp, ReportingPeriod.Year(2012), ObservationKind.Estimate);
        Assert.False(target.TryJudge(missing, out _));
    }

    [Fact]
    public void Actual_rate_is_written_once_rounded_one_decimal_beyond_the_judging_precision()
    {
        // 109 on a base of 100 is 9.000000000000007% in binary: written "增长9%", never with the binary noise.
        var growth = Growth.YearOnYear(109, 100);
        var attainment = Parse("确保增长8%，力争增长10%").Judge(growth.Rate!.Value);
        Assert.StartsWith("增长9%，", ChinesePhrasing.Phrase(attainment), StringComparison.Ordinal);
        Assert.StartsWith("下降2.96%，", ChinesePhrasing.Phrase(Parse("下降3%以上").Judge(-2.9649)), StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_from_levels_is_judged_from_the_development_speed()
    {
        // numeric-policy.md: 100.45 on 100 is 0.45%, an exact tie; GB/T 8170 rounds it to 0.4%, 四舍五入 to 0.5%.
        var target = Parse("增长0.5%以上");
        var growth = Growth.YearOnYear(100.45, 100);
        Assert.True(target.TryJudge(growth, out var halfUp));
        Assert.True(halfUp.IsMet);
        Assert.True(target.TryJudge(growth, out var gb, JudgingPolicy.RoundedValue(mode: RoundingMode.GbT8170)));
        Assert.False(gb.IsMet);
        Assert.Equal(0.4, gb.Judged);

        // 扭亏为盈 (F4): no rate, nothing to judge.
        Assert.False(target.TryJudge(Growth.YearOnYear(148, -46), out _));
    }

    [Fact]
    public void Missed_limits_that_a_rate_cannot_describe_are_quoted()
    {
        Assert.Equal("实际2，未完成目标（零控制）", ChinesePhrasing.Phrase(Target.ZeroControl().Judge(2)));
        // 100.4 is published as 100: not more than 100 under 修约值比较法, although its completion rate is 100.4%.
        Assert.Equal("未完成目标（超过100家）", ChinesePhrasing.Phrase(Parse("超过100家").Judge(100.4)));
        // A rise against a decline target: no negative completion rate; the gap in points instead (−1.2 against 3).
        Assert.Equal("上升1.2%，未完成目标，差4.2个百分点", ChinesePhrasing.Phrase(Parse("下降3%以上").Judge(1.2)));
    }
}
