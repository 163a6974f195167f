using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Indicators.Tool.Output;

namespace Indicators.Tool.Tests;

/// <summary>The output layer: one sheet written as a table, JSON, CSV and .xlsx, the files atomically.</summary>
public class Issue15OutputTests
{
    private static ResultSheet Sample()
    {
        var sheet = new ResultSheet("cells", SheetColumn.Text("zone"), SheetColumn.Integer("year"), SheetColumn.Number("growthPercent", 1), SheetColumn.Boolean("attained"));
        sheet.Add("示例开发区01", 2024, 23.456, true);
        sheet.Add("B, \"quoted\"", 2023, null, false);
        return sheet;
    }

    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "indicators-tool-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void Issue15_Output_the_table_aligns_Chinese_by_display_width_and_numbers_right()
    {
        using var writer = new StringWriter();
        Sample().WriteTable(writer);
        // Widths: zone = max(4, 5 CJK × 2 + 2 = 12, 11) = 12; year 4; growthPercent 13; numbers to the right, rounded to 1 decimal.
        Assert.Equal(
            "zone          year  growthPercent  attained\n" +
            "示例开发区01  2024           23.5  yes\n" +
            "B, \"quoted\"   2023                 no\n",
            writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue15_Output_JSON_has_every_key_null_for_missing_and_numbers_unrounded()
    {
        var json = SheetJson.Write([Sample()]);
        Assert.Equal(
            """{"version":1,"cells":[{"zone":"示例开发区01","year":2024,"growthPercent":23.456,"attained":true},{"zone":"B, \"quoted\"","year":2023,"growthPercent":null,"attained":false}]}""",
            json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, parsed.RootElement.GetProperty("cells")[1].GetProperty("growthPercent").ValueKind);
    }

    [Fact]
    public void Issue15_Output_CSV_quotes_as_RFC_4180_and_leaves_missing_empty()
    {
        using var stream = new MemoryStream();
        SheetCsv.Write(stream, Sample());
        Assert.Equal(
            "zone,year,growthPercent,attained\n示例开发区01,2024,23.456,true\n\"B, \"\"quoted\"\"\",2023,,false\n",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Issue15_Output_a_sheet_refuses_NaN_rather_than_print_it()
    {
        var sheet = new ResultSheet("s", SheetColumn.Number("x"));
        Assert.Throws<ArgumentException>(() => sheet.Add(double.NaN));
        Assert.Throws<ArgumentException>(() => sheet.Add(double.PositiveInfinity));
    }

    [Fact]
    public void Issue15_Output_xlsx_reads_back_with_typed_cells_and_an_empty_cell_for_missing()
    {
        var path = Path.Combine(Folder(), "out.xlsx");
        var error = new OutputTargets(null, null, path).Write("test", [Sample(), new ResultSheet("zones", SheetColumn.Text("zone"))], () => "");
        Assert.Null(error);
        var cells = ReadXlsx(path);
        Assert.Equal(["cells", "zones"], cells.Keys);
        var sheet = cells["cells"];
        Assert.Equal(("zone", null), sheet["A1"]);
        Assert.Equal(("示例开发区01", null), sheet["A2"]);
        Assert.Equal(("2024", CellValues.Number), sheet["B2"]);
        Assert.Equal(("23.456", CellValues.Number), sheet["C2"]);
        Assert.Equal(("1", CellValues.Boolean), sheet["D2"]);
        Assert.Equal(("0", CellValues.Boolean), sheet["D3"]);
        Assert.False(sheet.ContainsKey("C3"));   // missing: no cell, not 0
        Assert.Equal(("B, \"quoted\"", null), sheet["A3"]);
    }

    [Fact]
    public void Issue15_Output_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary_file()
    {
        var folder = Folder();
        var csv = Path.Combine(folder, "out.csv");
        var xlsx = Path.Combine(folder, "out.xlsx");
        File.WriteAllText(csv, "old contents");
        OutputFiles.WrapForTests.Value = stream => new FailingStream(stream, failAfterBytes: 4096);
        try
        {
            var big = new ResultSheet("cells", SheetColumn.Text("zone"));
            for (var i = 0; i < 2000; i++)
            {
                big.Add("示例开发区" + i);
            }
            var csvError = new OutputTargets(null, csv, null).Write("test", [big], () => "");
            var xlsxError = new OutputTargets(null, null, xlsx).Write("test", [big], () => "");
            Assert.StartsWith("indicators test: " + csv + ": cannot write the file: No space left on device (simulated); nothing was written to it", csvError);
            Assert.StartsWith("indicators test: " + xlsx + ": cannot write the file: No space left on device (simulated); nothing was written to it", xlsxError);
        }
        finally
        {
            OutputFiles.WrapForTests.Value = null;
        }
        Assert.Equal("old contents", File.ReadAllText(csv));
        Assert.False(File.Exists(xlsx));
        Assert.Equal(["out.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Issue15_Output_CSV_puts_a_second_table_beside_the_first()
    {
        Assert.Equal(Path.Combine("d", "out.zones.csv"), OutputTargets.SidePath(Path.Combine("d", "out.csv"), "zones"));
        Assert.Equal("out.zones.csv", OutputTargets.SidePath("out", "zones"));
    }

    /// <summary>Every cell of every sheet: reference → (text, data type), strings resolved.</summary>
    internal static Dictionary<string, Dictionary<string, (string Text, CellValues? Type)>> ReadXlsx(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var result = new Dictionary<string, Dictionary<string, (string, CellValues?)>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var cells = new Dictionary<string, (string, CellValues?)>();
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var type = cell.DataType?.Value;
                cells[cell.CellReference!] = type == CellValues.InlineString ? (cell.InlineString!.InnerText, null) : (cell.CellValue!.Text, type);
            }
            result[sheet.Name!] = cells;
        }
        return result;
    }

    /// <summary>A stream that takes <c>failAfterBytes</c> bytes, then throws: a disk that fills up midway.</summary>
    internal sealed class FailingStream(Stream inner, int failAfterBytes) : Stream
    {
        private int written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var room = failAfterBytes - written;
            inner.Write(buffer[..Math.Min(room, buffer.Length)]);
            written += Math.Min(room, buffer.Length);
            if (buffer.Length > room)
            {
                throw new IOException("No space left on device (simulated).");
            }
        }

        public override void WriteByte(byte value) => Write([value]);
    }
}
