namespace Indicators;

/// <summary>
/// A percentage (百分比): a growth rate, a share, a completion rate. Stored as the percent
/// number (23.5 for 23.5%) so that the text a report prints reads back to the same value.
/// </summary>
/// <remarks>
/// The difference of two percentages is in <see cref="PercentagePoints"/> (百分点), never a
/// percentage: 20.8% → 18.2% is 下降2.6个百分点, not 下降2.6%. Adding two percentages is not
/// offered, because a sum of rates is rarely meaningful; add their fractions explicitly when it is.
/// </remarks>
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable, IFormattable
{
    private readonly double percent;
    private static readonly string[] PercentSigns = ["%", "％"];

    private Percentage(double percent) => this.percent = percent + 0.0;

    /// <summary>0%.</summary>
    public static Percentage Zero => default;

    /// <summary>100%.</summary>
    public static Percentage OneHundred => new(100);

    /// <summary>The percent number: 23.5 for 23.5%.</summary>
    public double Percent => percent;

    /// <summary>The fraction: 0.235 for 23.5%.</summary>
    public double Fraction => percent / 100;

    /// <summary>A percentage from its percent number: <c>FromPercent(23.5)</c> is 23.5%.</summary>
    /// <param name="percent">The percent number; finite.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is NaN or infinite.</exception>
    public static Percentage FromPercent(double percent) => new(Guard.Against.NotFinite(percent));

    /// <summary>A percentage from a fraction: <c>FromFraction(0.235)</c> is 23.5%.</summary>
    /// <param name="fraction">The fraction; finite.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is NaN or infinite, or so large (beyond ±1.7 × 10^306) that its percent overflows a double.</exception>
    public static Percentage FromFraction(double fraction)
    {
        var percent = Guard.Against.NotFinite(fraction) * 100;
        return double.IsFinite(percent)
            ? new(percent)
            : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The fraction is too large: its percent (× 100) overflows a double.");
    }

    /// <summary>
    /// Parses "23.5%", "-3.7%" or "23.5％" (full-width sign). Never throws: a malformed text gives
    /// a failure naming the position and the reason.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The percentage, or why it could not be read.</returns>
    public static ValueParseResult<Percentage> Parse(string? text)
    {
        var error = NumberText.ParseWithSuffix(text, "percentage", PercentSigns, "expected '%' after the number", out var value);
        return error is null ? ValueParseResult<Percentage>.ForValue(new Percentage(value)) : ValueParseResult<Percentage>.ForError(error);
    }

    /// <summary>The difference of two percentages, in percentage points (百分点).</summary>
    /// <param name="left">The later rate.</param>
    /// <param name="right">The earlier rate.</param>
    /// <returns><c>left − right</c> in percentage points.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result overflows a double.</exception>
    public static PercentagePoints operator -(Percentage left, Percentage right) => PercentagePoints.FromPoints(Guard.Against.Overflow(left.percent - right.percent, "difference", nameof(right)));

    /// <summary>A percentage moved by some percentage points: 18.2% + 2.6个百分点 = 20.8%.</summary>
    /// <param name="left">The percentage.</param>
    /// <param name="right">The change.</param>
    /// <returns>The moved percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result overflows a double.</exception>
    public static Percentage operator +(Percentage left, PercentagePoints right) => FromPercent(Guard.Against.Overflow(left.percent + right.Points, "sum", nameof(right)));

    /// <summary>A percentage moved down by some percentage points.</summary>
    /// <param name="left">The percentage.</param>
    /// <param name="right">The change.</param>
    /// <returns>The moved percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result overflows a double.</exception>
    public static Percentage operator -(Percentage left, PercentagePoints right) => FromPercent(Guard.Against.Overflow(left.percent - right.Points, "difference", nameof(right)));

    /// <summary>The opposite percentage: −(3.7%) is −3.7%.</summary>
    /// <param name="value">The percentage.</param>
    /// <returns>Its negation.</returns>
    public static Percentage operator -(Percentage value) => new(-value.percent);

    /// <summary>Equality of the stored percent numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Inequality of the stored percent numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.percent < right.percent;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.percent > right.percent;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.percent <= right.percent;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.percent >= right.percent;

    /// <inheritdoc />
    public bool Equals(Percentage other) => percent.Equals(other.percent);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => percent.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => percent.CompareTo(other.percent);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percentage other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Percentage.", nameof(obj)),
    };

    /// <summary>The invariant text that parses back to this value: "23.5%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NumberText.Format(percent) + "%";

    /// <summary>Formats the percent number with <paramref name="format"/> (a .NET numeric format such as "0.0") and appends "%".</summary>
    /// <param name="format">The numeric format of the percent number; null for the round-trip form.</param>
    /// <param name="formatProvider">The culture; null for the invariant culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => NumberText.Format(percent, format, formatProvider) + "%";
}
