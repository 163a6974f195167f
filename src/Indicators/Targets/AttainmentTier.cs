namespace Indicators;

/// <summary>Which tier of a target is met (达到的目标档次).</summary>
public enum AttainmentTier
{
    /// <summary>No tier is met: 未完成.</summary>
    None = 0,

    /// <summary>The guaranteed tier (确保, the floor; the only tier of a single target) is met, the stretch tier is not or does not exist.</summary>
    Guaranteed = 1,

    /// <summary>The stretch tier (力争, the upper end of a range) is met too.</summary>
    Stretch = 2,
}
