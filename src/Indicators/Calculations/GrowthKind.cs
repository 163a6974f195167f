namespace Indicators;

/// <summary>Which earlier period a growth rate compares with: 同比 (year on year) or 环比 (period on period).</summary>
public enum GrowthKind
{
    /// <summary>Year on year (同比): the same period of the previous year.</summary>
    YearOnYear = 0,

    /// <summary>Period on period (环比): the immediately preceding period. Computed locally it is unadjusted, unlike the seasonally adjusted 环比 the statistics bureau publishes.</summary>
    PeriodOnPeriod = 1,
}
