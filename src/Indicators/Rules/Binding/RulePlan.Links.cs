using Indicators.Assessment;

namespace Indicators.Rules;

// Issue 13: what links the plan's schemes to data beyond their entries (item triggers, other schemes' results).
public sealed partial class RulePlan
{
    /// <summary>The data triggers of the schemes' items and the schemes the formulas read; set once by the binder.</summary>
    internal SchemeLinks Links { get; set; } = SchemeLinks.Empty;

    /// <summary>The schemes whose results the plan's formulas read (<c>score(S)</c>, <c>rank(S)</c>), each before the
    /// schemes that read it: run them first and give their results with <c>RuleZone.WithSchemeResult</c>.</summary>
    internal IReadOnlyList<string> SchemesRead => Links.SchemesRead;

    /// <summary>Whether a scheme of this plan has items triggered from data (which the bulk path cannot apply).</summary>
    internal bool HasTriggers(AssessmentScheme scheme) =>
        Links.Triggers.Length > 0 && Schemes.Any(s => ReferenceEquals(s.Value, scheme) && Links.BySchemeName.ContainsKey(s.Key));
}
