using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;

namespace Indicators.Tests.Phrasing;

public partial class ChinesePhrasingTests
{
    [GeneratedRegex(@"^(同比|环比|比上年)?(增长|下降)(\d+(\.\d+)?)(%|倍)$")]
    private static partial Regex RatePhrase();

    [Theory]
    // Domain page and rule 1: 210 on 170 → 同比增长23.5%; 97 on 100 → 下降3.0%; 100 on 100 → 持平.
    [InlineData(210, 170, "同比增长23.5%")]
    [InlineData(97, 100, "同比下降3.0%")]
    [InlineData(100, 100, "同比持平")]
    [InlineData(100.04, 100, "同比持平")]
    [InlineData(63, 60.3, "同比增长4.5%")]
    // F3 [S9]: 178.9% is written 增长1.79倍.
    [InlineData(278.9, 100, "同比增长1.79倍")]
    // F4 [S9] and rule 2.
    [InlineData(148, -46, "同比扭亏为盈")]
    [InlineData(-10, 30, "同比由盈转亏")]
    [InlineData(-80, -50, "同比增亏")]
    [InlineData(-20, -50, "同比减亏")]
    [InlineData(5, 0, "同比从无到有")]
    [InlineData(-5, 0, "同比由零转亏")]
    [InlineData(-50, -50, "同比亏损持平")]
    [InlineData(0, 0, "同比持平")]
    public void Growth_is_phrased_as_reports_do(double current, double previous, string expected) =>
        Assert.Equal(expected, ChinesePhrasing.Phrase(Growth.YearOnYear(current, previous)));

    [Theory]
    [InlineData(148, -46, "由负转正")]
    [InlineData(-10, 30, "由正转负")]
    [InlineData(-80, -50, "负值扩大")]
    [InlineData(-20, -50, "负值收窄")]
    [InlineData(-50, -50, "持平")]
    [InlineData(5, 0, "由零转正")]
    [InlineData(-5, 0, "由零转负")]
    public void Indicators_other_than_profit_are_worded_by_sign(double current, double previous, string expected) =>
        Assert.Equal(expected, ChinesePhrasing.Phrase(Growth.YearOnYear(current, previous), PhrasingOptions.Default with { NegativeValues = NegativeValueWording.Sign, Prefix = GrowthPrefix.None }));

    [Fact]
    public void Options_change_prefix_precision_and_multiples()
    {
        var growth = Growth.YearOnYear(278.9, 100);
        Assert.Equal("比上年增长178.9%", ChinesePhrasing.Phrase(growth, PhrasingOptions.Default with { UseMultiples = false, Prefix = GrowthPrefix.ComparedWithPreviousYear }));
        Assert.Equal("增长2倍", ChinesePhrasing.Phrase(growth, PhrasingOptions.Default with { MultipleDecimals = 0, Prefix = GrowthPrefix.None }));
        Assert.Equal("环比增长5.00%", ChinesePhrasing.Phrase(Growth.PeriodOnPeriod(105, 100), PhrasingOptions.Default with { Decimals = 2 }));
        // GB/T 8170: 0.35 → 0.4 but 0.45 → 0.4; 四舍五入 writes 0.5.
        var small = Growth.YearOnYear(100.45, 100);
        Assert.Equal("同比增长0.4%", ChinesePhrasing.Phrase(small, PhrasingOptions.Default with { RoundingMode = RoundingMode.GbT8170 }));
        Assert.Equal("同比增长0.5%", ChinesePhrasing.Phrase(small));
        Assert.Throws<ArgumentOutOfRangeException>(() => PhrasingOptions.Default with { Decimals = 16 });
        Assert.Throws<ArgumentOutOfRangeException>(() => PhrasingOptions.Default with { Prefix = (GrowthPrefix)5 });
    }

    [Fact]
    public void Growth_beyond_the_decimal_range_is_written_from_the_double()
    {
        var phrase = ChinesePhrasing.Phrase(Growth.YearOnYear(1e30, 1));
        Assert.StartsWith("同比增长1000000000000000", phrase, StringComparison.Ordinal);
        Assert.EndsWith(".00倍", phrase, StringComparison.Ordinal);
        Assert.Equal(37, ChinesePhrasing.Phrase(Growth.YearOnYear(1e30, 1), PhrasingOptions.Default with { UseMultiples = false }).IndexOf('.', StringComparison.Ordinal));
    }

    [Theory]
    // Rule 5: nominal 8%, prices 3% → real 4.85%, published 4.9% (四舍五入) — the rate cannot come from levels.
    [InlineData(4.85, "同比增长4.9%")]
    [InlineData(-3.7, "同比下降3.7%")]
    [InlineData(0.04, "同比持平")]
    [InlineData(178.9, "同比增长1.79倍")]
    public void Growth_rates_given_from_outside(double percent, string expected) =>
        Assert.Equal(expected, ChinesePhrasing.PhraseGrowthRate(Percentage.FromPercent(percent)));

    [Fact]
    public void Real_growth_is_phrased_from_its_rate() =>
        Assert.Equal("环比增长4.85%", ChinesePhrasing.PhraseGrowthRate(
            Growth.Real(Percentage.FromPercent(8), Percentage.FromPercent(3)).Real!.Value,
            PhrasingOptions.Default with { Decimals = 2 },
            GrowthKind.PeriodOnPeriod));

