using System.Text;

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
