using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Indicators.Tests.Periods;

public class ReportingPeriodTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Factories_give_the_calendar_dates()
    {
        // "2013年第三季度" = 2013-07-01..2013-09-30 (brief B worked example).
        var q3 = ReportingPeriod.Quarter(2013, 3);
        Assert.Equal((D(2013, 7, 1), D(2013, 9, 30)), (q3.Start, q3.End));
        Assert.Equal((D(2024, 1, 1), D(2024, 12, 31)), (ReportingPeriod.Year(2024).Start, ReportingPeriod.Year(2024).End));
        Assert.Equal((D(2024, 7, 1), D(2024, 12, 31)), (ReportingPeriod.HalfYear(2024, 2).Start, ReportingPeriod.HalfYear(2024, 2).End));
        Assert.Equal(D(2024, 5, 31), ReportingPeriod.Month(2024, 5).End);
        // 1-2月 of a leap year ends on 29 February.
        Assert.Equal((D(2024, 1, 1), D(2024, 2, 29)), (ReportingPeriod.YearToDate(2024, 2).Start, ReportingPeriod.YearToDate(2024, 2).End));
        Assert.Equal(D(2020, 11, 30), ReportingPeriod.YearToDate(2020, 11).End);
    }

    [Theory]
    // 十二五 2011-2015, 十三五 2016-2020, 十四五 2021-2025, 十五五 2026-2030, 一五 1953-1957 (domain.md, brief B).
    [InlineData(1, 1953)]
    [InlineData(2, 1958)]
    // 1963-1965 was an adjustment period outside any plan: 三五 began in 1966.
    [InlineData(3, 1966)]
    [InlineData(10, 2001)]
    [InlineData(12, 2011)]
    [InlineData(13, 2016)]
    [InlineData(14, 2021)]
    [InlineData(15, 2026)]
    public void Five_year_plans_start_in_the_historical_years(int number, int firstYear)
    {
        var plan = ReportingPeriod.FiveYearPlan(number);
        Assert.Equal(D(firstYear, 1, 1), plan.Start);
        Assert.Equal(D(firstYear + 4, 12, 31), plan.End);
        Assert.Equal(60, plan.Months);
        Assert.Equal(ReportingPeriodKind.FiveYearPlan, plan.Kind);
    }

    [Theory]
    [InlineData("quarter", 5)]
    [InlineData("quarter", 0)]
    [InlineData("half", 3)]
    [InlineData("month", 13)]
    [InlineData("lastMonth", 1)]
    [InlineData("lastMonth", 13)]
    [InlineData("year", 0)]
    [InlineData("year", 10000)]
    [InlineData("number", 0)]
    [InlineData("number", 100)]
    public void Factories_reject_values_naming_the_parameter_and_value(string parameter, int value)
    {
        Action create = parameter switch
        {
            "quarter" => () => ReportingPeriod.Quarter(2024, value),
            "half" => () => ReportingPeriod.HalfYear(2024, value),
            "month" => () => ReportingPeriod.Month(2024, value),
            "lastMonth" => () => ReportingPeriod.YearToDate(2024, value),
            "year" => () => ReportingPeriod.Year(value),
            _ => () => ReportingPeriod.FiveYearPlan(value),
        };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_range_must_not_end_before_it_starts()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.DateRange(D(2024, 6, 30), D(2024, 3, 15)));
        Assert.Equal("end", ex.ParamName);
        Assert.Throws<ArgumentException>(() => ReportingPeriod.DateRange(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 2, 1, CalendarSystem.Julian)));
    }

    [Fact]
    public void Months_counts_whole_months_only()
    {
        Assert.Equal(12, ReportingPeriod.Year(2024).Months);
        Assert.Equal(6, ReportingPeriod.HalfYear(2024, 1).Months);
        Assert.Equal(11, ReportingPeriod.YearToDate(2020, 11).Months);
        Assert.Equal(1, ReportingPeriod.Month(2024, 2).Months);
        Assert.Equal(14, ReportingPeriod.DateRange(D(2023, 12, 1), D(2025, 1, 31)).Months);
        Assert.Null(ReportingPeriod.DateRange(D(2024, 3, 15), D(2024, 6, 30)).Months);
        Assert.Null(ReportingPeriod.DateRange(D(2024, 3, 1), D(2024, 6, 29)).Months);
    }

    [Fact]
    public void Calendar_year_is_only_for_calendar_kinds()
    {
        Assert.Equal(2013, ReportingPeriod.Quarter(2013, 3).CalendarYear);
        Assert.Equal(2020, ReportingPeriod.YearToDate(2020, 11).CalendarYear);
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.FiveYearPlan(14).CalendarYear);
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.DateRange(D(2024, 1, 1), D(2024, 1, 2)).CalendarYear);
    }

    [Fact]
    public void Same_period_previous_year_worked_examples()
    {
        // 同比 bases (domain.md): 2024H1 → 2023H1; 2020年1-11月 → 2019年1-11月.
        Assert.Equal(ReportingPeriod.HalfYear(2023, 1), ReportingPeriod.HalfYear(2024, 1).SamePeriodPreviousYear());
        Assert.Equal(ReportingPeriod.YearToDate(2019, 11), ReportingPeriod.YearToDate(2020, 11).SamePeriodPreviousYear());
        Assert.Equal(ReportingPeriod.YearToDate(2023, 2), ReportingPeriod.YearToDate(2024, 2).SamePeriodPreviousYear());
        Assert.Equal(ReportingPeriod.Month(2023, 2), ReportingPeriod.Month(2024, 2).SamePeriodPreviousYear());
        // A date range shifts by one year, 29 February → 28 February.
        Assert.Equal(ReportingPeriod.DateRange(D(2023, 2, 28), D(2023, 6, 30)),
            ReportingPeriod.DateRange(D(2024, 2, 29), D(2024, 6, 30)).SamePeriodPreviousYear());
        var ex = Assert.Throws<InvalidOperationException>(() => ReportingPeriod.FiveYearPlan(14).SamePeriodPreviousYear());
        Assert.Contains("PreviousPeriod", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_and_next_period_worked_examples()
    {
        // 环比: month → previous month across a year, quarter, half, year, plan.
        Assert.Equal(ReportingPeriod.Month(2023, 12), ReportingPeriod.Month(2024, 1).PreviousPeriod());
        Assert.Equal(ReportingPeriod.Quarter(2023, 4), ReportingPeriod.Quarter(2024, 1).PreviousPeriod());
        Assert.Equal(ReportingPeriod.HalfYear(2024, 1), ReportingPeriod.HalfYear(2024, 2).PreviousPeriod());
        Assert.Equal(ReportingPeriod.Year(2025), ReportingPeriod.Year(2024).NextPeriod());
        Assert.Equal(ReportingPeriod.FiveYearPlan(13), ReportingPeriod.FiveYearPlan(14).PreviousPeriod());
        // Year to date: 1-11月 → 1-10月; 1-2月 → last year's 1-12月 and back.
        Assert.Equal(ReportingPeriod.YearToDate(2020, 10), ReportingPeriod.YearToDate(2020, 11).PreviousPeriod());
        Assert.Equal(ReportingPeriod.YearToDate(2023, 12), ReportingPeriod.YearToDate(2024, 2).PreviousPeriod());
        Assert.Equal(ReportingPeriod.YearToDate(2024, 2), ReportingPeriod.YearToDate(2023, 12).NextPeriod());
        // A date range moves by its own length in days: 15 Mar..30 Jun 2024 is 108 days.
        var range = ReportingPeriod.DateRange(D(2024, 3, 15), D(2024, 6, 30));
        Assert.Equal(108, range.Days);
        Assert.Equal(ReportingPeriod.DateRange(D(2024, 7, 1), D(2024, 10, 16)), range.NextPeriod());
    }

    [Fact]
    public void Navigation_beyond_the_supported_years_throws()
    {
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Year(9999).NextPeriod());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Month(1, 1).PreviousPeriod());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.YearToDate(1, 2).PreviousPeriod());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.FiveYearPlan(99).NextPeriod());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Quarter(1, 2).SamePeriodPreviousYear());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.DateRange(D(9999, 12, 1), D(9999, 12, 31)).NextPeriod());
    }

    [Fact]
    public void Elapsed_share_by_months_worked_examples()
    {
        // 序时进度: end of June → 50% of the year, end of September → 75% (domain-research §3.5, rule 20).
        var year = ReportingPeriod.Year(2024);
        Assert.Equal(50, year.ElapsedShare(D(2024, 6, 30), ElapsedMeasure.Months).Percent);
        Assert.Equal(75, year.ElapsedShare(D(2024, 9, 30), ElapsedMeasure.Months).Percent);
        // A date inside June counts June only on its last day.
        Assert.Equal(100.0 * 5 / 12, year.ElapsedShare(D(2024, 6, 29), ElapsedMeasure.Months).Percent, 12);
        Assert.Equal(0, year.ElapsedShare(D(2024, 1, 30), ElapsedMeasure.Months).Percent);
        Assert.Equal(0, year.ElapsedShare(D(2023, 12, 31), ElapsedMeasure.Months).Percent);
        Assert.Equal(100, year.ElapsedShare(D(2030, 1, 1), ElapsedMeasure.Months).Percent);
        // 十四五 at the end of 2022: two of five years.
        Assert.Equal(40, ReportingPeriod.FiveYearPlan(14).ElapsedShare(D(2022, 12, 31), ElapsedMeasure.Months).Percent, 12);
    }

    [Fact]
    public void Elapsed_share_by_days_counts_the_as_of_date()
    {
        var year = ReportingPeriod.Year(2024);
        // 2024 is a leap year of 366 days; 30 June is day 182.
        Assert.Equal(100.0 * 182 / 366, year.ElapsedShare(D(2024, 6, 30), ElapsedMeasure.Days).Percent, 12);
        Assert.Equal(100.0 / 366, year.ElapsedShare(D(2024, 1, 1), ElapsedMeasure.Days).Percent, 12);
        Assert.Equal(100, year.ElapsedShare(D(2024, 12, 31), ElapsedMeasure.Days).Percent);
    }

    [Fact]
    public void Elapsed_months_of_a_partial_month_range_is_refused()
    {
        var range = ReportingPeriod.DateRange(D(2024, 3, 15), D(2024, 6, 30));
        var ex = Assert.Throws<ArgumentException>(() => range.ElapsedShare(D(2024, 4, 30), ElapsedMeasure.Months));
        Assert.Equal("measure", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => range.ElapsedShare(D(2024, 4, 30), (ElapsedMeasure)7));
    }

    [Fact]
    public void Comparison_is_by_start_then_end_then_kind()
    {
        var range = ReportingPeriod.DateRange(D(2024, 1, 1), D(2024, 12, 31));
        var year = ReportingPeriod.Year(2024);
        var ytd = ReportingPeriod.YearToDate(2024, 12);
        var q1 = ReportingPeriod.Quarter(2024, 1);
        var sorted = new[] { ytd, year, q1, range, ReportingPeriod.Month(2023, 12) }.Order().ToArray();
        Assert.Equal(new[] { ReportingPeriod.Month(2023, 12), q1, range, year, ytd }, sorted);
        Assert.True(q1 < year && year < ytd && year != range && year == ReportingPeriod.Year(2024));
        Assert.True(((IComparable)year).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)year).CompareTo(2024));
    }

    [Fact]
    public void Default_is_a_one_day_range()
    {
        var period = default(ReportingPeriod);
        Assert.Equal(ReportingPeriodKind.DateRange, period.Kind);
        Assert.Equal(period.Start, period.End);
        Assert.Equal(period, ReportingPeriod.Parse(period.ToString()).Value);
    }

    [Fact]
    public void To_date_interval_has_the_same_inclusive_ends()
    {
        var interval = ReportingPeriod.Quarter(2013, 3).ToDateInterval();
        Assert.Equal(new DateInterval(D(2013, 7, 1), D(2013, 9, 30)), interval);
        Assert.Equal(92, interval.Length);
    }

    [Property]
    public bool Previous_and_next_are_inverses(ReportingPeriod p) =>
        p.NextPeriod().PreviousPeriod() == p && p.PreviousPeriod().NextPeriod() == p
            && p.NextPeriod().Kind == p.Kind && p.PreviousPeriod() < p && p.NextPeriod() > p;

    [Property]
    public bool Previous_period_ends_the_day_before_except_for_years_to_date(ReportingPeriod p) =>
        p.Kind == ReportingPeriodKind.YearToDate || p == ReportingPeriod.FiveYearPlan(3) || p.PreviousPeriod().End.PlusDays(1) == p.Start;

    [Property]
    public bool Same_period_previous_year_keeps_the_kind_and_moves_back_one_year(ReportingPeriod p)
    {
        if (p.Kind == ReportingPeriodKind.FiveYearPlan)
        {
            return true;
        }
        var q = p.SamePeriodPreviousYear();
        return q.Kind == p.Kind && q.Start.Year == p.Start.Year - 1 && q.End.Year == p.End.Year - 1
            && q.Start.Month == p.Start.Month && q.End.Month == p.End.Month
            && (p.Kind == ReportingPeriodKind.DateRange || q.Months == p.Months);
    }

    // Periods near year 9999 leave no room for the offset: NodaTime's calendar ends on 9999-12-31.
    [Property]
    public Property Contains_agrees_with_start_and_end(ReportingPeriod p, DayOffset offset) =>
        Prop.When(p.End.Year <= 9985, () =>
            {
                var date = p.Start.PlusDays(offset.Value);
                return p.Contains(date) == (p.Start <= date && date <= p.End)
                    && p.Contains(p.Start) && p.Contains(p.End) && !p.Contains(p.Start.PlusDays(-1)) && !p.Contains(p.End.PlusDays(1));
            });

    [Property]
    public bool Elapsed_share_is_monotone_and_within_0_and_100_percent(ElapsedCase t)
    {
        var (p, a, b, measure) = t;
        if (measure == ElapsedMeasure.Months && p.Months is null)
        {
            return true;
        }
        var early = p.ElapsedShare(p.Start.PlusDays(a), measure).Percent;
        var late = p.ElapsedShare(p.Start.PlusDays(b), measure).Percent;
        return early >= 0 && late <= 100 && early <= late
            && p.ElapsedShare(p.Start.PlusDays(-1), measure).Percent == 0
            && p.ElapsedShare(p.End, measure).Percent == 100;
    }

    [Property]
    public bool Equality_and_hash_agree_with_comparison(ReportingPeriod p, ReportingPeriod q) =>
        (p == q) == (p.CompareTo(q) == 0) && (p.CompareTo(q) == -q.CompareTo(p) || (p.CompareTo(q) < 0) == (q.CompareTo(p) > 0))
            && (p != q || p.GetHashCode() == q.GetHashCode());
}
