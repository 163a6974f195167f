namespace Indicators;

/// <summary>
/// Rounding (数值修约) for presentation: round once, from the unrounded value, when the number is written.
/// </summary>
/// <remarks>
/// <para>
/// A double cannot hold 2.675 or 0.35: the nearest doubles are 2.67499999999999982236431605997495353221893310546875
/// and 0.34999999999999997779553950749686919152736663818359375. Rounding those binary values would give 2.67 and
/// 0.3, although the number the user wrote, and the one every report means, is the decimal 2.675. So the value is
/// first snapped to the decimal it stands for (the explicit <c>double</c> → <c>decimal</c> conversion keeps 15
/// significant digits, which a double always holds faithfully), and that decimal is rounded once. A result of a
/// calculation that is a decimal tie, such as 115 / 100 − 1 = 0.14999999999999991, is snapped back to the tie 0.15.
/// </para>
/// <para>
/// Never round in stages: 8.53459 to two decimals is 8.53, not 8.5346 → 8.535 → 8.54 (GB/T 8170-2008).
/// </para>
/// </remarks>
public static class Rounding
{
    /// <summary>The largest number of decimals accepted: beyond 15 a double has no digits left to round.</summary>
    public const int MaxDecimals = 15;

    // Snapping keeps 15 significant digits, so from 10^15 on no digit after the point survives it: beyond this limit
    // rounding to decimals is the identity and judging compares the doubles themselves. The limit sits two orders of
    // magnitude below decimal's range (±7.9 × 10^28) so that a snapped value can still be turned into a percent (×100)
    // or have 1 subtracted in decimal without overflowing.
    private const double SnapLimit = 1e26;

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> decimals (修约到小数点后n位).</summary>
    /// <param name="value">The unrounded value; finite.</param>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="mode">How a dropped part of exactly one half rounds; 四舍五入 by default.</param>
    /// <returns>The rounded value (never −0).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite, or <paramref name="decimals"/> is out of range.</exception>
    public static double Round(double value, int decimals, RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        Guard.Against.NotFinite(value);
        Guard.Against.NotInRange(decimals, 0, MaxDecimals);
        CheckMode(mode);
        return RoundUnchecked(value, decimals, mode);
    }

    /// <summary>
    /// The decimal a double stands for: its 15 significant digits (the explicit conversion's rule), so that 2.675 is
    /// 2.675 and 115 / 100 − 1 is 0.15. False beyond ±10^26 (and for NaN or an infinity): there a double has no digit
    /// after the point to round, and the caller rounds, compares or writes the double itself. The only place a double
    /// becomes a decimal, so that no conversion can overflow.
    /// </summary>
    internal static bool TrySnap(double value, out decimal snapped)
    {
        if (Math.Abs(value) < SnapLimit)
        {
            snapped = (decimal)value;
            return true;
        }
        snapped = 0;
        return false;
    }

    /// <summary>Whether two doubles stand for the same decimal (agree to 15 significant digits); beyond the snapping range, whether they are equal.</summary>
    internal static bool SnapEquals(double left, double right) =>
        TrySnap(left, out var l) && TrySnap(right, out var r) ? l == r : left == right;

    /// <summary>Compares two doubles as the decimals they stand for; beyond the snapping range, as doubles.</summary>
    internal static int SnapCompare(double left, double right) =>
        TrySnap(left, out var l) && TrySnap(right, out var r) ? l.CompareTo(r) : left.CompareTo(right);

    /// <summary><see cref="Round"/> without the checks (never −0); beyond the snapping range the value itself.</summary>
    internal static double RoundUnchecked(double value, int decimals, RoundingMode mode) =>
        TrySnap(value, out var snapped) ? (double)RoundDecimal(snapped, decimals, mode) + 0.0 : value + 0.0;

    /// <summary>Rounds a decimal once; arguments are already checked.</summary>
    internal static decimal RoundDecimal(decimal value, int decimals, RoundingMode mode) =>
        decimal.Round(value, decimals, mode == RoundingMode.GbT8170 ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero);

    internal static void CheckMode(RoundingMode mode, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(mode))] string? paramName = null)
    {
        Guard.Against.NotInRange(mode is (RoundingMode.HalfAwayFromZero or RoundingMode.GbT8170), paramName, mode, "Unknown rounding mode.");
    }
}
