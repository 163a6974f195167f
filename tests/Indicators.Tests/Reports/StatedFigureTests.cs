namespace Indicators.Tests.Reports;

public class StatedFigureTests
{
    [Fact]
    public void Issue12_StatedFigure_RoundedLevelStandsForHalfAUnitEitherSide()
    {
        // 63.5亿元 stands for every value that rounds to it: [63.45, 63.55).
        var figure = StatedFigure.Rounded(63.5, 1);
        Assert.Equal(StatedInterval.Of(63.45, true, 63.55, false), figure.Interval);
        Assert.Equal("63.5 [63.45, 63.55)", figure.ToString());
        Assert.True(figure.Interval.Contains(63.45));
        Assert.False(figure.Interval.Contains(63.55));
        Assert.Equal(1, figure.Decimals);
        // 63.45 is 63.4 under GB/T 8170 (half to even), 63.35 is 63.4 under both modes.
        Assert.Equal("63.4 [63.35, 63.45]", StatedFigure.Rounded(63.4, 1).ToString());
    }

    [Fact]
    public void Issue12_StatedFigure_NegativeRoundedFigureMirrorsTheEnds()
    {
        // −3.7 (下降3.7%) rounds half away from zero: −3.75 is −3.8, −3.65 is −3.7.
        var figure = StatedFigure.Rounded(-3.7, 1);
        Assert.False(figure.Interval.Contains(-3.75));
        Assert.True(figure.Interval.Contains(-3.65));
    }

    [Fact]
    public void Issue12_StatedFigure_DecimalKeepsItsWrittenScale()
    {
        // 63.0 and 63 are different statements: [62.95, 63.05) against [62.5, 63.5).
        Assert.Equal(1, StatedFigure.Rounded(63.0m).Decimals);
        Assert.Equal(0, StatedFigure.Rounded(63m).Decimals);
        Assert.NotEqual(StatedFigure.Rounded(63.0m), StatedFigure.Rounded(63m));
        // GB/T 8170 rounds 63.05 to the even 63.0, so that end belongs to 63.0 too.
        Assert.Equal("63.0 [62.95, 63.05]", StatedFigure.Rounded(63.0m).ToString());
    }

    [Fact]
    public void Issue12_StatedFigure_CountIsExact()
    {
        // 001: "新认定高新技术企业14家,累计达76家" — a count of 家 is exact.
        var figure = StatedFigure.Exact(76);
        Assert.True(figure.IsExact);
        Assert.Null(figure.Decimals);
        Assert.Equal("76 [76]", figure.ToString());
        Assert.False(figure.Interval.Contains(75.9));
    }

    [Fact]
    public void Issue12_StatedFigure_QualifiersBoundTheInterval()
    {
        Assert.Equal("近10 [9, 10)", StatedFigure.Rounded(10, 0, Qualifier.Nearly).ToString());
        Assert.Equal("170余 (170, 180)", StatedFigure.Rounded(170, 0, Qualifier.Over).ToString());
        Assert.Equal("10余 (10, 20)", StatedFigure.Exact(10, Qualifier.Over).ToString());
        Assert.Equal("63余 (63, 64)", StatedFigure.Rounded(63, 0, Qualifier.Over).ToString());
        Assert.Equal("约20 [19, 21]", StatedFigure.Rounded(20, 0, Qualifier.About).ToString());
        Assert.Equal("8以上 [7.5, +∞)", StatedFigure.Rounded(8, 0, Qualifier.AtLeast).ToString());
        Assert.Equal("突破100 [100, +∞)", StatedFigure.Exact(100, Qualifier.Breakthrough).ToString());
        Assert.Equal("超过30 (30, +∞)", StatedFigure.Exact(30, Qualifier.MoreThan).ToString());
        Assert.Equal("不到10 (−∞, 10)", StatedFigure.Rounded(10, 0, Qualifier.LessThan).ToString());
        Assert.Equal("66以内 (−∞, 66]", StatedFigure.Exact(66, Qualifier.Within).ToString());
    }

