namespace Indicators;

/// <summary>
/// Judging a value at a limit (是否达到目标): is the actual value at least, at most or equal to the limit under a
/// stated <see cref="LimitComparison"/> and published precision. The choice is explicit because the two GB/T 8170
/// methods disagree at the edge: −2.96% against "下降3%以上" passes only the rounded comparison.
/// </summary>
public static class Judgement
{
    /// <summary>Compares <paramref name="actual"/> with <paramref name="limit"/> under a policy.</summary>
    /// <param name="actual">The actual value; finite.</param>
    /// <param name="limit">The limit as stated (a number at the published precision); finite.</param>
    /// <param name="decimals">The published precision, in decimals (0 to <see cref="Rounding.MaxDecimals"/>); used by <see cref="LimitComparison.RoundedValue"/>.</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <param name="mode">How the actual value is rounded under <see cref="LimitComparison.RoundedValue"/>.</param>
    /// <returns>Negative when below the limit, zero at it, positive above it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or an option is out of range.</exception>
    public static int Compare(double actual, double limit, int decimals, LimitComparison comparison = LimitComparison.RoundedValue, RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        Guard.Against.NotFinite(actual);
        Guard.Against.NotFinite(limit);
        CheckOptions(decimals, comparison, mode);
        if (!Rounding.TrySnap(actual, out var value) || !Rounding.TrySnap(limit, out var snappedLimit))
        {
            // Beyond the snapping range there is no digit after the point to round or to tie on.
            return actual.CompareTo(limit);
        }
        return (comparison == LimitComparison.RoundedValue ? Rounding.RoundDecimal(value, decimals, mode) : value).CompareTo(snappedLimit);
    }

    /// <summary>Whether <paramref name="actual"/> reaches the floor <paramref name="limit"/> (以上, 不低于).</summary>
    /// <param name="actual">The actual value; finite.</param>
    /// <param name="limit">The floor; finite.</param>
    /// <param name="decimals">The published precision, in decimals.</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <param name="mode">How the actual value is rounded.</param>
    /// <returns>Whether actual ≥ limit under the policy.</returns>
    public static bool IsAtLeast(double actual, double limit, int decimals, LimitComparison comparison = LimitComparison.RoundedValue, RoundingMode mode = RoundingMode.HalfAwayFromZero) =>
        Compare(actual, limit, decimals, comparison, mode) >= 0;

    /// <summary>Whether <paramref name="actual"/> stays within the ceiling <paramref name="limit"/> (以内, 以下, 不高于).</summary>
    /// <param name="actual">The actual value; finite.</param>
    /// <param name="limit">The ceiling; finite.</param>
    /// <param name="decimals">The published precision, in decimals.</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <param name="mode">How the actual value is rounded.</param>
    /// <returns>Whether actual ≤ limit under the policy.</returns>
    public static bool IsAtMost(double actual, double limit, int decimals, LimitComparison comparison = LimitComparison.RoundedValue, RoundingMode mode = RoundingMode.HalfAwayFromZero) =>
        Compare(actual, limit, decimals, comparison, mode) <= 0;

    /// <summary>Whether <paramref name="actual"/> equals <paramref name="limit"/> under the policy.</summary>
    /// <param name="actual">The actual value; finite.</param>
    /// <param name="limit">The limit; finite.</param>
    /// <param name="decimals">The published precision, in decimals.</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <param name="mode">How the actual value is rounded.</param>
    /// <returns>Whether actual = limit under the policy.</returns>
    public static bool IsEqual(double actual, double limit, int decimals, LimitComparison comparison = LimitComparison.RoundedValue, RoundingMode mode = RoundingMode.HalfAwayFromZero) =>
        Compare(actual, limit, decimals, comparison, mode) == 0;

    /// <summary>
    /// Compares a growth with a rate limit (增长x%以上). The 15-significant-digit rule is applied to the development
    /// speed (发展速度, current / base), not to the rate: the subtraction of 1 cancels leading digits, so a rate
    /// computed from a decimal tie (1.001 / 1 − 1 = 0.00099999999999989) agrees with the limit to fewer than 15
    /// digits although the levels were an exact tie. Both policies then work on that decimal rate.
    /// </summary>
    /// <param name="actual">The growth.</param>
    /// <param name="limit">The rate limit.</param>
    /// <param name="decimals">The published precision of the percent number (1 for "15.0%").</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <param name="mode">How the rate is rounded.</param>
    /// <returns>Negative when below the limit, zero at it, positive above it; null when the growth has no rate (扭亏为盈, 从无到有…).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static int? Compare(GrowthResult actual, Percentage limit, int decimals, LimitComparison comparison = LimitComparison.RoundedValue, RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        CheckOptions(decimals, comparison, mode);
        if (!actual.HasValue)
        {
            return null;
        }
        if (!actual.TryGetDecimalPercent(out var percent) || !Rounding.TrySnap(limit.Percent, out var snappedLimit))
        {
            return actual.Rate!.Value.Percent.CompareTo(limit.Percent);
        }
        return (comparison == LimitComparison.RoundedValue ? Rounding.RoundDecimal(percent, decimals, mode) : percent).CompareTo(snappedLimit);
    }

    /// <summary>Whether a growth reaches a rate floor (增长x%以上); false when the growth has no rate.</summary>
    /// <param name="actual">The growth.</param>
    /// <param name="limit">The floor.</param>
    /// <param name="decimals">The published precision of the percent number.</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <param name="mode">How the rate is rounded.</param>
    /// <returns>Whether the rate is at least the limit under the policy.</returns>
    public static bool IsAtLeast(GrowthResult actual, Percentage limit, int decimals, LimitComparison comparison = LimitComparison.RoundedValue, RoundingMode mode = RoundingMode.HalfAwayFromZero) =>
        Compare(actual, limit, decimals, comparison, mode) >= 0;

    /// <summary>Whether a growth stays within a rate ceiling (下降x%以上 is a ceiling of −x%); false when the growth has no rate.</summary>
    /// <param name="actual">The growth.</param>
    /// <param name="limit">The ceiling.</param>
    /// <param name="decimals">The published precision of the percent number.</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <param name="mode">How the rate is rounded.</param>
    /// <returns>Whether the rate is at most the limit under the policy.</returns>
    public static bool IsAtMost(GrowthResult actual, Percentage limit, int decimals, LimitComparison comparison = LimitComparison.RoundedValue, RoundingMode mode = RoundingMode.HalfAwayFromZero) =>
        Compare(actual, limit, decimals, comparison, mode) <= 0;

    private static void CheckOptions(int decimals, LimitComparison comparison, RoundingMode mode)
    {
        Guard.Against.NotInRange(decimals, 0, Rounding.MaxDecimals);
        Rounding.CheckMode(mode);
        Guard.Against.NotInRange(comparison is (LimitComparison.RoundedValue or LimitComparison.FullValue), nameof(comparison), comparison, "Unknown limit comparison.");
    }
}
