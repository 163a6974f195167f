namespace Indicators;

/// <summary>
/// Where the nodes of a parsed rule model came from: the parser records each node's span (by reference, as the
/// model compares by content) so that later stages report diagnostics with line, column and excerpt.
/// A model built in code has no source map; its diagnostics name the item instead.
/// </summary>
internal sealed class RuleSourceMap
{
    private readonly Dictionary<object, (int Start, int Length)> spans = new(ReferenceEqualityComparer.Instance);

    internal RuleSourceMap(string text, string? sourceName)
    {
        Text = text;
        SourceName = sourceName;
    }

    internal string Text { get; }

    internal string? SourceName { get; }

    internal void Add(object node, int start, int length) => spans[node] = (start, length);

    internal bool TryGetSpan(object node, out int start, out int length)
    {
        if (spans.TryGetValue(node, out var span))
        {
            (start, length) = span;
            return true;
        }
        (start, length) = (-1, 0);
        return false;
    }

    /// <summary>A diagnostic placed at <paramref name="node"/> when the map knows it, otherwise without a place.</summary>
    internal RuleDiagnostic At(object node, string code, RuleDiagnosticSeverity severity, string message, string chineseMessage)
    {
        TryGetSpan(node, out var start, out var length);
        return new RuleDiagnostic(code, severity, message, chineseMessage, start >= 0 ? Text : null, start, length, SourceName);
    }
}
