using System.Globalization;
using System.Text;

namespace Indicators.Tool.Output;

/// <summary>
/// A plain-text table whose columns line up in a terminal with Chinese in them: a CJK character takes two columns, so
/// widths are counted in display columns, not characters. Written by hand rather than with Spectre.Console: the tool
/// needs aligned columns and nothing else (no colours, boxes or live output), and one dependency less keeps the tool
/// trimmable and its output byte-stable for tests.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = [];

    /// <summary>A table with these column headers.</summary>
    /// <param name="headers">The headers, one per column.</param>
    internal TextTable(params string[] headers) => this.headers = headers;

    /// <summary>Per column, whether its cells are aligned right (numbers); the header follows. Left when not given.</summary>
    internal IReadOnlyList<bool>? RightAligned { get; init; }

    /// <summary>Adds a row; missing cells are empty.</summary>
    /// <param name="cells">The cells, left to right.</param>
    internal void Add(params string[] cells) => rows.Add(cells);

    /// <summary>Writes the table, each line indented by <paramref name="indent"/>, with no trailing spaces.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="indent">The indentation.</param>
    internal void WriteTo(TextWriter writer, string indent = "")
    {
        var widths = new int[headers.Length];
        foreach (var row in rows.Prepend(headers))
        {
            for (var i = 0; i < widths.Length && i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }
        var line = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            line.Clear().Append(indent);
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < row.Length ? row[i] : "";
                var pad = widths[i] - Width(cell);
                var right = RightAligned is { } aligned && i < aligned.Count && aligned[i];
                if (right)
                {
                    line.Append(' ', pad);
                }
                line.Append(cell);
                if (i < widths.Length - 1)
                {
                    line.Append(' ', (right ? 0 : pad) + 2);
                }
            }
            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>The columns a terminal gives the text: two for East Asian wide and full-width characters, none for combining marks.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its display width.</returns>
    internal static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }
        return width;
    }

    /// <summary>Shortens text to at most <paramref name="columns"/> display columns, ending it with … when cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="columns">The most columns it may take.</param>
    /// <returns>The text, or its start and an ellipsis.</returns>
    internal static string Fit(string text, int columns)
    {
        if (Width(text) <= columns)
        {
            return text;
        }
        var cut = new StringBuilder();
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = Width(rune);
            if (width + w > columns - 1)
            {
                break;
            }
            cut.Append(rune.ToString());
            width += w;
        }
        return cut.Append('…').ToString();
    }

    private static int Width(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || Rune.IsControl(rune))
        {
            return 0;
        }
        var c = rune.Value;
        var wide = c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
