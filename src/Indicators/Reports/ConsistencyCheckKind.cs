namespace Indicators.Reports;

/// <summary>What a consistency check compares (核验项目).</summary>
public enum ConsistencyCheckKind
{
    /// <summary>A stated growth (增长x%) against the current and previous levels.</summary>
    Growth = 0,

    /// <summary>A stated share (占x%) against the part and the whole.</summary>
    Share = 1,

    /// <summary>其中 parts against their total: their sum is at most the total (or equals it, for a complete breakdown).</summary>
    Parts = 2,

    /// <summary>A part no larger than its whole.</summary>
    PartOfWhole = 3,

    /// <summary>A change in percentage points (提高x个百分点) against the two rates.</summary>
    PercentagePoints = 4,

    /// <summary>A completion (完成目标的x%) against the actual and the target.</summary>
    Completion = 5,

    /// <summary>An overfulfilment (超额完成x%) against the actual and the target.</summary>
    Overfulfilment = 6,

    /// <summary>A completion against the elapsed share of the year (序时进度, 时间过半、任务过半).</summary>
    Pacing = 7,

    /// <summary>An average annual growth (年均增长) against the levels at the ends of its span.</summary>
    AverageGrowth = 8,

    /// <summary>A two-year average growth (两年平均增长) against the two yearly rates.</summary>
    TwoYearAverage = 9,

    /// <summary>A multiple (增长x倍, 是…的x倍) against the two levels.</summary>
    Multiple = 10,

    /// <summary>A rank change (排名上升N位) against the two ranks.</summary>
    RankChange = 11,

    /// <summary>A year-to-date total (1-N月累计) against a single month inside it.</summary>
    YearToDate = 12,

    /// <summary>A stock (累计达) against the previous stock plus the flow (新增).</summary>
    Stock = 13,

    /// <summary>A count whose stated growth or share must leave a whole base (3家 "增长300%" implies 0.75家).</summary>
    CountBase = 14,

    /// <summary>A figure that cannot be what it claims: a share above 100%, a year pasted into a number (20231.1亿元, 2023%).</summary>
    Plausibility = 15,
}
