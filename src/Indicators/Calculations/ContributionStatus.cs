namespace Indicators;

/// <summary>Whether a contribution (贡献率) or a pull (拉动) exists.</summary>
public enum ContributionStatus
{
    /// <summary>The value exists.</summary>
    Value = 0,

    /// <summary>The whole did not change: no contribution to a growth of zero exists.</summary>
    WholeUnchanged = 1,

    /// <summary>The whole's earlier level is not positive: its growth, and so the pull, does not exist.</summary>
    WholeNotPositive = 2,
}
