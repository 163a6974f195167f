using System.Text;
using System.Text.Json;

namespace Indicators.Tool.Tests;

/// <summary><c>indicators assess</c> run in process: the ranked table, JSON, the explanation, and bad input.</summary>
public class AssessTests
{
    /// <summary>Two categories; 亩均 derived from the data (产值 / 面积) in a compound unit; ranks within 地区.</summary>
    private const string Rules = """
        indicator 产值 "工业总产值" unit 亿元;
        indicator 面积 "用地面积" unit 亩;
        indicator 亩均 "亩均产值" = 产值 / 面积 unit "万元/亩";
        scheme 旧方案 "不运行" {
          category 规模 100 { 产值 100 by capped_ratio(1) missing zero target 1; }
        }
        scheme 示例 "示例方案" {
          category 规模 40 { 产值 40 by capped_ratio(1) missing zero target 10; }
          category 效益 60 { 亩均 60 by capped_ratio(1) missing zero target 100; }
          rank competition within 地区;
        }
        """;

    // By hand: 产值 points = 40 × min(产值 / 10, 1); 亩均 = 产值亿元 × 10000 / 面积 万元/亩, points = 60 × min(亩均 / 100, 1).
    // 甲: 40 + 60 (亩均 120) = 100; 乙: 32 + 48 (亩均 80) = 80; 丙: 24 + 60 (亩均 240) = 84 → 甲 1, 丙 2, 乙 3.
    private const string Zones = """
        # a table of zones, the loader's zone-table shape
        zone,year,地区,产值(亿元),面积(亩)
        甲,2024,东部,12,1000
        乙,2024,东部,8,1000
        丙,2024,西部,6,250
        """;

    private static (string Rules, string Data) Files(string rules = Rules, string data = Zones)
    {
        var rulesPath = ToolRun.TempFile(Encoding.UTF8.GetBytes(rules), "scheme.rules");
        var dataPath = Path.Combine(Path.GetDirectoryName(rulesPath)!, "zones.csv");
        File.WriteAllText(dataPath, data);
        return (rulesPath, dataPath);
    }

    [Fact]
    public void Issue13_Assess_prints_the_ranked_zones_of_the_last_scheme()
    {
        var (rules, data) = Files();
        var (code, stdout, stderr) = ToolRun.Run("assess", rules, data);
        Assert.Equal((0, ""), (code, stderr));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("示例 2024: 3 zones", lines[0]);
        Assert.Matches(@"^rank\s+zone\s+group\s+group rank\s+total\s+grade\s+规模\s+效益$", lines[1]);
        Assert.Matches(@"^1\s+甲\s+东部\s+1\s+100\s+40\s+60$", lines[2]);
        Assert.Matches(@"^2\s+丙\s+西部\s+1\s+84\s+24\s+60$", lines[3]);
        Assert.Matches(@"^3\s+乙\s+东部\s+2\s+80\s+32\s+48$", lines[4]);
    }

    [Fact]
    public void Issue13_Assess_json_has_every_zone_with_its_points()
    {
        var (rules, data) = Files();
        var (code, stdout, _) = ToolRun.Run("assess", rules, data, "--json", "--explain", "丙");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(("示例", 2024), (root.GetProperty("scheme").GetString(), root.GetProperty("year").GetInt32()));
        var zones = root.GetProperty("zones").EnumerateArray().ToArray();
        Assert.Equal(["甲", "丙", "乙"], zones.Select(z => z.GetProperty("zone").GetString()));
        Assert.Equal(84, zones[1].GetProperty("total").GetDouble(), 9);
        Assert.Equal(24, zones[1].GetProperty("categories")[0].GetProperty("points").GetDouble(), 9);
        Assert.Contains("丙", root.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Assess_explains_a_zone_in_Chinese_and_takes_a_named_scheme()
    {
        var (rules, data) = Files();
        var (code, stdout, _) = ToolRun.Run("assess", rules, data, "--explain", "乙");
        Assert.Equal(0, code);
        Assert.Contains("亩均", stdout[stdout.IndexOf("\n\n", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var (named, table, _) = ToolRun.Run("assess", rules, data, "--scheme", "旧方案");
        Assert.Equal(0, named);
        Assert.StartsWith("旧方案 2024", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Assess_reports_bad_data_at_its_file_line_and_column_with_exit_code_2()
    {
        // "乙,2024,东部," is 10 characters: 8x starts in column 11, its x is column 12.
        var (rules, data) = Files(data: "zone,year,地区,产值(亿元),面积(亩)\n甲,2024,东部,12,1000\n乙,2024,东部,8x,1000\n");
        var (code, stdout, stderr) = ToolRun.Run("assess", rules, data);
        Assert.Equal((2, ""), (code, stdout));
        Assert.StartsWith($"{data}(3,12): error DT2002: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Assess_reports_bad_rules_missing_files_and_unknown_zones_with_exit_code_2()
    {
        var (rules, data) = Files(rules: "scheme 坏 \"x\" { category 甲 10 { 未知 10 by capped_ratio(1); } }");
        var (code, _, stderr) = ToolRun.Run("assess", rules, data);
        Assert.Equal(2, code);
        Assert.Contains($"{rules}(1,", stderr, StringComparison.Ordinal);

        var (good, _) = Files();
        var (missing, _, missingErr) = ToolRun.Run("assess", good, "/nonexistent/zones.csv");
        Assert.Equal(2, missing);
        Assert.Contains("DT1001", missingErr, StringComparison.Ordinal);

        var (_, goodData) = Files();
        var (unknown, _, unknownErr) = ToolRun.Run("assess", good, goodData, "--explain", "丁");
        Assert.Equal(2, unknown);
        Assert.Contains("'丁' was not assessed", unknownErr, StringComparison.Ordinal);

        var (badYear, _, _) = ToolRun.Run("assess", good, goodData, "--year", "二〇二四");
        Assert.Equal(2, badYear);
    }
}