    [Fact]
    public void Issue12_StatedFigure_AboutIsAtLeastTheRounding()
    {
        // 约0.3 at one decimal: 5% of 0.3 is narrower than the rounding, which stands.
        Assert.Equal(StatedInterval.Of(0.25, true, 0.35, true), StatedFigure.Rounded(0.3, 1, Qualifier.About).Interval);
    }

    [Fact]
    public void Issue12_StatedFigure_TruncationWidensAwayFromZero()
    {
        var policy = ConsistencyPolicy.Default.WithTruncation();
        Assert.Equal(StatedInterval.Of(6.65, true, 6.8, false), StatedFigure.Rounded(6.7, 1).IntervalUnder(policy));
        Assert.Equal(StatedInterval.Of(-6.8, false, -6.65, true), StatedFigure.Rounded(-6.7, 1).IntervalUnder(policy));
    }

    [Fact]
    public void Issue12_StatedFigure_TruncatedZeroLeavesBothEndsOpen()
    {
        // ±0.1 truncate to ±0.1, not to 0.0; rounded only, 0.0 keeps ±0.05 (GB/T 8170 rounds half to the even 0).
        Assert.Equal(StatedInterval.Of(-0.1, false, 0.1, false), StatedFigure.Rounded(0.0, 1).IntervalUnder(ConsistencyPolicy.Default.WithTruncation()));
        Assert.Equal(StatedInterval.Of(-0.05, true, 0.05, true), StatedFigure.Rounded(0.0, 1).Interval);
    }

    [Fact]
    public void Issue12_Growth_TruncatedZeroGrowthRefusesALevelThatFellByATenth()
    {
        // Found by Issue12_Growth_MovingTheCurrentLevelBeyondItsRoundingIsInconsistent (CI, 2026-12-05): 89,282.00 against
        // 89,375.2 is −0.104%, which truncates and rounds to −0.1%, never to 0.0%; it was judged consistent because the
        // truncated 0.0 took −0.1 itself as one of its readings.
        var check = Consistency.Growth(StatedFigure.Rounded(89282.00, 2), StatedFigure.Rounded(89375.2, 1), StatedFigure.Rounded(0.0, 1),
            ConsistencyPolicy.Default.WithTruncation());
        Assert.Equal(ConsistencyVerdict.Inconsistent, check.Verdict);
    }

    [Fact]
    public void Issue12_StatedFigure_RefusesMoreDecimalsThanStatedAndNonFinite()
    {
        Assert.Throws<ArgumentException>(() => StatedFigure.Rounded(63.45, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedFigure.Rounded(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedFigure.Exact(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedFigure.Rounded(1, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedFigure.Exact(1, (Qualifier)99));
    }

    [Fact]
    public void Issue12_StatedInterval_DivisionByAnIntervalTouchingZeroHasNoResult()
    {
        var one = StatedInterval.Of(1, true, 2, true);
        Assert.False(StatedInterval.TryDivide(one, StatedInterval.Of(0, false, 1, true), out _));
        Assert.False(StatedInterval.TryDivide(one, StatedInterval.Of(-1, true, 1, true), out _));
        Assert.True(StatedInterval.TryDivide(one, StatedInterval.Of(-2, true, -1, true), out var negative));
        Assert.True(negative.Contains(-1) && negative.Contains(-0.5) && !negative.Contains(0));
        Assert.True(StatedInterval.TryDivide(one, StatedInterval.Of(4, true, double.PositiveInfinity, false), out var open));
        Assert.True(open.Contains(0.5) && open.Contains(1e-300) && !open.Contains(0.6));
    }

    [Fact]
    public void Issue12_ConsistencyPolicy_DefaultIsTheDocumentedBounds()
    {
        var policy = default(ConsistencyPolicy);
        Assert.Equal(ConsistencyPolicy.Default, policy);
        Assert.Equal(0.10, policy.NearlyBound);
        Assert.Equal(0.05, policy.AboutBound);
        Assert.False(policy.AllowsTruncation);
        Assert.Equal("rounded figures, 近 10%, 约/左右 5%", policy.ToString());
        Assert.Equal(0.2, policy.WithQualifierBounds(0.2, 0.1).NearlyBound);
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.WithQualifierBounds(1.5, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.WithQualifierBounds(0.1, double.NaN));
    }
}
