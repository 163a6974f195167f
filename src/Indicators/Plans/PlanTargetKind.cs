namespace Indicators;

/// <summary>How a multi-year plan target (规划目标) is stated.</summary>
public enum PlanTargetKind
{
    /// <summary>An average annual growth (年均增长7%).</summary>
    AverageGrowth = 0,

    /// <summary>A level to reach in the plan's last year (2025年达到1000亿元).</summary>
    Level = 1,
}
