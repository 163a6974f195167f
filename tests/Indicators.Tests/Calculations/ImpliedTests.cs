namespace Indicators.Tests.Calculations;

public class ImpliedTests
{



    [Fact]
    public void F5_implied_comparable_base_is_23432_0()
    {
        // F5 [S10]: 2018年1—5月 profits 27298.3, official growth +16.5% → comparable base ≈ 23432.0.
        var result = Implied.PreviousFromGrowth(27298.3, Percentage.FromPercent(16.5));
        Assert.Equal(ImpliedValueStatus.Defined, result.Status);
        Assert.Equal(23432.0, Math.Round(result.Value!.Value, 1));
    }

    [Fact]
    public void Target_from_5000_overfulfilled_by_67_percent_is_2994()
    {
        // domain.md: 完成销售收入5000万元, 超额完成67% → target 5000 / 1.67 = 2994万元.
        var result = Implied.TargetFromOverfulfilment(5000, Percentage.FromPercent(67));
        Assert.Equal(2994, Math.Round(result.Value!.Value));
        Assert.Equal(5000 / 1.67, result.Value!.Value, 9);
    }

    [Fact]
    public void Whole_from_1000_at_20_percent_is_5000_and_part_back_is_1000()
    {
        // domain.md: 研发费用投入1000万元, 占产品销售收入20% → 5000.
        Assert.Equal(5000, Implied.WholeFromShare(1000, Percentage.FromPercent(20)).Value);
        Assert.Equal(1000, Implied.PartFromShare(5000, Percentage.FromPercent(20)).Value);
    }

    [Fact]
    public void Stock_of_76_after_14_new_was_62()
    {
        // domain.md: 新认定高新技术企业14家, 累计达76家 → 62 before (净增 = end − start).
        var result = Implied.PreviousStock(76, 14);
        Assert.Equal(62, result.Value);
        Assert.True(result.IsWholeNumber);
        Assert.Equal("start stock = end stock − net increase", result.Formula);
    }

    [Fact]
    public void Target_from_completion_rate()
    {
        // domain-research §3.5 [S23]: 完成年度目标的50.22%; 50.22 of a target of 100 → 100.
        Assert.Equal(100, Implied.TargetFromCompletion(50.22, Percentage.FromPercent(50.22)).Value!.Value, 12);
    }

