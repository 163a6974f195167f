namespace Indicators;

/// <summary>Where a figure stands against its pace (进度): ahead of it (快于), on it, or behind it (慢于).</summary>
/// <remarks>Used by <see cref="PacingResult"/> (序时进度) and <see cref="PlanProgressResult"/> (规划进度).</remarks>
public enum PaceStatus
{
    /// <summary>Behind the pace (慢于进度): the gap is negative.</summary>
    Behind = 0,

    /// <summary>On the pace (与进度持平): the gap is zero to 15 significant digits.</summary>
    OnPace = 1,

    /// <summary>Ahead of the pace (快于进度): the gap is positive.</summary>
    Ahead = 2,

    /// <summary>No pace can be judged: the target or the base is not positive, so no completion or cumulative growth exists.</summary>
    Undefined = 3,
}
