using Indicators.Assessment;

namespace Indicators.Rules;

public sealed partial class RulePlan
{
    /// <summary>The exit candidates (降级/摘牌备选) of a scheme's <c>exit</c> rule over the results of several years, with
    /// the mean of each zone's scores in its bottom years, ordered by year then mean score (lowest first); an empty list when
    /// the scheme has no exit rule or the plan no such scheme. (Owner: history.)</summary>
    internal IReadOnlyList<ExitFlag> EvaluateExit(string scheme, IReadOnlyDictionary<int, AssessmentResult> resultsByYear) =>
        Schemes.TryGetValue(scheme, out var found) && found.Exit is { } exit ? exit.Evaluate(resultsByYear) : [];
}
