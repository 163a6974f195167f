namespace Indicators;

/// <summary>
/// A ratio between two levels of the same thing, as reports state it in 倍 and 番: "是上年的2.79倍"
/// (the ratio), "增长1.79倍" (the ratio minus one), "翻两番" (two doublings: ×4).
/// </summary>
/// <remarks>
/// 增长3倍 = 是4倍 = 翻两番. The stored value is the ratio (是x倍); the other readings derive
/// from it. 翻n番 is geometric: n = log2(ratio) (国家统计局, "'番'与'倍'").
/// </remarks>
public readonly struct Multiple : IEquatable<Multiple>, IComparable<Multiple>, IComparable, IFormattable
{
    private readonly double ratio;
    private static readonly string[] Suffixes = ["x", "×"];

    private Multiple(double ratio) => this.ratio = ratio + 0.0;

    /// <summary>The ratio of the later level to the earlier (是x倍): 4 for "是4倍".</summary>
    public double Ratio => ratio;

    /// <summary>The growth as a multiple (增长x倍): ratio − 1, so 3 for "增长3倍".</summary>
    public double GrowthMultiple => ratio - 1;

    /// <summary>The number of doublings (翻n番): log2(ratio), so 2 for ×4. NaN is never returned: a non-positive ratio has no doublings and reads as 0 (check <see cref="Ratio"/> first).</summary>
    public double Doublings => ratio > 0 ? Math.Log2(ratio) : 0;

    /// <summary>The growth rate the multiple stands for: 增长1.79倍 is 179%.</summary>
    public Percentage Growth => Percentage.FromFraction(ratio - 1);

    /// <summary>A multiple from its ratio (是x倍).</summary>
    /// <param name="ratio">The ratio; finite, not negative (−0 is 0) and at most <see cref="MaxRatio"/>.</param>
    /// <returns>The multiple.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is negative, NaN, infinite or above <see cref="MaxRatio"/>.</exception>
    public static Multiple FromRatio(double ratio) => new(CheckRatio(Guard.Against.NegativeOrNotFinite(ratio), nameof(ratio)));

    /// <summary>The largest ratio: one whose growth in percent (<see cref="Growth"/>, 100 × (ratio − 1)) is still a finite double (about 1.8 × 10^306).</summary>
    public static double MaxRatio => double.MaxValue / 100;

    private static double CheckRatio(double ratio, string paramName) => ratio <= MaxRatio
        ? ratio
        : throw new ArgumentOutOfRangeException(paramName, ratio, "The multiple is too large: its growth in percent overflows a double.");

    /// <summary>A multiple from growth stated in 倍 (增长x倍): <c>FromGrowthMultiple(3)</c> is ×4.</summary>
    /// <param name="growthMultiple">The growth multiple; finite and at least −1.</param>
    /// <returns>The multiple.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="growthMultiple"/> is below −1, NaN or infinite, or the ratio is above <see cref="MaxRatio"/>.</exception>
    public static Multiple FromGrowthMultiple(double growthMultiple)
    {
        Guard.Against.NotFinite(growthMultiple);
        Guard.Against.LessThan(growthMultiple, -1);
        return new Multiple(CheckRatio(growthMultiple + 1, nameof(growthMultiple)));
    }

    /// <summary>A multiple from doublings (翻n番): <c>FromDoublings(3)</c> is ×8.</summary>
    /// <param name="doublings">The number of doublings; finite.</param>
    /// <returns>The multiple.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="doublings"/> is NaN or infinite, or so large the ratio is above <see cref="MaxRatio"/>.</exception>
    public static Multiple FromDoublings(double doublings)
    {
        Guard.Against.NotFinite(doublings);
        return new Multiple(CheckRatio(Math.Pow(2, doublings), nameof(doublings)));
    }

    /// <summary>Parses the invariant form "2.79x" (the ratio). Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The multiple, or why it could not be read.</returns>
    public static ValueParseResult<Multiple> Parse(string? text)
    {
        var error = NumberText.ParseWithSuffix(text, "multiple", Suffixes, "expected 'x' after the number", out var value);
        if (error is null && value < 0)
        {
            error = new ParseError(text, text!.IndexOfAny(['-', '－', '−']), "multiple", "a multiple cannot be negative");
        }
        else if (error is null && value > MaxRatio)
        {
            error = new ParseError(text, 0, "multiple", "the multiple is too large: its growth in percent overflows a double");
        }
        return error is null ? ValueParseResult<Multiple>.ForValue(new Multiple(value)) : ValueParseResult<Multiple>.ForError(error);
    }

    /// <summary>Equality of the ratios.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Multiple left, Multiple right) => left.Equals(right);

    /// <summary>Inequality of the ratios.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Multiple left, Multiple right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Multiple left, Multiple right) => left.ratio < right.ratio;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Multiple left, Multiple right) => left.ratio > right.ratio;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Multiple left, Multiple right) => left.ratio <= right.ratio;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Multiple left, Multiple right) => left.ratio >= right.ratio;

    /// <inheritdoc />
    public bool Equals(Multiple other) => ratio.Equals(other.ratio);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Multiple other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ratio.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Multiple other) => ratio.CompareTo(other.ratio);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Multiple other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Multiple.", nameof(obj)),
    };

    /// <summary>The invariant text that parses back to this value: "2.79x".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NumberText.Format(ratio) + "x";

    /// <summary>Formats the ratio with <paramref name="format"/> and appends "x".</summary>
    /// <param name="format">The numeric format; null for the round-trip form.</param>
    /// <param name="formatProvider">The culture; null for the invariant culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => NumberText.Format(ratio, format, formatProvider) + "x";
}
