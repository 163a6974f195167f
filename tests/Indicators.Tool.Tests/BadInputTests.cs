using System.Text;

namespace Indicators.Tool.Tests;

/// <summary>
/// Bad input across the verbs (issue 15): each kind of bad input gives one clear line per problem on stderr, naming the
/// file (and its line and column where the problem has a place), exit code 2, nothing on stdout, never a stack trace.
/// </summary>
public sealed class BadInputTests
{
    private static readonly string Rules = Example("rules", "mofcom-2021.rules");
    private static readonly string[] Data = [Example("data", "mofcom-2021-zones.csv"), Example("data", "mofcom-2021-values.csv"), Example("data", "mofcom-2021-firms.csv")];

    /// <summary>Kinds of bad input, each a file made fresh: its path, and the place its line must name.</summary>
    public static TheoryData<string, string> Cases() => new()
    {
        // verb (and the argument the bad file stands for), kind
        { "audit", "missing" }, { "audit", "folder" }, { "audit", "encoding" },
        { "check", "missing" }, { "check", "folder" }, { "check", "encoding" },
        { "assess-rules", "missing" }, { "assess-rules", "folder" }, { "assess-rules", "encoding" }, { "assess-rules", "bad rule" },
        { "assess-data", "missing" }, { "assess-data", "folder" }, { "assess-data", "encoding" }, { "assess-data", "not a workbook" },
        { "assess-data", "bad value" },
        { "compute", "missing" }, { "compute", "folder" }, { "compute", "encoding" }, { "compute", "not a workbook" }, { "compute", "bad value" },
        { "phrase", "missing" }, { "phrase", "folder" }, { "phrase", "encoding" }, { "phrase", "not a workbook" }, { "phrase", "bad value" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Issue15_BadInput_is_one_line_naming_the_file_and_exit_2(string verb, string kind)
    {
        var data = verb is "assess-data" or "compute" or "phrase";
        var (bad, place) = Make(kind, data ? (kind == "not a workbook" ? "data.xlsx" : "data.csv") : verb == "audit" ? "report.txt" : "scheme.rules");
        string[] args = verb switch
        {
            "audit" => ["audit", bad],
            "check" => ["check", bad],
            "assess-rules" => ["assess", bad, .. Data],
            "assess-data" => ["assess", Rules, .. Data, bad],
            "compute" or "phrase" => [verb, bad],
            _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
        };
        var (code, stdout, stderr) = ToolRun.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(bad + place, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_BadInput_an_indicator_the_rules_do_not_know_in_data_is_a_warning_at_its_cell_and_the_run_goes_on()
    {
        // Not bad input: a statistical table carries rows a scheme does not score (地区生产总值本月…). The line names
        // the cell (row 2, column 19: "示例经开区01,2022," is 18 characters) and the code stays 0.
        var data = ToolRun.TempFile(Encoding.UTF8.GetBytes("zone,year,indicator,value,unit\n示例经开区01,2022,GDPX,365.5,亿元\n"), "extra.csv");
        var (code, stdout, stderr) = ToolRun.Run(["assess", Rules, .. Data, data]);
        Assert.Equal(0, code);
        Assert.StartsWith("Mofcom2021Regional 2022: 30 zones", stdout, StringComparison.Ordinal);
        var line = Assert.Single(stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"{data}(2,19): warning DA1022: 规则中没有指标“GDPX”：其数据未使用", line);
    }

    [Fact]
    public void Issue15_BadInput_an_unknown_indicator_in_rules_is_an_error_at_its_place_and_exit_2()
    {
        var rules = ToolRun.TempFile(Encoding.UTF8.GetBytes("check 产值: GDPP > 0;\n"), "scheme.rules");
        var (code, _, stderr) = ToolRun.Run(["assess", rules, .. Data]);
        Assert.Equal(2, code);
        Assert.Equal($"{rules}(1,11): error RL2001: 未知指标“GDPP”，是否指“GDP”？" + Environment.NewLine, stderr);
    }

    /// <summary>A bad file of the kind, and the text that must follow its path in the error line.</summary>
    private static (string Path, string Place) Make(string kind, string name) => kind switch
    {
        "missing" => (Path.Combine(Path.GetTempPath(), "indicators-no-such-folder", name), ""),
        "folder" => (Path.GetDirectoryName(ToolRun.TempFile([]))!, ""),
        // "in" then two 0xFF bytes: neither UTF-8 nor GB18030.
        "encoding" => (ToolRun.TempFile([0x69, 0x6E, 0xFF, 0xFF], name), ""),
        // "check 产值: " is 10 characters: the unknown name starts at column 11 of line 1.
        "bad rule" => (ToolRun.TempFile(Encoding.UTF8.GetBytes("check 产值: GDPP > 0;\n"), name), "(1,11): error RL2001"),
        "not a workbook" => (ToolRun.TempFile("PK\u0003\u0004garbage"u8.ToArray(), name), ": error DT"),
        // Row 2's value "12x.5" starts after "示例经开区01,2022,GDP," (17 characters); the reader points at the x, column 20.
        "bad value" => (ToolRun.TempFile(Encoding.UTF8.GetBytes("zone,year,indicator,value,unit\n示例经开区01,2022,GDP,12x.5,亿元\n"), name), "(2,20): error DT2002"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Example(string folder, string file) => Path.Combine(ToolRun.RepositoryRoot, "docs", "examples", folder, file);
}
