using System.Globalization;
using System.Text;
using Indicators.Reports;
using Indicators.Tool.Audit;

namespace Indicators.Tool.Html;

/// <summary>
/// <c>indicators audit … --html FILE</c>: one page, one section per report — its text with every fact's span marked in
/// the colour of its verdict and the explanations on hover (the <c>title</c>), a legend, and every check listed below
/// with an anchor, the facts it used linked back into the text.
/// </summary>
internal static class AuditPage
{
    /// <summary>One audited file.</summary>
    /// <param name="Path">The file as named on the command line.</param>
    /// <param name="EncodingName">How it was decoded.</param>
    /// <param name="Audit">Its audit.</param>
    internal sealed record Section(string Path, string? EncodingName, ReportAudit Audit);

    // A fact in several checks shows the verdict that matters most: an inconsistency, then a finding only rounding saves,
    // then a confirmation; unverifiable only when no check could say more; "unchecked" when no check used the fact.
    private static readonly ConsistencyVerdict[] Severity =
        [ConsistencyVerdict.Inconsistent, ConsistencyVerdict.Borderline, ConsistencyVerdict.Consistent, ConsistencyVerdict.Unverifiable];

    private const string Unchecked = "unchecked";

    private const string Style = """
        .report { white-space: pre-wrap; line-height: 1.9; background: #fcfcfa; border: 1px solid #ddd; padding: 1em 1.2em; }
        mark.fact { background: transparent; border-radius: 3px; padding: 0 1px; cursor: help; }
        mark.verdict-inconsistent, .swatch.verdict-inconsistent { background: var(--inconsistent); box-shadow: inset 0 -2px #c62828; }
        mark.verdict-borderline, .swatch.verdict-borderline { background: var(--borderline); box-shadow: inset 0 -2px #e08e00; }
        mark.verdict-consistent, .swatch.verdict-consistent { background: var(--consistent); }
        mark.verdict-unverifiable, .swatch.verdict-unverifiable { background: var(--unverifiable); }
        mark.verdict-unchecked, .swatch.verdict-unchecked { background: transparent; border-bottom: 1px dotted #777; border-radius: 0; }
        mark.fact:hover { outline: 2px solid #333; }
        mark.fact:target { outline: 2px solid #1565c0; }
        .legend { display: flex; flex-wrap: wrap; gap: .4em 1.2em; padding: 0; list-style: none; }
        .swatch { display: inline-block; padding: 0 .4em; border-radius: 3px; }
        ol.checks { padding-left: 2.5em; } ol.checks li { margin: .6em 0; }
        ol.checks li:target { outline: 2px solid #1565c0; }
        .check-head { font-weight: 600; }
        .explain { margin: .1em 0 0; color: #333; white-space: pre-wrap; } .explain[lang=en] { color: #555; }
        .bad { color: #b00020; }
        """;

    /// <summary>The page for the audited files (and a line for each file that could not be read).</summary>
    /// <param name="sections">The audited files, in command-line order.</param>
    /// <param name="unreadable">One line per file that was bad input.</param>
    /// <returns>The HTML text.</returns>
    internal static string Build(IReadOnlyList<Section> sections, IReadOnlyList<string> unreadable)
    {
        var body = new StringBuilder();
        body.Append("<h1>Audit of ").Append(sections.Count.ToString(CultureInfo.InvariantCulture))
            .Append(sections.Count == 1 ? " report" : " reports").Append(" (核数据)</h1>\n");
        body.Append("<p class=\"note\">Every figure the reader found is marked in the colour of its checks' verdict; hover over it for the checks' explanations, in Chinese and English. The checks follow each report.</p>\n");
        Legend(body);
        foreach (var line in unreadable)
        {
            body.Append("<p class=\"bad\">Not read: ").Append(HtmlPage.Encode(line)).Append("</p>\n");
        }
        for (var i = 0; i < sections.Count; i++)
        {
            WriteSection(body, sections[i], "d" + (i + 1).ToString(CultureInfo.InvariantCulture));
        }
        var title = sections.Count == 1 ? "Audit: " + Path.GetFileName(sections[0].Path) : "Audit of " + sections.Count.ToString(CultureInfo.InvariantCulture) + " reports";
        return HtmlPage.Document(title, Style, body.ToString());
    }

