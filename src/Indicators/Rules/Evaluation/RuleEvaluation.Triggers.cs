namespace Indicators.Rules;

/// <summary>The value of one data trigger for one zone (NaN when missing, with the reason) and its explanation.</summary>
internal readonly record struct TriggerValue(double Value, RuleReason? Reason, RuleExplanation Explanation);

public sealed partial class RuleEvaluation
{
    /// <summary>The values of the plan's data triggers (<see cref="SchemeLinks.Triggers"/>, by index) for this zone.</summary>
    internal TriggerValue[] TriggerValues { get; init; } = [];
}
