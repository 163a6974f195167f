namespace Indicators;

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

    internal List<RuleDiagnostic> Diagnostics { get; } = [];

    internal void Error(string code, int position, int length, string message, string chineseMessage) =>
        Diagnostics.Add(new RuleDiagnostic(code, RuleDiagnosticSeverity.Error, message, chineseMessage, text, position, Math.Max(1, length), sourceName));
}
