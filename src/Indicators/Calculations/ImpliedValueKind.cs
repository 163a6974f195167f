namespace Indicators;

/// <summary>Which value a stated rate implies (推算).</summary>
public enum ImpliedValueKind
{
    /// <summary>上年同期数 from the current value and its growth: previous = current / (1 + growth).</summary>
    PreviousFromGrowth = 0,

    /// <summary>The current value from the previous one and the growth: current = previous × (1 + growth).</summary>
    CurrentFromGrowth = 1,

    /// <summary>The target from the actual value and its overfulfilment (超额完成): target = actual / (1 + overfulfilment).</summary>
    TargetFromOverfulfilment = 2,

    /// <summary>The target from the actual value and its completion rate (完成率): target = actual / completion.</summary>
    TargetFromCompletion = 3,

    /// <summary>The whole from a part and its share (占比): whole = part / share.</summary>
    WholeFromShare = 4,

    /// <summary>A part from the whole and its share: part = whole × share.</summary>
    PartFromShare = 5,

    /// <summary>The stock at the start from the stock at the end and the net increase (净增): start = end − net increase.</summary>
    PreviousStock = 6,
}
