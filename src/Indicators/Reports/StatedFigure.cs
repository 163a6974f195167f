using System.Globalization;

namespace Indicators.Reports;

/// <summary>
/// A figure as a report states it (报告所述数值): its number, the decimals it is written with, and the word beside it
/// (限定词), so that it keeps the interval of values it stands for. 63.5亿元 stands for [63.45, 63.55); an integer
/// count in 家/个/人 is exact; 近10亿元 stands for [9, 10); "10余家" for (10, 20). See docs/reports.md.
/// </summary>
/// <remarks>
/// <para>A rounded figure stands for every value that rounds to it under 四舍五入 or GB/T 8170 (the report's mode is
/// unknown): [v − ½·10^−d, v + ½·10^−d] around v, the end towards zero always included, the end away from zero only
/// when the last digit is even (GB/T 8170 rounds a half to it): 63.5 → [63.45, 63.55), 63.4 → [63.35, 63.45]. A
/// qualifier changes the interval as <see cref="ConsistencyPolicy"/> documents (近, 约/左右, 多/余, 以上, 突破, 超,
/// 不到, 以下, 以内).</para>
/// <para>The number is in the figure's stated unit (亿元, 家, % for a rate); converting units is the caller's part,
/// with <see cref="Quantity"/>.</para>
/// </remarks>
public readonly struct StatedFigure : IEquatable<StatedFigure>
{
    // 0 for an exact figure, decimals + 1 for a rounded one, so that default(StatedFigure) is the exact 0.
    private readonly int decimalsPlusOne;

    private StatedFigure(double value, int decimalsPlusOne, Qualifier qualifier)
    {
        Value = value + 0.0;
        this.decimalsPlusOne = decimalsPlusOne;
        Qualifier = qualifier;
    }

    /// <summary>The number as stated (63.5 for 63.5亿元, 6.7 for 6.7%).</summary>
    public double Value { get; }

    /// <summary>The decimals the number is written with (1 for 63.5, 0 for 63), or null for an exact figure.</summary>
    public int? Decimals => decimalsPlusOne == 0 ? null : decimalsPlusOne - 1;

    /// <summary>Whether the figure is exact: a count of 家/个/人, a rank, a number of years.</summary>
    public bool IsExact => decimalsPlusOne == 0;

    /// <summary>The word beside the number (近, 约, 以上…), <see cref="Qualifier.None"/> when none.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The values the figure stands for, with the bounds of <see cref="ConsistencyPolicy.Default"/>.</summary>
    public StatedInterval Interval => IntervalUnder(ConsistencyPolicy.Default);

    /// <summary>A figure rounded to <paramref name="decimals"/> decimals, as a measured level or a rate is (63.5亿元, 6.7%).</summary>
    /// <param name="value">The number as stated; a multiple of 10^−<paramref name="decimals"/>.</param>
    /// <param name="decimals">The decimals it is written with, 0 to <see cref="Rounding.MaxDecimals"/>.</param>
    /// <param name="qualifier">The word beside it.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite, the decimals or the qualifier out of range.</exception>
    /// <exception cref="ArgumentException">The value has more decimals than <paramref name="decimals"/>.</exception>
    public static StatedFigure Rounded(double value, int decimals, Qualifier qualifier = Qualifier.None)
    {
        Guard.Against.NotFinite(value);
        Guard.Against.NotInRange(decimals, 0, Rounding.MaxDecimals);
        EnumCheck.Defined(qualifier, nameof(qualifier));
        Guard.Against.False(Rounding.SnapEquals(Rounding.Round(value, decimals), value), nameof(value),
            $"{NumberText.Format(value)} is not a number written with {decimals} decimals.");
        return new StatedFigure(value, decimals + 1, qualifier);
    }

    /// <summary>A figure stated as written: the decimals are those of <paramref name="value"/>'s scale (63.50m has 2).</summary>
    /// <param name="value">The number as written.</param>
    /// <param name="qualifier">The word beside it.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale or the qualifier is out of range.</exception>
    public static StatedFigure Rounded(decimal value, Qualifier qualifier = Qualifier.None) =>
        Rounded((double)value, Guard.Against.NotInRange(value.Scale, 0, Rounding.MaxDecimals, nameof(value)), qualifier);

    /// <summary>An exact figure: a count (3家, 76个), a rank or any number that is not a rounding.</summary>
    /// <param name="value">The number.</param>
    /// <param name="qualifier">The word beside it.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or the qualifier out of range.</exception>
    public static StatedFigure Exact(double value, Qualifier qualifier = Qualifier.None)
    {
        Guard.Against.NotFinite(value);
        EnumCheck.Defined(qualifier, nameof(qualifier));
        return new StatedFigure(value, 0, qualifier);
    }

    /// <summary>Half a unit of the last stated decimal (0.05 for 63.5); 0 for an exact figure.</summary>
    internal double HalfUnit => IsExact ? 0 : 0.5 * Unit;

    /// <summary>One unit of the last stated decimal (0.1 for 63.5); 1 for an exact figure.</summary>
    internal double Unit => IsExact ? 1 : Math.Pow(10, -(decimalsPlusOne - 1));

    /// <summary>The values the figure stands for under <paramref name="policy"/>'s qualifier bounds and truncation.</summary>
    internal StatedInterval IntervalUnder(ConsistencyPolicy policy)
    {
        var v = Value;
        var h = HalfUnit;
        // Truncated (去尾) figures stand for [v, v + unit) away from zero (a 0 both ways); with rounding, the union of
        // both readings.
        var truncated = policy.AllowsTruncation && !IsExact;
        var below = truncated && v <= 0 ? 2 * h : h;
        var above = truncated && v >= 0 ? 2 * h : h;
        // Toward zero the end always rounds to v (四舍五入 keeps it); away from zero it does only under GB/T 8170, only
        // when v's last digit is even (63.45 → 63.4, 63.55 → 63.6: [63.35, 63.45] but [63.45, 63.55)), and never when
        // truncation may have made v (a truncated 0.0 stands for (−0.1, 0.1): ±0.1 truncate to ±0.1).
        var evenEndRounds = LastDigitEven && !truncated;
        var about = Math.Max(policy.AboutBound * Math.Abs(v), below);
        return Qualifier switch
        {
            Qualifier.None when IsExact => StatedInterval.Point(v),
            Qualifier.None => StatedInterval.Of(Shift(v, -below), v > 0 || evenEndRounds, Shift(v, above), v < 0 || evenEndRounds),
            Qualifier.AtLeast or Qualifier.Breakthrough => StatedInterval.Of(Shift(v, -below), true, double.PositiveInfinity, false),
            Qualifier.MoreThan => StatedInterval.Of(Shift(v, -below), false, double.PositiveInfinity, false),
            Qualifier.AtMost or Qualifier.Within => StatedInterval.Of(double.NegativeInfinity, false, Shift(v, above), IsExact),
            Qualifier.LessThan => StatedInterval.Of(double.NegativeInfinity, false, v, false),
            Qualifier.Nearly => StatedInterval.Of(Shift(v, -Math.Max(policy.NearlyBound * Math.Abs(v), Unit)), true, v, false),
            Qualifier.About => StatedInterval.Of(Shift(v, -about), true, Shift(v, Math.Max(policy.AboutBound * Math.Abs(v), above)), true),
            Qualifier.Over => StatedInterval.Of(v, false, Shift(v, UnitOfLastDigit()), false),
            _ => throw new InvalidOperationException("Unknown qualifier."),
        };
    }

    /// <summary>Whether the last stated digit is even (0, 2, 4, 6, 8), where GB/T 8170 rounds a tie to.</summary>
    private bool LastDigitEven => Math.Abs(Math.Round(Value / Unit)) % 2 == 0;

    /// <summary>
    /// The interval a check uses: <see cref="IntervalUnder"/> widened by a relative 1e-14, so that a value that rounds
    /// to the figure in decimal (15 significant digits, numeric-policy.md) lies inside although its ends are decimal
    /// numbers written in binary.
    /// </summary>
    internal StatedInterval GuardedUnder(ConsistencyPolicy policy) => IntervalUnder(policy).WidenedBy(1e-14 * Math.Max(Math.Abs(Value), Unit));

    /// <summary>v + delta in decimal, so that the ends print as written (63.45, not 63.449999999999996).</summary>
    private static double Shift(double value, double delta) =>
        Rounding.TrySnap(value, out var v) && Rounding.TrySnap(delta, out var d) ? (double)(v + d) + 0.0 : value + delta;

    /// <summary>
    /// The unit of the last non-zero digit, which 余/多 leave open: 170余 is below 180, 63余 below 64, 10余家 below 20,
    /// 1.5余 below 1.6.
    /// </summary>
    private double UnitOfLastDigit()
    {
        var unit = Unit;
        var digits = Math.Abs(Value) / unit;
        while (digits >= 10 && Rounding.SnapEquals(digits % 10, 0) && unit < 1e300)
        {
            digits /= 10;
            unit *= 10;
        }
        return unit;
    }

    /// <summary>Whether <paramref name="value"/>, written at this figure's precision, is what the figure states.</summary>
    internal bool Admits(double value, ConsistencyPolicy policy)
    {
        var interval = IntervalUnder(policy);
        if (IsExact)
        {
            return interval.Contains(Rounding.TrySnap(value, out var snapped) ? (double)snapped : value);
        }
        var decimals = decimalsPlusOne - 1;
        if (interval.Contains(Rounding.RoundUnchecked(value, decimals, RoundingMode.HalfAwayFromZero))
            || interval.Contains(Rounding.RoundUnchecked(value, decimals, RoundingMode.GbT8170)))
        {
            return true;
        }
        return policy.AllowsTruncation && Rounding.TrySnap(value, out var exact)
            && interval.Contains((double)(decimal.Truncate(exact * (decimal)Math.Pow(10, decimals)) / (decimal)Math.Pow(10, decimals)));
    }

    /// <summary>The number as written: "63.5", "63.0", "76"; the qualifier word is not included.</summary>
    internal string Number => IsExact ? NumberText.Format(Value) : Value.ToString("F" + (decimalsPlusOne - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The number with its qualifier as a report writes it: "近10", "10余", "8以上", "约5".</summary>
    internal string Written => Qualifier switch
    {
        Qualifier.None => Number,
        Qualifier.AtLeast => Number + "以上",
        Qualifier.AtMost => Number + "以下",
        Qualifier.Within => Number + "以内",
        Qualifier.About => "约" + Number,
        Qualifier.Breakthrough => "突破" + Number,
        Qualifier.Nearly => "近" + Number,
        Qualifier.Over => Number + "余",
        Qualifier.MoreThan => "超过" + Number,
        Qualifier.LessThan => "不到" + Number,
        _ => Number,
    };

    /// <inheritdoc />
    public bool Equals(StatedFigure other) => Value.Equals(other.Value) && decimalsPlusOne == other.decimalsPlusOne && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StatedFigure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, decimalsPlusOne, Qualifier);

    /// <summary>Whether two figures are stated alike (63.5 and 63.50 differ: they stand for different intervals).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(StatedFigure left, StatedFigure right) => left.Equals(right);

    /// <summary>Whether two figures are stated differently.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(StatedFigure left, StatedFigure right) => !left.Equals(right);

    /// <summary>The figure as written and the interval it stands for: "63.5 [63.45, 63.55)", "近10 [9, 10)", "3 [3]".</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Written + " " + Interval;
}
