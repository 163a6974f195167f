using NodaTime;

namespace Indicators.Tests.Periods;

public class ReportingPeriodTextTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static TheoryData<string, string> InvariantForms => new()
    {
        { "2024", "2024-01-01..2024-12-31 Year" },
        { "2024-H1", "2024-01-01..2024-06-30 HalfYear" },
        { "2024-H2", "2024-07-01..2024-12-31 HalfYear" },
        { "2013-Q3", "2013-07-01..2013-09-30 Quarter" },
        { "2024-M05", "2024-05-01..2024-05-31 Month" },
        { "2020-M01..M11", "2020-01-01..2020-11-30 YearToDate" },
        { "2024-M01..M02", "2024-01-01..2024-02-29 YearToDate" },
        { "2024-03-15..2024-06-30", "2024-03-15..2024-06-30 DateRange" },
        { "FYP14", "2021-01-01..2025-12-31 FiveYearPlan" },
    };

    public static TheoryData<string, string> ChineseForms => new()
    {
        { "2024年", "2024-01-01..2024-12-31 Year" },
        { "2024年度", "2024-01-01..2024-12-31 Year" },
        { "2024年上半年", "2024-01-01..2024-06-30 HalfYear" },
        { "2024年下半年", "2024-07-01..2024-12-31 HalfYear" },
        // "2013年第三季度" = 2013-07-01..2013-09-30 (brief B worked example), and its short forms.
        { "2013年第三季度", "2013-07-01..2013-09-30 Quarter" },
        { "2013年三季度", "2013-07-01..2013-09-30 Quarter" },
        { "2013年3季度", "2013-07-01..2013-09-30 Quarter" },
        { "2013年第3季度", "2013-07-01..2013-09-30 Quarter" },
        { "2024年5月", "2024-05-01..2024-05-31 Month" },
        { "2024年5月份", "2024-05-01..2024-05-31 Month" },
        { "２０２４年５月", "2024-05-01..2024-05-31 Month" },
        { "2020年1-11月", "2020-01-01..2020-11-30 YearToDate" },
        { "2020年1—11月", "2020-01-01..2020-11-30 YearToDate" },
        { "2020年1–11月", "2020-01-01..2020-11-30 YearToDate" },
        { "2020年1－11月", "2020-01-01..2020-11-30 YearToDate" },
        { "2020年1~11月", "2020-01-01..2020-11-30 YearToDate" },
        { "2020年1～11月", "2020-01-01..2020-11-30 YearToDate" },
        { "2020年1至11月", "2020-01-01..2020-11-30 YearToDate" },
        { "2024年1-2月", "2024-01-01..2024-02-29 YearToDate" },
        { "2024年前三季度", "2024-01-01..2024-09-30 YearToDate" },
        { "十四五", "2021-01-01..2025-12-31 FiveYearPlan" },
        { "“十四五”", "2021-01-01..2025-12-31 FiveYearPlan" },
        { "十四五时期", "2021-01-01..2025-12-31 FiveYearPlan" },
        { "“十四五”期间", "2021-01-01..2025-12-31 FiveYearPlan" },
        { "十四五规划", "2021-01-01..2025-12-31 FiveYearPlan" },
        { "第十四个五年规划", "2021-01-01..2025-12-31 FiveYearPlan" },
        { "十二五", "2011-01-01..2015-12-31 FiveYearPlan" },
        { "十三五", "2016-01-01..2020-12-31 FiveYearPlan" },
        { "十五五", "2026-01-01..2030-12-31 FiveYearPlan" },
        // 十五 alone is the 10th plan (2001-2005), not the 15th.
        { "十五", "2001-01-01..2005-12-31 FiveYearPlan" },
        { "一五", "1953-01-01..1957-12-31 FiveYearPlan" },
        { "2024年3月15日至2024年6月30日", "2024-03-15..2024-06-30 DateRange" },
        { "2024年3月15日至6月30日", "2024-03-15..2024-06-30 DateRange" },
        { "2024年3月15日-30日", "2024-03-15..2024-03-30 DateRange" },
        { "  2024年上半年 ", "2024-01-01..2024-06-30 HalfYear" },
        { "2024年Q1", "2024-01-01..2024-03-31 Quarter" },
        { "2024年H2", "2024-07-01..2024-12-31 HalfYear" },
        { "2024年五月", "2024-05-01..2024-05-31 Month" },
        { "2020年一至十一月份", "2020-01-01..2020-11-30 YearToDate" },
        { "2024年前两季度", "2024-01-01..2024-06-30 YearToDate" },
        { "2024年三月十五日至六月三十日", "2024-03-15..2024-06-30 DateRange" },
    };

    private static string Describe(ReportingPeriod p) => $"{p.Start:uuuu-MM-dd}..{p.End:uuuu-MM-dd} {p.Kind}";

    [Theory]
    [MemberData(nameof(InvariantForms))]
    public void Parses_invariant_forms(string text, string expected)
    {
        Assert.Equal(expected, Describe(ReportingPeriod.ParseInvariant(text).Value));
        Assert.Equal(expected, Describe(ReportingPeriod.Parse(text).Value));
        Assert.Equal(text, ReportingPeriod.Parse(text).Value.ToString());
    }

    [Theory]
    [MemberData(nameof(ChineseForms))]
    public void Parses_chinese_forms(string text, string expected)
    {
        Assert.Equal(expected, Describe(ReportingPeriod.ParseChinese(text).Value));
        Assert.Equal(expected, Describe(ReportingPeriod.Parse(text).Value));
    }

    [Fact]
    public void Canonical_chinese_forms()
    {
        Assert.Equal("2024年上半年", ReportingPeriod.HalfYear(2024, 1).ToChineseString());
        Assert.Equal("2013年第三季度", ReportingPeriod.Quarter(2013, 3).ToChineseString());
        Assert.Equal("2020年1-11月", ReportingPeriod.YearToDate(2020, 11).ToChineseString());
        Assert.Equal("十四五", ReportingPeriod.FiveYearPlan(14).ToChineseString());
        Assert.Equal("十五", ReportingPeriod.FiveYearPlan(10).ToChineseString());
        Assert.Equal("二十五", ReportingPeriod.FiveYearPlan(20).ToChineseString());
        Assert.Equal("2024年3月15日至2024年6月30日", ReportingPeriod.DateRange(D(2024, 3, 15), D(2024, 6, 30)).ToChineseString());
        Assert.Equal("2024年5月", ReportingPeriod.Month(2024, 5).ToString("C", null));
        Assert.Equal("十四五 = FYP14", $"{ReportingPeriod.FiveYearPlan(14):C} = {ReportingPeriod.FiveYearPlan(14)}");
    }

    [Fact]
    public void Year_to_date_in_both_forms()
    {
        // 2020年1-11月 ↔ "2020-M01..M11" (brief B worked example).
        var ytd = ReportingPeriod.Parse("2020年1-11月").Value;
        Assert.Equal("2020-M01..M11", ytd.ToString());
        Assert.Equal(ytd, ReportingPeriod.Parse("2020-M01..M11").Value);
        Assert.Equal("2020年1-11月", ReportingPeriod.Parse("2020-M01..M11").Value.ToChineseString());
    }

    [Fact]
    public void Plan_fourteen_in_both_forms()
    {
        // 十四五 = 2021-01-01..2025-12-31 (domain.md).
        var plan = ReportingPeriod.Parse("十四五").Value;
        Assert.Equal(new DateInterval(D(2021, 1, 1), D(2025, 12, 31)), plan.ToDateInterval());
        Assert.Equal("FYP14", plan.ToString());
    }

    [Theory]
    [InlineData("2013年第5季度", 6, "quarter 5 does not exist")]
    [InlineData("2013年五季度", 5, "quarter 5 does not exist")]
    [InlineData("2013-Q5", 6, "quarter 5 does not exist")]
    [InlineData("2024-H3", 6, "half 3 does not exist")]
    [InlineData("2024-M13", 6, "month 13 does not exist")]
    [InlineData("2024年13月", 5, "month 13 does not exist")]
    [InlineData("2024年2月30日至2024年3月1日", 7, "day 30 does not exist in 2024-02")]
    [InlineData("2024-02-30..2024-03-01", 8, "day 30 does not exist in 2024-02")]
    [InlineData("2024年3-11月", 5, "a year to date starts in January (month 1)")]
    [InlineData("2024-M01..M01", 11, "a year to date ends in February or later; January alone is a month")]
    [InlineData("2024年1-1月", 7, "a year to date ends in February or later; January alone is a month")]
    [InlineData("2024年6月30日至2024年3月15日", 11, "the range ends before it starts")]
    [InlineData("FYP0", 3, "plan 0 does not exist")]
    [InlineData("FYP100", 3, "plan 100 is beyond the 99th")]
    [InlineData("0000", 0, "year 0 does not exist")]
    [InlineData("20245", 0, "a year has at most 4 digits")]
    [InlineData("2024x", 4, "expected '-' after the year")]
    [InlineData("2024-X1", 5, "expected H, Q, M or a date after '-'")]
    [InlineData("24年上半年", 0, "a year has four digits, as in 2024")]
    [InlineData("2024-03-15..24-06-30", 12, "a year has four digits, as in 2024")]
    [InlineData("2024年3月15日至6月31日", 13, "day 31 does not exist in 2024-06")]
    [InlineData("2024-Q3x", 7, "unexpected text after the period")]
    [InlineData("2024年Z3", 5, "expected 上半年, 下半年, a quarter, a month or a year to date after '年'")]
    [InlineData("2024年十三月", 5, "month 13 does not exist")]
    [InlineData("2024年十十月", 5, "'十十' is not a Chinese numeral")]
    [InlineData("2024年第三月", 7, "expected '季度' after the quarter")]
    [InlineData("十四", 2, "expected '五' after the plan number, as in 十四五")]
    [InlineData("", 0, "the text is empty")]
    [InlineData("   ", 0, "the text is empty")]
    public void Failures_name_the_position_and_the_reason(string text, int position, string reason)
    {
        var result = ReportingPeriod.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(reason, result.Error.Reason);
        Assert.Equal(position, result.Error.Position);
        Assert.Equal("reporting period", result.Error.Target);
        Assert.Throws<ValueParseException>(() => result.Value);
    }

    [Fact]
    public void Null_text_is_a_failure_not_an_exception()
    {
        Assert.False(ReportingPeriod.Parse(null).Success);
        Assert.False(ReportingPeriod.ParseInvariant(null).Success);
        Assert.False(ReportingPeriod.ParseChinese(null).Success);
    }

    [Fact]
    public void Unknown_format_throws_format_exception() =>
        Assert.Throws<FormatException>(() => ReportingPeriod.Year(2024).ToString("X", null));

    [Property]
    public bool Invariant_form_round_trips(ReportingPeriod p) =>
        ReportingPeriod.ParseInvariant(p.ToString()).Value == p && ReportingPeriod.Parse(p.ToString("G", null)).Value == p;

    [Property]
    public bool Chinese_form_round_trips(ReportingPeriod p) =>
        ReportingPeriod.ParseChinese(p.ToChineseString()).Value == p && ReportingPeriod.Parse(p.ToString("C", null)).Value == p;

    // Random strings, and random strings made of the characters period text uses, which reach deeper.
    [Property(MaxTest = 2000)]
    public bool Random_text_never_throws(PeriodText text) =>
        Accepts(ReportingPeriod.Parse(text.Value), text.Value) && Accepts(ReportingPeriod.ParseInvariant(text.Value), text.Value) && Accepts(ReportingPeriod.ParseChinese(text.Value), text.Value);

    // A success must format back to text that parses to the same period; a failure must point inside the input.
    private static bool Accepts(ValueParseResult<ReportingPeriod> result, string? input) =>
        result.Success
            ? ReportingPeriod.Parse(result.Value.ToString()).Value == result.Value
            : result.Error.Position >= 0 && result.Error.Position <= (input?.Length ?? 0) && result.Error.Reason.Length > 0;
}