    [Fact]
    public void Undefined_cases_are_statuses()
    {
        Assert.Equal(ImpliedValueStatus.RateOutOfRange, Implied.PreviousFromGrowth(10, Percentage.FromPercent(-100)).Status);
        Assert.Equal(ImpliedValueStatus.RateOutOfRange, Implied.PreviousFromGrowth(10, Percentage.FromPercent(-150)).Status);
        Assert.Equal(ImpliedValueStatus.BaseNotPositive, Implied.PreviousFromGrowth(-10, Percentage.FromPercent(5)).Status);
        Assert.Equal(ImpliedValueStatus.RateOutOfRange, Implied.WholeFromShare(1000, Percentage.Zero).Status);
        Assert.Equal(ImpliedValueStatus.BaseNotPositive, Implied.WholeFromShare(0, Percentage.FromPercent(20)).Status);
        Assert.Equal(ImpliedValueStatus.RateOutOfRange, Implied.TargetFromOverfulfilment(10, Percentage.FromPercent(-100)).Status);
        Assert.Equal(ImpliedValueStatus.RateOutOfRange, Implied.TargetFromCompletion(10, Percentage.Zero).Status);
        Assert.Equal(ImpliedValueStatus.BaseNotPositive, Implied.CurrentFromGrowth(0, Percentage.FromPercent(5)).Status);
        Assert.Equal(ImpliedValueStatus.RateOutOfRange, Implied.CurrentFromGrowth(10, Percentage.FromPercent(-101)).Status);
        Assert.Equal(ImpliedValueStatus.BaseNotPositive, Implied.PartFromShare(-1, Percentage.FromPercent(5)).Status);
        var none = Implied.WholeFromShare(1000, Percentage.Zero);
        Assert.Null(none.Value);
        Assert.False(none.TryGetValue(out var zero));
        Assert.Equal(0, zero);
        Assert.Contains("cannot give one", none.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_part_with_a_negative_share_implies_a_positive_whole()
    {
        // A loss-making part of a positive total profit: −20 is −20% of 100.
        Assert.Equal(100, Implied.WholeFromShare(-20, Percentage.FromPercent(-20)).Value);
    }

    [Fact]
    public void Decline_of_100_percent_gives_zero_current()
    {
        Assert.Equal(0, Implied.CurrentFromGrowth(10, Percentage.FromPercent(-100)).Value);
    }

    [Fact]
    public void Count_of_3_after_300_percent_growth_is_flagged()
    {
        // domain.md §11: 3家 "同比增长300%" implies 0.75家: wrong.
        var check = Implied.CheckCountBase(3, Percentage.FromPercent(300), 0);
        Assert.False(check.IsConsistent);
        Assert.Equal(0.75, check.ImpliedPrevious);
        Assert.False(Implied.PreviousFromGrowth(3, Percentage.FromPercent(300)).IsWholeNumber);
        Assert.Contains("inconsistent", check.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Count_of_76_after_22_6_percent_growth_fits_62()
    {
        // 62 → 76 is 22.58%, stated as 22.6% (one decimal).
        var check = Implied.CheckCountBase(76, Percentage.FromPercent(22.6), 1);
        Assert.True(check.IsConsistent);
        Assert.Equal(62, check.WholeBase);
        Assert.False(Implied.CheckCountBase(76, Percentage.FromPercent(22.6), 2).IsConsistent);
    }

    [Fact]
    public void A_decline_rounded_to_100_percent_still_fits_a_whole_count()
    {
        // 95541 → 191 is −99.8%, written at no decimals as 下降100%: 1 + growth = 0 implies no value, but 95541 fits.
        var check = Implied.CheckCountBase(191, Percentage.FromPercent(-100), 0);
        Assert.True(check.IsConsistent);
        Assert.Null(check.ImpliedPrevious);
        Assert.True(100.0 * 191 / check.WholeBase <= 0.5);
        Assert.True(100.0 * 191 / (check.WholeBase - 1) > 0.5);
    }

    [Fact]
    public void Explain_names_inputs_formula_and_value()
    {
        Assert.Equal("whole = part / share with part = 1000, share = 20%: 5000", Implied.WholeFromShare(1000, Percentage.FromPercent(20)).Explain(ExplanationLanguage.English));
        Assert.Equal("start stock = end stock − net increase with end stock = 76, net increase = 14: 62", Implied.PreviousStock(76, 14).Explain(ExplanationLanguage.English));
        Assert.StartsWith("previous = current / (1 + growth) with current = 10, growth = -100%: no value", Implied.PreviousFromGrowth(10, Percentage.FromPercent(-100)).Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Nan_input_throws_naming_the_parameter()
    {
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => Implied.PreviousFromGrowth(double.NaN, Percentage.Zero)).ParamName);
        Assert.Equal("netIncrease", Assert.Throws<ArgumentOutOfRangeException>(() => Implied.PreviousStock(1, double.NegativeInfinity)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Implied.CheckCountBase(1, Percentage.Zero, 11)).ParamName);
    }

    [Property(MaxTest = 500)]
    public bool Growth_then_implied_previous_gives_back_the_previous(PositiveAmount amount, GrowthRate rate)
    {
        var (previous, growth) = (amount.Value, rate.Value);
        var current = Implied.CurrentFromGrowth(previous, growth);
        var back = Implied.PreviousFromGrowth(current.Value!.Value, growth);
        return Close(back.Value!.Value, previous);
    }

    [Property(MaxTest = 500)]
    public bool Target_from_overfulfilment_gives_back_the_overfulfilment(PositiveAmount amount, Overfulfilment overfulfilment)
    {
        var (actual, over) = (amount.Value, overfulfilment.Value);
        var target = Implied.TargetFromOverfulfilment(actual, over).Value!.Value;
        var completion = Completion.OfLevel(actual, target);
        return Math.Abs(completion.Overfulfilment!.Value.Percent - over.Percent) <= 1e-9 * (100 + over.Percent);
    }

    [Property(MaxTest = 500)]
    public bool Whole_from_share_and_part_from_share_are_inverses(PositiveAmount amount, ShareRate rate)
    {
        var (whole, share) = (amount.Value, rate.Value);
        var part = Implied.PartFromShare(whole, share).Value!.Value;
        return Close(Implied.WholeFromShare(part, share).Value!.Value, whole);
    }

    // From true whole counts, the rounded growth must always pass the check; it is the inverse of rounding.
    [Property(MaxTest = 500)]
    public bool A_whole_count_stated_with_its_rounded_growth_is_consistent(CountPair counts, FewDecimals few)
    {
        var decimals = few.Value;
        var (previous, current) = counts;
        var stated = Math.Round(100.0 * current / previous - 100, decimals, MidpointRounding.AwayFromZero);
        var check = Implied.CheckCountBase(current, Percentage.FromPercent(stated), decimals);
        return check.IsConsistent && Math.Abs(100.0 * current / check.WholeBase - 100 - stated) <= 0.5 * Math.Pow(10, -decimals) + 1e-9;
    }

    private static bool Close(double x, double y) => Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y));
}
