namespace Indicators;

/// <summary>What a completion rate compares (完成率的口径).</summary>
public enum CompletionBasis
{
    /// <summary>
    /// A level target (总量目标): actual / target for a positive indicator (220 of 200 = 110%); for a
    /// reverse indicator the target is a ceiling (以内) and the rate is ceiling / actual.
    /// </summary>
    Level = 0,

    /// <summary>
    /// A decline target (降低率目标) of a reverse indicator, both declines written as positive numbers:
    /// actual decline / target decline (降3.3% against 降3% = 110%).
    /// </summary>
    Decline = 1,
}
