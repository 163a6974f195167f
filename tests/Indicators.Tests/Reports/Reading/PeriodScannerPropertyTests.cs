using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Reports;

namespace Indicators.Tests.Reports.Reading;

/// <summary>A year 1990–2100 and two months 1 ≤ first ≤ last ≤ 12 (issue 12).</summary>
public sealed record YearMonthRange(int Year, int First, int Last, string Dash);

/// <summary>Text made of period words, digits, dates and anything else, so that random text often holds periods (issue 12).</summary>
public sealed record PeriodText(string Text);

/// <summary>A relative period expression (今年, 上半年, 1-9月…) with text around it (issue 12).</summary>
public sealed record RelativePeriodText(string Text);

/// <summary>Generators of the period scanner's properties.</summary>
public static class PeriodScannerArbitraries
{
    private static readonly string[] Pieces =
    [
        "2013", "20", "XX", "xx", "年", "度", "月", "日", "份", "底", "末", "初", "季度", "第", "前", "个", "至", "到", "-", "—", "~",
        "全年", "今年", "本年", "去年", "上年", "上一年", "明年", "下一年", "上半年", "下半年", "同期", "以来", "近", "年来",
        "十二五", "十四五", "十五", "二十五", "“", "”", "\"", "期间", "规划", "一", "三", "九", "十", "两", "1", "4", "9", "12", "13",
        "0", ".", ",", "。", "\n", " ", "以", "安", "增长", "亿元", "%",
    ];

    internal static readonly string[] Relatives =
    [
        "全年", "今年", "本年", "本年度", "去年", "上年", "上一年", "明年", "下一年", "下年", "上半年", "下半年", "一季度", "第二季度",
        "3季度", "前三季度", "1-9月", "1—9月", "1至9月", "1~9月", "前4月", "前4个月", "4月份", "9月底", "9月末", "年底", "年末",
        "今年上半年", "去年同期", "今年以来", "去年1-9月", "明年6月份", "8-12月份",
    ];

    internal static readonly string[] Surroundings = ["", "完成", "比", "增长", "。", ",", "实现", "\n", "的", "a"];

    public static Arbitrary<PeriodText> PeriodTexts() =>
        Gen.Frequency(
                (6, Gen.Elements(Pieces)),
                (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
            .ListOf().Select(pieces => new PeriodText(string.Concat(pieces))).ToArbitrary();

    public static Arbitrary<RelativePeriodText> RelativePeriodTexts() =>
        (from before in Gen.Elements(Surroundings)
         from expression in Gen.Elements(Relatives)
         from after in Gen.Elements(Surroundings)
         select new RelativePeriodText(before + expression + after)).ToArbitrary();

    public static Arbitrary<YearMonthRange> YearMonthRanges() =>
        (from year in Gen.Choose(1990, 2100)
         from first in Gen.Choose(1, 12)
         from last in Gen.Choose(first, 12)
         from dash in Gen.Elements("-", "—", "至", "~", "–")
         select new YearMonthRange(year, first, last, dash)).ToArbitrary();
}

public class PeriodScannerPropertyTests
{
    [Property(Arbitrary = [typeof(PeriodScannerArbitraries)])]
    public bool Issue12_Periods_RandomTextNeverThrowsAndEveryMatchLiesInsideTheText(PeriodText text, int? referenceYear)
    {
        // From every start, as a reader may resume anywhere; any reference year, even absurd ones.
        for (var start = 0; start <= text.Text.Length; start++)
        {
            if (PeriodScanner.TryRead(text.Text, start, referenceYear, out var match)
                && !(match.Start >= start && match.Length > 0 && match.End <= text.Text.Length))
            {
                return false;
            }
        }
        _ = PeriodScanner.ReferenceYear(text.Text);
        var all = PeriodScannerTests.ReadAll(text.Text, referenceYear);
        return all.Zip(all.Skip(1)).All(p => p.First.End <= p.Second.Start);
    }

    [Property]
    public bool Issue12_Periods_AnyReportTextNeverThrows(ReportText text)
    {
        for (var start = 0; start <= text.Text.Length; start++)
        {
            if (PeriodScanner.TryRead(text.Text, start, 2013, out var match) && !(match.Start >= start && match.End <= text.Text.Length))
            {
                return false;
            }
        }
        return PeriodScanner.ReferenceYear(text.Text) is null or (>= 1990 and <= 2100);
    }

    [Property(Arbitrary = [typeof(PeriodScannerArbitraries)])]
    public bool Issue12_Periods_AYearAndAMonthRangeResolveToTheMonthsOfThatYear(YearMonthRange range)
    {
        var text = $"完成{range.Year}年{range.First}{range.Dash}{range.Last}月,";
        var expected = range.First == range.Last ? ReportingPeriod.Month(range.Year, range.First)
            : range.First == 1 ? ReportingPeriod.YearToDate(range.Year, range.Last)
            : ReportingPeriod.DateRange(new NodaTime.LocalDate(range.Year, range.First, 1),
                new NodaTime.LocalDate(range.Year, range.Last, DateTime.DaysInMonth(range.Year, range.Last)));
        // Any reference year: the stated year wins.
        return PeriodScanner.TryRead(text, 0, 1999, out var match)
               && match.Start == 2 && match.End == text.Length - 1
               && match.Period == expected && match.Traits == PeriodTraits.None;
    }

    // The generator below samples 100 of these 3,300 texts per run; a sampled failure ("完成本年度实现") showed up only once
    // in several runs, so every combination is also checked, every run.
    [Fact]
    public void Issue12_Periods_EveryRelativeExpressionInEverySurroundingIsUnresolvedWithoutAReferenceYear()
    {
        var failures = (from before in PeriodScannerArbitraries.Surroundings
                        from expression in PeriodScannerArbitraries.Relatives
                        from after in PeriodScannerArbitraries.Surroundings
                        let text = before + expression + after
                        let all = PeriodScannerTests.ReadAll(text, null)
                        where all.Count == 0 || !all.All(m => m.Period is null && (m.Traits & PeriodTraits.Relative) != 0)
                        select text).ToList();
        Assert.Empty(failures);
    }

    [Property(Arbitrary = [typeof(PeriodScannerArbitraries)])]
    public bool Issue12_Periods_ARelativeExpressionWithNoReferenceYearIsNeverResolved(RelativePeriodText text) =>
        PeriodScannerTests.ReadAll(text.Text, null) is var all && all.Count > 0
        && all.All(m => m.Period is null && (m.Traits & PeriodTraits.Relative) != 0);
}
