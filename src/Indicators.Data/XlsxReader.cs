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
    internal sealed class XlsxTable : DataTable, IDisposable
    {
        private readonly OpenXmlReader reader;
        private readonly string[] strings;
        private readonly string sourceName;
        private readonly string fileName;
        private readonly string sheetName;
        private string[] cells = [];
        private int line;
        private (string[] Cells, int Line)? peeked;
        private readonly List<string> list = [];

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
                number = RowIndex() is { } index ? (int)Math.Min(index, int.MaxValue) : number + 1;
                var values = Cells();
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

        /// <summary>The row's <c>r</c> attribute (one-based), as <see cref="Row.RowIndex"/> reads it, or null.</summary>
        private uint? RowIndex()
        {
            foreach (var attribute in reader.Attributes)
            {
                if (attribute.LocalName == "r" && attribute.NamespaceUri.Length == 0)
                {
                    // The SDK's own parse, so that a bad index fails as it did when the row was loaded as an element.
                    return new UInt32Value { InnerText = attribute.Value }.Value;
                }
            }
            return null;
        }

        /// <summary>The cells of the row the reader stands on, read element by element (the SAX way: no element tree per row,
        /// which cost about 600 bytes a cell); the reader ends on the row's end.</summary>
        private string[] Cells()
        {
            var list = this.list;
            list.Clear();
            if (!reader.ReadFirstChild())
            {
                return [];
            }
            do
            {
                if (reader.ElementType != typeof(Cell) || !reader.IsStartElement)
                {
                    continue;
                }
                string? reference = null;
                string? type = null;
                foreach (var attribute in reader.Attributes)
                {
                    if (attribute.NamespaceUri.Length == 0)
                    {
                        if (attribute.LocalName == "r")
                        {
                            reference = attribute.Value;
                        }
                        else if (attribute.LocalName == "t")
                        {
                            type = attribute.Value;
                        }
                    }
                }
                var text = CellText(type);
                var column = ColumnOf(reference) ?? list.Count;
                if (column > 16_383)
                {
                    continue;
                }
                while (list.Count < column)
                {
                    list.Add("");
                }
                if (list.Count == column)
                {
                    list.Add(text);
                }
                else
                {
                    list[column] = text;
                }
            }
            while (reader.ReadNextSibling());
            return [.. list];
        }

        /// <summary>The text of the cell the reader stands on (as <c>Cell.CellValue.Text</c> and <c>Cell.InlineString.InnerText</c>
        /// read it); the reader ends on the cell's end.</summary>
        private string CellText(string? type)
        {
            string? raw = null;
            string? inline = null;
            if (reader.ReadFirstChild())
            {
                do
                {
                    if (!reader.IsStartElement)
                    {
                        continue;
                    }
                    if (reader.ElementType == typeof(CellValue))
                    {
                        raw ??= reader.GetText();
                    }
                    else if (reader.ElementType == typeof(InlineString))
                    {
                        inline ??= InnerText();
                    }
                }
                while (reader.ReadNextSibling());
            }
            raw ??= "";
            if (type is not (null or "s" or "inlineStr" or "b" or "n" or "str" or "e" or "d"))
            {
                // Not one of the names the schema gives: the SDK's parse decides, as when the cell was loaded as an element.
                var parsed = new EnumValue<CellValues> { InnerText = type }.Value;
                type = parsed == CellValues.SharedString ? "s" : parsed == CellValues.InlineString ? "inlineStr" : parsed == CellValues.Boolean ? "b" : null;
            }
            switch (type)
            {
                case "s":
                    return int.TryParse(raw, out var index) && index >= 0 && index < strings.Length ? strings[index] : "";
                case "inlineStr":
                    return inline ?? "";
                case "b":
                    return raw == "1" ? "TRUE" : "FALSE";
                default:
                    // Numbers are stored as invariant text (12.5, 1E-3): the same reader as CSV reads them.
                    return raw;
            }
        }

        /// <summary>Every text below the element the reader stands on, in order (its <c>InnerText</c>); ends on its end.</summary>
        private string InnerText()
        {
            var depth = reader.Depth;
            var text = new System.Text.StringBuilder();
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.IsStartElement)
                {
                    // GetText is empty for any element but a leaf text (<t>), as InnerText counts them.
                    text.Append(reader.GetText());
                }
            }
            return text.ToString();
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
