using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Indicators;

/// <summary>
/// The project's own guard clauses, written as Ardalis.GuardClauses extensions on <see cref="IGuardClause"/> (the
/// package's documented extension model), so every argument check reads <c>Guard.Against.…</c>. They exist where the
/// package's built-ins do not say what the library means: a double must be finite (NaN is not "missing"), −0 is zero,
/// a range error is an <see cref="ArgumentOutOfRangeException"/> that carries the value. Every message names the
/// parameter and the value it had. The success path only compares: messages are built when a guard throws, and the
/// throws sit in helpers that are not inlined, so the hot paths stay small and allocate nothing.
/// </summary>
internal static class GuardExtensions
{
    /// <summary>Throws unless <paramref name="input"/> is finite (not NaN, not an infinity); returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double NotFinite(this IGuardClause guardClause, double input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (!double.IsFinite(input))
        {
            ThrowNotFinite(input, parameterName);
        }
        return input;
    }

    /// <summary>
    /// Throws unless <paramref name="input"/> is finite and not negative; −0 is zero (the BCL's <c>ThrowIfNegative</c>
    /// treats −0.0 as negative, because it tests the sign bit; the package's <c>Negative</c> lets NaN pass as not negative
    /// and throws a plain <see cref="ArgumentException"/>). Returns the value with −0 made +0, so it never prints as "-0".
    /// </summary>
    internal static double NegativeOrNotFinite(this IGuardClause guardClause, double input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guardClause.NotFinite(input, parameterName);
        if (input < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, input,
                string.Create(CultureInfo.InvariantCulture, $"{parameterName} must not be negative; was {input}."));
        }
        return input + 0.0;
    }

    /// <summary>Throws unless <paramref name="input"/> is finite and strictly positive (−0, like +0, is not); returns it.</summary>
    internal static double NegativeOrZeroOrNotFinite(this IGuardClause guardClause, double input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guardClause.NotFinite(input, parameterName);
        if (!(input > 0))
        {
            throw new ArgumentOutOfRangeException(parameterName, input + 0.0,
                string.Create(CultureInfo.InvariantCulture, $"{parameterName} must be positive; was {input + 0.0}."));
        }
        return input;
    }

    /// <summary>
    /// The result of an arithmetic operation on finite operands, unless it overflowed: a result beyond a double is refused
    /// like any other out-of-range argument (naming the operand that made it overflow), never returned as an infinity.
    /// </summary>
    internal static double Overflow(this IGuardClause guardClause, double result, string operation, string parameterName) =>
        double.IsFinite(result) ? result : throw new ArgumentOutOfRangeException(parameterName, $"The {operation} overflows the range of a double.");

    /// <summary>Throws an <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void False(this IGuardClause guardClause, [DoesNotReturnIf(false)] bool condition, string? parameterName, string message)
    {
        if (!condition)
        {
            ThrowArgument(message, parameterName);
        }
    }

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> unless <paramref name="condition"/> holds; an interpolated
    /// <paramref name="message"/> is formatted (invariantly) only when it does not, so a guard in a loop allocates nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void False(this IGuardClause guardClause, [DoesNotReturnIf(false)] bool condition, string? parameterName,
        [InterpolatedStringHandlerArgument("condition")] ref GuardMessage message)
    {
        if (!condition)
        {
            ThrowArgument(message.ToStringAndClear(), parameterName);
        }
    }

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> with <paramref name="problem"/> when there is one: for the checks that
    /// say what is wrong (a text) or nothing (null).
    /// </summary>
    internal static void Problem(this IGuardClause guardClause, string? problem, string? parameterName)
    {
        if (problem is not null)
        {
            ThrowArgument(problem, parameterName);
        }
    }

    /// <summary>
    /// Throws an <see cref="ArgumentOutOfRangeException"/> carrying <paramref name="actualValue"/> unless
    /// <paramref name="inRange"/> holds: for the ranges that are not an interval of ints (a rate above −100%, a known
    /// enum member, a result that stays finite).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void NotInRange<T>(this IGuardClause guardClause, [DoesNotReturnIf(false)] bool inRange, string? parameterName, T actualValue, string message)
    {
        if (!inRange)
        {
            ThrowOutOfRange(parameterName, actualValue, message);
        }
    }

    /// <summary>
    /// <see cref="NotInRange{T}(IGuardClause, bool, string?, T, string)"/> with an interpolated message, formatted
    /// (invariantly) only when the value is out of range.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void NotInRange<T>(this IGuardClause guardClause, [DoesNotReturnIf(false)] bool inRange, string? parameterName, T actualValue,
        [InterpolatedStringHandlerArgument("inRange")] ref GuardMessage message)
    {
        if (!inRange)
        {
            ThrowOutOfRange(parameterName, actualValue, message.ToStringAndClear());
        }
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> is in [<paramref name="min"/>, <paramref name="max"/>]; returns it.</summary>
    internal static int NotInRange(this IGuardClause guardClause, int input, int min, int max,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input < min || input > max)
        {
            throw new ArgumentOutOfRangeException(parameterName, input,
                string.Create(CultureInfo.InvariantCulture, $"{parameterName} must be between {min} and {max}; was {input}."));
        }
        return input;
    }

    /// <summary>
    /// Throws an <see cref="ArgumentOutOfRangeException"/> if <paramref name="input"/> is below <paramref name="other"/>,
    /// with the message the BCL's <c>ThrowIfLessThan</c> gives (the package's own comparisons throw without the value).
    /// </summary>
    internal static T LessThan<T>(this IGuardClause guardClause, T input, T other,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null) where T : IComparable<T>
    {
        if (input.CompareTo(other) < 0)
        {
            ThrowCompared(parameterName, input, "greater than or equal to", other);
        }
        return input;
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> if <paramref name="input"/> is above <paramref name="other"/> (as the BCL's <c>ThrowIfGreaterThan</c>).</summary>
    internal static T GreaterThan<T>(this IGuardClause guardClause, T input, T other,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null) where T : IComparable<T>
    {
        if (input.CompareTo(other) > 0)
        {
            ThrowCompared(parameterName, input, "less than or equal to", other);
        }
        return input;
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> is below <paramref name="other"/> (as the BCL's <c>ThrowIfGreaterThanOrEqual</c>).</summary>
    internal static T GreaterThanOrEqual<T>(this IGuardClause guardClause, T input, T other,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null) where T : IComparable<T>
    {
        if (input.CompareTo(other) >= 0)
        {
            ThrowCompared(parameterName, input, "less than", other);
        }
        return input;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotFinite(double value, string? parameterName) =>
        throw new ArgumentOutOfRangeException(parameterName, value,
            string.Create(CultureInfo.InvariantCulture, $"{parameterName} must be a finite number; was {value}. A missing value is not a number: model it as missing."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgument(string message, string? parameterName) => throw new ArgumentException(message, parameterName);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange<T>(string? parameterName, T actualValue, string message) =>
        throw new ArgumentOutOfRangeException(parameterName, actualValue, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowCompared<T>(string? parameterName, T value, string relation, T other) =>
        throw new ArgumentOutOfRangeException(parameterName, value,
            string.Create(CultureInfo.InvariantCulture, $"{parameterName} ('{value}') must be {relation} '{other}'."));
}

/// <summary>
/// The message of <see cref="GuardExtensions.False(IGuardClause, bool, string?, ref GuardMessage)"/> and of
/// <c>NotInRange</c>: an interpolated string that is formatted, with the invariant culture, only when the guarded
/// condition fails.
/// </summary>
[InterpolatedStringHandler]
internal ref struct GuardMessage
{
    private DefaultInterpolatedStringHandler inner;

    /// <summary>Starts a message that is built only when <paramref name="condition"/> is false.</summary>
    public GuardMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    /// <summary>Appends a value with a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    /// <summary>Appends text.</summary>
    public void AppendFormatted(string? value) => inner.AppendFormatted(value);

    /// <summary>The message.</summary>
    public string ToStringAndClear() => inner.ToStringAndClear();
}