    /// <summary>The class a fact's marks carry: verdict-inconsistent, … or verdict-unchecked.</summary>
    /// <param name="checks">The checks that used the fact.</param>
    /// <returns>The verdict's word.</returns>
    internal static string VerdictOf(IEnumerable<AuditFinding> checks)
    {
        var verdicts = checks.Select(c => c.Check.Verdict).ToHashSet();
        foreach (var verdict in Severity)
        {
            if (verdicts.Contains(verdict))
            {
                return AuditWords.Verdict(verdict);
            }
        }
        return Unchecked;
    }

    private static void Legend(StringBuilder body)
    {
        body.Append("<ul class=\"legend\">");
        foreach (var (word, meaning) in new[]
        {
            ("inconsistent", "the figures contradict each other"),
            ("borderline", "consistent only thanks to rounding or a qualifier"),
            ("consistent", "the figures agree"),
            ("unverifiable", "a figure the check needs is not given"),
            (Unchecked, "no check could use this figure"),
        })
        {
            body.Append("<li><span class=\"swatch verdict-").Append(word).Append("\">").Append(word).Append("</span> ").Append(meaning).Append("</li>");
        }
        body.Append("</ul>\n");
    }

    private static void WriteSection(StringBuilder body, Section section, string prefix)
    {
        var audit = section.Audit;
        var document = audit.Document;
        var checkIds = new Dictionary<AuditFinding, string>();
        for (var i = 0; i < audit.Checks.Count; i++)
        {
            checkIds[audit.Checks[i]] = prefix + "-c" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }
        var checksOf = document.Facts.ToDictionary(f => f, _ => new List<AuditFinding>());
        foreach (var check in audit.Checks)
        {
            foreach (var fact in check.Facts)
            {
                if (checksOf.TryGetValue(fact, out var list) && !list.Contains(check))
                {
                    list.Add(check);
                }
            }
        }
        body.Append("<section class=\"file\" id=\"").Append(prefix).Append("\">\n<h2>").Append(HtmlPage.Encode(section.Path)).Append("</h2>\n");
        var year = document.ReferenceYear is { } y ? y.ToString(CultureInfo.InvariantCulture) : "not stated";
        body.Append("<p class=\"summary\">").Append(HtmlPage.Encode(section.EncodingName ?? "")).Append(", reference year ").Append(year).Append(", ")
            .Append(document.Facts.Count.ToString(CultureInfo.InvariantCulture)).Append(" facts; ").Append(Summary(audit.Checks)).Append("</p>\n");
        body.Append("<div class=\"report\">");
        MarkedText(body, document, prefix, checksOf, checkIds);
        body.Append("</div>\n");
        body.Append("<h3>Checks</h3>\n");
        if (audit.Checks.Count == 0)
        {
            body.Append("<p class=\"note\">No check could be made.</p>\n");
        }
        else
        {
            body.Append("<ol class=\"checks\">\n");
            // Findings first: the most severe verdicts lead, each verdict in reading order.
            foreach (var check in audit.Checks.OrderBy(c => Array.IndexOf(Severity, c.Check.Verdict)).ThenBy(c => c.Start))
            {
                WriteCheck(body, check, checkIds[check], prefix);
            }
            body.Append("</ol>\n");
        }
        body.Append("</section>\n");
    }

