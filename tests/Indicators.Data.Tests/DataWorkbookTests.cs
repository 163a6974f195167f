using System.IO.Compression;
using System.Security;
using System.Text;

namespace Indicators.Data.Tests;

/// <summary>.xlsx workbooks: a sheet's problems at its row and cell column, damaged files as diagnostics.</summary>
public class DataWorkbookTests
{
    /// <summary>A workbook with one sheet of these rows (strings inline, numbers numeric when they parse as numbers).</summary>
    internal static string Workbook(string sheetName, params string[][] rows)
    {
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Length; r++)
        {
            sheet.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                var value = rows[r][c];
                if (value.Length == 0)
                {
                    continue;
                }
                sheet.Append(double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? $"<c r=\"{reference}\"><v>{value}</v></c>"
                    : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(value)}</t></is></c>");
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData></worksheet>");
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""",
            ["xl/worksheets/sheet1.xml"] = sheet.ToString(),
        };
        return Package(parts);
    }

    /// <summary>A book.xlsx of these parts (name → XML text).</summary>
    internal static string Package(Dictionary<string, string> parts)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return DataFiles.Temp(memory.ToArray(), "book.xlsx");
    }

    [Fact]
    public void Issue13_A_sheet_loads_like_its_csv_and_places_values_at_row_and_cell_column()
    {
        var path = Workbook("Sheet1",
            ["# @kind: observations"],
            ["zone", "year", "indicator", "value", "unit"],
            ["甲区", "2024", "GDP", "12.5", "亿元"],
            [],
            ["乙区", "2024", "GDP", "", "亿元"]);
        var outcome = DataLoader.Load([path]);
        Assert.True(outcome.Success, outcome.ToString());
        Assert.Equal(12.5, outcome.Value.GetValue("甲区", "GDP", 2024));
        Assert.Null(outcome.Value.GetValue("乙区", "GDP", 2024));
        Assert.Equal(new Indicators.Rules.DataSource(path + "!Sheet1", 3, 4), outcome.Value.GetSource("甲区", "GDP", 2024));
    }

    [Fact]
    public void Issue13_A_sheets_problems_are_at_their_row_and_cell_column()
    {
        var path = Workbook("数据",
            ["zone", "year", "indicator", "value", "colour"]);
        Assert.Equal([$"{path}!数据(1,5): DT1004"], DataFiles.Places(DataLoader.Load([path])));
        var bad = Workbook("数据",
            ["zone", "year", "indicator", "value"],
            ["甲区", "二〇二四", "GDP", "1"],
            ["乙区", "2024", "GDP", "12x"]);
        Assert.Equal([$"{bad}!数据(2,2): DT2003", $"{bad}!数据(3,4): DT2002"], DataFiles.Places(DataLoader.Load([bad])));
    }

    [Fact]
    public void Issue13_A_statistical_sheet_takes_its_zone_from_the_sheet_name()
    {
        var path = Workbook("丁区",
            ["# @period: 2023年1-12月"],
            ["指标", "单位", "累计", "年度目标"],
            ["GDP", "亿元", "80", "100"]);
        var outcome = DataLoader.Load([path]);
        Assert.True(outcome.Success, outcome.ToString());
        Assert.Equal(80, outcome.Value.GetValue("丁区", "GDP", 2023));
    }

    [Fact]
    public void Issue13_A_file_that_is_no_workbook_is_a_diagnostic()
    {
        var path = DataFiles.Temp(Encoding.UTF8.GetBytes("zone,year\n"), "fake.xlsx");
        var diagnostic = Assert.Single(DataLoader.Load([path]).Diagnostics);
        Assert.Equal(("DT1009", path), (diagnostic.Code, diagnostic.SourceName));
    }
}
