using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Indicators.Tool.Tests;

/// <summary><c>--csv</c>, <c>--xlsx</c> and <c>--json-file</c> on <c>audit</c> and <c>assess</c>, through the output layer.</summary>
public class Issue15AuditAssessOutputTests
{
    /// <summary>Parts of 110亿元 in a whole of 100亿元: one inconsistent finding (docs/cli.md's example).</summary>
    private const string BadReport = "2013年全区完成地区生产总值100亿元，其中第一产业增加值20亿元，第二产业增加值90亿元。";

    [Fact]
    public void Issue15_Audit_writes_findings_and_facts_to_CSV_xlsx_and_a_JSON_file_with_the_same_exit_code()
    {
        var report = ToolRun.TempFile(Encoding.UTF8.GetBytes(BadReport), "bad.txt");
        var folder = Path.GetDirectoryName(report)!;
        var (csv, xlsx, json) = (Path.Combine(folder, "audit.csv"), Path.Combine(folder, "audit.xlsx"), Path.Combine(folder, "audit.json"));
        var (code, stdout, stderr) = ToolRun.Run("audit", report, "--csv", csv, "--xlsx", xlsx, "--json-file", json);
        Assert.Equal((1, ""), (code, stderr));
        Assert.StartsWith(report + ": UTF-8", stdout, StringComparison.Ordinal);   // the table still goes to stdout
        var findings = File.ReadAllLines(csv);
        Assert.Equal("file,check,verdict,facts,start,end,zh,en", findings[0]);
        Assert.StartsWith(report + ",parts,inconsistent,f1 f2 f3,9,46,\"地区生产总值：", findings[1], StringComparison.Ordinal);
        Assert.Equal(2, findings.Length);
        var facts = File.ReadAllLines(Path.Combine(folder, "audit.facts.csv"));
        Assert.Equal(4, facts.Length);
        Assert.Equal(report + ",f3,35,46,第二产业增加值90亿元,第二产业增加值,SecondaryIndustry,actual,2013,90,亿元,,false,,,,,,,,,,f1", facts[3]);
        var book = Issue15OutputTests.ReadXlsx(xlsx);
        Assert.Equal(["findings", "facts"], book.Keys);
        Assert.Equal("inconsistent", book["findings"]["C2"].Text);
        Assert.Equal("90", book["facts"]["J4"].Text);
        // The JSON file is the line --json prints.
        Assert.Equal(ToolRun.Run("audit", report, "--json").Out.Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(json));
    }

    [Fact]
    public void Issue15_Audit_a_file_that_cannot_be_written_is_exit_code_2_and_one_line()
    {
        var report = ToolRun.TempFile(Encoding.UTF8.GetBytes(BadReport), "bad.txt");
        var missingFolder = Path.Combine(Path.GetDirectoryName(report)!, "no-such-folder", "audit.xlsx");
        var (code, _, stderr) = ToolRun.Run("audit", report, "--xlsx", missingFolder);
        Assert.Equal(2, code);
        Assert.Equal("indicators audit: " + missingFolder + ": cannot write the file: its folder does not exist; nothing was written to it", stderr.TrimEnd());
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Issue15_Assess_writes_the_ranked_zones_to_CSV_and_xlsx_with_points_unrounded()
    {
        // By hand: points = 100 × min(产值 / 9, 1): 甲 12 → 100, 乙 5 → 55.555…, 丙 missing → 0 (missing zero).
        var rules = ToolRun.TempFile(Encoding.UTF8.GetBytes("""
            indicator 产值 "工业总产值" unit 亿元;
            scheme 小 "小方案" {
              category 规模 100 { 产值 100 by capped_ratio(1) missing zero target 9; }
            }
            """), "small.rules");
        var folder = Path.GetDirectoryName(rules)!;
        var data = Path.Combine(folder, "zones.csv");
        File.WriteAllText(data, "zone,year,产值(亿元)\n甲,2024,12\n乙,2024,5\n丙,2024,\n");
        var (csv, xlsx) = (Path.Combine(folder, "assess.csv"), Path.Combine(folder, "assess.xlsx"));
        var (code, _, stderr) = ToolRun.Run("assess", rules, data, "--csv", csv, "--xlsx", xlsx);
        Assert.Equal((0, ""), (code, stderr));
        var lines = File.ReadAllLines(csv);
        Assert.Equal("rank,zone,group,groupRank,total,grade,excluded,规模,bonus,deductions,vetoes", lines[0]);
        Assert.Equal("1,甲,,,100,,false,100,0,0,", lines[1]);
        var second = lines[2].Split(',');
        Assert.Equal(["2", "乙"], second[..2]);
        Assert.Equal(500.0 / 9, double.Parse(second[4], CultureInfo.InvariantCulture), 12);
        Assert.Equal("3,丙,,,0,,false,0,0,0,", lines[3]);
        var book = Issue15OutputTests.ReadXlsx(xlsx);
        Assert.Equal(500.0 / 9, double.Parse(book["zones"]["E3"].Text, CultureInfo.InvariantCulture), 12);
        Assert.Equal("乙", book["zones"]["B3"].Text);
    }

    [Fact]
    public void Issue15_Assess_json_file_holds_the_document_json_prints()
    {
        var rules = ToolRun.TempFile(Encoding.UTF8.GetBytes("""
            indicator 产值 "工业总产值" unit 亿元;
            scheme 小 "小方案" { category 规模 100 { 产值 100 by capped_ratio(1) missing zero target 9; } }
            """), "small.rules");
        var data = Path.Combine(Path.GetDirectoryName(rules)!, "zones.csv");
        File.WriteAllText(data, "zone,year,产值(亿元)\n甲,2024,12\n");
        var json = Path.Combine(Path.GetDirectoryName(rules)!, "out.json");
        var (code, stdout, _) = ToolRun.Run("assess", rules, data, "--json", "--json-file", json);
        Assert.Equal(0, code);
        Assert.Equal(stdout.Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(json));
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("小", document.RootElement.GetProperty("scheme").GetString());
    }
}
