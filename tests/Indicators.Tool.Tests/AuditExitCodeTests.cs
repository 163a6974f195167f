using System.Text;
using System.Text.Json;

namespace Indicators.Tool.Tests;

/// <summary>Exit codes and the one line on stderr (issue 12 item 5): 0 nothing inconsistent, 1 something is, 2 bad input.</summary>
public sealed class AuditExitCodeTests
{
    [Fact]
    public void Issue12_Audit_a_missing_file_exits_2_with_one_line_naming_it()
    {
        var (code, stdout, stderr) = ToolRun.Run("audit", "/nonexistent/report.txt");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("indicators audit: /nonexistent/report.txt: no such file (its folder does not exist)" + Environment.NewLine, stderr);
    }

    [Fact]
    public void Issue12_Audit_a_folder_is_not_a_report_and_exits_2()
    {
        var folder = Path.GetDirectoryName(ToolRun.TempFile([]))!;
        var (code, _, stderr) = ToolRun.Run("audit", folder);
        Assert.Equal(2, code);
        Assert.StartsWith($"indicators audit: {folder}: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Issue12_Audit_bytes_neither_UTF8_nor_GB18030_exit_2()
    {
        // "2013" then 0xFF: never a byte of UTF-8, and not a lead byte of GB18030 (leads run 0x81–0xFE).
        var path = ToolRun.TempFile([0x32, 0x30, 0x31, 0x33, 0xFF, 0xFF]);
        var (code, stdout, stderr) = ToolRun.Run("audit", path);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"indicators audit: {path}: is neither UTF-8 nor GB18030 text (byte 4 is invalid)" + Environment.NewLine, stderr);
    }

    [Fact]
    public void Issue12_Audit_a_bad_file_among_good_ones_exits_2_and_still_audits_the_others()
    {
        var report = ToolRun.Report("000");
        var (code, stdout, stderr) = ToolRun.Run("audit", "--json", "/nonexistent.txt", report);
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent.txt", stderr, StringComparison.Ordinal);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(report.Replace("\\", "\\\\", StringComparison.Ordinal), line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000")]
    [InlineData("-2013")]
    [InlineData("二〇一三")]
    public void Issue12_Audit_a_year_out_of_range_or_not_a_number_exits_2(string year)
    {
        var (code, stdout, stderr) = ToolRun.Run("audit", "--year", year, ToolRun.Report("000"));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("indicators: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue12_Audit_no_file_or_an_unknown_option_exits_2()
    {
        Assert.Equal(2, ToolRun.Run("audit").Code);
        Assert.Equal(2, ToolRun.Run("audit", "--jsn", ToolRun.Report("000")).Code);
        Assert.Equal(2, ToolRun.Run().Code);
    }

    [Fact]
    public void Issue12_Audit_a_text_without_figures_exits_0()
    {
        var path = ToolRun.TempFile(Encoding.UTF8.GetBytes("关于开发区工作的报告。全区上下团结一心，开拓进取。\n"));
        var (code, stdout, stderr) = ToolRun.Run("audit", path);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("Facts", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue12_Audit_parts_larger_than_their_whole_exit_1_in_UTF8_and_in_GB18030()
    {
        // 20 + 90 = 110亿元 of a whole of 100亿元: no rounding of the three figures closes that gap.
        const string text = "2013年全区完成地区生产总值100亿元，其中第一产业增加值20亿元，第二产业增加值90亿元。\n";
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), ToolRun.Gb18030.GetBytes(text) })
        {
            var (code, stdout, stderr) = ToolRun.Run("audit", "--json", ToolRun.TempFile(bytes));
            Assert.Equal(1, code);
            Assert.Equal("", stderr);
            using var json = JsonDocument.Parse(stdout);
            var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("parts", finding.GetProperty("check").GetString());
            Assert.Equal("inconsistent", finding.GetProperty("verdict").GetString());
            Assert.Equal(3, finding.GetProperty("facts").GetArrayLength());
        }
    }

    [Fact]
    public void Issue12_Audit_parts_within_their_whole_exit_0_with_no_findings()
    {
        // 20 + 50 = 70亿元 of 100亿元: the parts fit (the list need not be complete).
        var path = ToolRun.TempFile(Encoding.UTF8.GetBytes("2013年全区完成地区生产总值100亿元，其中第一产业增加值20亿元，第二产业增加值50亿元。\n"));
        var (code, stdout, stderr) = ToolRun.Run("audit", "--json", path);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(3, json.RootElement.GetProperty("facts").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Issue12_Audit_the_seed_whose_3_firms_grew_300_percent_exits_1()
    {
        // data/reports/002_210ef8c315323606.txt: "申报3家,…同比增长300%": 3家 = base × 4 leaves a base of 0.75家.
        var (code, stdout, _) = ToolRun.Run("audit", "--json", ToolRun.Report("002"));
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var facts = json.RootElement.GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("text").GetString()!);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("check").GetString() == "countBase" && f.GetProperty("verdict").GetString() == "inconsistent"
            && f.GetProperty("facts").EnumerateArray().Any(id => facts[id.GetString()!].Contains("3家", StringComparison.Ordinal)
                && facts[id.GetString()!].Contains("增长300%", StringComparison.Ordinal)));
    }

    [Fact]
    public void Issue12_Audit_help_names_every_option_and_exits_0()
    {
        var (code, stdout, _) = ToolRun.Run("audit", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--json", "--all-checks", "--year <N>", "<FILE>..." })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }
}
