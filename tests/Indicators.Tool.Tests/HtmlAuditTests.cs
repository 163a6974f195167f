using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Indicators.Tool.Tests;

/// <summary>
/// <c>indicators audit … --html FILE</c>, parsed with AngleSharp as a browser parses it: every fact marked with its
/// verdict and explanations, the report's text intact, the checks listed, nothing from a file run as markup. The facts
/// and checks expected come from the tool's own <c>--json --all-checks</c> output (the documented format), not from the page code.
/// </summary>
public sealed class HtmlAuditTests
{
    // The worked example of docs/cli.md: parts of 110亿元 in a whole of 100亿元.
    private const string Bad = "2013年全区完成地区生产总值100亿元，其中第一产业增加值20亿元，第二产业增加值90亿元。";

    // The order the page promises: a fact shows the most telling verdict of its checks.
    private static readonly string[] Severity = ["inconsistent", "borderline", "consistent", "unverifiable"];

    internal static IDocument Page(string path)
    {
        Assert.True(File.Exists(path), path + " was not written");
        return new HtmlParser().ParseDocument(File.ReadAllText(path, Encoding.UTF8));
    }

    internal static string PagePath() =>
        Path.Combine(Path.GetDirectoryName(ToolRun.TempFile([], "placeholder"))!, "page.html");

    private static (IDocument Page, JsonElement[] Docs) Audit(params string[] files)
    {
        var page = PagePath();
        var (code, _, stderr) = ToolRun.Run(["audit", .. files, "--html", page]);
        Assert.True(code is 0 or 1, stderr);
        var (jsonCode, json, _) = ToolRun.Run(["audit", .. files, "--json", "--all-checks"]);
        Assert.Equal(code, jsonCode);
        var docs = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        return (Page(page), docs);
    }

    [Fact]
    public void Issue15_Html_audit_marks_the_parts_that_do_not_add_up_as_inconsistent_with_both_explanations()
    {
        var file = ToolRun.TempFile(Encoding.UTF8.GetBytes(Bad), "bad.txt");
        var (page, docs) = Audit(file);
        var parts = docs[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("check").GetString() == "parts");
        Assert.Equal("inconsistent", parts.GetProperty("verdict").GetString());
        var marks = page.QuerySelectorAll("section.file mark.fact");
        // By hand: the three figures, each its own mark, all in the one inconsistent check.
        Assert.Equal(["地区生产总值100亿元", "第一产业增加值20亿元", "第二产业增加值90亿元"], marks.Select(m => m.TextContent));
        Assert.Equal(["f1", "f2", "f3"], marks.Select(m => m.GetAttribute("data-facts")));
        foreach (var mark in marks)
        {
            Assert.Contains("verdict-inconsistent", mark.ClassList);
            var title = mark.GetAttribute("title")!;
            Assert.Contains("[inconsistent] parts: " + parts.GetProperty("zh").GetString(), title, StringComparison.Ordinal);
            Assert.Contains(parts.GetProperty("en").GetString()!, title, StringComparison.Ordinal);
        }
        // The mark's checks, most severe first, are anchors of the list below, and the parts check links back to the three facts.
        var check = page.GetElementById(marks[0].GetAttribute("data-check")!.Split(' ')[0])!;
        Assert.Equal(("li", "inconsistent"), (check.LocalName, check.GetAttribute("data-verdict")));
        Assert.Equal(["#d1-f1", "#d1-f2", "#d1-f3"], check.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(["d1-f1", "d1-f2", "d1-f3"], id => Assert.NotNull(page.GetElementById(id)));
        Assert.Equal(parts.GetProperty("zh").GetString(), check.QuerySelector("p[lang=zh-Hans]")!.TextContent);
        Assert.Equal(Bad, page.QuerySelector("div.report")!.TextContent);
    }

    [Fact]
    public void Issue15_Html_audit_of_every_bundled_report_marks_every_fact_with_its_verdict_and_keeps_the_text()
    {
        var (page, docs) = Audit([.. ToolRun.Reports]);
        var sections = page.QuerySelectorAll("section.file");
        Assert.Equal(ToolRun.Reports.Count, sections.Length);
        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            var section = sections[i];
            Assert.Equal(doc.GetProperty("file").GetString(), section.QuerySelector("h2")!.TextContent);
            // The marked text is the report, character for character (a BOM is not part of the text).
            Assert.Equal(File.ReadAllText(doc.GetProperty("file").GetString()!, Encoding.UTF8).TrimStart('\uFEFF'),
                section.QuerySelector("div.report")!.TextContent);
            var checks = doc.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(checks.Length, section.QuerySelectorAll("ol.checks > li.check").Length);
            var checksOf = doc.GetProperty("facts").EnumerateArray().ToDictionary(
                f => f.GetProperty("id").GetString()!,
                f => checks.Where(c => c.GetProperty("facts").EnumerateArray().Any(id => id.GetString() == f.GetProperty("id").GetString())).ToArray());
            var marks = section.QuerySelectorAll("mark.fact");
            foreach (var fact in doc.GetProperty("facts").EnumerateArray())
            {
                var id = fact.GetProperty("id").GetString()!;
                var own = marks.Where(m => m.GetAttribute("data-facts")!.Split(' ').Contains(id)).ToList();
                Assert.True(own.Count > 0, $"{doc.GetProperty("file")} {id} is not marked");
                // Overlapping facts share marks: a fact's text is its marks' text, in order.
                Assert.Equal(fact.GetProperty("text").GetString(), string.Concat(own.Select(m => m.TextContent)));
                foreach (var check in checksOf[id])
                {
                    Assert.All(own, m => Assert.Contains(check.GetProperty("zh").GetString()!, m.GetAttribute("title")!, StringComparison.Ordinal));
                }
            }
            foreach (var mark in marks)
            {
                var verdicts = mark.GetAttribute("data-facts")!.Split(' ').SelectMany(id => checksOf[id]).Select(c => c.GetProperty("verdict").GetString()).ToHashSet();
                var expected = Severity.FirstOrDefault(verdicts.Contains) ?? "unchecked";
                Assert.Equal(["fact", "verdict-" + expected], mark.ClassList.ToArray());
            }
        }
        // The legend names every class the marks use.
        Assert.Equal(["inconsistent", "borderline", "consistent", "unverifiable", "unchecked"],
            page.QuerySelectorAll("ul.legend .swatch").Select(s => s.TextContent));
    }

