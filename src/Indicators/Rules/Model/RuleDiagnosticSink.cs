using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>Collects the diagnostics of one text, each placed in that text.</summary>
internal sealed class RuleDiagnosticSink
{
    private readonly string text;
    private readonly string? sourceName;

    internal RuleDiagnosticSink(string text, string? sourceName)
    {
        this.text = text;
        this.sourceName = sourceName;
    }

    /// <summary>The most errors reported for one text; a garbage text of the largest size stays quick to reject.</summary>
    internal const int MaxErrors = 100;

    internal List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Whether <see cref="MaxErrors"/> errors have been reported, so reading on would report nothing.</summary>
    internal bool Full => Diagnostics.Count > MaxErrors;

    internal void Error(string code, int position, int length, string message, string chineseMessage)
    {
        if (Diagnostics.Count == MaxErrors)
        {
            Diagnostics.Add(new Diagnostic(RuleSyntax.TooManyErrors, DiagnosticSeverity.Error,
                $"more than {MaxErrors} errors; the rest of the text is not checked", $"错误超过 {MaxErrors} 个；其余文本未检查", text, position, 1, sourceName));
        }
        if (Diagnostics.Count < MaxErrors)
        {
            Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, chineseMessage, text, position, Math.Max(1, length), sourceName));
        }
    }
}
