using Indicators.Rules;
using nietras.SeparatedValues;

namespace Indicators.Data;

/// <summary>
/// A CSV file as a <see cref="DataTable"/>, parsed by Sep (comma-separated, RFC 4180 quoting). Sep does not know
/// comments, and pairs quotes wherever they are, so one pass before it blanks each <c>#</c> comment line (with spaces:
/// lines and columns stay those of the file), reads the <c># @key: value</c> directives, and finds a quote that is
/// never closed, which Sep would silently run to the end of the file.
/// </summary>
internal sealed class CsvTable : DataTable, IDisposable
{
    private readonly SepReader reader;
    private readonly string sourceName;
    private readonly string fileName;
    private readonly List<string?> unescaped = [];
    private readonly int lineOffset;

    /// <summary>A CSV text; <paramref name="firstLine"/> is the line of the file its first line is (a row cut out of a long file).</summary>
    internal CsvTable(string text, string sourceName, int firstLine = 1)
    {
        this.sourceName = sourceName;
        lineOffset = firstLine - 1;
        fileName = Path.GetFileNameWithoutExtension(sourceName);
        var prepared = Prepare(text);
        reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).FromText(prepared);
    }

    internal override string SourceName => sourceName;

    internal override string FileName => fileName;

    // Sep 0.18.0 gives the first row of a reader without a header LineNumberFrom 2 (the rows after it are right): the
    // first row starts on line 1 whatever it spans.
    internal override int Line => (reader.Current.RowIndex == 0 ? 1 : reader.Current.LineNumberFrom) + lineOffset;

    internal override int Count => reader.Current.ColCount;

    internal override bool Next()
    {
        while (reader.MoveNext())
        {
            unescaped.Clear();
            var row = reader.Current;
            if (!row.Span.Trim(TrimChars).IsEmpty)
            {
                for (var i = 0; i < row.ColCount; i++)
                {
                    unescaped.Add(null);
                }
                return true;
            }
        }
        return false;
    }

    internal override ReadOnlySpan<char> Cell(int index)
    {
        if (index < 0 || index >= Count)
        {
            return [];
        }
        if (unescaped[index] is { } done)
        {
            return done;
        }
        var span = reader.Current[index].Span;
        if (span.Length == 0 || span[0] != '"')
        {
            return span;
        }
        // A quoted cell: outer quotes off, "" → " (the rare case: one string for it).
        var inner = span.Length >= 2 && span[^1] == '"' ? span[1..^1] : span[1..];
        var text = inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
        unescaped[index] = text;
        return text;
    }

    /// <summary>Where a cell starts in the row's text (after its opening quote).</summary>
    private int Offset(int cell)
    {
        var row = reader.Current;
        if (cell >= row.ColCount)
        {
            return row.Span.Length;
        }
        var span = row[cell].Span;
        if (span.IsEmpty || !row.Span.Overlaps(span, out var offset))
        {
            // An empty cell has no span to compare: count the separators outside quotes.
            return Start(row.Span, cell);
        }
        return span[0] == '"' ? offset + 1 : offset;
    }

    private static int Start(ReadOnlySpan<char> row, int cell)
    {
        var quoted = false;
        var index = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (index == cell)
            {
                return i;
            }
            if (row[i] == '"')
            {
                quoted = !quoted;
            }
            else if (row[i] == ',' && !quoted)
            {
                index++;
            }
        }
        return row.Length;
    }

    internal override DataSource PlaceOf(int cell, int offset = 0)
    {
        var row = reader.Current.Span;
        var at = Math.Min(Offset(cell) + offset, row.Length);
        var before = row[..at];
        var newline = before.LastIndexOf('\n');
        return new DataSource(sourceName, Line + before.Count('\n'), at - newline);
    }

    internal override Diagnostic At(string code, int cell, int offset, int length, string english, string chinese, string? field,
        DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var row = reader.Current.Span;
        var at = Math.Min(Offset(cell) + offset, row.Length);
        return Diagnostic.InFragment(code, english, chinese, sourceName, row.ToString(), Line, at, length, field);
    }

    public void Dispose() => reader.Dispose();

    /// <summary>Blanks comment lines, reads directives, and reports a quote never closed.</summary>
    private string Prepare(string text)
    {
        char[]? copy = null;
        var inQuote = false;
        var quoteLine = 0;
        var quoteColumn = 0;
        var quoteLineStart = 0;
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var content = text.AsSpan(start, end - start);
            if (!inQuote && content.TrimStart(TrimChars).StartsWith("#"))
            {
                var lineText = content.TrimEnd("\r").ToString();
                var lineNumber = line;
                Directive(lineText, line, (code, english, chinese, at, length) =>
                    Diagnostic.InFragment(code, english, chinese, sourceName, lineText, lineNumber, at, length, null));
                copy ??= text.ToCharArray();
                copy.AsSpan(start, content.TrimEnd('\r').Length).Fill(' ');
            }
            else
            {
                // From quote to quote (a vectorised search: most lines have none).
                for (var i = content.IndexOf('"'); i >= 0; i = content[(i + 1)..].IndexOf('"') is var next and >= 0 ? i + 1 + next : -1)
                {
                    inQuote = !inQuote;
                    if (inQuote)
                    {
                        (quoteLine, quoteColumn, quoteLineStart) = (line, i + 1, start);
                    }
                }
            }
            if (end == text.Length)
            {
                break;
            }
            start = end + 1;
            line++;
        }
        if (inQuote)
        {
            var lineEnd = text.IndexOf('\n', quoteLineStart);
            var fragment = text[quoteLineStart..(lineEnd < 0 ? text.Length : lineEnd)];
            TextProblems.Add(Diagnostic.InFragment("DT1006",
                "a quoted cell is never closed: its opening quote is here, and everything after it up to the end of the file would be one cell",
                "引号未闭合：左引号在此，其后直到文件末尾都会被当作一个单元格", sourceName, fragment, quoteLine, quoteColumn - 1, 1, null));
        }
        return copy is null ? text : new string(copy);
    }
}
