using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Indicators.Rules;

namespace Indicators.Data;

/// <summary>
/// Reads .xlsx workbooks: the package (zip, relationships, workbook part) through the Open XML SDK (DocumentFormat.OpenXml),
/// every sheet and the shared strings with <see cref="XmlReader"/> over the part's stream (<see cref="XlsxSheetXml"/>), so
/// that a large sheet is never held whole and a cell costs no object. Every sheet is a table of its own. A diagnostic's line
/// is the sheet's row and its column the cell's column (A = 1); its source is <c>file.xlsx!Sheet</c>.
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
            InvalidOperationException or ArgumentException or XmlException or NotSupportedException or FormatException)
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
            catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or IOException or
                InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException or OverflowException)
            {
                // A damaged part inside a package that opened: the file, not a bug of the loader. (A row number beyond
                // 4294967295 overflowed past this handler before issue 14.)
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
        var names = new XlsxSheetXml.Names();
        var strings = workbook.SharedStringTablePart is { } sst ? XlsxSheetXml.SharedStrings(sst, names) : [];
        var fileName = Path.GetFileNameWithoutExtension(path);
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }
            var name = sheet.Name?.Value ?? "";
            using var table = new XlsxTable(part, strings, $"{path}!{name}", fileName, name, names);
            if (table.IsEmpty)
            {
                continue;
            }
            new TableReader(table, sink, ledger, pool, diagnostics).Read();
        }
    }

    /// <summary>One sheet as a <see cref="DataTable"/>: rows as the reader meets them, cells by column (gaps empty). A row's
    /// texts live in one reused character buffer; a cell is its start and length there.</summary>
    internal sealed class XlsxTable : DataTable, IDisposable
    {
        private readonly XlsxSheetXml sheet;
        private readonly string[] strings;
        private readonly string sourceName;
        private readonly string fileName;
        private readonly string sheetName;
        private int line;
        private int count;
        private bool peeked;

        internal XlsxTable(WorksheetPart part, string[] strings, string sourceName, string fileName, string sheetName, XlsxSheetXml.Names? names = null)
        {
            sheet = new XlsxSheetXml(part.GetStream(FileMode.Open, FileAccess.Read), names ?? new XlsxSheetXml.Names());
            this.strings = strings;
            this.sourceName = sourceName;
            this.fileName = fileName;
            this.sheetName = sheetName;
            try
            {
                peeked = NextRow();
            }
            catch
            {
                // A damaged sheet fails here; its part's stream is closed before the caller reports it.
                sheet.Dispose();
                throw;
            }
            IsEmpty = !peeked;
        }

        /// <summary>Whether the sheet has no row with anything in it (an unused Sheet2 is no error).</summary>
        internal bool IsEmpty { get; }

        internal override string SourceName => sourceName;

        internal override string FileName => fileName;

        internal override string? SheetName => sheetName;

        internal override int Line => line;

        internal override int Count => count;

        internal override bool Next()
        {
            // The first row was read to know whether the sheet is empty; it waits in the buffers.
            var found = peeked || NextRow();
            peeked = false;
            if (!found)
            {
                count = 0;
                return false;
            }
            (line, count) = (sheet.RowNumber, sheet.Count);
            return true;
        }

        /// <summary>Reads up to the next row that is neither blank nor a comment (a first cell starting with #).</summary>
        private bool NextRow()
        {
            // A row without its number counts on from the row before it in this call (so: 1 after a returned row), as before.
            var number = 0;
            while (sheet.ReadRow(strings, number))
            {
                number = sheet.RowNumber;
                var first = -1;
                for (var i = 0; i < sheet.Count && first < 0; i++)
                {
                    first = sheet.Cell(i).Trim(TrimChars).Length > 0 ? i : -1;
                }
                if (first < 0)
                {
                    continue;
                }
                var text = sheet.Cell(first);
                if (text.TrimStart(TrimChars).StartsWith("#"))
                {
                    var column = first + 1;
                    var at = number;
                    Directive(text, number, (code, english, chinese, _, _) =>
                        Diagnostic.AtLine(code, DiagnosticSeverity.Error, english, chinese, sourceName, at, column));
                    continue;
                }
                return true;
            }
            return false;
        }

        internal override ReadOnlySpan<char> Cell(int index) => index >= 0 && index < count ? sheet.Cell(index) : [];

        internal override DataSource PlaceOf(int cell, int offset = 0) => new(sourceName, line, Math.Max(cell, 0) + 1);

        internal override Diagnostic At(string code, int cell, int offset, int length, string english, string chinese, string? field,
            DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            Diagnostic.AtLine(code, severity, english, chinese, sourceName, line, Math.Max(cell, 0) + 1);

        public void Dispose() => sheet.Dispose();
    }
}
