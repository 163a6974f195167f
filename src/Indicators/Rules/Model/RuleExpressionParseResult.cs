using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// The result of parsing one expression of the rule language (表达式解析结果), from
/// <see cref="RuleSet.ParseExpression"/>: the expression, or the diagnostics that say why the text is not one. Positions
/// of the diagnostics are in the text given, with nothing around it. Parsing never throws for authored text.
/// </summary>
public sealed class RuleExpressionParseResult
{
    internal RuleExpressionParseResult(RuleExpression? expression, IReadOnlyList<RuleDiagnostic> diagnostics, RuleSourceMap sourceMap)
    {
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
        Success = !diagnostics.Any(d => d.Severity == RuleDiagnosticSeverity.Error);
        Expression = Success ? expression : null;
    }

    /// <summary>The expression (表达式), or <see langword="null"/> when <see cref="Success"/> is false.</summary>
    public RuleExpression? Expression { get; }

    /// <summary>The diagnostics (诊断) of the text, in the order of their positions.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>Whether the text is one expression without errors (解析成功).</summary>
    public bool Success { get; }

    /// <summary>Where each node of <see cref="Expression"/> came from in the text.</summary>
    internal RuleSourceMap SourceMap { get; }
}
