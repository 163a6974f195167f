using System.Text;
using System.Text.RegularExpressions;

namespace Indicators.Tool.Tests;

/// <summary>
/// <c>indicators check</c> (issue 15): compiler-style diagnostics with the line and a caret, in Chinese by default or in
/// English, a summary, exit codes 0 / 1 / 2. Lines and columns in the expected texts are counted by hand in the files
/// written here; the caret lines count a CJK character as two columns.
/// </summary>
public sealed partial class CheckTests
{
    private const string Indent = "    ";

    // Line 2: "indicator 混合 "混合" = " is 19 characters (GDP starts at column 21) and 24 display columns; the span
    // "GDP + 供地面积" is 10 characters, 14 columns. Line 4: "unit " then 方 (column 6, two columns wide). Line 5:
    // "check 产值: " is 10 characters (GDPP at column 11), 12 columns.
    private static readonly string Golden = string.Join('\n',
        "// 检查示例：两处错误，一处警告",
        "indicator 混合 \"混合\" = GDP + 供地面积 unit 亿元;",
        "unit 立方米 dimension 体积;",
        "unit 方 = 1 立方米;",
        "check 产值: GDPP > 0;") + "\n";

    [Fact]
    public void Issue15_Check_prints_each_diagnostic_with_its_line_and_caret_in_Chinese_by_default()
    {
        var path = ToolRun.TempFile(Encoding.UTF8.GetBytes(Golden), "scheme.rules");
        var (code, stdout, stderr) = ToolRun.Run("check", path);
        Assert.Equal(1, code);
        Assert.Equal("", stderr);
        Assert.Equal(Lines(
            $"{path}(2,21): error RL2003: 不能将亿元 (货币)与亩 (面积)相加",
            Indent + "indicator 混合 \"混合\" = GDP + 供地面积 unit 亿元;",
            Indent + new string(' ', 24) + new string('^', 14),
            $"{path}(4,6): warning RL2075: “万方”仍是已有单位万平方米（万平方米 (面积)），不是万个方；请在完整单位前加前缀",
            Indent + "unit 方 = 1 立方米;",
            Indent + new string(' ', 5) + "^^",
            $"{path}(5,11): error RL2001: 未知指标“GDPP”，是否指“GDP”？",
            Indent + "check 产值: GDPP > 0;",
            Indent + new string(' ', 12) + "^^^^",
            "检查了 1 个规则文件：2 个错误，1 个警告"), stdout);
    }

    [Fact]
    public void Issue15_Check_speaks_English_with_lang_en_at_the_same_places()
    {
        var path = ToolRun.TempFile(Encoding.UTF8.GetBytes(Golden), "scheme.rules");
        var (code, stdout, _) = ToolRun.Run("check", path, "--lang", "en");
        Assert.Equal(1, code);
        Assert.Equal(Lines(
            $"{path}(2,21): error RL2003: cannot add 亿元 (money) to 亩 (area)",
            Indent + "indicator 混合 \"混合\" = GDP + 供地面积 unit 亿元;",
            Indent + new string(' ', 24) + new string('^', 14),
            $"{path}(4,6): warning RL2075: '万方' stays the library's unit 万平方米 (万平方米 (area)), not 万 × 方; write the prefix before the full unit instead",
            Indent + "unit 方 = 1 立方米;",
            Indent + new string(' ', 5) + "^^",
            $"{path}(5,11): error RL2001: unknown indicator 'GDPP'; did you mean 'GDP'?",
            Indent + "check 产值: GDPP > 0;",
            Indent + new string(' ', 12) + "^^^^",
            "1 rule file checked: 2 errors, 1 warning"), stdout);
    }

