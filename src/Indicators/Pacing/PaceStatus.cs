namespace Indicators;

/// <summary>Where a figure stands against its pace (进度): ahead of it (快于), on it, or behind it (慢于).</summary>
/// <remarks>
/// Used by <see cref="PacingResult"/> (序时进度), <see cref="GrowthPacingResult"/> and <see cref="PlanProgressResult"/>
/// (规划进度). The defined values are ordered Behind &lt; OnPace &lt; Ahead; the default is <see cref="Undefined"/>.
/// </remarks>
public enum PaceStatus
{
    /// <summary>No pace can be judged: the target or the base is not positive, or the completion overflows a double, so no completion or cumulative growth exists.</summary>
    Undefined = 0,

    /// <summary>Behind the pace (慢于进度): the gap is negative.</summary>
    Behind = 1,

    /// <summary>On the pace (与进度持平): the figure and its pace agree to 15 significant digits.</summary>
    OnPace = 2,

    /// <summary>Ahead of the pace (快于进度): the gap is positive.</summary>
    Ahead = 3,
}
