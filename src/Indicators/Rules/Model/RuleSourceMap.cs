namespace Indicators.Rules;

/// <summary>A part of a declaration whose own span a diagnostic may point at instead of the whole declaration.</summary>
internal enum RulePart
{
    /// <summary>The name: of an indicator, a scheme, a category or the indicator of a category entry.</summary>
    Name = 0,

    /// <summary>The unit after <c>unit</c> in an indicator declaration.</summary>
    Unit = 1,

    /// <summary>The number that weighs: a category's or an entry's weight, a scheme's total.</summary>
    Weight = 2,
}

/// <summary>
/// Where the nodes of a parsed rule model came from: the parser records each node's span (by reference, as the
/// model compares by content) so that later stages report diagnostics with line, column and excerpt.
/// A model built in code has no source map; its diagnostics name the item instead.
/// </summary>
internal sealed class RuleSourceMap
{
    private readonly Dictionary<object, (int Start, int Length)> spans = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, (int Start, int Length)>[] parts =
        [new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance)];

    internal RuleSourceMap(string text, string? sourceName)
    {
        Text = text;
        SourceName = sourceName;
    }

    internal string Text { get; }

    internal string? SourceName { get; }

    internal void Add(object node, int start, int length) => spans[node] = (start, length);

    /// <summary>Records the span of one part of <paramref name="node"/> (its name token, its unit, its weight).</summary>
    internal void AddPart(object node, RulePart part, (int Start, int Length)? span)
    {
        if (span is { } s)
        {
            parts[(int)part][node] = s;
        }
    }

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
    internal Diagnostic At(object node, string code, DiagnosticSeverity severity, string message, string chineseMessage) =>
        At(node, null, code, severity, message, chineseMessage);

    /// <summary>
    /// A diagnostic placed at the <paramref name="part"/> of <paramref name="node"/> (the offending token), else at its name,
    /// else (and when <paramref name="part"/> is null) at the whole node, else without a place.
    /// </summary>
    internal Diagnostic At(object node, RulePart? part, string code, DiagnosticSeverity severity, string message, string chineseMessage)
    {
        (int Start, int Length) span;
        if (!(part is { } p && (parts[(int)p].TryGetValue(node, out span) || parts[(int)RulePart.Name].TryGetValue(node, out span))) &&
            !spans.TryGetValue(node, out span))
        {
            span = (-1, 0);
        }
        return new Diagnostic(code, severity, message, chineseMessage, span.Start >= 0 ? Text : null, span.Start, span.Length, SourceName);
    }
}