    [Fact]
    public void Issue15_Html_audit_shows_markup_in_a_report_as_text_and_never_runs_it()
    {
        var hostile = "<script>alert(1)</script><img src=x onerror=\"alert(2)\">" + Bad + "</div><b>x</b>&amp;'\"";
        var file = ToolRun.TempFile(Encoding.UTF8.GetBytes(hostile), "<b>bad<b>&'.txt");
        var page = PagePath();
        var (code, _, stderr) = ToolRun.Run("audit", file, "--html", page);
        Assert.Equal((1, ""), (code, stderr));
        var dom = Page(page);
        Assert.Empty(dom.QuerySelectorAll("script, img, b, i, [onerror]"));
        Assert.Equal(hostile, dom.QuerySelector("div.report")!.TextContent);
        Assert.Equal(file, dom.QuerySelector("section.file h2")!.TextContent);
        Assert.Contains("<b>bad<b>&'.txt", dom.Title, StringComparison.Ordinal);
        Assert.Equal(3, dom.QuerySelectorAll("mark.verdict-inconsistent").Length);
    }

    [Fact]
    public void Issue15_Html_audit_page_has_nothing_to_fetch_and_no_script()
    {
        var file = ToolRun.TempFile(Encoding.UTF8.GetBytes(Bad), "bad.txt");
        var (page, _) = Audit(file);
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed, [src]"));
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")!.GetAttribute("charset"));
    }

    [Fact]
    public void Issue15_Html_audit_names_an_unreadable_file_on_the_page_and_still_writes_the_others()
    {
        var good = ToolRun.TempFile(Encoding.UTF8.GetBytes(Bad), "bad.txt");
        var missing = Path.Combine(Path.GetDirectoryName(good)!, "missing.txt");
        var page = PagePath();
        var (code, _, stderr) = ToolRun.Run("audit", missing, good, "--html", page);
        Assert.Equal(2, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var dom = Page(page);
        Assert.Single(dom.QuerySelectorAll("section.file"));
        Assert.Contains("missing.txt", dom.QuerySelector("p.bad")!.TextContent, StringComparison.Ordinal);
    }
}
