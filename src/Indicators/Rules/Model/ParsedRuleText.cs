namespace Indicators.Rules;

/// <summary>
/// Rule text as the parser read it: the model of everything that parsed, every diagnostic, and the side map of where each
/// node came from, which <see cref="RulePlan.Compile(string, RuleEnvironment, string)"/> needs to place binding
/// diagnostics. The public <c>RuleSet.Parse</c> gives the first two as an <see cref="Outcome{T}"/>.
/// </summary>
internal sealed record ParsedRuleText(RuleSet RuleSet, IReadOnlyList<Diagnostic> Diagnostics, RuleSourceMap SourceMap)
{
    internal Outcome<RuleSet> ToOutcome() => new(RuleSet, Diagnostics);
}
