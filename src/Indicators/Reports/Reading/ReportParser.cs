namespace Indicators.Reports;

/// <summary>The reader's work: text → statements → facts. (Skeleton: the reader helper fills it in.)</summary>
internal static class ReportParser
{
    internal static ReportDocument Parse(ReportReader reader, string source, int? referenceYear, string? name) =>
        new(name, source, referenceYear ?? PeriodScanner.ReferenceYear(ReadingText.Normalise(source).Text), [], []);
}
