namespace Indicators;

/// <summary>
/// Year to date (累计, 1-N月) and months (当月): a flow's year-to-date value is the sum of its
/// months and 当月 = YTD(m) − YTD(m−1) (1—10月 1000, 1—11月 1100 → 11月 100); a stock's
/// year-to-date value is its value at the end of the month; ratios and indices are not
/// accumulated. Missing months stay missing.
/// </summary>
/// <remarks>
/// A month needed by a calculation that is missing makes the result missing: a year-to-date total
/// with a missing month is missing (not a partial sum), and a month is missing where either
/// year-to-date value is. So a gap loses every year-to-date value after it, and both round trips
/// (months → YTD → months, YTD → months → YTD) give back the values before the first gap and
/// missing values from it on. A stock's value is not carried forward over a missing month.
/// In a 1-2月 series (<see cref="MonthlySeries.JanuaryFebruaryCombined"/>) month 2 is the
/// combined period in both directions and January has no value of its own.
/// </remarks>
public static class YearToDate
{
    /// <summary>The year-to-date value through <paramref name="month"/> (1-N月累计) from monthly values.</summary>
    /// <param name="months">The monthly values (当月).</param>
    /// <param name="month">The last month, 1 to 12.</param>
    /// <param name="nature">The indicator's nature: a flow sums, a stock takes its value at the month's end.</param>
    /// <returns>The value, or a status when a month is missing or the nature cannot be accumulated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public static YearToDateResult Through(MonthlySeries months, int month, IndicatorNature nature)
    {
        Guard.Against.Null(months);
        Guard.Against.NotInRange(month, 1, 12);
        if (Early(months, month, nature, isMonthFromYearToDate: false) is { } early)
        {
            return early;
        }
        var first = nature == IndicatorNature.Flow ? FirstPeriodMonth(months) : month;
        var sum = 0.0;
        for (var m = first; m <= month; m++)
        {
            if (!months.TryGetValue(m, out var value))
            {
                return new YearToDateResult(months, month, nature, false, YearToDateStatus.MissingMonth, m, 0);
            }
            sum += value;
        }
        return double.IsFinite(sum)
            ? new YearToDateResult(months, month, nature, false, YearToDateStatus.Available, 0, sum)
            : new YearToDateResult(months, month, nature, false, YearToDateStatus.TooLarge, 0, 0);
    }

    /// <summary>A month's value (当月) from year-to-date values: YTD(m) − YTD(m−1) for a flow, the value itself for a stock.</summary>
    /// <param name="yearToDate">The year-to-date values (累计).</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="nature">The indicator's nature.</param>
    /// <returns>The value, or a status when a year-to-date value is missing or the nature cannot be differenced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yearToDate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public static YearToDateResult MonthFrom(MonthlySeries yearToDate, int month, IndicatorNature nature)
    {
        Guard.Against.Null(yearToDate);
        Guard.Against.NotInRange(month, 1, 12);
        if (Early(yearToDate, month, nature, isMonthFromYearToDate: true) is { } early)
        {
            return early;
        }
        if (!yearToDate.TryGetValue(month, out var current))
        {
            return new YearToDateResult(yearToDate, month, nature, true, YearToDateStatus.MissingMonth, month, 0);
        }
        if (nature == IndicatorNature.Stock || month == FirstPeriodMonth(yearToDate))
        {
            return new YearToDateResult(yearToDate, month, nature, true, YearToDateStatus.Available, 0, current);
        }
        if (!yearToDate.TryGetValue(month - 1, out var previous))
        {
            return new YearToDateResult(yearToDate, month, nature, true, YearToDateStatus.MissingMonth, month - 1, 0);
        }
        return double.IsFinite(current - previous)
            ? new YearToDateResult(yearToDate, month, nature, true, YearToDateStatus.Available, 0, current - previous)
            : new YearToDateResult(yearToDate, month, nature, true, YearToDateStatus.TooLarge, 0, 0);
    }

    /// <summary>Year-to-date values for every month of a monthly series (same months, same 1-2月 form).</summary>
    /// <param name="months">The monthly values.</param>
    /// <param name="nature">A flow or a stock.</param>
    /// <returns>The year-to-date series; missing where <see cref="Through"/> is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nature"/> is a ratio or an index, which cannot be accumulated.</exception>
    public static MonthlySeries FromMonths(MonthlySeries months, IndicatorNature nature) =>
        Convert(months, nature, static (series, m, n) => Through(series, m, n));

    /// <summary>Monthly values (当月) for every month of a year-to-date series (same months, same 1-2月 form).</summary>
    /// <param name="yearToDate">The year-to-date values.</param>
    /// <param name="nature">A flow or a stock.</param>
    /// <returns>The monthly series; missing where <see cref="MonthFrom"/> is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yearToDate"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nature"/> is a ratio or an index, which cannot be differenced.</exception>
    public static MonthlySeries ToMonths(MonthlySeries yearToDate, IndicatorNature nature) =>
        Convert(yearToDate, nature, static (series, m, n) => MonthFrom(series, m, n));

    private static MonthlySeries Convert(MonthlySeries series, IndicatorNature nature, Func<MonthlySeries, int, IndicatorNature, YearToDateResult> valueOf)
    {
        Guard.Against.Null(series);
        Guard.Against.False(nature is (IndicatorNature.Flow or IndicatorNature.Stock), nameof(nature), $"A {nature} indicator cannot be accumulated or differenced: compute it from its accumulated numerator and denominator.");
        var first = FirstPeriodMonth(series);
        Span<double?> values = stackalloc double?[series.LastMonth - first + 1];
        for (var m = first; m <= series.LastMonth; m++)
        {
            values[m - first] = valueOf(series, m, nature).Value;
        }
        return series.JanuaryFebruaryCombined
            ? MonthlySeries.FromJanuaryFebruaryCombined(values[0], values[1..])
            : MonthlySeries.FromMonths(values);
    }

    private static int FirstPeriodMonth(MonthlySeries series) => series.JanuaryFebruaryCombined ? 2 : 1;

    private static YearToDateResult? Early(MonthlySeries series, int month, IndicatorNature nature, bool isMonthFromYearToDate)
    {
        if (nature is not (IndicatorNature.Flow or IndicatorNature.Stock))
        {
            return new YearToDateResult(series, month, nature, isMonthFromYearToDate, YearToDateStatus.NotAccumulable, 0, 0);
        }
        return series.JanuaryFebruaryCombined && month == 1
            ? new YearToDateResult(series, month, nature, isMonthFromYearToDate, YearToDateStatus.NotReportedSeparately, 0, 0)
            : null;
    }
}
