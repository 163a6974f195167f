namespace Indicators;

/// <summary>
/// A unit of measurement (计量单位): 亿元, 万美元, 万平方米, 亩, 千米, 吨标准煤, 万千瓦时, 家, 万人, %,
/// or one per another (吨标准煤/万元, 万元/亩, 元/人). Immutable; its text is its <see cref="Symbol"/>.
/// </summary>
/// <remarks>
/// <para>A unit has a <see cref="Dimension"/> and a scale within it. Units of one dimension convert
/// into each other exactly as the scales say (1亩 = 10000/15 平方米, 万 = 10^4, 亿 = 10^8); units of
/// different dimensions never do, and neither do two currencies (that takes an <see cref="ExchangeRate"/>).</para>
/// <para>Equality is by canonical symbol: <c>万方</c> and <c>万平方米</c> parse to the same unit, and
/// so do <c>公里</c> and <c>千米</c>. <c>平方公里</c> and <c>百万平方米</c> are different units of equal size.</para>
/// </remarks>
public sealed class Unit : IEquatable<Unit>, IFormattable
{
    private const string Target = "unit";

    internal Unit(string symbol, Dimension dimension, double scaleNumerator, double scaleDenominator, bool canBePart)
    {
        Symbol = symbol;
        Dimension = dimension;
        ScaleNumerator = scaleNumerator;
        ScaleDenominator = scaleDenominator;
        CanBePart = canBePart;
    }

    /// <summary>The canonical symbol: <c>亿元</c>, <c>万平方米</c>, <c>吨标准煤/万元</c>; empty for the pure number <see cref="Units.One"/>.</summary>
    public string Symbol { get; }

    /// <summary>What the unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>Whether this is one unit per another (复合单位), such as 万元/亩.</summary>
    public bool IsCompound => Dimension.Kind == DimensionKind.Quotient;

    // The size of the unit in its dimension's reference unit, as a fraction: 亩 is 10000/15 平方米.
    internal double ScaleNumerator { get; }

    internal double ScaleDenominator { get; }

    // A ratio unit (%, ‰) or a compound unit cannot be one side of another compound unit.
    private bool CanBePart { get; }

