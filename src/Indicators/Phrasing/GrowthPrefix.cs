namespace Indicators;

/// <summary>The words put before a growth phrase: 同比 / 环比, 比上年, or none.</summary>
public enum GrowthPrefix
{
    /// <summary>From the result's <see cref="GrowthKind"/>: 同比 for year on year, 环比 for period on period. The default.</summary>
    FromKind = 0,

    /// <summary>比上年 (annual reports: "比上年增长8.0%").</summary>
    ComparedWithPreviousYear = 1,

    /// <summary>No prefix ("增长8.0%").</summary>
    None = 2,
}
