using Indicators.Reports;
using Indicators.Tool.Audit;

namespace Indicators.Tool.Output;

/// <summary>
/// The audits of one command line as two sheets for <c>--csv</c> and <c>--xlsx</c>: <c>findings</c> (file, check,
/// verdict, facts, span, explanations; the checks listed, as in the table) and <c>facts</c> (file, id, span, text and the
/// figures read), the keys of the JSON format (docs/cli.md) with a <c>file</c> column in front.
/// </summary>
internal sealed class AuditSheets
{
    private readonly ResultSheet findings = new("findings",
        SheetColumn.Text("file"), SheetColumn.Text("check"), SheetColumn.Text("verdict"), SheetColumn.Text("facts"),
        SheetColumn.Integer("start"), SheetColumn.Integer("end"), SheetColumn.Text("zh"), SheetColumn.Text("en"));

    private readonly ResultSheet facts = new("facts",
        SheetColumn.Text("file"), SheetColumn.Text("id"), SheetColumn.Integer("start"), SheetColumn.Integer("end"), SheetColumn.Text("text"),
        SheetColumn.Text("indicator"), SheetColumn.Text("code"), SheetColumn.Text("kind"), SheetColumn.Text("period"),
        SheetColumn.Number("value"), SheetColumn.Text("unit"), SheetColumn.Text("qualifier"), SheetColumn.Boolean("missing"),
        SheetColumn.Number("growthPercent"), SheetColumn.Number("ppChange"), SheetColumn.Number("sharePercent"), SheetColumn.Text("shareOf"),
        SheetColumn.Number("completionPercent"), SheetColumn.Number("overfulfilmentPercent"), SheetColumn.Integer("rank"),
        SheetColumn.Integer("rankOf"), SheetColumn.Integer("rankChange"), SheetColumn.Text("parent"));

    private readonly List<string> json = [];

    /// <summary>The sheets: findings first (the CSV file itself), then facts.</summary>
    internal IReadOnlyList<ResultSheet> Sheets => [findings, facts];

    /// <summary>The JSON documents, one line each (JSON Lines, as <c>--json</c> prints them).</summary>
    internal string JsonLines => string.Join("\n", json);

    /// <summary>Adds one file's audit.</summary>
    internal void Add(string file, ReportAudit audit, IEnumerable<AuditFinding> listed)
    {
        json.Add(AuditJson.Write(file, audit, listed));
        foreach (var finding in listed)
        {
            findings.Add(file, AuditWords.Check(finding.Check.Kind), AuditWords.Verdict(finding.Check.Verdict),
                string.Join(" ", finding.Facts.Select(f => f.Id)), finding.Start, finding.End,
                finding.Explain(ExplanationLanguage.Chinese), finding.Explain(ExplanationLanguage.English));
        }
        foreach (var fact in audit.Document.Facts)
        {
            facts.Add(file, fact.Id, fact.Start, fact.End, fact.Text, fact.Indicator, fact.Code, AuditWords.Kind(fact.Kind),
                AuditWords.Period(fact.Period), Finite(fact.Value?.Value), fact.Unit,
                fact.Value is { } value ? AuditWords.Qualifier(value.Qualifier) : null, fact.IsMissing,
                Finite(fact.Growth?.Value), Finite(fact.PercentagePoints?.Value), Finite(fact.Share?.Value), fact.ShareOf,
                Finite(fact.Completion?.Value), Finite(fact.Overfulfilment?.Value), fact.Rank, fact.RankOf, fact.RankChange, fact.Parent?.Id);
        }
    }

    // As the JSON: −0 as 0, and a non-finite number (none is read) as missing rather than a refused cell.
    private static object? Finite(double? value) => value is { } v && double.IsFinite(v) ? v + 0.0 : null;
}
