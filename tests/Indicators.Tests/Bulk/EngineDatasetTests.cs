using Xunit;

namespace Indicators.Tests.Bulk;

public sealed class EngineDatasetTests
{
    private static BulkDataset Small() =>
        new(2, [60.0, 40.0], [Polarity.Positive, Polarity.Reverse], 3, firstYear: 2020);

    [Fact]
    public void NewDatasetHasItsShapeAndEveryValueMissing()
    {
        BulkDataset data = Small();
        Assert.Equal((2, 2, 3, 12, 2020), (data.ZoneCount, data.IndicatorCount, data.YearCount, data.CellCount, data.FirstYear));
        Assert.Null(data.GetActual(1, 1, 2));
        Assert.Null(data.GetTarget(0, 0, 0));
        Assert.Equal(Polarity.Reverse, data.GetPolarity(1));
        Assert.Equal(40.0, data.GetWeight(1));
    }

    [Fact]
    public void SetValuesRoundTripAndNullMakesMissing()
    {
        BulkDataset data = Small();
        data.SetActual(1, 0, 2, 0.0);
        data.SetTarget(1, 0, 2, 5.5);
        Assert.Equal(0.0, data.GetActual(1, 0, 2));
        Assert.Equal(5.5, data.GetTarget(1, 0, 2));
        // Year fastest: (z·I + i)·Y + y.
        Assert.Equal(0.0, data.Actual[((1 * 2) + 0) * 3 + 2]);
        data.SetActual(1, 0, 2, null);
        Assert.Null(data.GetActual(1, 0, 2));
    }

    [Fact]
    public void NonFiniteValuesAndBadIndicesThrowNamingTheParameter()
    {
        BulkDataset data = Small();
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => data.SetActual(0, 0, 0, double.NaN)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => data.SetTarget(0, 0, 0, double.PositiveInfinity)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentOutOfRangeException>(() => data.GetActual(2, 0, 0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => data.GetActual(0, 0, -1)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => new BulkDataset(1, [double.NaN], [Polarity.Positive], 1)).ParamName);
        Assert.Equal("polarities", Assert.Throws<ArgumentException>(() => new BulkDataset(1, [1.0], [], 1)).ParamName);
    }
}
