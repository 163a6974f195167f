using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Indicators.Rules;

namespace Indicators.Data;

/// <summary>
/// Reads .xlsx workbooks with the Open XML SDK (DocumentFormat.OpenXml): every sheet is a table of its own, read row by
/// row with its streaming <see cref="OpenXmlReader"/>, so a large sheet is never held whole. A diagnostic's line is the
/// sheet's row and its column the cell's column (A = 1); its source is <c>file.xlsx!Sheet</c>.
/// </summary>
internal static class XlsxReader
{
    internal static void Read(string path, IDataSink sink, Ledger ledger, NamePool pool, List<Diagnostic> diagnostics)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or OpenXmlPackageException or
            InvalidOperationException or ArgumentException or System.Xml.XmlException or NotSupportedException or FormatException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? ("no such file", "文件不存在")
                : e is UnauthorizedAccessException ? (Directory.Exists(path) ? "is a folder, not a file" : "permission denied", "无法打开（文件夹或无权限）")
                : ("is not an .xlsx workbook (not an Office Open XML package)", "不是 .xlsx 工作簿（不是 Office Open XML 文件包）");
            diagnostics.Add(Diagnostic.Unplaced(e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException ? "DT1001" : "DT1009",
                $"{path}: {reason.Item1}", $"{path}：{reason.Item2}", path));
            return;
        }
        using (document)
        {
            try
            {
                ReadSheets(document, path, sink, ledger, pool, diagnostics);
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException or IOException or
                InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException)
            {
                // A damaged part inside a package that opened: the file, not a bug of the loader.
                diagnostics.Add(Diagnostic.Unplaced("DT1009", $"{path}: the workbook is damaged ({e.Message})", $"{path}：工作簿已损坏（{e.Message}）", path));
            }
        }
    }

    private static void ReadSheets(SpreadsheetDocument document, string path, IDataSink sink, Ledger ledger, NamePool pool, List<Diagnostic> diagnostics)
    {
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is not { } sheets)
        {
            diagnostics.Add(Diagnostic.Unplaced("DT1009", $"{path}: the workbook has no sheets", $"{path}：工作簿中没有工作表", path));
            return;
        }
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var fileName = Path.GetFileNameWithoutExtension(path);
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }
            var name = sheet.Name?.Value ?? "";
            using var table = new XlsxTable(part, strings, $"{path}!{name}", fileName, name);
            if (table.IsEmpty)
            {
                continue;
            }
            new TableReader(table, sink, ledger, pool, diagnostics).Read();
        }
    }

    /// <summary>One sheet as a <see cref="DataTable"/>: rows as the reader meets them, cells by column (gaps empty).</summary>
    private sealed class XlsxTable : DataTable, IDisposable
    {
        private readonly OpenXmlReader reader;
        private readonly string[] strings;
        private readonly string sourceName;
        private readonly string fileName;
        private readonly string sheetName;
        private string[] cells = [];
        private int line;
        private (string[] Cells, int Line)? peeked;

        internal XlsxTable(WorksheetPart part, string[] strings, string sourceName, string fileName, string sheetName)
        {
            reader = OpenXmlReader.Create(part);
            this.strings = strings;
            this.sourceName = sourceName;
            this.fileName = fileName;
            this.sheetName = sheetName;
            peeked = NextRow();
        }

        /// <summary>Whether the sheet has no row with anything in it (an unused Sheet2 is no error).</summary>
        internal bool IsEmpty => peeked is null;

        internal override string SourceName => sourceName;

        internal override string FileName => fileName;

        internal override string? SheetName => sheetName;

        internal override int Line => line;

        internal override int Count => cells.Length;

        internal override bool Next()
        {
            var row = peeked ?? NextRow();
            peeked = null;
            if (row is null)
            {
                return false;
            }
            (cells, line) = row.Value;
            return true;
        }

        /// <summary>The next row that is neither blank nor a comment (a first cell starting with #).</summary>
        private (string[] Cells, int Line)? NextRow()
        {
            var number = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }
                var row = (Row)reader.LoadCurrentElement()!;
                number = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : number + 1;
                var values = Cells(row);
                var first = Array.FindIndex(values, v => v.AsSpan().Trim(TrimChars).Length > 0);
                if (first < 0)
                {
                    continue;
                }
                if (values[first].AsSpan().TrimStart(TrimChars).StartsWith("#"))
                {
                    var column = first + 1;
                    var at = number;
                    Directive(values[first], number, (code, english, chinese, _, _) =>
                        Diagnostic.AtLine(code, DiagnosticSeverity.Error, english, chinese, sourceName, at, column));
                    continue;
                }
                return (values, number);
            }
            return null;
        }

        private string[] Cells(Row row)
        {
            var list = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference?.Value) ?? list.Count;
                if (column > 16_383)
                {
                    continue;
                }
                while (list.Count < column)
                {
                    list.Add("");
                }
                var text = Text(cell);
                if (list.Count == column)
                {
                    list.Add(text);
                }
                else
                {
                    list[column] = text;
                }
            }
            return [.. list];
        }

        private string Text(Cell cell)
        {
            var raw = cell.CellValue?.Text ?? "";
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, out var index) && index >= 0 && index < strings.Length ? strings[index] : "";
            }
            if (type == CellValues.InlineString)
            {
                return cell.InlineString?.InnerText ?? "";
            }
            if (type == CellValues.Boolean)
            {
                return raw == "1" ? "TRUE" : "FALSE";
            }
            // Numbers are stored as invariant text (12.5, 1E-3): the same reader as CSV reads them.
            return raw;
        }

        /// <summary>"C5" → 2 (zero-based column), or null.</summary>
        private static int? ColumnOf(string? reference)
        {
            if (string.IsNullOrEmpty(reference))
            {
                return null;
            }
            var column = 0;
            var letters = 0;
            foreach (var c in reference)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    column = column * 26 + (c - 'A' + 1);
                    if (++letters > 3)
                    {
                        return null;
                    }
                }
                else
                {
                    break;
                }
            }
            return letters == 0 ? null : column - 1;
        }

        internal override ReadOnlySpan<char> Cell(int index) => index >= 0 && index < cells.Length ? cells[index] : [];

        internal override DataSource PlaceOf(int cell, int offset = 0) => new(sourceName, line, Math.Max(cell, 0) + 1);

        internal override Diagnostic At(string code, int cell, int offset, int length, string english, string chinese, string? field,
            DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            Diagnostic.AtLine(code, severity, english, chinese, sourceName, line, Math.Max(cell, 0) + 1);

        public void Dispose() => reader.Dispose();
    }
}
