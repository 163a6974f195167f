namespace Indicators.Reports;

/// <summary>The audit's work: the checks that a document's facts allow. (Skeleton: the audit helper fills it in.)</summary>
internal static class ReportAuditor
{
    internal static ReportAudit Audit(ReportDocument document, ConsistencyPolicy policy) => new(document, []);
}
