namespace Indicators.Rules;

/// <summary>Where a datum came from (数据来源): the file or source name and the one-based line and column of its cell, so
/// that a diagnostic about it points at the place (<c>data.csv(12,5): error DA1021: …</c>). <c>default</c> is "no place".</summary>
/// <param name="Source">The file or source name, or <see langword="null"/>.</param>
/// <param name="Line">The one-based line, or 0 when unknown.</param>
/// <param name="Column">The one-based column, or 0 when unknown.</param>
public readonly record struct DataSource(string? Source, int Line, int Column)
{
    /// <summary>The place as people read it: <c>data.csv(12,5)</c>, <c>data.csv</c>, or empty.</summary>
    /// <returns>The place.</returns>
    public override string ToString() =>
        Line > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source ?? Diagnostic.TextSourceName}({Line},{Column})")
        : Source ?? string.Empty;
}
