using System.Globalization;
using System.Text;
using Indicators.Assessment;
using Indicators.Rules;
using Indicators.Tool.Assess;

namespace Indicators.Tool.Html;

/// <summary>
/// <c>indicators assess … --html FILE</c>: one page with the ranking table (rank, zone, group and its rank, total, grade,
/// each category's points), a bar chart of the totals by zone, a line chart of each zone's rank over the years the data
/// holds up to the year assessed, and each zone's explanation (计算说明) folded under its name.
/// </summary>
internal static class AssessPage
{
    /// <summary>The scheme's results over the years: by year, and a line for each year that could not be assessed.</summary>
    /// <param name="ByYear">Every year assessed, the assessed year included.</param>
    /// <param name="LeftOut">Why a year of the data is missing from <paramref name="ByYear"/>.</param>
    internal sealed record History(SortedDictionary<int, AssessmentResult> ByYear, IReadOnlyList<string> LeftOut);

    private const string Style = """
        table.ranking tbody tr:hover { background: #f3f6fb; }
        .chart { display: block; max-width: 100%; height: auto; margin: .5em 0 1.5em; }
        .chart .axis, .chart .grid { stroke: #bbb; stroke-width: 1; }
        .chart .grid { stroke-dasharray: 2 4; }
        .bars g.bar:hover rect { stroke: #222; stroke-width: 1.5; }
        .ranks g.line polyline { fill: none; stroke-width: 2; }
        .ranks g.line circle { stroke: #fff; stroke-width: 1; }
        .ranks:hover g.line { opacity: .18; }
        .ranks g.line:hover { opacity: 1; } .ranks g.line:hover polyline { stroke-width: 3.5; } .ranks g.line:hover text { font-weight: 700; }
        .c0 { --c: #4e79a7; } .c1 { --c: #f28e2b; } .c2 { --c: #59a14f; } .c3 { --c: #e15759; }
        .c4 { --c: #76b7b2; } .c5 { --c: #b07aa1; } .c6 { --c: #edc948; } .c7 { --c: #9c755f; }
        rect[class^=c], .swatch { fill: var(--c); background: var(--c); }
        g.line polyline { stroke: var(--c); } g.line circle { fill: var(--c); }
        .swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; }
        .legend { list-style: none; padding: 0; display: flex; gap: 1.2em; }
        details.explain pre { white-space: pre-wrap; background: #fcfcfa; border: 1px solid #ddd; padding: .6em 1em; }
        """;

    /// <summary>
    /// The scheme run, with the same call as the assessment itself (<c>RulePlan.Assess</c>), on every earlier year the data
    /// holds: a year the scheme cannot assess (a value it requires missing, a growth with no year before) is left out with
    /// its first error.
    /// </summary>
    internal static History Years(RulePlan plan, string scheme, ZoneData data, RuleAssessment assessment)
    {
        var byYear = new SortedDictionary<int, AssessmentResult> { [assessment.Year] = assessment.Result };
        var leftOut = new List<string>();
        foreach (var year in data.Years.Where(y => y < assessment.Year))
        {
            var earlier = plan.Assess(scheme, data, year);
            if (earlier.TryGetValue(out var found))
            {
                byYear[year] = found.Result;
            }
            else
            {
                var error = earlier.Diagnostics.FirstOrDefault(d => d.IsError);
                leftOut.Add(year.ToString(CultureInfo.InvariantCulture) + ": " + (error is null ? "not assessed" : error.GetMessage(ExplanationLanguage.English)));
            }
        }
        return new History(byYear, leftOut);
    }

