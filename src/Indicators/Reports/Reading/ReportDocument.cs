namespace Indicators.Reports;

/// <summary>
/// A report as read (已读报告): its text, the year it reports on, its statements and the facts read from them. Audit it with
/// <see cref="ReportAudit.Of"/>.
/// </summary>
public sealed class ReportDocument
{
    internal ReportDocument(string? name, string source, int? referenceYear, IReadOnlyList<ReportStatement> statements, IReadOnlyList<ReportFact> facts)
    {
        Name = name;
        Source = source;
        ReferenceYear = referenceYear;
        Statements = statements;
        Facts = facts;
    }

    /// <summary>The document's name (its file name), or null.</summary>
    public string? Name { get; }

    /// <summary>The text as given to the reader; every span indexes it.</summary>
    public string Source { get; }

    /// <summary>The year the report is about (2013 for 2013年度工作总结), or null when the text does not say and none was given.</summary>
    public int? ReferenceYear { get; }

    /// <summary>The statements (sentences and clauses ending in 。；！？ or a line break) that hold at least one fact, in order.</summary>
    public IReadOnlyList<ReportStatement> Statements { get; }

    /// <summary>Every fact, in reading order.</summary>
    public IReadOnlyList<ReportFact> Facts { get; }
}