    [Fact]
    public void Percentage_point_changes()
    {
        // domain-research §1.10: 20.8% → 18.2% is 下降2.6个百分点.
        Assert.Equal("下降2.6个百分点", ChinesePhrasing.Phrase(Percentage.FromPercent(18.2) - Percentage.FromPercent(20.8)));
        Assert.Equal("提高2.6个百分点", ChinesePhrasing.Phrase(PercentagePoints.FromPoints(2.6)));
        Assert.Equal("持平", ChinesePhrasing.Phrase(PercentagePoints.FromPoints(0.04)));
        Assert.Equal("比上年提高0.5个百分点", ChinesePhrasing.Phrase(PercentagePoints.FromPoints(0.5), PhrasingOptions.Default with { Prefix = GrowthPrefix.ComparedWithPreviousYear }));
    }

    [Theory]
    // domain-research §1.1 [S8][S9]: NBS wording for a change of a growth rate.
    [InlineData(5.8, 5.7, "增速回落0.1个百分点")]
    [InlineData(5.0, 5.5, "增速提高0.5个百分点")]
    [InlineData(-0.6, -1.2, "降幅扩大0.6个百分点")]
    [InlineData(-1.2, -0.6, "降幅收窄0.6个百分点")]
    [InlineData(5.7, 5.7, "增速持平")]
    [InlineData(-2.0, -2.0, "降幅持平")]
    [InlineData(0, 0, "增速持平")]
    // Sign flips: no point difference, the earlier rate is quoted ("下降0.3%，1—6月份为增长1.1%").
    [InlineData(1.1, -0.3, "上期为增长1.1%")]
    [InlineData(-0.5, 0, "上期为下降0.5%")]
    [InlineData(250, -10, "上期为增长250.0%")]
    public void Changes_of_a_growth_rate_are_phrased_as_releases_do(double earlier, double later, string expected) =>
        Assert.Equal(expected, ChinesePhrasing.PhraseRateChange(Percentage.FromPercent(earlier), Percentage.FromPercent(later)));

    [Fact]
    public void Doublings_and_multiples()
    {
        // F1, F2 [S1][S46]: 2500 翻三番 = 20000; 50 → 200 is 翻两番.
        Assert.True(Growth.YearOnYear(200, 50).TryGetMultiple(out var four));
        Assert.Equal("翻两番", ChinesePhrasing.Phrase(four));
        Assert.Equal("翻三番", ChinesePhrasing.Phrase(Multiple.FromDoublings(3)));
        Assert.Equal(20000, 2500 * Multiple.FromDoublings(3).Ratio);
        Assert.Equal("翻一番", ChinesePhrasing.Phrase(Multiple.FromRatio(2)));
        Assert.Equal("增长1.79倍", ChinesePhrasing.Phrase(Multiple.FromRatio(2.789)));
    }

    [Fact]
    public void Absolute_change()
    {
        // domain-research §1.1: 2000 → 2120 is 增加120.
        var integers = PhrasingOptions.Default with { Decimals = 0 };
        Assert.Equal("增加120", ChinesePhrasing.PhraseChange(Growth.YearOnYear(2120, 2000), integers));
        Assert.Equal("减少35", ChinesePhrasing.PhraseChange(Growth.YearOnYear(65, 100), integers));
        Assert.Equal("持平", ChinesePhrasing.PhraseChange(Growth.YearOnYear(65, 65), integers));
    }

    /// <summary>Levels in hundredths, with the current value at most 50 times the base (growth reports, not extremes).</summary>
    [Property(MaxTest = 300)]
    public bool The_number_in_a_phrase_reads_back_to_the_rate_rounded_in_exact_decimal_arithmetic(PhrasingCase c)
    {
        // The reference is exact: the levels are decimals, so ties (100.45 on 100 is 0.45%) stay ties.
        var midpoint = c.Options.RoundingMode == RoundingMode.GbT8170 ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        var exact = ((decimal)c.Current / c.Previous) - 1;
        var rounded = decimal.Round(exact * 100, c.Options.Decimals, midpoint);
        var phrase = ChinesePhrasing.Phrase(c.Growth, c.Options);
        if (rounded == 0)
        {
            return phrase == "同比持平";
        }
        var match = RatePhrase().Match(phrase);
        if (!match.Success)
        {
            return false;
        }
        var number = decimal.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return match.Groups[5].Value == "倍"
            ? c.Options.UseMultiples && rounded >= 100 && number == decimal.Round(exact, 2, midpoint)
            : number == Math.Abs(rounded) && (match.Groups[2].Value == "下降") == (rounded < 0);
    }

    [Property(MaxTest = 300)]
    public bool A_decline_is_never_written_with_a_minus_sign(PhrasingCase c, NormalFloat points)
    {
        var phrases = new[]
        {
            ChinesePhrasing.Phrase(c.Growth, c.Options),
            ChinesePhrasing.Phrase(PercentagePoints.FromPoints(points.Get), c.Options),
            ChinesePhrasing.PhraseChange(c.Growth, c.Options),
            ChinesePhrasing.Phrase(Growth.YearOnYear(-c.Current, c.Previous), c.Options),
            ChinesePhrasing.PhraseRateChange(Percentage.FromPercent(points.Get), c.Growth.Rate!.Value, c.Options),
        };
        return phrases.All(p => !p.Contains('-', StringComparison.Ordinal) && !p.Contains('−', StringComparison.Ordinal));
    }

    [Property(MaxTest = 300)]
    public bool Point_changes_read_back_with_their_direction(PointHundredths hundredths)
    {
        var change = PercentagePoints.FromPoints(hundredths.Value / 100.0);
        var phrase = ChinesePhrasing.Phrase(change);
        var rounded = global::Indicators.Rounding.Round(change.Points, 1);
        var expected = rounded == 0 ? "持平" : (rounded > 0 ? "提高" : "下降") + Math.Abs(rounded).ToString("F1", CultureInfo.InvariantCulture) + "个百分点";
        return phrase == expected;
    }
}
