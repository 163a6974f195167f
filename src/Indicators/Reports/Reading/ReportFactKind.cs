namespace Indicators.Reports;

/// <summary>What a figure read from a report is (数据性质): an actual, an estimate, a target, a year-to-date total or a stock.</summary>
public enum ReportFactKind
{
    /// <summary>实际: a figure the period achieved (完成, 实现, 达到).</summary>
    Actual = 0,

    /// <summary>预计: an estimate ("预计全年可完成…"), never an actual.</summary>
    Estimate = 1,

    /// <summary>目标: a target (确保, 力争, 冲刺, 目标, 计划).</summary>
    Target = 2,

    /// <summary>1-N月累计: a total from the start of the year to a month inside it.</summary>
    YearToDate = 3,

    /// <summary>累计: a stock at a date (累计达, 总数), or a total over several years (五年累计).</summary>
    Cumulative = 4,
}
