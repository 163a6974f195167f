namespace Indicators.Assessment;

/// <summary>How a step score counts a difference that is not a whole number of steps (rule 22).</summary>
public enum StepMode
{
    /// <summary>Whole steps only (每增长2个百分点加0.1分 read literally): 15% over the baseline is 7 steps of 2 → 2.7. A partial step in either direction counts nothing.</summary>
    Floor = 0,

    /// <summary>Proportional: 15% over the baseline is 7.5 steps of 2 → 2.75.</summary>
    Proportional = 1,
}
