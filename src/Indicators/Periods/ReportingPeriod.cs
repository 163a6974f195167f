using System.Globalization;
using NodaTime;

namespace Indicators;

/// <summary>
/// A reporting period (报告期): a year, a half year (上半年/下半年), a quarter, a month, a year to
/// date (1-N月), a custom date range or a five-year plan period (十四五). Immutable; both ends are
/// inclusive ISO <see cref="LocalDate"/>s.
/// </summary>
/// <remarks>
/// <para>Not called <c>Period</c>: NodaTime's <see cref="Period"/> is a length of time, this is a
/// span of the calendar that a figure is reported for.</para>
/// <para>Years run from 1 to 9999 and are written with four digits; five-year plans run from the 1st (一五, 1953-1957) to the 99th. The
/// default value is the one-day <see cref="ReportingPeriodKind.DateRange"/> on 0001-01-01, matching
/// the default <see cref="LocalDate"/>.</para>
/// <para>Text forms: the invariant form (<c>2024</c>, <c>2024-H1</c>, <c>2013-Q3</c>, <c>2024-M05</c>,
/// <c>2020-M01..M11</c>, <c>2024-03-15..2024-06-30</c>, <c>FYP14</c>) from <see cref="ToString()"/>,
/// and the Chinese form (<c>2024年</c>, <c>2024年上半年</c>, <c>2013年第三季度</c>, <c>2024年5月</c>,
/// <c>2020年1-11月</c>, <c>2024年3月15日至2024年6月30日</c>, <c>十四五</c>) from
/// <see cref="ToChineseString"/>. <see cref="Parse"/> reads both.</para>
/// </remarks>
public readonly partial struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable, IFormattable
{
    internal const int MinYear = 1;
    internal const int MaxYear = 9999;
    internal const int MaxPlan = 99;

    // The 1st plan (一五) covered 1953-1957 and the 2nd 1958-1962; 1963-1965 was an adjustment
    // period (调整时期) outside any plan, and the 3rd plan began in 1966: plan n ≥ 3 starts in 1951 + 5n.
    private const int FirstPlanYear = 1953;
    private const int ThirdPlanYear = 1966;

    private static readonly LocalDate MinDate = new(MinYear, 1, 1);
    private static readonly LocalDate MaxDate = new(MaxYear, 12, 31);

    private readonly LocalDate start;
    private readonly LocalDate end;
    private readonly ReportingPeriodKind kind;

    private ReportingPeriod(ReportingPeriodKind kind, LocalDate start, LocalDate end)
    {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /// <summary>The kind of period (报告期类型).</summary>
    public ReportingPeriodKind Kind => kind;

    /// <summary>The first day of the period (起始日), inclusive.</summary>
    public LocalDate Start => start;

    /// <summary>The last day of the period (截止日), inclusive.</summary>
    public LocalDate End => end;

    /// <summary>The calendar year (年份) of a year, half year, quarter, month or year to date.</summary>
    /// <remarks>Not named <c>Year</c> because <see cref="Year(int)"/> is the factory of a year.</remarks>
    /// <exception cref="InvalidOperationException">The period is a date range or a five-year plan, which has no single year.</exception>
    public int CalendarYear => kind is ReportingPeriodKind.DateRange or ReportingPeriodKind.FiveYearPlan
        ? throw new InvalidOperationException($"A {KindName} has no single year; use Start and End.")
        : start.Year;

    /// <summary>
    /// The number of calendar months covered (月数): 12 for a year, 6 for a half year, 11 for
    /// 1-11月, 60 for a five-year plan; for a date range, the months it covers when it starts on a
    /// first and ends on a last day of a month, otherwise null.
    /// </summary>
    public int? Months
    {
        get
        {
            if (start.Day != 1 || end.Day != end.Calendar.GetDaysInMonth(end.Year, end.Month))
            {
                return null;
            }
            return MonthIndex(end) - MonthIndex(start) + 1;
        }
    }

    /// <summary>The number of days covered (天数), both ends included.</summary>
    public int Days => Period.DaysBetween(start, end) + 1;

    /// <summary>
    /// The number within its kind: the half (1-2), the quarter (1-4), the month (1-12), the last
    /// month of a year to date (2-12), the plan (14 for 十四五); 0 for a year or a date range.
    /// </summary>
    internal int Number => kind switch
    {
        ReportingPeriodKind.HalfYear => (start.Month + 5) / 6,
        ReportingPeriodKind.Quarter => (start.Month + 2) / 3,
        ReportingPeriodKind.Month => start.Month,
        ReportingPeriodKind.YearToDate => end.Month,
        ReportingPeriodKind.FiveYearPlan => start.Year < ThirdPlanYear ? ((start.Year - FirstPlanYear) / 5) + 1 : ((start.Year - ThirdPlanYear) / 5) + 3,
        _ => 0,
    };

    private string KindName => kind switch
    {
        ReportingPeriodKind.DateRange => "date range",
        ReportingPeriodKind.HalfYear => "half year",
        ReportingPeriodKind.YearToDate => "year to date",
        ReportingPeriodKind.FiveYearPlan => "five-year plan",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A calendar year (年度): <c>Year(2024)</c> is 2024-01-01..2024-12-31.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod Year(int year) =>
        OfMonths(ReportingPeriodKind.Year, Guard.Against.NotInRange(year, MinYear, MaxYear), 1, 12);

    /// <summary>A half year (半年): <c>HalfYear(2024, 1)</c> is 2024年上半年, <c>HalfYear(2024, 2)</c> is 2024年下半年.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="half">1 for 上半年 (January to June), 2 for 下半年 (July to December).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod HalfYear(int year, int half) =>
        OfMonths(ReportingPeriodKind.HalfYear, Guard.Against.NotInRange(year, MinYear, MaxYear), ((Guard.Against.NotInRange(half, 1, 2) - 1) * 6) + 1, 6);

    /// <summary>A calendar quarter (季度): <c>Quarter(2013, 3)</c> is 2013年第三季度, 2013-07-01..2013-09-30.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter) =>
        OfMonths(ReportingPeriodKind.Quarter, Guard.Against.NotInRange(year, MinYear, MaxYear), ((Guard.Against.NotInRange(quarter, 1, 4) - 1) * 3) + 1, 3);

    /// <summary>A calendar month (月度): <c>Month(2024, 5)</c> is 2024年5月.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(int year, int month) =>
        OfMonths(ReportingPeriodKind.Month, Guard.Against.NotInRange(year, MinYear, MaxYear), Guard.Against.NotInRange(month, 1, 12), 1);

    /// <summary>
    /// A year to date (累计, 1-N月) from January to the end of <paramref name="lastMonth"/>:
    /// <c>YearToDate(2020, 11)</c> is 2020年1-11月, <c>YearToDate(2024, 2)</c> is 2024年1-2月.
    /// </summary>
    /// <remarks>
    /// The last month is at least February: January and February are released together, so 1-2月
    /// is the first year to date of a year; January alone is <see cref="Month(int, int)"/>.
    /// </remarks>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="lastMonth">The last month, 2 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod YearToDate(int year, int lastMonth) =>
        OfMonths(ReportingPeriodKind.YearToDate, Guard.Against.NotInRange(year, MinYear, MaxYear), 1, Guard.Against.NotInRange(lastMonth, 2, 12));

    /// <summary>A custom range of dates (自定义时段), both ends included: 2024年3月15日至2024年6月30日.</summary>
    /// <param name="start">The first day; ISO calendar, year 1 or later.</param>
    /// <param name="end">The last day; ISO calendar, not before <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is before year 1.</exception>
    public static ReportingPeriod DateRange(LocalDate start, LocalDate end)
    {
        CheckIsoDate(start);
        CheckIsoDate(end);
        Guard.Against.False(end >= start, nameof(end), $"end must not be before start; start was {start:uuuu-MM-dd}, end was {end:uuuu-MM-dd}.");
        return new ReportingPeriod(ReportingPeriodKind.DateRange, start, end);
    }

    /// <summary>
    /// The <paramref name="number"/>-th five-year plan period (第n个五年规划期):
    /// <c>FiveYearPlan(14)</c> is 十四五, 2021-01-01..2025-12-31.
    /// </summary>
    /// <remarks>
    /// The 1st plan (一五) covered 1953-1957 and the 2nd (二五) 1958-1962. 1963-1965 was an
    /// adjustment period (国民经济调整时期) outside any plan, so the 3rd plan began in 1966 and plan
    /// n ≥ 3 covers 1951+5n to 1955+5n: 十二五 2011-2015, 十三五 2016-2020, 十四五 2021-2025, 十五五 2026-2030.
    /// </remarks>
    /// <param name="number">The plan's number, 1 to 99.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is out of range.</exception>
    public static ReportingPeriod FiveYearPlan(int number) =>
        OfMonths(ReportingPeriodKind.FiveYearPlan, PlanStartYear(Guard.Against.NotInRange(number, 1, MaxPlan)), 1, 60);

    private static int PlanStartYear(int number) => number < 3 ? FirstPlanYear + (5 * (number - 1)) : ThirdPlanYear + (5 * (number - 3));

    /// <summary>The period as a NodaTime <see cref="DateInterval"/> (both ends inclusive).</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(start, end);

    /// <summary>Whether <paramref name="date"/> falls within the period, both ends included.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>Whether <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        CheckIso(date);
        return start <= date && date <= end;
    }

    /// <summary>
    /// The share of the period elapsed by the end of <paramref name="asOf"/> (序时进度), as a
    /// percentage from 0% to 100%: 0% before the start, 100% on and after the last day.
    /// </summary>
    /// <remarks>
    /// <para><see cref="ElapsedMeasure.Months"/>: completed whole months over the months in the period.
    /// A month counts only once its last day is reached, so 30 June is 50% of the year and 29 June
    /// is 5/12. Needs a period of whole months (every kind but some date ranges).</para>
    /// <para><see cref="ElapsedMeasure.Days"/>: days from the start to <paramref name="asOf"/>, both
    /// included, over the days in the period.</para>
    /// <para>A percentage rather than a fraction because pacing compares it with a completion rate:
    /// completion − elapsed share is in percentage points (快/慢于序时进度x个百分点).</para>
    /// </remarks>
    /// <param name="asOf">The date up to which time has elapsed, inclusive; ISO calendar.</param>
    /// <param name="measure">Whole months or days.</param>
    /// <returns>The elapsed share.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar, or
    /// <paramref name="measure"/> is <see cref="ElapsedMeasure.Months"/> and the period is not made of whole months.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a defined value.</exception>
    public Percentage ElapsedShare(LocalDate asOf, ElapsedMeasure measure)
    {
        CheckIso(asOf);
        int total;
        switch (measure)
        {
            case ElapsedMeasure.Months:
                total = Months ?? throw new ArgumentException(
                    $"Elapsed months need a period of whole months; {this} does not start on a first or end on a last day of a month. Use ElapsedMeasure.Days.", nameof(measure));
                break;
            case ElapsedMeasure.Days:
                total = Days;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "measure must be Months or Days.");
        }
        if (asOf < start)
        {
            return Percentage.Zero;
        }
        if (asOf >= end)
        {
            return Percentage.OneHundred;
        }
        var elapsed = measure == ElapsedMeasure.Days
            ? Period.DaysBetween(start, asOf) + 1
            : MonthIndex(asOf) - MonthIndex(start) + (asOf.Day == asOf.Calendar.GetDaysInMonth(asOf.Year, asOf.Month) ? 1 : 0);
        return Percentage.FromPercent(100.0 * elapsed / total);
    }

    /// <summary>
    /// The same period of the previous year (同比基期): 2024年上半年 → 2023年上半年, 2020年1-11月 →
    /// 2019年1-11月, a date range → the same dates a year earlier (29 February → 28 February).
    /// The kind is kept.
    /// </summary>
    /// <returns>The period one year earlier.</returns>
    /// <exception cref="InvalidOperationException">The period is a five-year plan (compare with
    /// <see cref="PreviousPeriod"/>, the previous plan), or it starts in year 1.</exception>
    public ReportingPeriod SamePeriodPreviousYear()
    {
        if (kind == ReportingPeriodKind.FiveYearPlan)
        {
            throw new InvalidOperationException($"A five-year plan ({this}) has no same period a year earlier; compare it with PreviousPeriod(), the previous plan.");
        }
        if (start.Year == MinYear)
        {
            throw OutOfRange("before");
        }
        // A range keeps its days, 29 February becoming 28 February; a calendar kind is rebuilt, so
        // that February of a leap year ends on the 29th whichever way the year moves.
        return kind == ReportingPeriodKind.DateRange
            ? new ReportingPeriod(kind, start.PlusYears(-1), end.PlusYears(-1))
            : OfMonths(kind, start.Year - 1, start.Month, Months!.Value);
    }

    /// <summary>
    /// The period immediately before this one (环比基期), of the same kind and length.
    /// </summary>
    /// <remarks>
    /// A month, quarter, half year or year steps back by its own length, a five-year plan to the
    /// previous plan (三五 → 二五 leaves out 1963-1965, which no plan covered). A year to
    /// date 1-N月 steps back to 1-(N−1)月 of the same year, and 1-2月 to 1-12月 of the previous year
    /// (the series of year-to-date releases). A date range steps back by its own length in days.
    /// <see cref="NextPeriod"/> is the inverse: <c>p.PreviousPeriod().NextPeriod() == p</c>.
    /// </remarks>
    /// <returns>The preceding period.</returns>
    /// <exception cref="InvalidOperationException">The preceding period would start before year 1.</exception>
    public ReportingPeriod PreviousPeriod() => Step(-1);

    /// <summary>
    /// The period immediately after this one, of the same kind and length; the inverse of
    /// <see cref="PreviousPeriod"/> (1-11月 → 1-12月 → next year's 1-2月; a date range moves forward by its own length in days).
    /// </summary>
    /// <returns>The following period.</returns>
    /// <exception cref="InvalidOperationException">The following period would end after year 9999
    /// (or after the 99th five-year plan).</exception>
    public ReportingPeriod NextPeriod() => Step(1);

    private ReportingPeriod Step(int direction)
    {
        switch (kind)
        {
            case ReportingPeriodKind.DateRange:
                var days = Days;
                if (direction < 0 ? Period.DaysBetween(MinDate, start) < days : Period.DaysBetween(end, MaxDate) < days)
                {
                    throw OutOfRange(direction < 0 ? "before" : "after");
                }
                return new ReportingPeriod(kind, start.PlusDays(direction * days), end.PlusDays(direction * days));
            case ReportingPeriodKind.YearToDate:
                var lastMonth = end.Month + direction;
                var year = start.Year;
                if (lastMonth < 2)
                {
                    (year, lastMonth) = (year - 1, 12);
                }
                else if (lastMonth > 12)
                {
                    (year, lastMonth) = (year + 1, 2);
                }
                return year is < MinYear or > MaxYear ? throw OutOfRange(direction < 0 ? "before" : "after") : YearToDate(year, lastMonth);
            case ReportingPeriodKind.FiveYearPlan:
                var number = Number + direction;
                return number is < 1 or > MaxPlan ? throw OutOfRange(direction < 0 ? "before" : "after") : FiveYearPlan(number);
            default:
                var length = Months!.Value;
                var first = MonthIndex(start) + (direction * length);
                if (first < MinYear * 12 || first + length - 1 > (MaxYear * 12) + 11)
                {
                    throw OutOfRange(direction < 0 ? "before" : "after");
                }
                return OfMonths(kind, first / 12, (first % 12) + 1, length);
        }
    }

    private InvalidOperationException OutOfRange(string direction) =>
        new($"There is no {KindName} {direction} {this} within the supported years {MinYear}-{MaxYear} (five-year plans 1-{MaxPlan}).");

    /// <summary>Equality: the same kind and the same dates.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality: a different kind or different dates.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (see <see cref="CompareTo(ReportingPeriod)"/>).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (see <see cref="CompareTo(ReportingPeriod)"/>).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => kind == other.kind && start == other.start && end == other.end;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(kind, start, end);

    /// <summary>
    /// Orders periods by <see cref="Start"/>, then by <see cref="End"/> (a shorter period first), then
    /// by <see cref="Kind"/> in its declared order (so 2024-01-01..2024-12-31 as a date range sorts
    /// before the year 2024, which sorts before 2024年1-12月).
    /// </summary>
    /// <param name="other">The other period.</param>
    /// <returns>Negative, zero or positive as this period sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = start.CompareTo(other.start);
        if (byStart != 0)
        {
            return byStart;
        }
        var byEnd = end.CompareTo(other.end);
        return byEnd != 0 ? byEnd : kind.CompareTo(other.kind);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a ReportingPeriod.", nameof(obj)),
    };

    private static ReportingPeriod OfMonths(ReportingPeriodKind kind, int year, int firstMonth, int months)
    {
        var first = new LocalDate(year, firstMonth, 1);
        // Built from the last month rather than as "next first day − 1", which overflows in December 9999.
        var lastMonth = first.PlusMonths(months - 1);
        return new ReportingPeriod(kind, first, new LocalDate(lastMonth.Year, lastMonth.Month, CalendarSystem.Iso.GetDaysInMonth(lastMonth.Year, lastMonth.Month)));
    }

    // Months since year 0: consecutive months differ by one across years.
    private static int MonthIndex(LocalDate date) => (date.Year * 12) + date.Month - 1;

    private static void CheckIso(LocalDate date, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        Guard.Against.False(date.Calendar == CalendarSystem.Iso, paramName, $"{paramName} must be in the ISO calendar; was in {date.Calendar.Id}.");
    }

    internal static void CheckIsoDate(LocalDate date, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        CheckIso(date, paramName);
        Guard.Against.NotInRange(date.Year >= MinYear, paramName, date, $"{paramName} must be in year {MinYear} or later; was {date:uuuu-MM-dd}.");
    }
}
