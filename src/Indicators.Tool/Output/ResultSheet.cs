using System.Globalization;

namespace Indicators.Tool.Output;

/// <summary>What a column holds: text, a number (a double, unrounded), a whole number, or yes/no.</summary>
internal enum ColumnKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A double, written unrounded to JSON, CSV and .xlsx and rounded to the column's decimals in the table.</summary>
    Number,

    /// <summary>A whole number (a year, a rank).</summary>
    Integer,

    /// <summary>Yes or no.</summary>
    Boolean,
}

/// <summary>A column of a <see cref="ResultSheet"/>.</summary>
/// <param name="Name">Its name: the CSV heading, the JSON key (camelCase) and the .xlsx heading.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Decimals">For a number, the decimals the table shows (null: the shortest text that reads back to the
/// same double); files always carry the unrounded value.</param>
internal sealed record SheetColumn(string Name, ColumnKind Kind, int? Decimals = null)
{
    /// <summary>A text column.</summary>
    internal static SheetColumn Text(string name) => new(name, ColumnKind.Text);

    /// <summary>A number column shown with <paramref name="decimals"/> decimals in the table.</summary>
    internal static SheetColumn Number(string name, int? decimals = null) => new(name, ColumnKind.Number, decimals);

    /// <summary>A whole-number column.</summary>
    internal static SheetColumn Integer(string name) => new(name, ColumnKind.Integer);

    /// <summary>A yes/no column.</summary>
    internal static SheetColumn Boolean(string name) => new(name, ColumnKind.Boolean);
}

/// <summary>
/// One table of a verb's result (结果表), the one shape every output takes: the table on stdout, JSON, CSV and .xlsx are
/// all written from it, so they cannot disagree. A cell is <see langword="null"/> when it has no value — missing stays
/// missing: an empty cell in the table, CSV and .xlsx, <c>null</c> in JSON, never 0.
/// </summary>
internal sealed class ResultSheet
{
    private readonly List<object?[]> rows = [];

    /// <summary>A sheet named <paramref name="name"/> (the JSON key, the .xlsx sheet, the second CSV file's suffix).</summary>
    internal ResultSheet(string name, params SheetColumn[] columns)
    {
        Name = name;
        Columns = columns;
    }

    /// <summary>The sheet's name.</summary>
    internal string Name { get; }

    /// <summary>The columns, left to right.</summary>
    internal IReadOnlyList<SheetColumn> Columns { get; }

    /// <summary>The rows: per column a string, a double, a long (or int), a bool, or null for missing.</summary>
    internal IReadOnlyList<object?[]> Rows => rows;

    /// <summary>Adds a row, one cell per column, each of its column's kind or null.</summary>
    internal void Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"A row of {Name} has {Columns.Count} cells, not {cells.Length}.", nameof(cells));
        }
        for (var i = 0; i < cells.Length; i++)
        {
            var fits = cells[i] switch
            {
                null => true,
                string => Columns[i].Kind == ColumnKind.Text,
                double d => Columns[i].Kind == ColumnKind.Number && double.IsFinite(d),
                int or long => Columns[i].Kind is ColumnKind.Integer or ColumnKind.Number,
                bool => Columns[i].Kind == ColumnKind.Boolean,
                _ => false,
            };
            if (!fits)
            {
                // No NaN or infinity reaches a user: a bug here must fail loudly, not print "NaN".
                throw new ArgumentException($"Cell {Columns[i].Name} of {Name} cannot hold {cells[i]} ({cells[i]?.GetType().Name}).", nameof(cells));
            }
        }
        rows.Add(cells);
    }

    /// <summary>A cell as the table shows it: numbers rounded to the column's decimals, yes/no, empty for missing.</summary>
    internal string Display(int column, object? cell) => cell switch
    {
        null => "",
        string text => text,
        double d when Columns[column].Decimals is { } places => d.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => cell.ToString() ?? "",
    };

    /// <summary>A cell as a file holds it: numbers unrounded (the shortest text that reads back to the same double).</summary>
    internal static string Plain(object? cell) => cell switch
    {
        null => "",
        string text => text,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => cell.ToString() ?? "",
    };

    /// <summary>Writes the sheet as an aligned table (Chinese by display width), each line indented by <paramref name="indent"/>.</summary>
    internal void WriteTable(TextWriter writer, string indent = "")
    {
        var table = new TextTable([.. Columns.Select(c => c.Name)])
        {
            RightAligned = [.. Columns.Select(c => c.Kind is ColumnKind.Number or ColumnKind.Integer)],
        };
        foreach (var row in rows)
        {
            table.Add([.. row.Select((cell, i) => Display(i, cell))]);
        }
        table.WriteTo(writer, indent);
    }
}
