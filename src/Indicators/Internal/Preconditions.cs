using System.Globalization;
using System.Runtime.CompilerServices;

namespace Indicators;

/// <summary>
/// Argument checks in the NodaTime style, on top of the BCL throw helpers. Every message names
/// the parameter and the value it had.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws unless <paramref name="value"/> is finite (not NaN, not an infinity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double CheckFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            ThrowNotFinite(value, paramName);
        }
        return value;
    }

    /// <summary>
    /// Throws unless <paramref name="value"/> is finite and not negative; −0 is zero (the BCL's <c>ThrowIfNegative</c>
    /// treats −0.0 as negative, because it tests the sign bit). Returns the value with −0 made +0, so it never prints as "-0".
    /// </summary>
    internal static double CheckNotNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckFinite(value, paramName);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must not be negative; was {value}."));
        }
        return value + 0.0;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly positive (−0, like +0, is not).</summary>
    internal static double CheckPositive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckFinite(value, paramName);
        if (!(value > 0))
        {
            throw new ArgumentOutOfRangeException(paramName, value + 0.0,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must be positive; was {value + 0.0}."));
        }
        return value;
    }

    /// <summary>
    /// The result of an arithmetic operation on finite operands, unless it overflowed: a result beyond a double is refused
    /// like any other out-of-range argument (naming the operand that made it overflow), never returned as an infinity.
    /// </summary>
    internal static double CheckNoOverflow(double result, string operation, string paramName) =>
        double.IsFinite(result) ? result : throw new ArgumentOutOfRangeException(paramName, $"The {operation} overflows the range of a double.");

    /// <summary>Throws an <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static int CheckInRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must be between {min} and {max}; was {value}."));
        }
        return value;
    }

    private static void ThrowNotFinite(double value, string? paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} must be a finite number; was {value}. A missing value is not a number: model it as missing."));
}
