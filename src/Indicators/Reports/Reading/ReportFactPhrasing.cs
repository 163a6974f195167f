namespace Indicators.Reports;

/// <summary>A fact in standard report Chinese. (Skeleton: the audit helper fills it in.)</summary>
internal static class ReportFactPhrasing
{
    internal static string Phrase(ReportFact fact) => fact.Indicator;
}
