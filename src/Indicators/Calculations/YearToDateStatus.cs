namespace Indicators;

/// <summary>Whether a year-to-date (累计) or monthly (当月) value exists, and why not.</summary>
public enum YearToDateStatus
{
    /// <summary>The value exists.</summary>
    Available = 0,

    /// <summary>A month it needs is missing or not yet reported (see <see cref="YearToDateResult.MissingMonth"/>); missing is never counted as zero.</summary>
    MissingMonth = 1,

    /// <summary>January of a series reported as 1-2月: it has no value of its own.</summary>
    NotReportedSeparately = 2,

    /// <summary>A ratio or an index (<see cref="IndicatorNature.Ratio"/>, <see cref="IndicatorNature.Index"/>) cannot be accumulated or differenced: compute it from its accumulated numerator and denominator.</summary>
    NotAccumulable = 3,

    /// <summary>The sum (累计) or the difference (当月) overflows a double (超出可表示范围): no value, never an infinity.</summary>
    TooLarge = 4,
}
