namespace Indicators;

/// <summary>
/// The expected share of the annual total by the end of each month (序时进度曲线): flat (m/12) or seasonal, for example
/// last year's year-to-date share of its total (上年同期累计占全年比重), for indicators such as fixed-asset investment or
/// fiscal revenue whose months are uneven.
/// </summary>
/// <remarks>Immutable. A seasonal share may fall or exceed 100% before December when a month of the profile is negative; it is used as given.</remarks>
public sealed class PacingProfile
{
    private readonly double[]? shares; // Percent by month 1..12; null for the flat profile.

    private PacingProfile(double[]? shares) => this.shares = shares;

    /// <summary>The flat profile (按月序时进度): m/12 by the end of month m.</summary>
    public static PacingProfile Flat { get; } = new(null);

    /// <summary>Whether this is the flat profile m/12.</summary>
    public bool IsFlat => shares is null;

    /// <summary>
    /// A seasonal profile from last year's monthly values (上年逐月数据, 当月): the expected share by the end of month m is
    /// last year's YTD(m) / last year's total.
    /// </summary>
    /// <remarks>In a 1-2月 series January has no value of its own; its share is taken as half of the 1-2月 share.</remarks>
    /// <param name="lastYearMonths">Last year's monthly values, all twelve months present.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lastYearMonths"/> is null.</exception>
    /// <exception cref="ArgumentException">A month is missing, the year's total is not positive, or a month's share of it overflows a double.</exception>
    public static PacingProfile FromLastYearMonths(MonthlySeries lastYearMonths)
    {
        Guard.Against.Null(lastYearMonths);
        Guard.Against.False(lastYearMonths.LastMonth == 12, nameof(lastYearMonths), "A seasonal profile needs all twelve months of last year.");
        return FromLastYearToDate(YearToDate.FromMonths(lastYearMonths, IndicatorNature.Flow), nameof(lastYearMonths));
    }

    /// <summary>A seasonal profile from last year's year-to-date values (上年1-N月累计): the share by month m is YTD(m) / YTD(12).</summary>
    /// <remarks>In a 1-2月 series January's share is taken as half of the 1-2月 share.</remarks>
    /// <param name="lastYearToDate">Last year's year-to-date values, through December, with no month missing.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lastYearToDate"/> is null.</exception>
    /// <exception cref="ArgumentException">A month is missing, the year's total is not positive, or a month's share of it overflows a double.</exception>
    public static PacingProfile FromLastYearToDate(MonthlySeries lastYearToDate)
    {
        Guard.Against.Null(lastYearToDate);
        return FromLastYearToDate(lastYearToDate, nameof(lastYearToDate));
    }

    private static PacingProfile FromLastYearToDate(MonthlySeries yearToDate, string paramName)
    {
        Guard.Against.False(yearToDate.LastMonth == 12, paramName, "A seasonal profile needs last year's figures through December.");
        Guard.Against.False(yearToDate.TryGetValue(12, out var total) && total > 0, paramName, "Last year's total must be present and positive to give shares.");
        var shares = new double[12];
        for (var month = 12; month >= 1; month--)
        {
            if (yearToDate.TryGetValue(month, out var value))
            {
                shares[month - 1] = value / total * 100;
                Guard.Against.False(double.IsFinite(shares[month - 1]), paramName, $"Month {month}'s share of last year's total overflows a double.");
            }
            else
            {
                Guard.Against.False(month == 1 && yearToDate.JanuaryFebruaryCombined, paramName, $"Month {month} of last year is missing: a profile is not built over a gap.");
                shares[0] = shares[1] / 2;
            }
        }
        return new(shares);
    }

    /// <summary>The expected share of the year's total by the end of <paramref name="month"/> (序时进度).</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The share; 100% at month 12 for the flat profile and for one from last year's figures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public Percentage ExpectedShare(int month)
    {
        Guard.Against.NotInRange(month, 1, 12);
        return Percentage.FromPercent(shares is null ? month * 100.0 / 12 : shares[month - 1]);
    }
}
