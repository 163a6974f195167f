namespace Indicators;

/// <summary>How an actual value stands against its target (完成情况).</summary>
/// <remarks>
/// The status is decided by comparing the actual value with the target directly (not by the
/// rounded rate), so <see cref="Completed"/> means exactly on target. Judging at a published
/// precision (修约值比较法) is a presentation step done on top of this.
/// </remarks>
public enum CompletionStatus
{
    /// <summary>未完成: the target is missed; a completion rate below 100% (or a percentage-point gap below zero).</summary>
    NotCompleted = 0,

    /// <summary>完成: exactly on target; a completion rate of 100%.</summary>
    Completed = 1,

    /// <summary>超额完成: better than the target; a completion rate above 100%.</summary>
    Overfulfilled = 2,

    /// <summary>
    /// A ceiling (以内) met with nothing at all: actual 0 against a positive ceiling, e.g. no
    /// accidents against "控制在66人以内". The target is met in full, but ceiling / actual has no
    /// finite value, so there is no completion rate.
    /// </summary>
    MetWithZero = 3,

    /// <summary>
    /// No ratio completion exists: the target (or decline target) is zero or negative, a reverse
    /// indicator's actual value is negative, or the ratio is too large to represent. Whether the
    /// target is met is still known from <see cref="CompletionResult.IsMet"/>; judge such targets by
    /// their gap instead.
    /// </summary>
    NoCompletionRate = 4,
}
