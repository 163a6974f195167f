using System.Globalization;

namespace Indicators;

public readonly partial struct ReportingPeriod
{
    /// <summary>
    /// The invariant form (报告期的标准写法): <c>2024</c>, <c>2024-H1</c>, <c>2013-Q3</c>,
    /// <c>2024-M05</c>, <c>2020-M01..M11</c>, <c>2024-03-15..2024-06-30</c>, <c>FYP14</c>.
    /// </summary>
    /// <returns>The invariant text, which <see cref="Parse"/> reads back to this period.</returns>
    public override string ToString() => kind switch
    {
        ReportingPeriodKind.Year => FormattableString.Invariant($"{start.Year:D4}"),
        ReportingPeriodKind.HalfYear => FormattableString.Invariant($"{start.Year:D4}-H{Number}"),
        ReportingPeriodKind.Quarter => FormattableString.Invariant($"{start.Year:D4}-Q{Number}"),
        ReportingPeriodKind.Month => FormattableString.Invariant($"{start.Year:D4}-M{Number:D2}"),
        ReportingPeriodKind.YearToDate => FormattableString.Invariant($"{start.Year:D4}-M01..M{Number:D2}"),
        ReportingPeriodKind.FiveYearPlan => FormattableString.Invariant($"FYP{Number}"),
        _ => FormattableString.Invariant($"{start.Year:D4}-{start.Month:D2}-{start.Day:D2}..{end.Year:D4}-{end.Month:D2}-{end.Day:D2}"),
    };

    /// <summary>
    /// The canonical Chinese form (中文写法): <c>2024年</c>, <c>2024年上半年</c>, <c>2013年第三季度</c>,
    /// <c>2024年5月</c>, <c>2020年1-11月</c>, <c>2024年3月15日至2024年6月30日</c>, <c>十四五</c>.
    /// </summary>
    /// <returns>The Chinese text, which <see cref="Parse"/> reads back to this period.</returns>
    public string ToChineseString() => kind switch
    {
        ReportingPeriodKind.Year => FormattableString.Invariant($"{start.Year:D4}年"),
        ReportingPeriodKind.HalfYear => FormattableString.Invariant($"{start.Year:D4}年{(Number == 1 ? "上" : "下")}半年"),
        ReportingPeriodKind.Quarter => FormattableString.Invariant($"{start.Year:D4}年第{ChineseNumerals.Format(Number)}季度"),
        ReportingPeriodKind.Month => FormattableString.Invariant($"{start.Year:D4}年{Number}月"),
        ReportingPeriodKind.YearToDate => FormattableString.Invariant($"{start.Year:D4}年1-{Number}月"),
        ReportingPeriodKind.FiveYearPlan => ChineseNumerals.Format(Number) + "五",
        _ => FormattableString.Invariant($"{start.Year:D4}年{start.Month}月{start.Day}日至{end.Year:D4}年{end.Month}月{end.Day}日"),
    };

    /// <summary>
    /// Formats the period: <c>null</c>, empty, <c>"G"</c> or <c>"I"</c> for the invariant form
    /// (<see cref="ToString()"/>), <c>"C"</c> for the Chinese form (<see cref="ToChineseString"/>).
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: both forms are culture-invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "I" => ToString(),
        "C" => ToChineseString(),
        _ => throw new FormatException($"Unknown reporting period format \"{format}\": use \"G\" (invariant) or \"C\" (Chinese)."),
    };
}
