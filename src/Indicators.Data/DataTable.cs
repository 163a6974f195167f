using Indicators.Rules;
namespace Indicators.Data;

/// <summary>
/// One table of a data file, read row by row: a CSV file or a workbook's sheet. The shape readers see only this, so that
/// every shape reads from CSV and .xlsx alike and every diagnostic is placed the same way (file, line, column).
/// </summary>
internal abstract class DataTable
{
    /// <summary>The name diagnostics give the table: the file's name, or <c>file.xlsx!Sheet1</c>.</summary>
    internal abstract string SourceName { get; }

    /// <summary>The file's name without folder and extension: where a 统计月报 table may find its zone and period.</summary>
    internal abstract string FileName { get; }

    /// <summary>The sheet's name in a workbook, or null for CSV.</summary>
    internal virtual string? SheetName => null;

    /// <summary>Moves to the next row that is neither blank nor a comment; false at the end.</summary>
    internal abstract bool Next();

    /// <summary>The current row's one-based line (row).</summary>
    internal abstract int Line { get; }

    /// <summary>The current row's number of cells.</summary>
    internal abstract int Count { get; }

    /// <summary>A cell of the current row, quotes removed, not trimmed; empty beyond <see cref="Count"/>.</summary>
    internal abstract ReadOnlySpan<char> Cell(int index);

    /// <summary>The place of a character of a cell of the current row (<paramref name="cell"/> past the end: the row's end).</summary>
    internal abstract DataSource PlaceOf(int cell, int offset = 0);

    /// <summary>A diagnostic at a character of a cell of the current row.</summary>
    internal abstract Diagnostic At(string code, int cell, int offset, int length, string english, string chinese, string? field,
        DiagnosticSeverity severity = DiagnosticSeverity.Error);

    /// <summary>The directives (<c># @kind: targets</c>) met in comments so far, by key.</summary>
    internal Dictionary<string, (string Value, DataSource At)> Directives { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Diagnostics of the table's text itself (an unterminated quote, a bad directive).</summary>
    internal List<Diagnostic> TextProblems { get; } = [];

    /// <summary>What is wrong with a directive, or null: the keys are <c>kind</c>, <c>zone</c> and <c>period</c>
    /// (<c>year</c>), a kind must be one of <see cref="DataFileKinds"/>' names, a period must name a year.</summary>
    internal static (string English, string Chinese)? DirectiveProblem(string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "kind" or "格式":
                return DataFileKinds.Parse(value) is null
                    ? ($"unknown kind '{Diagnostic.Window(value)}' in the directive: expected one of {DataFileKinds.NameList}",
                        $"指令中的格式“{Diagnostic.Window(value)}”未知：应为 {DataFileKinds.NameList} 之一")
                    : null;
            case "zone" or "开发区":
                return value.Length == 0 ? ("the directive @zone names no zone", "指令 @zone 没有给出开发区") : null;
            case "period" or "year" or "时期" or "年份":
                return TitleScan.Year(value) is null
                    ? ($"the directive's period '{Diagnostic.Window(value)}' names no year (write 2024, 2024年 or 2024年1-11月)",
                        $"指令中的时期“{Diagnostic.Window(value)}”没有年份（应写作 2024、2024年 或 2024年1-11月）")
                    : null;
            default:
                return ($"unknown directive @{Diagnostic.Window(key)}: the directives are @kind, @zone and @period",
                    $"未知指令 @{Diagnostic.Window(key)}：指令只有 @kind、@zone 和 @period");
        }
    }

    /// <summary>Reads a comment's directive (<c># @kind: targets</c>); a comment that is no directive is ignored, a bad one reported.</summary>
    /// <param name="content">The comment line (or cell), starting with optional spaces and #.</param>
    /// <param name="line">Its line (row).</param>
    /// <param name="diagnostic">Makes a diagnostic at a character of <paramref name="content"/>.</param>
    protected void Directive(ReadOnlySpan<char> content, int line, Func<string, string, string, int, int, Diagnostic> diagnostic)
    {
        var body = content.TrimStart(TrimChars)[1..].Trim(TrimChars);
        if (body.Length == 0 || body[0] != '@')
        {
            return;
        }
        var colon = body.IndexOfAny(":：");
        var key = (colon < 0 ? body[1..] : body[1..colon]).Trim(TrimChars).ToString();
        var value = colon < 0 ? string.Empty : body[(colon + 1)..].Trim(TrimChars).ToString();
        var at = content.IndexOf('@');
        if (DirectiveProblem(key, value) is { } problem)
        {
            TextProblems.Add(diagnostic("DT1007", problem.English, problem.Chinese, at, key.Length + 1));
            return;
        }
        Directives[key] = (value, new DataSource(SourceName, line, at + 1));
    }

    /// <summary>The value of a directive, whichever of its names (English or Chinese) was used.</summary>
    internal (string Value, DataSource At)? Directive(string name) =>
        name switch
        {
            "kind" => Find("kind", "格式"),
            "zone" => Find("zone", "开发区"),
            _ => Find("period", "year", "时期", "年份"),
        };

    private (string Value, DataSource At)? Find(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Directives.TryGetValue(key, out var found))
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>A cell, trimmed of white space (also U+3000, the ideographic space).</summary>
    internal ReadOnlySpan<char> Trimmed(int index) => Cell(index).Trim(TrimChars);

    /// <summary>The trimmed cell as a string ("" beyond the row).</summary>
    internal string Text(int index) => index < Count ? Trimmed(index).ToString() : string.Empty;

    /// <summary>Where the trimmed text of a cell starts inside it.</summary>
    internal int Lead(int index)
    {
        var cell = Cell(index);
        return cell.Length - cell.TrimStart(TrimChars).Length;
    }

    /// <summary>A diagnostic at the start of a cell's trimmed text, or at the row's end when the row stops before it.</summary>
    internal Diagnostic AtCell(string code, int cell, string english, string chinese, string? field, int offset = 0, int length = 1) =>
        At(code, cell, cell < Count ? Lead(cell) + offset : 0, length, english, chinese, field);

    /// <summary>Spaces, tabs and the ideographic space U+3000 that editors and statistical tables pad cells with.</summary>
    internal static readonly char[] TrimChars = [' ', '\t', '\u3000', '\r', '\n', '\uFEFF'];
}
