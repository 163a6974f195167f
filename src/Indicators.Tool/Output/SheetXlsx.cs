using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Indicators.Tool.Output;

/// <summary>
/// Sheets as an .xlsx workbook, one worksheet per sheet: a header row, then the rows; numbers as number cells
/// (unrounded), yes/no as boolean cells, text as inline strings, a missing cell left empty (never 0).
/// </summary>
/// <remarks>
/// Written with DocumentFormat.OpenXml's streaming writer (<see cref="OpenXmlWriter"/>), not SpreadCheetah: OpenXml is
/// already in the tool through Indicators.Data (its .xlsx reader), so the NativeAOT binary gains no package and the
/// tests read the workbook back with the same library; the streaming writer keeps a large sheet out of memory.
/// </remarks>
internal static class SheetXlsx
{
    /// <summary>Writes the workbook to <paramref name="stream"/> (a seekable stream; not closed).</summary>
    internal static void Write(Stream stream, IReadOnlyList<ResultSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var list = new Sheets();
        uint id = 1;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                uint line = 1;
                Row(writer, line++, sheet.Columns.Select(c => (object?)c.Name).ToArray());
                foreach (var row in sheet.Rows)
                {
                    Row(writer, line++, row);
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(sheet.Name, names) });
        }
        workbook.Workbook = new Workbook(list);
        workbook.Workbook.Save();
    }

    private static void Row(OpenXmlWriter writer, uint line, object?[] cells)
    {
        writer.WriteStartElement(new Row { RowIndex = line });
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not { } value)
            {
                continue;
            }
            var reference = ColumnLetters(i) + line.ToString(CultureInfo.InvariantCulture);
            var cell = value switch
            {
                string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
                // Excel writes and expects 1 and 0 in a boolean cell, not the "true" CellValue(bool) would write.
                bool b => new Cell(new CellValue(b ? "1" : "0")) { DataType = CellValues.Boolean },
                _ => new Cell(new CellValue(ResultSheet.Plain(value))) { DataType = CellValues.Number },
            };
            cell.CellReference = reference;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    /// <summary>A, B, … Z, AA, AB… for the zero-based column.</summary>
    internal static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }

    // Excel refuses a sheet name over 31 characters, with []:*?/\ in it, or given twice (without case).
    private static string SheetName(string name, HashSet<string> taken)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]);
        clean = clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet" : clean;
        var unique = clean;
        for (var n = 2; !taken.Add(unique); n++)
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            unique = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return unique;
    }
}
