using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Indicators.Rules;

namespace Indicators.Data.Tests;

/// <summary>Issue 14: the .xlsx sheet read element by element (no element tree per row) gives the rows the element tree gave.</summary>
public class Issue14XlsxTests
{
    [Property(MaxTest = 150)]
    public void Issue14_Xlsx_the_streamed_sheet_gives_the_rows_and_cells_the_loaded_rows_gave(int seed)
    {
        // The XmlReader over the part (and its shared strings) against the element tree of the Open XML SDK.
        var random = new Random(seed);
        var path = RandomWorkbook(random);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var oracleStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToArray() ?? [];
        var strings = XlsxSheetXml.SharedStrings(workbook.SharedStringTablePart!, new XlsxSheetXml.Names());
        Assert.Equal(oracleStrings, strings);
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!);
        var expected = ElementTreeRows(part, oracleStrings);
        var actual = Rows(part, strings);
        Assert.Equal(expected.Count, actual.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            Assert.Equal(expected[r].Line, actual[r].Line);
            Assert.Equal(expected[r].Cells, actual[r].Cells);
        }
    }

    /// <summary>The rows the table gives (line and cells).</summary>
    private static List<(int Line, string[] Cells)> Rows(WorksheetPart part, string[] strings)
    {
        var rows = new List<(int Line, string[] Cells)>();
        using var table = new XlsxReader.XlsxTable(part, strings, "book.xlsx!S", "book", "S");
        while (table.Next())
        {
            rows.Add((table.Line, [.. Enumerable.Range(0, table.Count).Select(i => table.Cell(i).ToString())]));
        }
        return rows;
    }

    private static string[] Shown(List<(int Line, string[] Cells)> rows) => [.. rows.Select(r => $"{r.Line}: {string.Join("|", r.Cells)}")];

    /// <summary>A string's text as Excel shows it: the element tree's InnerText without its phonetic runs.</summary>
    private static string TextOf(OpenXmlElement item) => string.Concat(item.ChildElements.Where(e => e is not PhoneticRun).Select(e => e.InnerText));

    [Fact]
    public void Issue14_Xlsx_rich_and_phonetic_inline_text_reads_whole_and_a_bad_cell_type_is_still_a_damaged_workbook()
    {
        // <is> with runs reads as the runs' texts in order (its InnerText); a t="x" the schema does not know fails as before.
        var path = Book("""<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>甲</t></r><r><t xml:space="preserve"> 区</t></r></is></c><c r="B1" t="b"><v>1</v></c><c r="C1" s="3"/><c r="D1"><f>1+1</f><v>2</v></c></row>""", []);
        using (var document = SpreadsheetDocument.Open(path, isEditable: false))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            using var table = new XlsxReader.XlsxTable(part, [], "b", "b", "S");
            Assert.True(table.Next());
            Assert.Equal(["甲 区", "TRUE", "", "2"], Enumerable.Range(0, table.Count).Select(i => table.Cell(i).ToString()));
        }
        var bad = Book("""<row r="1"><c r="A1" t="x"><v>1</v></c></row>""", []);
        var outcome = DataLoader.Load([bad]);
        Assert.Equal("DT1009", Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Issue14_Xlsx_phonetic_runs_are_left_out_of_inline_and_shared_strings_as_Excel_shows_them()
    {
        // 甲 with its furigana ジア: Excel shows 甲; the SDK's InnerText (the reader before) gave 甲ジア.
        const string phonetic = """<t>甲</t><rPh sb="0" eb="1"><t>ジア</t></rPh><phoneticPr fontId="1"/>""";
        var path = Book($"""<row r="1"><c r="A1" t="inlineStr"><is>{phonetic}</is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>乙</t></r><rPh sb="0" eb="1"><t>イ</t></rPh></is></c></row>""",
            $"<si>{phonetic}</si>", Transitional);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var strings = XlsxSheetXml.SharedStrings(workbook.SharedStringTablePart!, new XlsxSheetXml.Names());
        Assert.Equal(["甲"], strings);
        Assert.Equal(["1: 甲|甲|乙"], Shown(Rows(workbook.WorksheetParts.First(), strings)));
    }

    [Fact]
    public void Issue14_Xlsx_a_strict_workbook_loads_the_values_of_the_same_transitional_one()
    {
        // ISO 29500 strict (purl.oclc.org namespaces and relationships): the SDK opened it and translated its names before; so does this reader.
        var rows = """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>"""
            + """<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2"><v>2024</v></c><c r="C2" t="inlineStr"><is><t>GDP</t></is></c><c r="D2"><v>12.5</v></c><c r="E2" t="s"><v>6</v></c></row>""";
        string[] shared = ["zone", "year", "indicator", "value", "unit", "甲区", "亿元"];
        var items = string.Concat(shared.Select(t => $"<si><t>{t}</t></si>"));
        foreach (var ns in new[] { Transitional, Strict })
        {
            var outcome = DataLoader.Load([Book(rows, items, ns)]);
            Assert.True(outcome.Success, outcome.ToString());
            Assert.Equal(12.5, outcome.Value.GetValue("甲区", "GDP", 2024));
        }
    }

    [Fact]
    public void Issue14_Xlsx_alternate_content_takes_the_rows_of_both_branches_and_no_cells_inside_a_row_as_before()
    {
        // What the SDK's reader took (checked on the reader before issue 14): mc:Choice and mc:Fallback both read as sheetData's
        // children, whatever Requires says; an AlternateContent among a row's cells or a cell's values is not read.
        var path = Book("""<mc:AlternateContent><mc:Choice Requires="x14ac"><row r="1"><c r="A1"><v>1</v></c></row></mc:Choice><mc:Fallback><row r="1"><c r="A1"><v>2</v></c></row></mc:Fallback></mc:AlternateContent>"""
            + """<row r="2"><c r="A2"><v>3</v></c><mc:AlternateContent><mc:Choice Requires="x14ac"><c r="B2"><v>4</v></c></mc:Choice></mc:AlternateContent><c r="C2"><mc:AlternateContent><mc:Fallback><v>5</v></mc:Fallback></mc:AlternateContent></c></row>"""
            + """<mc:AlternateContent><mc:Choice Requires="x14ac"><mc:AlternateContent><mc:Choice Requires="x14ac"><row r="3"><c r="A3"><v>6</v></c></row></mc:Choice></mc:AlternateContent></mc:Choice></mc:AlternateContent>""",
            "", Transitional);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var part = document.WorkbookPart!.WorksheetParts.First();
        Assert.Equal(["1: 1", "1: 2", "2: 3||"], Shown(Rows(part, [])));
        Assert.Equal(Shown(ElementTreeRows(part, [])), Shown(Rows(part, [])));
    }

    [Fact]
    public void Issue14_Xlsx_a_row_number_beyond_4294967295_is_a_damaged_workbook_not_a_crash()
    {
        // Before issue 14 the SDK's OverflowException escaped DataLoader.Load.
        var outcome = DataLoader.Load([Book("""<row r="4294967296"><c r="A1"><v>1</v></c></row>""", [])]);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("DT1009", diagnostic.Code);
        Assert.Contains("too large", diagnostic.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_Xlsx_a_cell_of_10_MB_of_text_and_a_million_empty_cells_cost_bounded_memory()
    {
        // Hostile sheets: the text is read whole into one buffer (about 2 bytes a character, doubled while it grows),
        // and a million empty cells cost nothing each.
        var big = new string('甲', 10_000_000);
        var path = Book($"""<row r="1"><c r="A1" t="inlineStr"><is><t>{big}</t></is></c></row>""", "", Transitional);
        using (var document = SpreadsheetDocument.Open(path, isEditable: false))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            using var table = new XlsxReader.XlsxTable(document.WorkbookPart!.WorksheetParts.First(), [], "b", "b", "S");
            Assert.True(table.Next());
            Assert.Equal(10_000_000, table.Cell(0).Length);
            Assert.True(table.Cell(0).SequenceEqual(big));
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < 120_000_000, $"{allocated:N0} bytes for a 10 MB cell");
        }
        var empty = Book("""<row r="1">""" + string.Concat(Enumerable.Repeat("""<c r="A1"/><c/>""", 1_000_000)) + "</row>", "", Transitional);
        using (var document = SpreadsheetDocument.Open(empty, isEditable: false))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            using var table = new XlsxReader.XlsxTable(document.WorkbookPart!.WorksheetParts.First(), [], "b", "b", "S");
            Assert.True(table.IsEmpty);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < 2_000_000, $"{allocated:N0} bytes for a million empty cells");
        }
    }

    [Property(MaxTest = 200)]
    public void Issue14_Xlsx_random_bytes_as_the_sheet_give_a_diagnostic_never_an_exception(byte[] bytes)
    {
        var path = Package(Transitional, bytes, """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""");
        var outcome = DataLoader.Load([path]);
        // Random bytes are not a worksheet's XML (no root, a bad character, a wrong encoding): the workbook is damaged.
        Assert.Contains(outcome.Diagnostics, d => d.Code == "DT1009");
    }

    private static readonly string[] Cuts =
    [
        "<", ">", "/>", "</c>", "</row>", "<row>", "<row r=\"0\">", "<row r=\"x\">", "<c r=\"Z9\">", "<c t=\"s\">", "<c t=\"q\">", "<v>", "</v>",
        "<is><t>", "</t></is>", "&amp;", "&#0;", "&#x10FFFF;", "&bogus;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>",
        "<mc:AlternateContent><mc:Choice>", "</mc:Choice>", "<!DOCTYPE x>", "\"", "r=\"", "xmlns=\"urn:x\"", "\u0001", "甲", " ",
    ];

    [Property(MaxTest = 300)]
    public void Issue14_Xlsx_a_damaged_sheet_gives_a_diagnostic_never_an_exception(int seed)
    {
        // A valid random sheet, then cut, spliced and padded with pieces of XML: whatever comes out loads or is reported.
        var random = new Random(seed);
        var path = RandomWorkbook(random, xml =>
        {
            var text = new StringBuilder(xml);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                if (random.Next(3) == 0)
                {
                    text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                }
                else
                {
                    text.Insert(at, Cuts[random.Next(Cuts.Length)]);
                }
            }
            return text.ToString();
        });
        var outcome = DataLoader.Load([path]);
        Assert.All(outcome.Diagnostics, d => Assert.True(d.Line >= 0 && d.Column >= 0));
    }

    private static readonly string[] Odd =
    [
        "<!-- c -->", "<?pi x?>", "<x:foo xmlns:x=\"urn:x\">7</x:foo>", "<foo><row r=\"9\"><c><v>8</v></c></row></foo>", " ", "\n",
        "<mc:AlternateContent><mc:Choice Requires=\"x14ac\">", "</mc:Choice><mc:Fallback>", "</mc:Fallback></mc:AlternateContent>",
    ];

    private static readonly string[] OddCells =
    [
        "<c r=\"B1\"><v/><v>2</v></c>", "<c><v>1<b>x</b>2</v></c>", "<c><v><!-- c -->3</v></c>", "<c><v><![CDATA[]]>4</v></c>",
        "<c t=\"inlineStr\"><is><foo><t>no</t></foo><t>a</t><r><foo/><t>b</t></r><r><v>q</v></r></is></c>",
        "<c t=\"inlineStr\"><v>9</v><is><t>x</t></is><is><t>y</t></is></c>", "<c><is><t>z</t></is></c>", "<c t=\"inlineStr\"/>",
        "<c t=\"inlineStr\"><is><mc:AlternateContent><mc:Choice Requires=\"x\"><t>p</t><r><t>q</t></r></mc:Choice><mc:Fallback><t>r</t></mc:Fallback></mc:AlternateContent></is></c>",
        "<c t=\"inlineStr\"><is><r><mc:AlternateContent><mc:Fallback><t>s</t></mc:Fallback></mc:AlternateContent></r></is></c>",
        "<c r=\"a1\"><v>5</v></c>", "<c r=\"AAAA1\"><v>6</v></c>", "<c x:r=\"D1\" xmlns:x=\"urn:x\"><v>7</v></c>", "<x:c xmlns:x=\"urn:x\"><v>8</v></x:c>",
        "<c t=\"b\"><v> 1</v></c>", "<c t=\"s\"><v> 0 </v></c>", "<c t=\"s\"><v>+0</v></c>", "<c><f>1</f></c>", "<c r=\"C1\">junk<v>10</v></c>",
        "<mc:AlternateContent><mc:Choice Requires=\"x\"><c><v>11</v></c></mc:Choice></mc:AlternateContent>",
        "<c><mc:AlternateContent><mc:Choice Requires=\"x\"><v>12</v></mc:Choice></mc:AlternateContent></c>",
        "<c><v>&#32;13</v></c>", "<c><v xml:space=\"preserve\"> </v></c>", "<c><v>\t</v></c>",
    ];

    [Property(MaxTest = 300)]
    public void Issue14_Xlsx_odd_but_well_formed_sheets_read_as_the_sdk_reader_read_them(int seed)
    {
        // Comments, instructions, foreign and unknown elements, leaves with children, two values, AlternateContent at every
        // level (nested too), references the reader does not know: against the reader before issue 14 (the SDK's
        // OpenXmlReader, kept below), rows and cells equal, or both fail with the same message.
        var random = new Random(seed);
        var rows = new StringBuilder();
        var open = 0;
        for (var r = random.Next(1, 8); r > 0; r--)
        {
            var piece = Odd[random.Next(Odd.Length)];
            if (random.Next(3) == 0 && (piece.StartsWith("<mc:A", StringComparison.Ordinal) || open > 0))
            {
                // AlternateContent opened and closed in order, nesting allowed.
                if (piece.StartsWith("<mc:A", StringComparison.Ordinal))
                {
                    open++;
                    rows.Append(piece);
                }
                else if (open > 0)
                {
                    open--;
                    rows.Append("</mc:Choice></mc:AlternateContent>");
                }
            }
            else if (!piece.StartsWith("</mc", StringComparison.Ordinal) && !piece.StartsWith("<mc", StringComparison.Ordinal))
            {
                rows.Append(piece);
            }
            rows.Append(random.Next(3) == 0 ? "<row>" : $"<row r=\"{random.Next(1, 9)}\">");
            for (var c = random.Next(0, 5); c > 0; c--)
            {
                rows.Append(random.Next(3) == 0 ? Odd[random.Next(2)] : "").Append(OddCells[random.Next(OddCells.Length)]);
            }
            rows.Append("</row>");
        }
        for (; open > 0; open--)
        {
            rows.Append("</mc:Choice></mc:AlternateContent>");
        }
        var path = Book(rows.ToString(), "<si><t>S</t></si>", random.Next(4) == 0 ? Strict : Transitional);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var part = document.WorkbookPart!.WorksheetParts.First();
        Assert.Equal(Outcome(() => SdkReaderRows(part, ["S"])), Outcome(() => Rows(part, ["S"])));
    }

    private static string[] Outcome(Func<List<(int Line, string[] Cells)>> read)
    {
        try
        {
            return Shown(read());
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or InvalidOperationException or OverflowException)
        {
            return [e.GetType().Name + ": " + e.Message];
        }
    }

    /// <summary>The reader of the sheet before issue 14 (the SDK's <see cref="OpenXmlReader"/>, element by element), kept as
    /// the oracle of odd sheets.</summary>
    private static List<(int Line, string[] Cells)> SdkReaderRows(WorksheetPart part, string[] strings) => OracleRows(part, reader =>
    {
        var index = reader.Attributes.Where(a => a.LocalName == "r" && a.NamespaceUri.Length == 0).Select(a => (uint?)new UInt32Value { InnerText = a.Value }.Value).FirstOrDefault();
        var list = new List<string>();
        if (!reader.ReadFirstChild())
        {
            return (index, list);
        }
        do
        {
            if (reader.ElementType != typeof(Cell) || !reader.IsStartElement)
            {
                continue;
            }
            var reference = reader.Attributes.Where(a => a.LocalName == "r" && a.NamespaceUri.Length == 0).Select(a => a.Value).FirstOrDefault();
            var type = reader.Attributes.Where(a => a.LocalName == "t" && a.NamespaceUri.Length == 0).Select(a => a.Value).FirstOrDefault();
            string? raw = null;
            string? inline = null;
            if (reader.ReadFirstChild())
            {
                do
                {
                    if (reader.IsStartElement && reader.ElementType == typeof(CellValue))
                    {
                        raw ??= reader.GetText();
                    }
                    else if (reader.IsStartElement && reader.ElementType == typeof(InlineString))
                    {
                        var text = new StringBuilder();
                        var depth = reader.Depth;
                        // (No phonetic runs in these sheets: the one difference is tested on its own.)
                        while (reader.Read() && reader.Depth > depth)
                        {
                            if (reader.IsStartElement)
                            {
                                text.Append(reader.GetText());
                            }
                        }
                        inline ??= text.ToString();
                    }
                }
                while (reader.ReadNextSibling());
            }
            Put(list, reference, Value(type is null ? null : new EnumValue<CellValues> { InnerText = type }.Value, raw ?? "", inline, strings));
        }
        while (reader.ReadNextSibling());
        return (index, list);
    });

    /// <summary>The reading before issue 14 (each row loaded as an element), kept as the oracle.</summary>
    private static List<(int Line, string[] Cells)> ElementTreeRows(WorksheetPart part, string[] strings) => OracleRows(part, reader =>
    {
        var row = (Row)reader.LoadCurrentElement()!;
        var list = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            Put(list, cell.CellReference?.Value, Value(cell.DataType?.Value, cell.CellValue?.Text ?? "", cell.InlineString is { } inline ? TextOf(inline) : null, strings));
        }
        return (row.RowIndex?.Value, list);
    });

    /// <summary>The rows of a sheet as the readers before issue 14 returned them, each row read by <paramref name="row"/>
    /// (its r and its cells by column): blank rows and comments left out, a row without its number counted from the last
    /// row returned as 0 (so: line 1), as they did.</summary>
    private static List<(int Line, string[] Cells)> OracleRows(WorksheetPart part, Func<OpenXmlReader, (uint? Index, List<string> Cells)> row)
    {
        var rows = new List<(int, string[])>();
        using var reader = OpenXmlReader.Create(part);
        var number = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var (index, list) = row(reader);
            number = index is { } i ? (int)Math.Min(i, int.MaxValue) : number + 1;
            if (list.Find(v => v.AsSpan().Trim(DataTable.TrimChars).Length > 0) is { } first && !first.AsSpan().TrimStart(DataTable.TrimChars).StartsWith("#"))
            {
                rows.Add((number, [.. list]));
                number = 0;
            }
        }
        return rows;
    }

    /// <summary>A cell's text by its type, as the readers before issue 14 gave it.</summary>
    private static string Value(CellValues? type, string raw, string? inline, string[] strings) =>
        type == CellValues.SharedString ? (int.TryParse(raw, out var s) && s >= 0 && s < strings.Length ? strings[s] : "")
        : type == CellValues.InlineString ? inline ?? ""
        : type == CellValues.Boolean ? (raw == "1" ? "TRUE" : "FALSE")
        : raw;

    /// <summary>Puts a cell at its reference's column, or after the last; beyond XFD, the last column Excel has, left out.</summary>
    private static void Put(List<string> list, string? reference, string value)
    {
        var column = Column(reference) ?? list.Count;
        if (column > 16_383)
        {
            return;
        }
        while (list.Count < column)
        {
            list.Add("");
        }
        if (list.Count == column)
        {
            list.Add(value);
        }
        else
        {
            list[column] = value;
        }
    }

    private static int? Column(string? reference)
    {
        // One to three capital letters (A to XFD and a little beyond); anything else has no column.
        if (string.IsNullOrEmpty(reference) || reference.TakeWhile(char.IsAsciiLetterUpper).Count() is 0 or > 3)
        {
            return null;
        }
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static readonly string[] Words = ["甲区", "GDP", "12.5", " 3 ", "", "x&y", "<b>", "２０２４", "地区生产总值（亿元）", "\u3000", "#注", " "];

    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /// <summary>A sheet of random rows: row numbers given, skipped or left out; cells with and without references, out of
    /// order, beyond XFD, shared, inline (plain, in runs, with phonetic runs), boolean, numeric (with white space, CDATA,
    /// a comment), error, date, with formulas, empty and self-closing; empty rows; rows in both branches of an
    /// mc:AlternateContent; shared strings plain, in runs and with phonetic runs; the transitional or the strict namespace.</summary>
    private static string RandomWorkbook(Random random, Func<string, string>? mutate = null)
    {
        var shared = Words.Where(w => w.Length > 0).ToArray();
        var sheet = new StringBuilder();
        var rowNumber = 0;
        for (var r = random.Next(0, 8); r > 0; r--)
        {
            var alternate = random.Next(8) == 0;
            if (alternate)
            {
                sheet.Append("<mc:AlternateContent><mc:Choice Requires=\"x14ac\">");
                RandomRow(random, sheet, ref rowNumber, shared.Length);
                sheet.Append("</mc:Choice><mc:Fallback>");
            }
            RandomRow(random, sheet, ref rowNumber, shared.Length);
            sheet.Append(alternate ? "</mc:Fallback></mc:AlternateContent>" : "");
        }
        var items = shared.Select(w => random.Next(3) switch
        {
            0 => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(w)}</t></si>",
            1 => $"<si><r><t>{SecurityElement.Escape(w)}</t></r><r><rPr><sz val=\"11\"/></rPr><t>{SecurityElement.Escape(Words[random.Next(Words.Length)])}</t></r></si>",
            _ => $"<si><t>{SecurityElement.Escape(w)}</t><rPh sb=\"0\" eb=\"1\"><t>ジア</t></rPh><phoneticPr fontId=\"1\"/></si>",
        });
        return Book(sheet.ToString(), string.Concat(items), random.Next(4) == 0 ? Strict : Transitional, mutate);
    }

    private static void RandomRow(Random random, StringBuilder sheet, ref int rowNumber, int sharedCount)
    {
        rowNumber += random.Next(1, 3);
        var numbered = random.Next(4) > 0;
        if (random.Next(6) == 0)
        {
            sheet.Append(numbered ? $"<row r=\"{rowNumber}\"/>" : "<row/>");
            return;
        }
        sheet.Append(numbered ? $"<row r=\"{rowNumber}\">" : "<row>");
        var column = 0;
        for (var c = random.Next(0, 6); c > 0; c--)
        {
            column = random.Next(3) == 0 ? random.Next(0, 4) : column + random.Next(1, 3);
            var letters = random.Next(40) switch { 0 => "XFD", 1 => "XFE", _ => ((char)('A' + column)).ToString() };
            var reference = random.Next(5) > 0 ? $" r=\"{letters}{rowNumber}\"" : "";
            var word = SecurityElement.Escape(Words[random.Next(Words.Length)]);
            sheet.Append(random.Next(12) switch
            {
                0 => $"<c{reference} t=\"s\"><v>{random.Next(-1, sharedCount + 1)}</v></c>",
                1 => $"<c{reference} t=\"inlineStr\"><is><t xml:space=\"preserve\">{word}</t></is></c>",
                2 => $"<c{reference} t=\"inlineStr\"><is><r><t>{word}</t></r><r><rPr><b/></rPr><t>{SecurityElement.Escape(Words[random.Next(Words.Length)])}</t></r></is></c>",
                3 => $"<c{reference} t=\"b\"><v>{random.Next(2)}</v></c>",
                4 => $"<c{reference} s=\"1\"/>",
                5 => $"<c{reference}><f>A1*2</f><v>{random.NextDouble().ToString("R", CultureInfo.InvariantCulture)}</v></c>",
                6 => $"<c{reference} t=\"str\"><v>{word}</v></c>",
                7 => $"<c{reference} t=\"inlineStr\"><is><t>{word}</t><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh><phoneticPr fontId=\"1\"/></is></c>",
                8 => random.Next(3) switch
                {
                    0 => $"<c{reference}><v> {random.Next(100)} </v></c>",
                    1 => $"<c{reference}><v><![CDATA[{random.Next(100)}]]></v></c>",
                    _ => $"<c{reference}><v>{random.Next(100)}<!-- c -->{random.Next(100)}</v></c>",
                },
                9 => $"<c{reference} t=\"e\"><v>#N/A</v></c>",
                10 => $"<c{reference} t=\"d\"><v>2024-01-0{random.Next(1, 10)}T00:00:00</v></c>",
                _ => $"<c{reference}><v>{random.Next(-5, 100000)}</v></c>",
            });
        }
        sheet.Append("</row>");
    }

    /// <summary>A workbook of one sheet "S" with these rows (the inside of sheetData) and shared strings.</summary>
    private static string Book(string rows, string[] shared) =>
        Book(rows, string.Concat(shared.Select(t => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(t)}</t></si>")), Transitional);

    /// <summary>A workbook of one sheet "S": the inside of its sheetData and of its sst, in this namespace.</summary>
    private static string Book(string rows, string items, string ns, Func<string, string>? mutate = null) =>
        Package(ns, (mutate ?? (x => x))($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><sheetData>{rows}</sheetData></worksheet>"""),
            $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}">{items}</sst>""");

    /// <summary>A workbook of one sheet "S" with these sheet and shared-strings parts (as text).</summary>
    private static string Package(string ns, string sheet, string sst) => Package(ns, Encoding.UTF8.GetBytes(sheet), sst);

    /// <summary>A workbook of one sheet "S" with this sheet part (any bytes) and shared-strings part.</summary>
    private static string Package(string ns, byte[] sheet, string sst)
    {
        // A strict file's relationships are strict too (the SDK loads a strict shared-string table only then).
        var relationships = ns == Strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""",
            ["_rels/.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" xmlns:r="{relationships}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""",
            ["xl/sharedStrings.xml"] = sst,
        };
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts.Select(p => (p.Key, Encoding.UTF8.GetBytes(p.Value))).Append(("xl/worksheets/sheet1.xml", sheet)))
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        return DataFiles.Temp(memory.ToArray(), "book.xlsx");
    }
}
