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

    // Above this magnitude (decimal's range) a double has no fractional digits at 15 significant digits anyway.
    private const double DecimalLimit = 7.9e27;

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> decimals (修约到小数点后n位).</summary>
    /// <param name="value">The unrounded value; finite.</param>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="mode">How a dropped part of exactly one half rounds; 四舍五入 by default.</param>
    /// <returns>The rounded value (never −0).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite, or <paramref name="decimals"/> is out of range.</exception>
    public static double Round(double value, int decimals, RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        Preconditions.CheckFinite(value);
        Preconditions.CheckInRange(decimals, 0, MaxDecimals);
        CheckMode(mode);
        return Math.Abs(value) >= DecimalLimit ? value + 0.0 : (double)RoundToDecimal(value, decimals, mode) + 0.0;
    }

    /// <summary>Whether <paramref name="value"/> fits a decimal; beyond that a double has no fractional digits to round, and callers compare or write the double itself.</summary>
    internal static bool CanSnap(double value) => Math.Abs(value) < DecimalLimit;

    /// <summary>The decimal a double stands for: its 15 significant digits (the explicit conversion's rule). Clamped beyond <see cref="CanSnap"/>.</summary>
    internal static decimal Snap(double value) => Math.Abs(value) >= DecimalLimit ? (decimal)Math.CopySign(DecimalLimit, value) : (decimal)value;

    /// <summary>Rounds the snapped decimal once; arguments are already checked.</summary>
    internal static decimal RoundToDecimal(double value, int decimals, RoundingMode mode) => RoundDecimal(Snap(value), decimals, mode);

    /// <summary>Rounds a decimal once; arguments are already checked.</summary>
    internal static decimal RoundDecimal(decimal value, int decimals, RoundingMode mode) =>
        decimal.Round(value, decimals, mode == RoundingMode.GbT8170 ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero);

    internal static void CheckMode(RoundingMode mode, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(mode))] string? paramName = null)
    {
        if (mode is not (RoundingMode.HalfAwayFromZero or RoundingMode.GbT8170))
        {
            throw new ArgumentOutOfRangeException(paramName, mode, "Unknown rounding mode.");
        }
    }
}
