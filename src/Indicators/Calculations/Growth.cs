namespace Indicators;

/// <summary>
/// Growth calculations (增长速度): year on year (同比), period on period (环比), against a comparable base
/// (可比口径) and in real terms (可比价).
/// </summary>
public static class Growth
{
    /// <summary>Year-on-year growth (同比增长): the current value over the same period of the previous year.</summary>
    /// <param name="current">The current value (本期); finite.</param>
    /// <param name="previousYear">The comparable value of the same period a year earlier (上年同期); finite.</param>
    /// <returns>The rate <c>current / previousYear − 1</c>, or a status when the base is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static GrowthResult YearOnYear(double current, double previousYear) =>
        new(Guard.Against.NotFinite(current), Guard.Against.NotFinite(previousYear), GrowthKind.YearOnYear);

    /// <summary>
    /// Period-on-period growth (环比增长) over the immediately preceding period. Computed here from two raw
    /// values it is <b>unadjusted</b>; the 环比 rates the statistics bureau publishes are seasonally adjusted and
    /// revised, so the two are not comparable.
    /// </summary>
    /// <param name="current">The current value; finite.</param>
    /// <param name="previousPeriod">The value of the preceding period (上期); finite.</param>
    /// <returns>The rate <c>current / previousPeriod − 1</c>, or a status when the base is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static GrowthResult PeriodOnPeriod(double current, double previousPeriod) =>
        new(Guard.Against.NotFinite(current), Guard.Against.NotFinite(previousPeriod), GrowthKind.PeriodOnPeriod);

    /// <summary>
    /// Growth against a comparable base (可比口径), keeping the value published a year earlier apart: both rates are
    /// reported, and the comparable one is the one to publish (F5: 27298.3 on a comparable 23432.0 is +16.5%,
    /// against the published 29047.6 it would be −6.02%).
    /// </summary>
    /// <param name="current">The current value; finite.</param>
    /// <param name="comparableBase">Last year's value for the same scope (上年同期可比数); finite.</param>
    /// <param name="publishedPrevious">The value published a year earlier (上年公布数); finite.</param>
    /// <returns>Both growths.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static ComparableGrowthResult Comparable(double current, double comparableBase, double publishedPrevious) =>
        new(Guard.Against.NotFinite(current), Guard.Against.NotFinite(comparableBase), Guard.Against.NotFinite(publishedPrevious));

    /// <summary>Real growth from nominal growth and a price change: <c>(1 + nominal) / (1 + price change) − 1</c> (8% and 3% → 4.85%).</summary>
    /// <param name="nominal">The nominal growth (名义增长); at least −100%.</param>
    /// <param name="priceChange">The price change (价格变动); above −100%.</param>
    /// <returns>The three rates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range.</exception>
    public static RealGrowthResult Real(Percentage nominal, Percentage priceChange) => new(CheckGrowth(nominal), CheckPriceChange(priceChange));

    /// <summary>Nominal growth from real growth and a price change: <c>(1 + real)(1 + price change) − 1</c>; the inverse of <see cref="Real"/>.</summary>
    /// <param name="real">The real growth (实际增长); at least −100%.</param>
    /// <param name="priceChange">The price change (价格变动); above −100%.</param>
    /// <returns>The three rates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range, or the nominal rate overflows a double (the exception names <paramref name="priceChange"/>).</exception>
    public static RealGrowthResult NominalFromReal(Percentage real, Percentage priceChange)
    {
        var nominal = ((1 + CheckGrowth(real).Fraction) * (1 + CheckPriceChange(priceChange).Fraction)) - 1;
        return double.IsFinite(nominal * 100)
            ? new(Percentage.FromFraction(nominal), priceChange)
            : throw new ArgumentOutOfRangeException(nameof(priceChange), priceChange,
                "The nominal growth (1 + real)(1 + price change) − 1 of " + real.ToString() + " and this price change overflows a double.");
    }

    private static Percentage CheckGrowth(Percentage rate, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(rate))] string? paramName = null) =>
        rate.Percent >= -100 ? rate : throw new ArgumentOutOfRangeException(paramName, rate, "A growth rate cannot be below −100%.");

    private static Percentage CheckPriceChange(Percentage rate, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(rate))] string? paramName = null) =>
        rate.Percent > -100 ? rate : throw new ArgumentOutOfRangeException(paramName, rate, "A price change must be above −100%: prices cannot fall to zero.");
}
