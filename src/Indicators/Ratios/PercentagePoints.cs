namespace Indicators;

/// <summary>
/// A change of a rate or a share in percentage points (百分点): 20.8% → 18.2% is −2.6个百分点.
/// A distinct type from <see cref="Percentage"/>, so the two are never mixed by accident.
/// </summary>
public readonly struct PercentagePoints : IEquatable<PercentagePoints>, IComparable<PercentagePoints>, IComparable, IFormattable
{
    private readonly double points;
    private static readonly string[] Suffixes = ["pp", "个百分点", "百分点"];

    private PercentagePoints(double points) => this.points = points + 0.0;

    /// <summary>No change.</summary>
    public static PercentagePoints Zero => default;

    /// <summary>The number of percentage points: 2.6 for 2.6个百分点.</summary>
    public double Points => points;

    /// <summary>Percentage points from their number.</summary>
    /// <param name="points">The number of points; finite.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is NaN or infinite.</exception>
    public static PercentagePoints FromPoints(double points) => new(Guard.Against.NotFinite(points));

    /// <summary>
    /// Parses "2.6pp", "-0.5 pp" or "2.6个百分点". Never throws: a malformed text gives a failure
    /// naming the position and the reason.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or why it could not be read.</returns>
    public static ValueParseResult<PercentagePoints> Parse(string? text)
    {
        var error = NumberText.ParseWithSuffix(text, "percentage-point value", Suffixes, "expected \"pp\" or \"个百分点\" after the number", out var value);
        return error is null ? ValueParseResult<PercentagePoints>.ForValue(new PercentagePoints(value)) : ValueParseResult<PercentagePoints>.ForError(error);
    }

    /// <summary>The sum of two changes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result overflows a double.</exception>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => FromPoints(Guard.Against.Overflow(left.points + right.points, "sum", nameof(right)));

    /// <summary>The difference of two changes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result overflows a double.</exception>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => FromPoints(Guard.Against.Overflow(left.points - right.points, "difference", nameof(right)));

    /// <summary>The opposite change.</summary>
    /// <param name="value">The change.</param>
    /// <returns>Its negation.</returns>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value.points);

    /// <summary>Equality of the stored numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.Equals(right);

    /// <summary>Inequality of the stored numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.points < right.points;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.points > right.points;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.points <= right.points;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.points >= right.points;

    /// <inheritdoc />
    public bool Equals(PercentagePoints other) => points.Equals(other.points);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => points.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(PercentagePoints other) => points.CompareTo(other.points);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PercentagePoints other => CompareTo(other),
        _ => throw new ArgumentException("Object must be PercentagePoints.", nameof(obj)),
    };

    /// <summary>The invariant text that parses back to this value: "2.6pp".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NumberText.Format(points) + "pp";

    /// <summary>Formats the number with <paramref name="format"/> (a .NET numeric format such as "0.0") and appends "pp".</summary>
    /// <param name="format">The numeric format; null for the round-trip form.</param>
    /// <param name="formatProvider">The culture; null for the invariant culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => NumberText.Format(points, format, formatProvider) + "pp";
}
