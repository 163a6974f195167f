using System.Globalization;

namespace Indicators;

/// <summary>
/// An amount in a unit (数量): 170亿元, 17.5万平方米, 3.7千米, 76家. Immutable.
/// </summary>
/// <remarks>
/// <para>Arithmetic keeps units honest: <c>+</c> and <c>−</c> need the same <see cref="Dimension"/>
/// and give the result in the left operand's unit; adding 亿元 to 亩, or 元 to 美元, throws.
/// Comparison converts to a common scale, so 1千米 &lt; 1001米.</para>
/// <para>Equality is structural: the same value in the same unit. 1千米 and 1000米 compare as
/// equal (<see cref="CompareTo(Quantity)"/> is 0) but are not <see cref="Equals(Quantity)"/>; convert
/// first when the unit should not matter.</para>
/// <para><c>default(Quantity)</c> is 0 in <see cref="Units.One"/>.</para>
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IComparable, IFormattable
{
    private const string Target = "quantity";
    private readonly double value;
    private readonly Unit? unit;

    private Quantity(double value, Unit unit)
    {
        this.value = value + 0.0;
        this.unit = unit;
    }

    /// <summary>The number, in <see cref="Unit"/>.</summary>
    public double Value => value;

    /// <summary>The unit.</summary>
    public Unit Unit => unit ?? Units.One;

    /// <summary>The quantity <paramref name="value"/> <paramref name="unit"/>: <c>Quantity.Of(170, Units.HundredMillionYuan)</c> is 170亿元.</summary>
    /// <param name="value">The number; finite.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite (a missing value is not a number).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity Of(double value, Unit unit)
    {
        Guard.Against.NotFinite(value);
        Guard.Against.Null(unit);
        return new Quantity(value, unit);
    }

    /// <summary>
    /// Parses a number followed by a unit: "170亿元", "3.7千米", "17.5万方", "-2.5 万元", "76家",
    /// "23.5%", "1,234.5万元" (thousands separators in groups of three); a bare number is in
    /// <see cref="Units.One"/>. Never throws: a malformed text gives a
    /// failure naming the position and the reason (for "17x亿元": unknown unit at position 2).
    /// </summary>
    /// <param name="text">The text; white space around the number and the unit is ignored.</param>
    /// <returns>The quantity, or why it could not be read.</returns>
    public static ValueParseResult<Quantity> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValueParseResult<Quantity>.ForError(new ParseError(text, 0, Target, "the text is empty"));
        }
        var start = SkipSpaces(text, 0);
        var digits = WithoutThousandsSeparators(text, start, out var separators, out var separatorError);
        if (separatorError >= 0)
        {
            return ValueParseResult<Quantity>.ForError(new ParseError(text, separatorError, Target, "a thousands separator ',' must separate groups of three digits"));
        }
        var end = NumberText.Scan(digits, start, out var number, out var failure);
        if (end < 0)
        {
            return ValueParseResult<Quantity>.ForError(new ParseError(text, start, Target, failure!));
        }
        // Every separator lay before the end of the number, so positions after it shift back by their count.
        end += separators;
        var unitStart = SkipSpaces(text, end);
        var unitEnd = text.Length;
        while (unitEnd > unitStart && char.IsWhiteSpace(text[unitEnd - 1]))
        {
            unitEnd--;
        }
        if (unitStart == unitEnd)
        {
            return ValueParseResult<Quantity>.ForValue(new Quantity(number, Units.One));
        }
        return Unit.ParseAt(text, unitStart, unitEnd, Target).Convert(u => new Quantity(number, u));
    }

    /// <summary>This quantity in <paramref name="target"/>: 170亿元 is 1.7e10元; 1平方公里 is 1500亩.</summary>
    /// <param name="target">A unit of the same dimension.</param>
    /// <returns>The converted quantity.</returns>
    /// <exception cref="ArgumentException">The units have different dimensions (the message names both); for two currencies use <see cref="ConvertTo(Unit, ExchangeRate)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The converted value overflows a double.</exception>
    public Quantity ConvertTo(Unit target)
    {
        Guard.Against.Null(target);
        CheckCompatible(target, "convert", nameof(target));
        return target == Unit ? this : new Quantity(Guard.Against.Overflow(Unit.ConvertValue(value, target), "conversion", nameof(target)), target);
    }

    /// <summary>
    /// This money quantity in <paramref name="target"/> of another currency at <paramref name="rate"/>:
    /// 100万美元 at 1 USD = 7.1 CNY is 710万元. A same-currency target needs no rate and ignores it.
    /// </summary>
    /// <param name="target">A money unit.</param>
    /// <param name="rate">The rate between the two currencies (either direction), for the period of the amount.</param>
    /// <returns>The converted quantity.</returns>
    /// <exception cref="ArgumentException">A unit is not money, or <paramref name="rate"/> is not between the two currencies; the message names both units.</exception>
    public Quantity ConvertTo(Unit target, ExchangeRate rate)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(rate);
        return rate.Convert(this, target);
    }

    /// <summary>Adds two quantities of one dimension; the result is in the left operand's unit.</summary>
    /// <param name="left">The first; its unit is the result's.</param>
    /// <param name="right">The second, converted to the first's unit.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The dimensions differ (亿元 + 亩, 元 + 美元); the message names both units.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sum overflows a double.</exception>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        left.CheckCompatible(right.Unit, "add", nameof(right));
        return new Quantity(Guard.Against.Overflow(left.value + right.Unit.ConvertValue(right.value, left.Unit), "addition", nameof(right)), left.Unit);
    }

    /// <summary>Subtracts two quantities of one dimension; the result is in the left operand's unit.</summary>
    /// <param name="left">The first; its unit is the result's.</param>
    /// <param name="right">The second, converted to the first's unit.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The dimensions differ; the message names both units.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference overflows a double.</exception>
    public static Quantity operator -(Quantity left, Quantity right)
    {
        left.CheckCompatible(right.Unit, "subtract", nameof(right));
        return new Quantity(Guard.Against.Overflow(left.value - right.Unit.ConvertValue(right.value, left.Unit), "subtraction", nameof(right)), left.Unit);
    }

    /// <summary>The opposite quantity.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>−quantity, in the same unit.</returns>
    public static Quantity operator -(Quantity quantity) => new(-quantity.value, quantity.Unit);

    /// <summary>Scales a quantity: 2 × 85亿元 = 170亿元.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="factor">A finite number.</param>
    /// <returns>The product, in the quantity's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is NaN or infinite, or the product overflows a double.</exception>
    public static Quantity operator *(Quantity quantity, double factor)
    {
        Guard.Against.NotFinite(factor);
        return new Quantity(Guard.Against.Overflow(quantity.value * factor, "multiplication", nameof(factor)), quantity.Unit);
    }

    /// <summary>Scales a quantity.</summary>
    /// <param name="factor">A finite number.</param>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The product, in the quantity's unit.</returns>
    public static Quantity operator *(double factor, Quantity quantity) => quantity * factor;

    /// <summary>Divides a quantity by a number.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="divisor">A finite, non-zero number.</param>
    /// <returns>The quotient, in the quantity's unit.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is NaN or infinite, or the quotient overflows a double.</exception>
    public static Quantity operator /(Quantity quantity, double divisor)
    {
        Guard.Against.NotFinite(divisor);
        if (divisor == 0)
        {
            throw new DivideByZeroException($"Cannot divide {quantity} by zero.");
        }
        return new Quantity(Guard.Against.Overflow(quantity.value / divisor, "division", nameof(divisor)), quantity.Unit);
    }

    /// <summary>
    /// The ratio of two quantities of one dimension, after converting to a common scale:
    /// 85亿元 / 170亿元 = 0.5, 1千米 / 500米 = 2. Growth with a zero base is the calculations' business,
    /// which return a status; this raw ratio throws.
    /// </summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentException">The dimensions differ; the message names both units.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The quotient overflows a double.</exception>
    public static double operator /(Quantity left, Quantity right)
    {
        left.CheckCompatible(right.Unit, "divide", nameof(right));
        var denominator = right.Unit.ConvertValue(right.value, left.Unit);
        if (denominator == 0)
        {
            throw new DivideByZeroException($"Cannot divide {left} by {right}: it is zero.");
        }
        return Guard.Against.Overflow(left.value / denominator, "division", nameof(right));
    }

    /// <summary>Structural equality: the same value and the same unit.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller, on a common scale.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second, of the same dimension.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is larger, on a common scale.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second, of the same dimension.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is smaller or equal, on a common scale.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second, of the same dimension.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is larger or equal, on a common scale.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second, of the same dimension.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Compares on a common scale: 1千米 and 1000米 compare as 0.</summary>
    /// <param name="other">A quantity of the same dimension.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException">The dimensions differ; the message names both units.</exception>
    public int CompareTo(Quantity other)
    {
        CheckCompatible(other.Unit, "compare", nameof(other));
        // Compare in the larger unit: converting into it shrinks the other number, so nothing overflows.
        return Unit.IsLargerThanOrOrderedBefore(other.Unit)
            ? value.CompareTo(other.Unit.ConvertValue(other.value, Unit))
            : Unit.ConvertValue(value, other.Unit).CompareTo(other.value);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Quantity.", nameof(obj)),
    };

    /// <summary>Structural equality: the same value and the same unit (1千米 is not equal to 1000米).</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Quantity other) => value.Equals(other.value) && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(value, Unit);

    /// <summary>The invariant text that parses back to this quantity: "170亿元", "-2.5万元", "23.5%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NumberText.Format(value) + Unit.Symbol;

    /// <summary>Formats the number with <paramref name="format"/> (a .NET numeric format such as "0.0") and appends the unit's symbol.</summary>
    /// <param name="format">The numeric format; null for the round-trip form.</param>
    /// <param name="formatProvider">The culture; null for the invariant culture.</param>
    /// <returns>The text, e.g. "170.0亿元".</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => NumberText.Format(value, format, formatProvider) + Unit.Symbol;

    private void CheckCompatible(Unit other, string operation, string paramName)
    {
        if (!Unit.IsCompatibleWith(other))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Cannot {operation} {Describe(Unit)} and {Describe(other)}: they measure different things ({Unit.Dimension} and {other.Dimension}).")
                + (Unit.Dimension.Kind == DimensionKind.Money && other.Dimension.Kind == DimensionKind.Money
                    ? " Converting between currencies takes an explicit ExchangeRate."
                    : string.Empty),
                paramName);
        }
    }

    internal static string Describe(Unit unit) => unit.Symbol.Length == 0 ? "a pure number" : "\"" + unit.Symbol + "\"";


    /// <summary>
    /// The text with the thousands separators of the number at <paramref name="start"/> removed
    /// ("1,234.5万元" → "1234.5万元"), or the text itself when it has none. A separator is a ','
    /// after one to three leading digits or a previous group, followed by exactly three digits.
    /// </summary>
    private static string WithoutThousandsSeparators(string text, int start, out int separators, out int errorAt)
    {
        separators = 0;
        errorAt = -1;
        var i = start;
        if (i < text.Length && text[i] is '+' or '-' or '－' or '＋' or '−')
        {
            i++;
        }
        var first = i;
        i = SkipDigits(text, i);
        if (i >= text.Length || text[i] != ',' || i == first)
        {
            return text;
        }
        if (i - first > 3)
        {
            errorAt = i;
            return text;
        }
        while (i < text.Length && text[i] == ',')
        {
            var next = SkipDigits(text, i + 1);
            if (next - (i + 1) != 3)
            {
                errorAt = i;
                return text;
            }
            separators++;
            i = next;
        }
        return string.Concat(text.AsSpan(0, start), text.AsSpan(start, i - start).ToString().Replace(",", string.Empty, StringComparison.Ordinal), text.AsSpan(i));
    }

    private static int SkipDigits(string text, int index)
    {
        while (index < text.Length && text[index] is (>= '0' and <= '9') or (>= '０' and <= '９'))
        {
            index++;
        }
        return index;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }
}
