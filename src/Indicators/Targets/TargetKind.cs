namespace Indicators;

/// <summary>What a target (目标) states: a level, a count added, a growth, a decline, a share, or zero control.</summary>
public enum TargetKind
{
    /// <summary>A level (绝对量目标) in the target's unit: "210亿元", "5.5%以内", "控制在66人以内".</summary>
    Level = 0,

    /// <summary>A count added during the period (新增): "新增30家", "新增2-3家".</summary>
    Count = 1,

    /// <summary>A growth rate (增长): "增长8%以上"; the stated number is the percent.</summary>
    Growth = 2,

    /// <summary>
    /// A decline of a reverse indicator (下降/降低): "下降3%以上"; the stated number is the decline as a positive
    /// percent, so a larger decline is better.
    /// </summary>
    Decline = 3,

    /// <summary>A share of a whole (占比达): "占比达30%"; the stated number is the percent.</summary>
    Share = 4,

    /// <summary>零控制: nothing at all is allowed (特别重大事故起数实行零控制); met only by zero.</summary>
    ZeroControl = 5,
}
