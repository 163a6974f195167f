namespace Indicators;

/// <summary>
/// How an actual value stands against a target under a judging policy (完成情况). A single target uses
/// <see cref="NotCompleted"/>, <see cref="Completed"/> and <see cref="Overfulfilled"/>; a target with two tiers
/// uses <see cref="NotCompleted"/>, <see cref="GuaranteedMet"/> and <see cref="StretchMet"/>. Within one target a
/// larger value means a better outcome.
/// </summary>
public enum AttainmentStatus
{
    /// <summary>未完成: the target (or its guaranteed tier) is missed.</summary>
    NotCompleted = 0,

    /// <summary>完成: met at the limit, or met where "better than the limit" has no meaning (超过/不满, 零控制).</summary>
    Completed = 1,

    /// <summary>超额完成: met, and the judged value is strictly better than the stated number.</summary>
    Overfulfilled = 2,

    /// <summary>完成确保目标: the guaranteed tier is met, the stretch tier is not.</summary>
    GuaranteedMet = 3,

    /// <summary>完成力争目标: the stretch tier is met (and so the guaranteed one).</summary>
    StretchMet = 4,
}
