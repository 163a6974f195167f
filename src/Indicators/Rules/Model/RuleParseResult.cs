namespace Indicators.Rules;

/// <summary>
/// The result of parsing rule text (规则解析结果): the model of everything that parsed and every diagnostic of the
/// text at once. Parsing never throws for authored text.
/// </summary>
public sealed class RuleParseResult
{
    internal RuleParseResult(RuleSet ruleSet, IReadOnlyList<RuleDiagnostic> diagnostics, RuleSourceMap sourceMap)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
        Success = !diagnostics.Any(d => d.Severity == RuleDiagnosticSeverity.Error);
    }

    /// <summary>The rule set (规则集) of every statement, item and entry that parsed; never <see langword="null"/>.
    /// When <see cref="Success"/> is false, the statements with errors are left out.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The diagnostics (诊断) of the text, in the order of their positions.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>Whether the text has no errors (解析成功).</summary>
    public bool Success { get; }

    /// <summary>Where each node of <see cref="RuleSet"/> came from in the text.</summary>
    internal RuleSourceMap SourceMap { get; }
}
