namespace Indicators;

/// <summary>How a zone's rank moved between two rankings (位次变化).</summary>
public enum RankChangeStatus
{
    /// <summary>持平: the same rank.</summary>
    Unchanged = 0,

    /// <summary>上升 (前移, 跃升): a smaller rank number than before.</summary>
    Rose = 1,

    /// <summary>下降 (后移): a larger rank number than before.</summary>
    Fell = 2,

    /// <summary>新进入排名: ranked now, not before.</summary>
    Entered = 3,

    /// <summary>退出排名: ranked before, not now (no data, vetoed, or left the list).</summary>
    Left = 4,

    /// <summary>Ranked in neither ranking.</summary>
    Unranked = 5,
}
