namespace Indicators.Tests.Rounding;

public class JudgementTests
{
    [Fact]
    public void A_growth_of_exactly_the_target_meets_it_under_both_policies()
    {
        // 115 on a base of 100 against a 15% target: 115.0 / 100.0 − 1 is 0.14999999999999991 in double.
        var growth = Growth.YearOnYear(115, 100);
        Assert.True(growth.Rate!.Value.Fraction < 0.15);
        var target = Percentage.FromPercent(15);
        Assert.True(Judgement.IsAtLeast(growth, target, 1, LimitComparison.RoundedValue));
        Assert.True(Judgement.IsAtLeast(growth, target, 1, LimitComparison.FullValue));
        Assert.Equal(0, Judgement.Compare(growth, target, 1, LimitComparison.FullValue));
        Assert.True(Judgement.IsAtLeast(growth.Rate!.Value.Percent, 15, 1, LimitComparison.FullValue));
    }

    [Fact]
    public void A_decline_of_2_96_percent_meets_a_3_percent_decline_only_when_rounded()
    {
        // Rule 19 (domain-research §3.4): "下降3%以上", actual −2.96%, one decimal.
        Assert.True(Judgement.IsAtLeast(2.96, 3.0, 1, LimitComparison.RoundedValue));
        Assert.False(Judgement.IsAtLeast(2.96, 3.0, 1, LimitComparison.FullValue));
        Assert.True(Judgement.IsAtMost(-2.96, -3.0, 1));
        var growth = Growth.YearOnYear(97.04, 100);
        Assert.True(Judgement.IsAtMost(growth, Percentage.FromPercent(-3), 1, LimitComparison.RoundedValue));
        Assert.False(Judgement.IsAtMost(growth, Percentage.FromPercent(-3), 1, LimitComparison.FullValue));
    }

    [Fact]
    public void Ceilings_and_equality()
    {
        // Rule 18: "控制在66人以内" → 66 passes, 67 fails.
        Assert.True(Judgement.IsAtMost(66, 66, 0));
        Assert.False(Judgement.IsAtMost(67, 66, 0));
        // Rule 16: "5%左右" is met by 5.0; 4.96 equals 5.0 at one decimal only when rounded.
        Assert.True(Judgement.IsEqual(4.96, 5.0, 1));
        Assert.False(Judgement.IsEqual(4.96, 5.0, 1, LimitComparison.FullValue));
        // GB/T 8170 rounds 2.25 to 2.2 at one decimal, 四舍五入 to 2.3.
        Assert.False(Judgement.IsAtLeast(2.25, 2.3, 1, LimitComparison.RoundedValue, RoundingMode.GbT8170));
        Assert.True(Judgement.IsAtLeast(2.25, 2.3, 1, LimitComparison.RoundedValue, RoundingMode.HalfAwayFromZero));
    }

    [Fact]
    public void A_growth_without_a_rate_meets_no_rate_limit()
    {
        var turnedProfit = Growth.YearOnYear(148, -46);
        Assert.Null(Judgement.Compare(turnedProfit, Percentage.FromPercent(10), 1));
        Assert.False(Judgement.IsAtLeast(turnedProfit, Percentage.FromPercent(10), 1));
        Assert.False(Judgement.IsAtMost(turnedProfit, Percentage.FromPercent(10), 1));
    }

    [Fact]
    public void Values_beyond_the_decimal_range_are_compared_as_doubles()
    {
        Assert.False(Judgement.IsAtLeast(1e30, 1e40, 1));
        Assert.True(Judgement.IsAtLeast(1e40, 1e30, 1, LimitComparison.FullValue));
        Assert.True(Judgement.IsAtLeast(Growth.YearOnYear(1e40, 1), Percentage.FromPercent(1e30), 1));
        Assert.False(Judgement.IsAtLeast(Growth.YearOnYear(1e30, 1), Percentage.FromPercent(1e40), 1));
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Judgement.IsAtLeast(1, 1, -1)).ParamName);
        Assert.Equal("comparison", Assert.Throws<ArgumentOutOfRangeException>(() => Judgement.IsAtLeast(1, 1, 1, (LimitComparison)9)).ParamName);
        Assert.Equal("actual", Assert.Throws<ArgumentOutOfRangeException>(() => Judgement.IsAtLeast(double.NaN, 1, 1)).ParamName);
    }

    // Bases with up to three decimals and rates with up to two decimals of a percent; the current value is
    // computed in decimal, so growth on it is exactly the rate until both are converted to double.
    [Property(MaxTest = 300)]
    public bool A_tie_in_exact_decimal_arithmetic_is_met_under_both_policies(DecimalTie t)
    {
        var growth = Growth.YearOnYear((double)t.Current, (double)t.Base);
        var target = Percentage.FromPercent((double)(t.Rate * 100));
        return Judgement.IsAtLeast(growth, target, 2, t.Comparison, t.Mode)
            && Judgement.IsAtMost(growth, target, 2, t.Comparison, t.Mode);
    }

    [Property(MaxTest = 300)]
    public bool Meeting_a_limit_in_full_value_implies_meeting_it_rounded(LimitCase c) =>
        (!Judgement.IsAtLeast(c.Actual, c.Limit, 1, LimitComparison.FullValue) || Judgement.IsAtLeast(c.Actual, c.Limit, 1, LimitComparison.RoundedValue, c.Mode))
        && (!Judgement.IsAtMost(c.Actual, c.Limit, 1, LimitComparison.FullValue) || Judgement.IsAtMost(c.Actual, c.Limit, 1, LimitComparison.RoundedValue, c.Mode));
}
