namespace Indicators.Tests.Calculations;

public class ShareTests
{
    [Fact]
    public void Share_of_a_whole()
    {
        // Domain page: 研发费用投入1000万元,占产品销售收入20% (of 5000).
        var share = Share.Of(1000, 5000);
        Assert.Equal(ShareStatus.Share, share.Status);
        Assert.Equal(20, share.Share!.Value.Percent, 12);
        Assert.Contains("part / whole", share.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void No_share_of_a_whole_that_is_not_positive(double whole)
    {
        var share = Share.Of(1, whole);
        Assert.Equal(ShareStatus.WholeNotPositive, share.Status);
        Assert.False(share.TryGetShare(out _));
        Assert.Equal(ShareStatus.WholeNotPositive, Share.Change(1, whole, 1, 2).Status);
    }

    [Fact]
    public void Share_change_from_growth_rates()
    {
        // F18 [S41]: A/B = 30%, a = 20%, b = 10% → earlier share 27.5%, Δ = +2.5pp.
        var change = Share.ChangeFromGrowth(Percentage.FromPercent(30), Percentage.FromPercent(20), Percentage.FromPercent(10));
        Assert.Equal(27.5, change.Earlier!.Value.Percent, 12);
        Assert.Equal(2.5, change.Change!.Value.Points, 12);
        Assert.Equal(ShareStatus.PartVanished, Share.ChangeFromGrowth(Percentage.FromPercent(30), Percentage.FromPercent(-100), Percentage.Zero).Status);
        Assert.Equal(ShareStatus.WholeNotPositive, Share.ChangeFromGrowth(Percentage.FromPercent(30), Percentage.Zero, Percentage.FromPercent(-100)).Status);
    }

    [Fact]
    public void Share_change_from_levels_in_points()
    {
        // domain-research §1.10: a share falling from 20.8% to 18.2% is 下降2.6个百分点.
        var change = Share.Change(20.8, 100, 18.2, 100);
        Assert.Equal(-2.6, change.Change!.Value.Points, 12);
        Assert.Contains("earlier share", change.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool Share_change_from_growth_rates_equals_the_difference_of_shares_from_levels(ShareLevels l)
    {
        var wholeAfter = l.PartAfter + l.RestAfter;
        var fromLevels = Share.Change(l.PartBefore, l.WholeBefore, l.PartAfter, wholeAfter).Change!.Value.Points;
        var fromGrowth = Share.ChangeFromGrowth(
            Share.Of(l.PartAfter, wholeAfter).Share!.Value,
            Growth.YearOnYear(l.PartAfter, l.PartBefore).Rate!.Value,
            Growth.YearOnYear(wholeAfter, l.WholeBefore).Rate!.Value).Change!.Value.Points;
        return Math.Abs(fromLevels - fromGrowth) <= 1e-9;
    }

    // Found by Issue10_Explain_NeverThrowsAndNeverWritesNaNOrInfinityInEitherLanguage: shares near 1e306 of opposite
    // signs have a change in points beyond a double, and TryGetChange threw from PercentagePoints.FromPoints.
    [Fact]
    public void Issue10_ShareChange_beyond_a_double_is_TooLarge_not_an_exception()
    {
        var change = Share.Change(double.MaxValue, 100.0, -1e+300, 1);
        Assert.Equal(ShareStatus.TooLarge, change.Status);
        Assert.False(change.TryGetChange(out _));
        Assert.Null(change.Change);
        Assert.Contains("超出可表示范围", change.Explain(), StringComparison.Ordinal);
        var fromGrowth = Share.ChangeFromGrowth(Percentage.FromPercent(1.7e308), Percentage.FromPercent(-99.99), Percentage.FromPercent(0));
        Assert.NotEqual(ShareStatus.Share, fromGrowth.Status);
        Assert.Equal(ShareStatus.Share, Share.Change(30, 100, 33, 110).Status);
    }
}
