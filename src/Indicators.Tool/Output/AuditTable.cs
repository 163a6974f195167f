using System.Globalization;
using System.Text;
using Indicators.Reports;
using Indicators.Tool.Audit;
using Indicators.Data;

namespace Indicators.Tool.Output;

/// <summary>
/// The readable form of one audit: a summary line, the facts as a table, and each listed check with the excerpt of the
/// source around it, the facts it used marked 【like this】, and its explanation in Chinese and English.
/// </summary>
internal static class AuditTable
{
    // Characters of context on each side of a finding's facts; a finding whose facts lie further apart than
    // WideFinding gets one excerpt per fact instead of one long excerpt.
    private const int Context = 16;
    private const int WideFinding = 160;

    /// <summary>Writes one file's audit.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="file">The file's name and encoding.</param>
    /// <param name="audit">The audit.</param>
    /// <param name="allChecks">Whether every check is listed, or only the borderline and inconsistent ones.</param>
    internal static void Write(TextWriter writer, TextFile file, ReportAudit audit, bool allChecks)
    {
        var document = audit.Document;
        var year = document.ReferenceYear is { } y ? y.ToString(CultureInfo.InvariantCulture) : "not stated";
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file.Path}: {file.EncodingName}, reference year {year}, {document.Facts.Count} facts; {Summary(audit.Checks)}"));
        writer.WriteLine();
        WriteFacts(writer, document);
        writer.WriteLine();
        var listed = allChecks ? audit.Checks : audit.Findings.ToList();
        writer.WriteLine(allChecks ? "Checks (every check made)" : "Findings (borderline and inconsistent; --all-checks lists every check)");
        if (listed.Count == 0)
        {
            writer.WriteLine("  none");
        }
        foreach (var finding in listed)
        {
            WriteFinding(writer, document.Source, finding);
        }
    }

    private static void WriteFacts(TextWriter writer, ReportDocument document)
    {
        writer.WriteLine("Facts");
        if (document.Facts.Count == 0)
        {
            writer.WriteLine("  none read");
            return;
        }
        var table = new TextTable("id", "span", "kind", "period", "indicator", "value", "growth", "more", "text");
        foreach (var fact in document.Facts)
        {
            table.Add(
                fact.Id,
                Span(fact.Start, fact.End),
                AuditWords.Kind(fact.Kind) + (AuditWords.Modality(fact.Modality) is { } modality ? " " + modality : ""),
                AuditWords.Period(fact.Period) ?? "—",
                TextTable.Fit(fact.Indicator, 20),
                fact.IsMissing ? "(missing)" : fact.Value is { } value ? AuditWords.Written(value) + fact.Unit : "—",
                fact.Growth is { } growth ? AuditWords.Written(growth) + "%" + (fact.GrowthIsTwoYearAverage ? " (2-yr avg)" : "") : "—",
                More(fact),
                TextTable.Fit(OneLine(fact.Text), 40));
        }
        table.WriteTo(writer, "  ");
    }

    private static string More(ReportFact fact)
    {
        var parts = new List<string>();
        if (fact.PercentagePoints is { } points)
        {
            parts.Add(AuditWords.Written(points) + " pp");
        }
        if (fact.Share is { } share)
        {
            parts.Add("share " + AuditWords.Written(share) + "%" + (fact.ShareOf is { } of ? " of " + of : ""));
        }
        if (fact.Completion is { } completion)
        {
            parts.Add("completion " + AuditWords.Written(completion) + "%");
        }
        if (fact.Overfulfilment is { } over)
        {
            parts.Add("overfulfilled " + AuditWords.Written(over) + "%");
        }
        if (fact.Multiple is { } multiple)
        {
            parts.Add((fact.MultipleIsGrowth ? "grew " : "") + AuditWords.Written(multiple) + "×");
        }
        if (fact.Rank is { } rank)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"rank {rank}") + (fact.RankOf is { } of ? string.Create(CultureInfo.InvariantCulture, $"/{of}") : ""));
        }
        if (fact.RankChange is { } change)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"rank {(change >= 0 ? "+" : "")}{change}"));
        }
        if (fact.AheadOfSchedule is { } ahead)
        {
            parts.Add(ahead ? "ahead of schedule" : "behind schedule");
        }
        if (fact.Parent is { } parent)
        {
            parts.Add("part of " + parent.Id);
        }
        return parts.Count == 0 ? "—" : string.Join("; ", parts);
    }

    private static void WriteFinding(TextWriter writer, string source, AuditFinding finding)
    {
        writer.WriteLine();
        var ids = string.Join(" ", finding.Facts.Select(f => f.Id));
        writer.WriteLine($"  {AuditWords.Verdict(finding.Check.Verdict)}  {AuditWords.Check(finding.Check.Kind)}  {ids}  {Span(finding.Start, finding.End)}");
        if (finding.End - finding.Start <= WideFinding)
        {
            writer.WriteLine(("    " + Excerpt(source, finding.Start, finding.End, finding.Facts.Select(f => (f.Start, f.End)))).TrimEnd());
        }
        else
        {
            foreach (var fact in finding.Facts)
            {
                writer.WriteLine(($"    {fact.Id}: " + Excerpt(source, fact.Start, fact.End, [(fact.Start, fact.End)])).TrimEnd());
            }
        }
        writer.WriteLine("    " + OneLine(finding.Explain(ExplanationLanguage.Chinese)));
        writer.WriteLine("    " + OneLine(finding.Explain(ExplanationLanguage.English)));
    }

    /// <summary>
    /// The source from a little before <paramref name="start"/> to a little after <paramref name="end"/> on one line, each
    /// mark between 【 and 】 (overlapping marks as one), and … where the excerpt cuts the text.
    /// </summary>
    /// <param name="source">The document's text.</param>
    /// <param name="start">Where the excerpt's focus starts.</param>
    /// <param name="end">Where it ends (exclusive).</param>
    /// <param name="marks">The spans to mark: the facts' [start, end).</param>
    /// <returns>The excerpt.</returns>
    internal static string Excerpt(string source, int start, int end, IEnumerable<(int Start, int End)> marks)
    {
        var from = Math.Max(0, start - Context);
        var to = Math.Min(source.Length, end + Context);
        // Never cut a surrogate pair in two.
        if (from > 0 && char.IsLowSurrogate(source[from]))
        {
            from--;
        }
        if (to < source.Length && char.IsLowSurrogate(source[to]))
        {
            to++;
        }
        var opens = new int[to - from + 1];
        foreach (var (markStart, markEnd) in marks)
        {
            var s = Math.Clamp(markStart, from, to);
            var e = Math.Clamp(markEnd, from, to);
            if (s < e)
            {
                opens[s - from]++;
                opens[e - from]--;
            }
        }
        // The depth of open marks decides where a bracket goes, so overlapping marks give one pair.
        var text = new StringBuilder(from > 0 ? "…" : "");
        var depth = 0;
        for (var i = from; i <= to; i++)
        {
            var next = depth + opens[i - from];
            if (depth > 0 && next == 0)
            {
                text.Append('】');
            }
            else if (depth == 0 && next > 0)
            {
                text.Append('【');
            }
            depth = next;
            if (i < to)
            {
                text.Append(source[i] is '\r' or '\n' or '\t' ? ' ' : source[i]);
            }
        }
        return text.Append(to < source.Length ? "…" : "").ToString();
    }

    private static string Summary(IReadOnlyList<AuditFinding> checks)
    {
        if (checks.Count == 0)
        {
            return "no checks";
        }
        var counts = checks.GroupBy(c => c.Check.Verdict).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {AuditWords.Verdict(g.Key)}"));
        return string.Create(CultureInfo.InvariantCulture, $"{checks.Count} checks: {string.Join(", ", counts)}");
    }

    private static string Span(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"{start}–{end}");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
