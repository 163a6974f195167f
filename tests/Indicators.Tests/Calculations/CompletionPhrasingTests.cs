using System.Globalization;

namespace Indicators.Tests.Calculations;

public class CompletionPhrasingTests
{
    private static readonly PhrasingOptions Whole = PhrasingOptions.Default with { Decimals = 0 };

    [Fact]
    public void Rate_of_220_against_200_is_written_110_percent_overfulfilled_by_10()
    {
        // domain-research §3.3: 计划200, 完成220 → 完成率110%, 超额完成10%.
        var result = Completion.OfLevel(220, 200);
        Assert.Equal("完成率110%", ChinesePhrasing.PhraseRate(result, Whole));
        Assert.Equal("超额完成10%", ChinesePhrasing.Phrase(result, Whole));
        Assert.Equal("完成率110.0%", ChinesePhrasing.PhraseRate(result));
    }

    [Fact]
    public void Sales_of_5000_against_2994_is_overfulfilled_by_67_percent()
    {
        // domain.md: 完成销售收入5000万元, 超额完成67%.
        Assert.Equal("超额完成67%", ChinesePhrasing.Phrase(Completion.OfLevel(5000, 2994), Whole));
    }

    [Fact]
    public void On_target_and_short_of_target()
    {
        Assert.Equal("完成年度目标", ChinesePhrasing.Phrase(Completion.OfLevel(200, 200), Whole, "年度目标"));
        // domain-research §3.3: 完成198 → 99%, 未完成.
        Assert.Equal("未完成目标，差1个百分点", ChinesePhrasing.Phrase(Completion.OfLevel(198, 200), Whole));
        Assert.Equal("完成率99%", ChinesePhrasing.PhraseRate(Completion.OfLevel(198, 200), Whole));
    }

    [Fact]
    public void A_rate_that_rounds_to_100_is_written_as_met()
    {
        // 修约值比较法: 199.95 of 200 is 99.975%, published at one decimal as 100.0%.
        Assert.Equal("完成目标", ChinesePhrasing.Phrase(Completion.OfLevel(199.95, 200)));
        Assert.Equal("未完成目标，差0.1个百分点", ChinesePhrasing.Phrase(Completion.OfLevel(199.8, 200)));
    }

    [Fact]
    public void Decline_target_is_written_with_its_completion()
    {
        // F16 [S21]: 降低3.3% against 降低3% → 完成目标的110%.
        var result = Completion.OfDecline(Percentage.FromPercent(3.3), Percentage.FromPercent(3));
        Assert.Equal("降低3.3%，完成目标的110.0%", ChinesePhrasing.Phrase(result));
        Assert.Equal("完成目标的110%", ChinesePhrasing.PhraseRate(result, Whole));
        // A rise against a decline target is a negative completion: written as missed, never with a minus.
        Assert.Equal("上升1.0%，未完成目标", ChinesePhrasing.Phrase(Completion.OfDecline(Percentage.FromPercent(-1), Percentage.FromPercent(3))));
    }

    [Fact]
    public void Ceilings_are_written_as_kept_within_or_exceeded()
    {
        // domain-research §3.2 [S22]: 控制在66人以内.
        Assert.Equal("控制在目标以内", ChinesePhrasing.Phrase(Completion.OfCeiling(66, 66)));
        Assert.Equal("控制在目标以内", ChinesePhrasing.Phrase(Completion.OfCeiling(0, 66)));
        Assert.Equal("超出目标1", ChinesePhrasing.Phrase(Completion.OfCeiling(67, 66)));
        Assert.Equal("控制在目标以内", ChinesePhrasing.PhraseRate(Completion.OfCeiling(0, 66)));
        Assert.Equal("超出目标0.3", ChinesePhrasing.Phrase(Completion.OfCeiling(0.1 + 0.2, 0)));
        Assert.Equal("超出目标1E+30", ChinesePhrasing.Phrase(Completion.OfCeiling(1e30, 0)));
    }

    [Fact]
    public void Growth_target_gap_is_written_in_percentage_points()
    {
        // domain-research §7 rule 15: 8.5% vs 8% → 超0.5个百分点.
        Assert.Equal("超0.5个百分点", ChinesePhrasing.Phrase(Completion.OfGrowthTarget(Percentage.FromPercent(8.5), Percentage.FromPercent(8))));
        Assert.Equal("差0.5个百分点", ChinesePhrasing.Phrase(Completion.OfGrowthTarget(Percentage.FromPercent(7.5), Percentage.FromPercent(8))));
        Assert.Equal("完成目标", ChinesePhrasing.Phrase(Completion.OfGrowthTarget(Percentage.FromPercent(8.04), Percentage.FromPercent(8))));
    }

    [Fact]
    public void Targets_without_a_rate_are_judged_in_words()
    {
        Assert.Equal("完成目标", ChinesePhrasing.Phrase(Completion.OfLevel(5, 0)));
        Assert.Equal("未完成目标", ChinesePhrasing.PhraseRate(Completion.OfLevel(-5, 0)));
    }

    [Property(MaxTest = 300)]
    public bool Overfulfilment_phrase_reads_back_the_rounded_overfulfilment(WholePair pair, FewDecimals decimals)
    {
        var options = PhrasingOptions.Default with { Decimals = decimals.Value };
        var result = Completion.OfLevel(pair.Actual, pair.Target);
        var phrase = ChinesePhrasing.Phrase(result, options);
        var rounded = global::Indicators.Rounding.Round(result.Rate!.Value.Percent, decimals.Value);
        var noMinus = !phrase.Contains('-', StringComparison.Ordinal);
        return noMinus && (rounded > 100
            ? phrase.StartsWith("超额完成", StringComparison.Ordinal) && ReadNumber(phrase) == global::Indicators.Rounding.Round(result.Rate!.Value.Percent - 100, decimals.Value)
            : rounded == 100 ? phrase == "完成目标"
            : phrase.StartsWith("未完成目标，差", StringComparison.Ordinal) && ReadNumber(phrase) == global::Indicators.Rounding.Round(100 - result.Rate!.Value.Percent, decimals.Value));
    }

    private static double ReadNumber(string phrase)
    {
        var digits = new string(phrase.Where(c => char.IsAsciiDigit(c) || c == '.').ToArray());
        return double.Parse(digits, CultureInfo.InvariantCulture);
    }
}