    /// <summary>
    /// The source with each fact's span in a <c>mark</c>. Spans may overlap ("一期、二期入驻率分别达到92%和74%" gives two
    /// facts sharing text), so the text is cut at every span's start and end and each piece covered by facts becomes one
    /// mark naming all of them: marks never nest, and a fact's text is the concatenation of the marks that name it.
    /// </summary>
    private static void MarkedText(StringBuilder body, ReportDocument document, string prefix,
        Dictionary<ReportFact, List<AuditFinding>> checksOf, Dictionary<AuditFinding, string> checkIds)
    {
        var source = document.Source;
        var cuts = new SortedSet<int> { 0, source.Length };
        foreach (var fact in document.Facts)
        {
            cuts.Add(Math.Clamp(fact.Start, 0, source.Length));
            cuts.Add(Math.Clamp(fact.End, 0, source.Length));
        }
        var anchored = new HashSet<ReportFact>();
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var (from, to) = (previous, cut);
                var text = HtmlPage.Encode(source[from..to]);
                var covering = document.Facts.Where(f => f.Start <= from && to <= f.End).ToList();
                if (covering.Count == 0)
                {
                    body.Append(text);
                }
                else
                {
                    var checks = covering.SelectMany(f => checksOf[f]).Distinct().OrderBy(c => Array.IndexOf(Severity, c.Check.Verdict)).ToList();
                    body.Append("<mark class=\"fact verdict-").Append(VerdictOf(checks)).Append('"');
                    var first = covering.FirstOrDefault(anchored.Add);
                    if (first is not null)
                    {
                        body.Append(" id=\"").Append(prefix).Append('-').Append(HtmlPage.Encode(first.Id)).Append('"');
                    }
                    body.Append(" data-facts=\"").Append(HtmlPage.Encode(string.Join(' ', covering.Select(f => f.Id)))).Append('"')
                        .Append(" data-check=\"").Append(string.Join(' ', checks.Select(c => checkIds[c]))).Append('"')
                        .Append(" title=\"").Append(HtmlPage.Encode(Hover(covering, checksOf))).Append("\">")
                        .Append(text).Append("</mark>");
                }
            }
            previous = cut;
        }
    }

    /// <summary>What a mark says on hover: each fact it covers, then each of that fact's checks with both explanations.</summary>
    private static string Hover(List<ReportFact> facts, Dictionary<ReportFact, List<AuditFinding>> checksOf)
    {
        var text = new StringBuilder();
        foreach (var fact in facts)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            text.Append(fact.Id).Append(' ').Append(fact.Indicator);
            if (AuditWords.Period(fact.Period) is { } period)
            {
                text.Append(" · ").Append(period);
            }
            text.Append(" · ").Append(AuditWords.Kind(fact.Kind));
            var checks = checksOf[fact];
            if (checks.Count == 0)
            {
                text.Append("\nno check could use this figure");
            }
            foreach (var check in checks.OrderBy(c => Array.IndexOf(Severity, c.Check.Verdict)))
            {
                text.Append("\n[").Append(AuditWords.Verdict(check.Check.Verdict)).Append("] ").Append(AuditWords.Check(check.Check.Kind)).Append(": ")
                    .Append(check.Explain(ExplanationLanguage.Chinese)).Append("\n    ").Append(check.Explain(ExplanationLanguage.English));
            }
        }
        return text.ToString();
    }

    private static void WriteCheck(StringBuilder body, AuditFinding check, string id, string prefix)
    {
        var verdict = AuditWords.Verdict(check.Check.Verdict);
        body.Append("<li id=\"").Append(id).Append("\" class=\"check\" data-verdict=\"").Append(verdict).Append("\"><span class=\"check-head\">")
            .Append("<span class=\"swatch verdict-").Append(verdict).Append("\">").Append(verdict).Append("</span> ")
            .Append(AuditWords.Check(check.Check.Kind)).Append("</span> — ");
        var first = true;
        foreach (var fact in check.Facts)
        {
            body.Append(first ? "" : ", ").Append("<a href=\"#").Append(prefix).Append('-').Append(HtmlPage.Encode(fact.Id)).Append("\">")
                .Append(HtmlPage.Encode(fact.Id)).Append("</a> “").Append(HtmlPage.Encode(fact.Text)).Append('”');
            first = false;
        }
        body.Append("\n<p class=\"explain\" lang=\"zh-Hans\">").Append(HtmlPage.Encode(check.Explain(ExplanationLanguage.Chinese))).Append("</p>")
            .Append("<p class=\"explain\" lang=\"en\">").Append(HtmlPage.Encode(check.Explain(ExplanationLanguage.English))).Append("</p></li>\n");
    }

    private static string Summary(IReadOnlyList<AuditFinding> checks)
    {
        if (checks.Count == 0)
        {
            return "no checks";
        }
        var counts = Severity.Select(v => (v, n: checks.Count(c => c.Check.Verdict == v))).Where(x => x.n > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.n} {AuditWords.Verdict(x.v)}"));
        return string.Create(CultureInfo.InvariantCulture, $"{checks.Count} checks: {string.Join(", ", counts)}");
    }
}
