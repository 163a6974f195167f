namespace Indicators.Assessment;

/// <summary>
/// What a zone's value is divided by when it is scored relative to the other zones (参照值: 最优值, 平均值, 中位数, 合计):
/// <see cref="ScoringMethods.RatioTo(RelativeReference, double)"/>.
/// </summary>
public enum RelativeReference
{
    /// <summary>The best zone's value (最优值), by polarity: the largest, or the smallest for a reverse indicator.</summary>
    Best = 0,

    /// <summary>The mean of the values present (平均值).</summary>
    Mean = 1,

    /// <summary>The median of the values present (中位数): the middle value, or the mean of the two middle ones.</summary>
    Median = 2,

    /// <summary>The sum of the values present (合计): a zone's points are its share of the total × the weight.</summary>
    Total = 3,
}
