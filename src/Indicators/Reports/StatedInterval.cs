namespace Indicators.Reports;

/// <summary>
/// The values a stated figure, or a figure computed from stated figures, stands for (数值区间): 63.5亿元 stands for
/// [63.45, 63.55), "10余家" for (10, 20), "增长8%以上" for [7.5, +∞). Each end is open or closed; an end may be
/// infinite (a figure open above or below), never NaN.
/// </summary>
/// <remarks>
/// An interval computed from others (a growth, a share, a sum) is widened outward by one ulp at each end after every
/// operation, so that it contains the exact result of every choice of values from its inputs despite the rounding of
/// binary arithmetic. A division by an interval that contains or touches 0 has no interval (the check that needs it is
/// unverifiable). An end computed from finite ends is finite unless the arithmetic overflows the range of a double.
/// </remarks>
public readonly struct StatedInterval : IEquatable<StatedInterval>
{
    private StatedInterval(double lower, bool includesLower, double upper, bool includesUpper)
    {
        Lower = lower + 0.0;
        Upper = upper + 0.0;
        IncludesLower = includesLower && double.IsFinite(lower);
        IncludesUpper = includesUpper && double.IsFinite(upper);
    }

    /// <summary>The lower end; −∞ for an interval open below.</summary>
    public double Lower { get; }

    /// <summary>The upper end; +∞ for an interval open above.</summary>
    public double Upper { get; }

    /// <summary>Whether <see cref="Lower"/> itself belongs to the interval.</summary>
    public bool IncludesLower { get; }

    /// <summary>Whether <see cref="Upper"/> itself belongs to the interval.</summary>
    public bool IncludesUpper { get; }

    /// <summary>Whether both ends are finite.</summary>
    public bool IsBounded => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">A number.</param>
    /// <returns>Whether it lies between the ends, each end counted when it is included.</returns>
    public bool Contains(double value) =>
        (value > Lower || (IncludesLower && value == Lower)) && (value < Upper || (IncludesUpper && value == Upper));

    /// <summary>Whether the two intervals have a value in common.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(StatedInterval other)
    {
        var lower = Math.Max(Lower, other.Lower);
        var upper = Math.Min(Upper, other.Upper);
        return lower < upper || (lower == upper && Contains(lower) && other.Contains(lower));
    }

    /// <inheritdoc />
    public bool Equals(StatedInterval other) =>
        Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && IncludesLower == other.IncludesLower && IncludesUpper == other.IncludesUpper;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StatedInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, IncludesLower, IncludesUpper);

    /// <summary>Whether two intervals are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(StatedInterval left, StatedInterval right) => left.Equals(right);

    /// <summary>Whether two intervals differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(StatedInterval left, StatedInterval right) => !left.Equals(right);

    /// <summary>
    /// The interval in the invariant notation, "[63.45, 63.55)", "(10, 20)", "[7.5, +∞)", "[3]", each finite end written
    /// with at most 10 significant digits so that the ulps it was widened by do not show ("[14]" rather than
    /// "[13.999999999999858, 14.000000000000142]"); <see cref="Lower"/> and <see cref="Upper"/> hold the exact ends.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var lower = Significant(Lower);
        var upper = Significant(Upper);
        return lower == upper && IncludesLower && IncludesUpper
            ? "[" + NumberText.Format(lower) + "]"
            : (IncludesLower ? "[" : "(") + End(lower) + ", " + End(upper) + (IncludesUpper ? "]" : ")");
    }

    private static double Significant(double value)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }
        var decimals = 9 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return decimals is >= 0 and <= Rounding.MaxDecimals ? Rounding.RoundUnchecked(value, decimals, RoundingMode.HalfAwayFromZero) : value;
    }

    private static string End(double value) => double.IsPositiveInfinity(value) ? "+∞" : double.IsNegativeInfinity(value) ? "−∞" : NumberText.Format(value);

    /// <summary>An interval from its ends, exactly as given (no widening); the ends are ordered.</summary>
    internal static StatedInterval Of(double lower, bool includesLower, double upper, bool includesUpper) =>
        new(lower, includesLower, upper, includesUpper);

    /// <summary>The one value <paramref name="value"/>.</summary>
    internal static StatedInterval Point(double value) => new(value, true, value, true);

    /// <summary>The interval widened outward by one ulp at each finite end (its inclusion kept: the widened set contains the old one).</summary>
    internal StatedInterval Widened() => new(Down(Lower), IncludesLower, Up(Upper), IncludesUpper);

    /// <summary>The interval widened outward by <paramref name="slack"/> at each finite end.</summary>
    /// <remarks>A finite end stays finite (at most ±<see cref="double.MaxValue"/>): the slack absorbs decimal digits, not range.</remarks>
    internal StatedInterval WidenedBy(double slack) =>
        new(double.IsFinite(Lower) ? Math.Max(Lower - slack, -double.MaxValue) : Lower, IncludesLower,
            double.IsFinite(Upper) ? Math.Min(Upper + slack, double.MaxValue) : Upper, IncludesUpper);

    /// <summary>The sum of every value of one with every value of the other.</summary>
    internal static StatedInterval Add(StatedInterval a, StatedInterval b) =>
        Make(a.Lower + b.Lower, a.IncludesLower && b.IncludesLower, a.Upper + b.Upper, a.IncludesUpper && b.IncludesUpper);

    /// <summary>The difference of every value of one and every value of the other.</summary>
    internal static StatedInterval Subtract(StatedInterval a, StatedInterval b) =>
        Make(a.Lower - b.Upper, a.IncludesLower && b.IncludesUpper, a.Upper - b.Lower, a.IncludesUpper && b.IncludesLower);

    /// <summary>The interval plus a constant.</summary>
    internal StatedInterval Plus(double constant) => Make(Lower + constant, IncludesLower, Upper + constant, IncludesUpper);

    /// <summary>The interval times a positive constant.</summary>
    internal StatedInterval Times(double positive) => Make(Lower * positive, IncludesLower, Upper * positive, IncludesUpper);

    /// <summary>The interval divided by a positive constant (a percent by 100).</summary>
    internal StatedInterval Over(double positive) => Make(Lower / positive, IncludesLower, Upper / positive, IncludesUpper);

    /// <summary>The products of every value of one and every value of the other.</summary>
    internal static StatedInterval Multiply(StatedInterval a, StatedInterval b)
    {
        Span<(double Value, bool Closed)> products =
        [
            (Product(a.Lower, b.Lower), a.IncludesLower && b.IncludesLower),
            (Product(a.Lower, b.Upper), a.IncludesLower && b.IncludesUpper),
            (Product(a.Upper, b.Lower), a.IncludesUpper && b.IncludesLower),
            (Product(a.Upper, b.Upper), a.IncludesUpper && b.IncludesUpper),
        ];
        var (lower, lowerClosed, upper, upperClosed) = (products[0].Value, products[0].Closed, products[0].Value, products[0].Closed);
        foreach (var (value, closed) in products[1..])
        {
            if (value < lower || (value == lower && closed))
            {
                (lower, lowerClosed) = (value, closed || (value == lower && lowerClosed));
            }
            if (value > upper || (value == upper && closed))
            {
                (upper, upperClosed) = (value, closed || (value == upper && upperClosed));
            }
        }
        return Make(lower, lowerClosed, upper, upperClosed);
    }

    /// <summary>
    /// The quotients of every value of <paramref name="a"/> by every value of <paramref name="b"/>; false when
    /// <paramref name="b"/> contains or touches 0 (no bounded quotient exists) or a finite quotient overflows.
    /// </summary>
    internal static bool TryDivide(StatedInterval a, StatedInterval b, out StatedInterval quotient)
    {
        quotient = default;
        if (!(b.Lower > 0 || b.Upper < 0))
        {
            return false;
        }
        // 1/b: reciprocals swap the ends; 1/±∞ is 0, approached but not reached.
        var reciprocal = new StatedInterval(Down(1 / b.Upper), b.IncludesUpper && double.IsFinite(b.Upper), Up(1 / b.Lower), b.IncludesLower);
        if (!reciprocal.IsBounded)
        {
            return false;
        }
        quotient = Multiply(a, reciprocal);
        return a.IsBounded ? quotient.IsBounded : !double.IsNaN(quotient.Lower) && !double.IsNaN(quotient.Upper);
    }

    /// <summary>
    /// Every value raised to 1/<paramref name="n"/> (an increasing function) of an interval of ratios, which are not
    /// negative: a lower end an ulp below 0 (a widened 0) is taken as 0.
    /// </summary>
    internal StatedInterval Root(int n) => Make(Math.Pow(Math.Max(Lower, 0), 1.0 / n), IncludesLower, Math.Pow(Math.Max(Upper, 0), 1.0 / n), IncludesUpper);

    // The formulas the checks need, each over every choice of values from its intervals (null when it has none: a
    // divisor that may be 0 or below, a ratio of levels that may be negative). The point formulas are the library's
    // (Growth, Share, Completion, AverageGrowth); these are their interval counterparts, tested to contain them.

    /// <summary>Growth in percent, (current / previous − 1) × 100, for a previous level above 0.</summary>
    internal static StatedInterval? GrowthPercent(StatedInterval current, StatedInterval previous) =>
        Ratio(current, previous) is StatedInterval ratio ? ratio.Plus(-1).Times(100) : null;

    /// <summary>A part of a whole in percent, part / whole × 100 (a share; a completion of actual against target), for a whole above 0.</summary>
    internal static StatedInterval? PercentOf(StatedInterval part, StatedInterval whole) =>
        Ratio(part, whole) is StatedInterval ratio ? ratio.Times(100) : null;

    /// <summary>The ratio a / b of two levels (是…的x倍; minus 1 for 增长x倍), for b above 0.</summary>
    internal static StatedInterval? Ratio(StatedInterval a, StatedInterval b) =>
        b.Lower >= 0 && TryDivide(a, b, out var ratio) ? ratio : null;

    /// <summary>Average annual growth in percent over <paramref name="years"/> years, ((end / start)^(1/n) − 1) × 100, for levels not below 0.</summary>
    internal static StatedInterval? AverageGrowthPercent(StatedInterval start, StatedInterval end, int years) =>
        end.Lower >= 0 && Ratio(end, start) is StatedInterval ratio ? ratio.Root(years).Plus(-1).Times(100) : null;

    /// <summary>Two-year average growth in percent, (√((1 + g1)(1 + g2)) − 1) × 100, for rates not below −100%.</summary>
    internal static StatedInterval? TwoYearAveragePercent(StatedInterval first, StatedInterval second)
    {
        var (a, b) = (Factor(first), Factor(second));
        return a.Lower >= 0 && b.Lower >= 0 ? Multiply(a, b).Root(2).Plus(-1).Times(100) : null;
    }

    /// <summary>What a level must have been for <paramref name="level"/> to be <paramref name="percent"/>% of it: level / (percent / 100).</summary>
    internal static StatedInterval? BaseOfPercent(StatedInterval level, StatedInterval percent) =>
        TryDivide(level, percent.Over(100), out var whole) ? whole : null;

    /// <summary>The previous level a growth in percent implies: current / (1 + growth / 100).</summary>
    internal static StatedInterval? PreviousOfGrowth(StatedInterval current, StatedInterval growthPercent) =>
        TryDivide(current, Factor(growthPercent), out var previous) ? previous : null;

    /// <summary>The development speed of a growth in percent: 1 + growth / 100.</summary>
    private static StatedInterval Factor(StatedInterval growthPercent) => growthPercent.Over(100).Plus(1);

    /// <summary>The narrowest interval from the exact ends computed in binary: one ulp outward; NaN (∞ − ∞) is the infinite end.</summary>
    private static StatedInterval Make(double lower, bool includesLower, double upper, bool includesUpper) =>
        new(double.IsNaN(lower) ? double.NegativeInfinity : Down(lower), includesLower,
            double.IsNaN(upper) ? double.PositiveInfinity : Up(upper), includesUpper);

    /// <summary>0 × ±∞ is 0 here: an end at 0 times an unbounded end bounds nothing beyond 0.</summary>
    private static double Product(double x, double y) => x == 0 || y == 0 ? 0 : x * y;

    // One ulp outward; the largest finite double stays finite (a value beyond it is an overflow, found as an infinite end).
    private static double Down(double value) => double.IsFinite(value) && value > -double.MaxValue ? Math.BitDecrement(value) : value;

    private static double Up(double value) => double.IsFinite(value) && value < double.MaxValue ? Math.BitIncrement(value) : value;
}
