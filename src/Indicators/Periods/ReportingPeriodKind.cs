namespace Indicators;

/// <summary>The kind of a <see cref="ReportingPeriod"/> (报告期类型).</summary>
/// <remarks>
/// The declared order is the last tie-breaker when two periods cover the same dates (for example
/// <c>2024年</c> and <c>2024年1-12月</c>); see <see cref="ReportingPeriod.CompareTo(ReportingPeriod)"/>.
/// <see cref="DateRange"/> is zero so that <c>default(ReportingPeriod)</c> is a valid one-day range.
/// </remarks>
public enum ReportingPeriodKind
{
    /// <summary>A custom inclusive range of dates (自定义时段), for example 2024年3月15日至2024年6月30日.</summary>
    DateRange = 0,

    /// <summary>A calendar year (年度), for example 2024年.</summary>
    Year = 1,

    /// <summary>A half year (半年): 上半年 (January to June) or 下半年 (July to December).</summary>
    HalfYear = 2,

    /// <summary>A calendar quarter (季度), for example 2013年第三季度.</summary>
    Quarter = 3,

    /// <summary>A calendar month (月度), for example 2024年5月.</summary>
    Month = 4,

    /// <summary>
    /// A year to date (累计, 1-N月) from January to the end of month N, with N from 2 to 12, for
    /// example 2020年1-11月. 1-2月 is the first one because January and February are released together.
    /// </summary>
    YearToDate = 5,

    /// <summary>A five-year plan period (五年规划期), for example 十四五 (2021-2025).</summary>
    FiveYearPlan = 6,
}
