using System.Text;
using AngleSharp.Dom;

namespace Indicators.Tool.Tests;

/// <summary>
/// <c>indicators assess … --html FILE</c> parsed with AngleSharp: the ranking table, one bar per zone, each zone's rank
/// over the years, escaping, and the atomic write. Expected points and ranks are worked out by hand in the comments.
/// </summary>
public sealed class HtmlAssessTests
{
    private const string Rules = """
        indicator 产值 "工业总产值" unit 亿元;
        indicator 面积 "用地面积" unit 亩;
        indicator 亩均 "亩均产值" = 产值 / 面积 unit "万元/亩";
        scheme 示例 "示例方案" {
          category 规模 40 { 产值 40 by capped_ratio(1) missing zero target 10; }
          category 效益 60 { 亩均 60 by capped_ratio(1) missing zero target 100; }
          rank competition within 地区;
        }
        """;

    // 产值 points = 40 × min(产值 / 10, 1); 亩均 = 产值亿元 × 10000 / 面积 万元/亩, points = 60 × min(亩均 / 100, 1).
    // 2023: 甲 24 + 36 (亩均 60) = 60; 乙 40 + 60 (亩均 100) = 100; 丙 24 + 60 (亩均 240) = 84 → 乙 1, 丙 2, 甲 3.
    // 2024: 甲 40 + 60 (亩均 120) = 100; 乙 32 + 48 (亩均 80) = 80; 丙 24 + 60 = 84 → 甲 1, 丙 2, 乙 3.
    private const string TwoYears = """
        zone,year,地区,产值(亿元),面积(亩)
        甲,2023,东部,6,1000
        乙,2023,东部,10,1000
        丙,2023,西部,6,250
        甲,2024,东部,12,1000
        乙,2024,东部,8,1000
        丙,2024,西部,6,250
        """;

    private static (int Code, string Err, IDocument? Page, string Path) Assess(string data, params string[] more)
    {
        var rules = ToolRun.TempFile(Encoding.UTF8.GetBytes(Rules), "scheme.rules");
        var zones = Path.Combine(Path.GetDirectoryName(rules)!, "zones.csv");
        File.WriteAllText(zones, data);
        var page = Path.Combine(Path.GetDirectoryName(rules)!, "assess.html");
        var (code, _, stderr) = ToolRun.Run(["assess", rules, zones, "--html", page, .. more]);
        return (code, stderr, File.Exists(page) ? HtmlAuditTests.Page(page) : null, page);
    }

