using Indicators.Assessment;

namespace Indicators.Rules;

// Issue 13: the seams between the rule language's new constructs and the one call that runs a scheme on loaded data
// (RulePlan.Assess). Each hook is filled by the slice that owns the construct; until then it does nothing, so the
// pipeline can be built and tested beside them.
public sealed partial class RulePlan
{
    /// <summary>The exit candidates (降级/摘牌备选) of a scheme's <c>exit</c> rule over the results of several years, or
    /// an empty list when the scheme has none. (Owner: history.)</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A hook its slice fills with the plan's data.")]
    internal IReadOnlyList<ExitFlag> EvaluateExit(string scheme, IReadOnlyDictionary<int, AssessmentResult> resultsByYear)
    {
        _ = scheme;
        _ = resultsByYear;
        return [];
    }
}