    [Fact]
    public void Issue15_Check_warnings_alone_exit_0()
    {
        var path = ToolRun.TempFile(Encoding.UTF8.GetBytes("unit 立方米 dimension 体积;\nunit 方 = 1 立方米;\n"), "units.rules");
        var (code, stdout, _) = ToolRun.Run("check", "--lang", "en", path);
        Assert.Equal(0, code);
        Assert.StartsWith($"{path}(2,6): warning RL2075: ", stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 rule file checked: 0 errors, 1 warning" + Environment.NewLine, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Check_a_GB18030_file_reports_the_same_places_as_its_UTF8_copy()
    {
        var utf8 = ToolRun.TempFile(Encoding.UTF8.GetBytes(Golden), "scheme.rules");
        var gb = ToolRun.TempFile(ToolRun.Gb18030.GetBytes(Golden), "scheme.rules");
        var fromUtf8 = ToolRun.Run("check", utf8).Out;
        var fromGb = ToolRun.Run("check", gb).Out;
        Assert.Equal(fromUtf8.Replace(utf8, "F", StringComparison.Ordinal), fromGb.Replace(gb, "F", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue15_Check_compiles_the_files_together_and_places_each_diagnostic_in_its_own_file()
    {
        // The base scheme is in one file, the scheme extending it in another; the error is on line 4 of the second file
        // (column 5, after two levels of two-space indentation), not on a line of the two files joined.
        var folder = Path.GetDirectoryName(ToolRun.TempFile([]))!;
        var baseFile = Path.Combine(folder, "base.rules");
        var extending = Path.Combine(folder, "province.rules");
        File.WriteAllText(baseFile, "scheme 基础 \"基础方案\" total 100 {\n  category 规模 100 {\n    GDP *1 by ratio_to(best);\n  }\n}\n");
        File.WriteAllText(extending, "// 省级方案\nscheme 省级 \"省级方案\" extends 基础 {\n  category 规模 100 {\n    GDPP *1 by ratio_to(best);\n  }\n}\n");
        var (code, stdout, _) = ToolRun.Run("check", "--lang", "en", baseFile, extending);
        Assert.Equal(1, code);
        Assert.Equal(Lines(
            $"{extending}(4,5): error RL2001: unknown indicator 'GDPP'; did you mean 'GDP'?",
            Indent + "    GDPP *1 by ratio_to(best);",
            Indent + "    " + new string('^', "GDPP *1 by ratio_to(best);".Length), // the binder marks the whole entry, its ; included
            "2 rule files checked: 1 error, 0 warnings"), stdout);

        // Alone, the extending file names a scheme nobody declares: RL3001 at its scheme (line 2, column 1).
        var alone = ToolRun.Run("check", "--lang", "en", extending);
        Assert.Equal(1, alone.Code);
        Assert.StartsWith($"{extending}(2,1): error RL3001: scheme '省级' extends unknown scheme '基础'", alone.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Check_a_syntax_error_in_one_file_does_not_run_on_into_the_next()
    {
        // An unclosed /* at the end of the first file: alone it is RL1004 there; the second file is still read on its own.
        var folder = Path.GetDirectoryName(ToolRun.TempFile([]))!;
        var first = Path.Combine(folder, "a.rules");
        var second = Path.Combine(folder, "b.rules");
        File.WriteAllText(first, "indicator GDP;\n/* 未完");
        File.WriteAllText(second, "check 产值: GDPP > 0 and;\n");
        var (code, stdout, _) = ToolRun.Run("check", "--lang", "en", first, second);
        Assert.Equal(1, code);
        var heads = stdout.Split(Environment.NewLine).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, heads.Length);
        Assert.StartsWith($"{first}(2,1): error RL1004: ", heads[0], StringComparison.Ordinal);
        // "check 产值: GDPP > 0 and" is 22 characters: the expected operand is missing at the ';' of column 23.
        Assert.StartsWith($"{second}(1,23): error RL1010: ", heads[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Check_every_example_rule_file_checks_clean()
    {
        // A file whose scheme extends a scheme of another file says which ("…extends the scheme X of FILE.rules"): it
        // is checked with that file, as a user would.
        var folder = Path.Combine(ToolRun.RepositoryRoot, "docs", "examples", "rules");
        var files = Directory.GetFiles(folder, "*.rules").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 4, $"only {files.Length} example rule files");
        foreach (var file in files)
        {
            var basis = ExtendsFile().Match(File.ReadAllText(file)) is { Success: true } m ? [Path.Combine(folder, m.Groups[1].Value)] : Array.Empty<string>();
            var (code, stdout, stderr) = ToolRun.Run(["check", .. basis, file]);
            Assert.True(code == 0, $"{Path.GetFileName(file)} exit {code}:\n{stdout}{stderr}");
            Assert.DoesNotContain(": error ", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(": warning ", stdout, StringComparison.Ordinal);
            Assert.EndsWith($"检查了 {basis.Length + 1} 个规则文件：0 个错误，0 个警告" + Environment.NewLine, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Issue15_Check_bad_input_exits_2_with_one_line_per_bad_file_and_compiles_nothing()
    {
        var good = ToolRun.TempFile(Encoding.UTF8.GetBytes("check 产值: GDPP > 0;\n"), "good.rules");
        var undecodable = ToolRun.TempFile([0x69, 0x6E, 0xFF, 0xFF], "bytes.rules");
        var (code, stdout, stderr) = ToolRun.Run("check", good, "/nonexistent/a.rules", undecodable);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(Lines(
            "indicators check: /nonexistent/a.rules: no such file (its folder does not exist)",
            $"indicators check: {undecodable}: is neither UTF-8 nor GB18030 text (byte 2 is invalid)"), stderr);
    }

    [Fact]
    public void Issue15_Check_an_unknown_language_is_a_usage_error_on_one_line()
    {
        var good = ToolRun.TempFile(Encoding.UTF8.GetBytes("indicator GDP;\n"), "good.rules");
        var (code, stdout, stderr) = ToolRun.Run("check", "--lang", "fr", good);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("indicators: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("'fr'", lines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'indicators check --help' for usage.", lines[1]);
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));

    [GeneratedRegex(@"extends the scheme \w+ of ([\w.-]+\.rules)")]
    private static partial Regex ExtendsFile();
}
