namespace Indicators.Reports;

/// <summary>The audit of a report (报告数据核验): every consistency check made on its facts, and the findings among them.</summary>
public sealed class ReportAudit
{
    internal ReportAudit(ReportDocument document, IReadOnlyList<AuditFinding> checks)
    {
        Document = document;
        Checks = checks;
    }

    /// <summary>
    /// Checks a document's figures against each other: within a statement, and across statements where an indicator and
    /// period recur.
    /// </summary>
    /// <param name="document">The document, as <see cref="ReportReader.Read"/> gave it.</param>
    /// <param name="policy">How figures are judged; <see cref="ConsistencyPolicy.Default"/> when omitted.</param>
    /// <returns>The audit, with every check made.</returns>
    public static ReportAudit Of(ReportDocument document, ConsistencyPolicy policy = default) =>
        ReportAuditor.Audit(Guard.Against.Null(document), policy);

    /// <summary>The document audited.</summary>
    public ReportDocument Document { get; }

    /// <summary>Every check made, in the order of the facts checked.</summary>
    public IReadOnlyList<AuditFinding> Checks { get; }

    /// <summary>The checks whose verdict is borderline or inconsistent: what a reviewer should look at.</summary>
    public IEnumerable<AuditFinding> Findings =>
        Checks.Where(c => c.Check.Verdict is ConsistencyVerdict.Borderline or ConsistencyVerdict.Inconsistent);

    /// <summary>Whether any check is inconsistent.</summary>
    public bool HasInconsistency => Checks.Any(c => c.Check.Verdict == ConsistencyVerdict.Inconsistent);
}