    /// <summary>
    /// Parses a unit: a base unit (元, 平方米, 亩, 米, 吨, 吨标准煤, 千瓦时, a counting noun, %), a scale
    /// prefix and a base unit (万元, 亿美元, 千米, 万吨标准煤, 万人; prefixes 十 百 千 万 十万 百万 千万 亿
    /// 十亿 百亿 千亿 万亿), an accepted spelling (万方, 公里, 千克, 吨标煤, 度), or two of these joined by
    /// "/" (吨标准煤/万元). Never throws: a malformed text gives a failure naming the position and the reason.
    /// </summary>
    /// <remarks>The pure number <see cref="Units.One"/> has no symbol, so it is not read here; a bare number in <see cref="Quantity.Parse"/> has it.</remarks>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <returns>The unit, or why it could not be read.</returns>
    public static ValueParseResult<Unit> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValueParseResult<Unit>.ForError(new ParseError(text, 0, Target, "the text is empty"));
        }
        var start = 0;
        while (char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = text.Length;
        while (char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return ParseAt(text, start, end, Target);
    }

    /// <summary>Reads the unit in <paramref name="input"/>[<paramref name="start"/>..<paramref name="end"/>], reporting positions in <paramref name="input"/>.</summary>
    internal static ValueParseResult<Unit> ParseAt(string input, int start, int end, string target)
    {
        var slash = input.AsSpan(start, end - start).IndexOfAny('/', '／');
        if (slash < 0)
        {
            return ParsePart(input, start, end, target, asPart: false);
        }
        slash += start;
        var second = input.AsSpan(slash + 1, end - slash - 1).IndexOfAny('/', '／');
        if (second >= 0)
        {
            return Failure(input, slash + 1 + second, target, "a compound unit has one '/'");
        }
        var numerator = ParsePart(input, start, slash, target, asPart: true);
        if (!numerator.Success)
        {
            return numerator;
        }
        var denominator = ParsePart(input, slash + 1, end, target, asPart: true);
        return denominator.Success ? ValueParseResult<Unit>.ForValue(numerator.Value.Per(denominator.Value)) : denominator;
    }

    /// <summary>One unit per another (复合单位): <c>Units.TonneOfStandardCoal.Per(Units.TenThousandYuan)</c> is 吨标准煤/万元.</summary>
    /// <param name="denominator">The unit after the "/".</param>
    /// <returns>The compound unit; its dimension is the quotient of the two dimensions.</returns>
    /// <exception cref="ArgumentException">Either unit is already compound, or is a ratio unit (%, ‰, a pure number).</exception>
    public Unit Per(Unit denominator)
    {
        Guard.Against.Null(denominator);
        Guard.Against.False(CanBePart && denominator.CanBePart && !IsCompound && !denominator.IsCompound, nameof(denominator), $"Cannot form \"{Symbol}/{denominator.Symbol}\": each side of a compound unit must be a simple unit that is not a ratio.");
        return new Unit(
            Symbol + "/" + denominator.Symbol,
            Dimension.Quotient(Dimension, denominator.Dimension),
            ScaleNumerator * denominator.ScaleDenominator,
            ScaleDenominator * denominator.ScaleNumerator,
            canBePart: false);
    }

    /// <summary>
    /// Whether quantities in this unit and in <paramref name="other"/> can be added, compared and
    /// converted into each other: the two units have the same <see cref="Dimension"/>.
    /// </summary>
    /// <param name="other">The other unit.</param>
    /// <returns>Whether the dimensions are equal.</returns>
    public bool IsCompatibleWith(Unit other)
    {
        Guard.Against.Null(other);
        return Dimension == other.Dimension;
    }

    /// <summary>
    /// Whether a quantity in this unit converts to <paramref name="other"/> by a fixed factor (亿元 → 元,
    /// 亩 → 公顷). Two currencies never do: that conversion takes an <see cref="ExchangeRate"/>.
    /// </summary>
    /// <param name="other">The target unit.</param>
    /// <returns>Whether the conversion exists.</returns>
    public bool CanConvertTo(Unit other) => IsCompatibleWith(other);

    /// <summary>How many of <paramref name="target"/> one of this unit is: 1亿元 is 10000万元.</summary>
    internal double ConvertValue(double value, Unit target)
    {
        if (Equals(target))
        {
            return value;
        }
        double up = ScaleNumerator * target.ScaleDenominator, down = ScaleDenominator * target.ScaleNumerator;
        // Multiply before dividing: both scales are usually whole numbers, so 1平方公里 → 亩 is exactly 1500.
        double exact = value * up / down;
        // value × up may overflow although the result is in range (1e300万亿元 is 1e304亿元): then scale by the ratio.
        return double.IsFinite(exact) ? exact : value * (up / down);
    }

    /// <summary>
    /// Whether this unit is larger than <paramref name="other"/> or, for units of equal size, comes
    /// first by symbol: a total order that picks the same unit of any pair whichever way it is asked.
    /// </summary>
    internal bool IsLargerThanOrOrderedBefore(Unit other)
    {
        var bySize = (ScaleNumerator * other.ScaleDenominator).CompareTo(ScaleDenominator * other.ScaleNumerator);
        return bySize != 0 ? bySize > 0 : string.CompareOrdinal(Symbol, other.Symbol) <= 0;
    }

    /// <summary>Whether two units are the same (same canonical symbol).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Unit? left, Unit? right) => Equals(left, right);

    /// <summary>Whether two units differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Unit? left, Unit? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Unit? other) => other is not null && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Symbol);

    /// <summary>The symbol, which parses back to this unit.</summary>
    /// <returns>The symbol.</returns>
    public override string ToString() => Symbol;

    /// <summary>The symbol; a unit has one text form, so the format is ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The symbol.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => Symbol;

    private static ValueParseResult<Unit> ParsePart(string input, int start, int end, string target, bool asPart)
    {
        // White space around a '/' is allowed: "吨标准煤 / 万元".
        while (start < end && char.IsWhiteSpace(input[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(input[end - 1]))
        {
            end--;
        }
        if (start >= end)
        {
            return Failure(input, start, target, asPart ? "expected a unit on each side of '/'" : "expected a unit");
        }
        var text = input[start..end];
        var unit = UnitTable.ParseSimple(text, out var failure);
        if (unit is null)
        {
            return Failure(input, start, target, failure!);
        }
        if (asPart && !unit.CanBePart)
        {
            return Failure(input, start, target, "a ratio unit cannot be part of a compound unit");
        }
        return ValueParseResult<Unit>.ForValue(unit);
    }

    private static ValueParseResult<Unit> Failure(string input, int position, string target, string reason) =>
        ValueParseResult<Unit>.ForError(new ParseError(input, position, target, reason));
}
