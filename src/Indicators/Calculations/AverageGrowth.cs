namespace Indicators;

/// <summary>
/// Average annual growth (年均增长速度), two-year averages (两年平均增长), the growth needed to reach a target and
/// doubling times. The years counted exclude the base year: 2020 → 2025 is five years (2021-2025年均增长).
/// </summary>
public static class AverageGrowth
{
    /// <summary>水平法: <c>(end / start)^(1/years) − 1</c>.</summary>
    /// <param name="start">The base-year level X0; finite.</param>
    /// <param name="end">The level Xn of the last year; finite.</param>
    /// <param name="years">n, the years after the base year; at least 1.</param>
    /// <returns>The average rate, or no value when start ≤ 0 or end &lt; 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is NaN or infinite, or <paramref name="years"/> is below 1.</exception>
    public static AverageGrowthResult Level(double start, double end, int years)
    {
        Guard.Against.LessThan(years, 1);
        return new(Guard.Against.NotFinite(start), Guard.Against.NotFinite(end), years, AverageGrowthMethod.Level);
    }

    /// <summary>水平法 from a chain of yearly rates (for real indicators, whose levels are not comparable): <c>(Π(1 + gk))^(1/n) − 1</c>.</summary>
    /// <param name="rates">The yearly rates, one per year after the base year; each at least −100%.</param>
    /// <returns>The average rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rates"/> is empty, holds a rate below −100%, or the product of the growth factors overflows a double.</exception>
    public static AverageGrowthResult FromRates(ReadOnlySpan<Percentage> rates)
    {
        Guard.Against.False(!rates.IsEmpty, nameof(rates), "At least one yearly rate is needed.");
        var product = 1.0;
        foreach (var rate in rates)
        {
            Guard.Against.NotInRange(rate.Percent >= -100, nameof(rates), rate, "A growth rate cannot be below −100%.");
            product *= 1 + rate.Fraction;
        }
        // The chain is the input: a product beyond a double is refused here, not kept as an infinite End.
        return double.IsFinite(product)
            ? new(1, product, rates.Length, AverageGrowthMethod.Level)
            : throw new ArgumentOutOfRangeException(nameof(rates), "The product of the growth factors (1 + rate) overflows a double.");
    }

    /// <summary>The two-year average (两年平均增长) from the growth over both years: <c>√(1 + g) − 1</c> (13.5% → 6.5%).</summary>
    /// <param name="twoYearGrowth">The growth over the two years (比前年同期增长), unrounded.</param>
    /// <returns>The average rate, or no value below −100%.</returns>
    public static AverageGrowthResult TwoYear(Percentage twoYearGrowth) => new(1, 1 + twoYearGrowth.Fraction, 2, AverageGrowthMethod.Level);

    /// <summary>累计法 (fixed-asset investment): the r with <c>Σ(1+r)^k = ΣXk / X0</c>, k = 1..n (100; 110, 121 → 10%).</summary>
    /// <param name="start">The base-year level X0; finite.</param>
    /// <param name="levels">X1..Xn, the levels of the years after the base year; finite.</param>
    /// <returns>The average rate, or no value when start ≤ 0 or the total is negative.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is NaN or infinite, there are no levels, or their total overflows a double.</exception>
    public static AverageGrowthResult Cumulative(double start, ReadOnlySpan<double> levels)
    {
        Guard.Against.NotFinite(start);
        Guard.Against.False(!levels.IsEmpty, nameof(levels), "At least one year after the base year is needed.");
        var total = 0.0;
        foreach (var level in levels)
        {
            total += Guard.Against.NotFinite(level, nameof(levels));
        }
        // The total is the result's End: a sum beyond a double is refused here, not kept as an infinity.
        return double.IsFinite(total)
            ? new(start, total, levels.Length, AverageGrowthMethod.Cumulative)
            : throw new ArgumentOutOfRangeException(nameof(levels), "The total of the levels overflows a double.");
    }

    /// <summary>The growth a year needed to reach a target: <c>(target / current)^(1/years) − 1</c>.</summary>
    /// <param name="current">The current level; finite.</param>
    /// <param name="target">The target level; finite.</param>
    /// <param name="years">The years left; at least 1.</param>
    /// <returns>The required yearly rate, or no value when current ≤ 0 or target &lt; 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is NaN or infinite, or <paramref name="years"/> is below 1.</exception>
    public static AverageGrowthResult RequiredToReach(double current, double target, int years) => Level(current, target, years);

    /// <summary>The years needed to double at a constant yearly rate: <c>ln 2 / ln(1 + rate)</c> (7.18% → 10 years).</summary>
    /// <param name="rate">The yearly rate.</param>
    /// <returns>The doubling time, or no value when the rate is not positive.</returns>
    public static DoublingTimeResult DoublingTime(Percentage rate) => new(rate);
}
