using NodaTime;

namespace Indicators;

/// <summary>
/// Pacing (时间过半、任务过半; 序时进度): a year-to-date actual against the annual target, compared with the share of the
/// year that has elapsed, and the monthly run rate still needed (余下月份需月均完成).
/// </summary>
/// <remarks>
/// The gap is in percentage points: completion − expected share (快/慢于序时进度x个百分点). At the end of June 50.22% of the
/// annual target is 0.22 points ahead (domain.md); at the end of September 70% is 5 points behind (research rule 20).
/// A growth target is paced by the year-to-date growth against the target growth (<see cref="OfGrowthTarget"/>).
/// </remarks>
public static class Pacing
{
    /// <summary>Pacing by months (按月序时进度): the expected share by the end of <paramref name="month"/> is month/12.</summary>
    /// <param name="yearToDate">The year-to-date actual (1-N月累计完成); finite.</param>
    /// <param name="annualTarget">The annual target (年度目标); finite.</param>
    /// <param name="month">The last completed month, 1 to 12.</param>
    /// <returns>The pacing; <see cref="PaceStatus.Undefined"/> when the target is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or <paramref name="month"/> is not 1 to 12.</exception>
    public static PacingResult ByMonths(double yearToDate, double annualTarget, int month) =>
        Create(yearToDate, annualTarget, month, PacingProfile.Flat, default);

    /// <summary>
    /// Pacing by months for a reporting period that ends a month of the year (2024年1-6月, 2024年上半年, 2013年第三季度,
    /// 2024年5月): the expected share is the year's elapsed share by the period's last day
    /// (<see cref="ReportingPeriod.ElapsedShare"/> with <see cref="ElapsedMeasure.Months"/>).
    /// </summary>
    /// <param name="yearToDate">The year-to-date actual through the end of <paramref name="period"/>; finite.</param>
    /// <param name="annualTarget">The annual target; finite.</param>
    /// <param name="period">A period within one calendar year that ends on the last day of a month.</param>
    /// <returns>The pacing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> does not end on the last day of a month, or spans more than one year.</exception>
    public static PacingResult ByMonths(double yearToDate, double annualTarget, ReportingPeriod period)
    {
        var end = period.End;
        Guard.Against.False(period.Start.Year == end.Year && end.Day == end.Calendar.GetDaysInMonth(end.Year, end.Month), nameof(period), "Pacing by months needs a period within one year that ends on the last day of a month.");
        return Create(yearToDate, annualTarget, MonthsElapsed(end), PacingProfile.Flat, default);
    }

    /// <summary>Pacing by a seasonal profile (季节序时进度), such as last year's monthly shares.</summary>
    /// <param name="yearToDate">The year-to-date actual; finite.</param>
    /// <param name="annualTarget">The annual target; finite.</param>
    /// <param name="month">The last completed month, 1 to 12.</param>
    /// <param name="profile">The expected share by month; <see cref="PacingProfile.Flat"/> gives <see cref="ByMonths(double, double, int)"/>.</param>
    /// <returns>The pacing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or <paramref name="month"/> is not 1 to 12.</exception>
    public static PacingResult ByProfile(double yearToDate, double annualTarget, int month, PacingProfile profile)
    {
        Guard.Against.Null(profile);
        return Create(yearToDate, annualTarget, month, profile, default);
    }

    /// <summary>
    /// Pacing by days (按天序时进度): the expected share is the days of <paramref name="asOf"/>'s year elapsed up to and
    /// including <paramref name="asOf"/> over the days of the year. The months left for the run rate are those not yet
    /// completed (15 June leaves 7).
    /// </summary>
    /// <param name="yearToDate">The year-to-date actual up to <paramref name="asOf"/>; finite.</param>
    /// <param name="annualTarget">The annual target of <paramref name="asOf"/>'s year; finite.</param>
    /// <param name="asOf">The date of the figure (截至); ISO calendar.</param>
    /// <returns>The pacing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or <paramref name="asOf"/> is before year 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public static PacingResult ByDays(double yearToDate, double annualTarget, LocalDate asOf)
    {
        ReportingPeriod.CheckIsoDate(asOf);
        return Create(yearToDate, annualTarget, MonthsElapsed(asOf), null, asOf);
    }

    /// <summary>
    /// Pacing of a growth target (增速目标的进度): the year-to-date growth against the annual target growth, in percentage
    /// points (累计增长8.5%, 快于年度目标0.5个百分点).
    /// </summary>
    /// <param name="yearToDateGrowth">The year-to-date growth (1-N月累计增长).</param>
    /// <param name="annualTargetGrowth">The annual growth target (全年增长目标).</param>
    /// <param name="month">The last completed month, 1 to 12.</param>
    /// <returns>The pacing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12, or the gap is not finite.</exception>
    public static GrowthPacingResult OfGrowthTarget(Percentage yearToDateGrowth, Percentage annualTargetGrowth, int month)
    {
        Guard.Against.NotInRange(month, 1, 12);
        Guard.Against.NotInRange(double.IsFinite(yearToDateGrowth.Percent - annualTargetGrowth.Percent), nameof(yearToDateGrowth), yearToDateGrowth, "The rates are too far apart for their gap in percentage points to be a finite number.");
        return new(yearToDateGrowth, annualTargetGrowth, month);
    }

    // The months of date's year elapsed by date, as a count (ReportingPeriod.ElapsedShare by months × 12).
    private static int MonthsElapsed(LocalDate date) =>
        (int)Math.Round(ReportingPeriod.Year(date.Year).ElapsedShare(date, ElapsedMeasure.Months).Percent * 12 / 100);

    private static PacingResult Create(double yearToDate, double annualTarget, int month, PacingProfile? profile, LocalDate? asOf)
    {
        Guard.Against.NotFinite(yearToDate);
        Guard.Against.NotFinite(annualTarget);
        Percentage expected;
        if (asOf is { } date)
        {
            expected = ReportingPeriod.Year(date.Year).ElapsedShare(date, ElapsedMeasure.Days);
        }
        else
        {
            Guard.Against.NotInRange(month, 1, 12);
            expected = profile!.ExpectedShare(month);
        }
        var basis = asOf.HasValue ? PacingBasis.Days : profile!.IsFlat ? PacingBasis.Months : PacingBasis.SeasonalProfile;
        return new(yearToDate, annualTarget, month, expected, basis, asOf);
    }
}
