namespace Indicators;

/// <summary>What an observed figure is (数据类型): an actual, an estimate or a target.</summary>
public enum ObservationKind
{
    /// <summary>实际 / 完成 / 实现: the actual value.</summary>
    Actual = 0,

    /// <summary>预计: an estimate ("预计全年可完成…"), never an actual.</summary>
    Estimate = 1,

    /// <summary>目标 / 任务: a target set for the period.</summary>
    Target = 2,

    /// <summary>计划: a planned value (a plan document's figure).</summary>
    Plan = 3,
}
