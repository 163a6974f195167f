namespace Indicators.Reports;

/// <summary>A period expression found in normalised report text, and what it resolves to.</summary>
/// <param name="Start">Its start in the normalised text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Period">The period it names, resolved against the reference year; null when it cannot be resolved (今年 with no reference year, 20XX年).</param>
internal readonly record struct PeriodMatch(int Start, int Length, ReportingPeriod? Period);

/// <summary>The periods of report text (全年, 今年, 上半年, 1-9月, 前4月, 一季度, 十四五, 2016年至2018年). (Skeleton: the periods helper fills it in.)</summary>
internal static class PeriodScanner
{
    /// <summary>The year a document reports on, from its text (2013年度工作总结, the first year named), or null.</summary>
    internal static int? ReferenceYear(string normalised) => null;

    /// <summary>The first period expression at or after <paramref name="start"/>.</summary>
    internal static bool TryRead(string normalised, int start, int? referenceYear, out PeriodMatch match)
    {
        match = default;
        return false;
    }
}
