using System.Globalization;

namespace Indicators.Bulk;

/// <summary>A CSV row that could not be loaded (错误行): its line number, the column at fault and the reason.</summary>
public sealed class BulkCsvRowError
{
    internal BulkCsvRowError(int line, string? column, string reason)
    {
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The one-based line number (行号) where the row starts; line 1 is the header.</summary>
    public int Line { get; }

    /// <summary>The column at fault (<c>zone</c>, <c>indicator</c>, <c>period</c>, <c>kind</c>, <c>value</c>, <c>unit</c>), or null for the row as a whole.</summary>
    public string? Column { get; }

    /// <summary>The reason, in words.</summary>
    public string Reason { get; }

    /// <summary>One line naming the line number, the column and the reason.</summary>
    public string Message => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Reason}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Reason}");

    /// <inheritdoc/>
    public override string ToString() => Message;
}