    /// <summary>The page.</summary>
    /// <param name="assessment">The assessment of the year asked for.</param>
    /// <param name="history">The scheme's results over the years (<see cref="Years"/>).</param>
    /// <returns>The HTML text.</returns>
    internal static string Build(RuleAssessment assessment, History history)
    {
        var result = assessment.Result;
        var ranked = AssessTable.Ranked(result).ToList();
        var groups = ranked.Select(z => z.Group).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        int Colour(ZoneAssessment zone) => zone.Group is { } g ? groups.IndexOf(g) : 0;
        var title = assessment.Scheme + " " + assessment.Year.ToString(CultureInfo.InvariantCulture);
        var body = new StringBuilder();
        body.Append("<h1>").Append(HtmlPage.Encode(title)).Append(" (考核结果)</h1>\n<p class=\"summary\">")
            .Append(result.Count.ToString(CultureInfo.InvariantCulture)).Append(" zones")
            .Append(assessment.Exits.Count > 0 ? ", " + assessment.Exits.Count.ToString(CultureInfo.InvariantCulture) + " exit candidates" : "")
            .Append(groups.Count > 0 ? "; ranked within groups: " + HtmlPage.Encode(string.Join(", ", groups)) : "").Append(".</p>\n");
        if (groups.Count > 0)
        {
            body.Append("<ul class=\"legend\">");
            for (var i = 0; i < groups.Count; i++)
            {
                body.Append("<li><span class=\"swatch c").Append(i % SvgCharts.Colours).Append("\"></span> ").Append(HtmlPage.Encode(groups[i])).Append("</li>");
            }
            body.Append("</ul>\n");
        }
        var index = ranked.Select((zone, i) => (zone, i)).ToDictionary(x => x.zone.Id.Code, x => "z" + (x.i + 1).ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Table(body, ranked, groups.Count > 0, index);
        body.Append("<h2>Total by zone</h2>\n");
        body.Append(SvgCharts.Bars([.. ranked.Select(z => new SvgCharts.Bar(z.Id.Code, z.Total, Colour(z), Hover(z)))], "Total points by zone, " + title));
        body.Append("<h2>Rank over the years</h2>\n");
        var years = history.ByYear.Keys.ToList();
        if (years.Count > 1)
        {
            var lines = ranked.Select(z => new SvgCharts.RankLine(z.Id.Code,
                [.. years.Select(y => RankIn(history.ByYear[y], z.Id))], Colour(z))).ToList();
            body.Append("<p class=\"note\">Each zone's overall rank in each year the scheme could assess (the same rules run on that year's data); hover over a line to pick it out.</p>\n");
            body.Append(SvgCharts.Ranks(years, lines, "Rank by year, " + assessment.Scheme));
        }
        else
        {
            body.Append("<p class=\"note\">Only ").Append(assessment.Year.ToString(CultureInfo.InvariantCulture))
                .Append(" could be assessed: no ranks over the years to draw.</p>\n");
        }
        foreach (var line in history.LeftOut)
        {
            body.Append("<p class=\"note\">Left out: ").Append(HtmlPage.Encode(line)).Append("</p>\n");
        }
        body.Append("<h2>How each result came about (计算说明)</h2>\n");
        foreach (var zone in ranked)
        {
            body.Append("<details class=\"explain\" id=\"").Append(index[zone.Id.Code]).Append("\"><summary>").Append(HtmlPage.Encode(zone.Id.Code))
                .Append("</summary><pre>").Append(HtmlPage.Encode(assessment.Explain(zone.Id.Code))).Append("</pre></details>\n");
        }
        return HtmlPage.Document(title, Style, body.ToString());
    }

    private static int? RankIn(AssessmentResult result, ZoneId zone) =>
        result.FirstOrDefault(z => z.Id == zone)?.Rank;

    private static void Table(StringBuilder body, List<ZoneAssessment> ranked, bool grouped, Dictionary<string, string> index)
    {
        var categories = ranked.Count > 0 ? ranked[0].Categories.Select(c => c.Name).ToList() : [];
        var graded = ranked.Any(z => z.Grade is not null);
        body.Append("<table class=\"ranking\">\n<thead><tr><th class=\"num\">rank</th><th>zone</th>");
        if (grouped)
        {
            body.Append("<th>group</th><th class=\"num\">group rank</th>");
        }
        body.Append("<th class=\"num\">total</th>").Append(graded ? "<th>grade</th>" : "");
        foreach (var category in categories)
        {
            body.Append("<th class=\"num category\">").Append(HtmlPage.Encode(category)).Append("</th>");
        }
        body.Append("</tr></thead>\n<tbody>\n");
        foreach (var zone in ranked)
        {
            var rank = zone.Rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : zone.IsExcludedFromRanking ? "excluded" : "—";
            body.Append("<tr class=\"zone\" data-zone=\"").Append(HtmlPage.Encode(zone.Id.Code)).Append("\"><td class=\"num rank\">").Append(rank)
                .Append("</td><td class=\"name\"><a href=\"#").Append(index[zone.Id.Code]).Append("\">").Append(HtmlPage.Encode(zone.Id.Code)).Append("</a></td>");
            if (grouped)
            {
                body.Append("<td>").Append(HtmlPage.Encode(zone.Group)).Append("</td><td class=\"num\">")
                    .Append(zone.GroupRank?.ToString(CultureInfo.InvariantCulture) ?? "").Append("</td>");
            }
            body.Append("<td class=\"num total\">").Append(AssessTable.Number(zone.Total)).Append("</td>");
            if (graded)
            {
                body.Append("<td>").Append(HtmlPage.Encode(zone.Grade)).Append("</td>");
            }
            foreach (var category in zone.Categories)
            {
                body.Append("<td class=\"num category\">").Append(AssessTable.Number(category.Subtotal)).Append("</td>");
            }
            body.Append("</tr>\n");
        }
        body.Append("</tbody>\n</table>\n");
    }

    private static string Hover(ZoneAssessment zone)
    {
        var text = new StringBuilder(zone.Id.Code).Append(": total ").Append(AssessTable.Number(zone.Total));
        if (zone.Rank is { } rank)
        {
            text.Append(", rank ").Append(rank.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var category in zone.Categories)
        {
            text.Append('\n').Append(category.Name).Append(' ').Append(AssessTable.Number(category.Subtotal));
        }
        if (zone.Bonus != 0)
        {
            text.Append("\nbonus ").Append(AssessTable.Number(zone.Bonus));
        }
        if (zone.Deductions != 0)
        {
            text.Append("\ndeductions ").Append(AssessTable.Number(zone.Deductions));
        }
        return text.ToString();
    }
}
