namespace Indicators.Reports;

/// <summary>How firmly a report words a target (目标措辞): 确保 is a floor, 力争 and 冲刺 are aims above it.</summary>
public enum TargetModality
{
    /// <summary>No word: a plain target, or not a target.</summary>
    None = 0,

    /// <summary>确保: the level the zone commits to.</summary>
    Ensure = 1,

    /// <summary>力争: the level the zone strives for.</summary>
    Strive = 2,

    /// <summary>冲刺: the stretch level.</summary>
    Sprint = 3,
}
