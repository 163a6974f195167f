namespace Indicators.Rules;

/// <summary>
/// The outcome of compiling rules (规则编译结果): the plan, or <see langword="null"/> when there are errors, and every
/// diagnostic found (all at once, each with its code, messages and, for text, line and column).
/// </summary>
public sealed class RuleCompileResult
{
    internal RuleCompileResult(RulePlan? plan, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        Plan = plan;
        Diagnostics = diagnostics;
    }

    /// <summary>The plan, or <see langword="null"/> when the rules have errors.</summary>
    public RulePlan? Plan { get; }

    /// <summary>Every problem found, in the order of the rules.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>Whether the rules compiled without errors.</summary>
    public bool Success => Plan is not null;

    /// <summary>The diagnostics, one per line, in the compiler format.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success && Diagnostics.Count == 0 ? "compiled" : string.Join(Environment.NewLine, Diagnostics);
}