    [Fact]
    public void Issue15_Html_assess_has_every_zone_in_the_table_with_its_points()
    {
        var (code, stderr, page, _) = Assess(TwoYears);
        Assert.Equal((0, ""), (code, stderr));
        Assert.Equal("示例 2024 (考核结果)", page!.QuerySelector("h1")!.TextContent);
        Assert.Equal(["rank", "zone", "group", "group rank", "total", "规模", "效益"], page.QuerySelectorAll("table.ranking th").Select(th => th.TextContent));
        var rows = page.QuerySelectorAll("table.ranking tbody tr.zone")
            .Select(tr => string.Join(" ", tr.QuerySelectorAll("td").Select(td => td.TextContent))).ToArray();
        Assert.Equal(["1 甲 东部 1 100 40 60", "2 丙 西部 1 84 24 60", "3 乙 东部 2 80 32 48"], rows);
        // Each zone's name links to its explanation, which is the assessment's own (计算说明).
        foreach (var link in page.QuerySelectorAll("table.ranking td.name a"))
        {
            var details = page.GetElementById(link.GetAttribute("href")![1..])!;
            Assert.Equal(link.TextContent, details.QuerySelector("summary")!.TextContent);
            Assert.Contains(link.TextContent, details.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Issue15_Html_assess_draws_one_bar_per_zone_as_long_as_its_total()
    {
        var (_, _, page, _) = Assess(TwoYears);
        var bars = page!.QuerySelectorAll("svg.bars g.bar");
        Assert.Equal(["甲", "丙", "乙"], bars.Select(b => b.GetAttribute("data-zone")));
        Assert.Equal(["100", "84", "80"], bars.Select(b => b.QuerySelector("text.value")!.TextContent));
        // Scaled from zero: the widths stand as the totals do.
        var widths = bars.Select(b => double.Parse(b.QuerySelector("rect")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(0.84, widths[1] / widths[0], 2);
        Assert.Equal(0.80, widths[2] / widths[0], 2);
        // Coloured by group: 东部 (甲, 乙) one colour, 西部 (丙) another.
        var colours = bars.Select(b => b.QuerySelector("rect")!.ClassName).ToArray();
        Assert.Equal(colours[0], colours[2]);
        Assert.NotEqual(colours[0], colours[1]);
        Assert.Contains("甲: total 100, rank 1\n规模 40\n效益 60", bars[0].QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Html_assess_draws_each_zones_rank_over_the_years()
    {
        var (_, _, page, _) = Assess(TwoYears);
        var lines = page!.QuerySelectorAll("svg.ranks g.line");
        Assert.Equal(["甲: 2023 #3, 2024 #1", "丙: 2023 #2, 2024 #2", "乙: 2023 #1, 2024 #3"],
            lines.Select(l => l.QuerySelector("title")!.TextContent));
        Assert.Equal(["2023", "2024"], page.QuerySelectorAll("svg.ranks text.year").Select(t => t.TextContent));
        // Rank 1 is at the top: 甲 climbs (its y falls) from 2023 to 2024; 乙 drops.
        double[] Ys(IElement line) => [.. line.QuerySelectorAll("circle").Select(c => double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture))];
        Assert.True(Ys(lines[0])[1] < Ys(lines[0])[0]);
        Assert.Equal(Ys(lines[1])[0], Ys(lines[1])[1]);
        Assert.True(Ys(lines[2])[1] > Ys(lines[2])[0]);
        Assert.All(lines, l => Assert.Single(l.QuerySelectorAll("polyline")));
    }

    [Fact]
    public void Issue15_Html_assess_of_one_year_says_there_is_no_history_and_draws_no_rank_chart()
    {
        var (code, _, page, _) = Assess(TwoYears, "--year", "2023");
        Assert.Equal(0, code);
        Assert.Equal(["乙", "丙", "甲"], page!.QuerySelectorAll("svg.bars g.bar").Select(b => b.GetAttribute("data-zone")));
        Assert.Empty(page.QuerySelectorAll("svg.ranks"));
        Assert.Contains("Only 2023 could be assessed", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Html_assess_shows_markup_in_a_zone_name_as_text()
    {
        var (code, stderr, page, _) = Assess(TwoYears.Replace("丙", "<script>丙</script>", StringComparison.Ordinal));
        Assert.Equal((0, ""), (code, stderr));
        Assert.Empty(page!.QuerySelectorAll("script"));
        Assert.Contains("<script>丙</script>", page.QuerySelectorAll("table.ranking td.name").Select(td => td.TextContent));
        Assert.Contains("<script>丙</script>", page.QuerySelectorAll("svg.bars g.bar").Select(g => g.GetAttribute("data-zone")));
    }

    [Fact]
    public void Issue15_Html_is_written_atomically_replacing_an_old_page_and_leaving_no_temporary_file()
    {
        var (_, _, _, path) = Assess(TwoYears);
        File.WriteAllText(path, "old");
        var (code, _, page, _) = Assess(TwoYears);
        Assert.Equal(0, code);
        Assert.NotNull(page);
        var (again, _, second, secondPath) = Assess(TwoYears);
        Assert.Equal(0, again);
        Assert.Equal([secondPath], Directory.GetFiles(Path.GetDirectoryName(secondPath)!, "*.html"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(secondPath)!, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
        Assert.NotNull(second);
    }

    [Fact]
    public void Issue15_Html_into_a_missing_folder_is_bad_input_with_one_line_and_no_file()
    {
        var rules = ToolRun.TempFile(Encoding.UTF8.GetBytes(Rules), "scheme.rules");
        var zones = Path.Combine(Path.GetDirectoryName(rules)!, "zones.csv");
        File.WriteAllText(zones, TwoYears);
        var page = Path.Combine(Path.GetDirectoryName(rules)!, "no-such-folder", "assess.html");
        var (code, _, stderr) = ToolRun.Run("assess", rules, zones, "--html", page);
        Assert.Equal(2, code);
        Assert.StartsWith("indicators assess: --html " + page + ": cannot write the page: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(page));
        var report = ToolRun.TempFile(Encoding.UTF8.GetBytes("2013年全区完成地区生产总值100亿元。"));
        var (auditCode, _, auditErr) = ToolRun.Run("audit", report, "--html", page);
        Assert.Equal(2, auditCode);
        Assert.StartsWith("indicators audit: --html ", auditErr, StringComparison.Ordinal);
    }
}
