using System.Diagnostics.CodeAnalysis;

namespace Indicators;

/// <summary>
/// The result of parsing authored text: either a value or a <see cref="ParseError"/> that names
/// the input, the position and the reason. Parsers return one instead of throwing.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
public sealed class ValueParseResult<T>
{
    private readonly T value;
    private readonly ParseError? error;

    private ValueParseResult(T value, ParseError? error)
    {
        this.value = value;
        this.error = error;
    }

    /// <summary>A successful result holding <paramref name="value"/>.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>The result.</returns>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "NodaTime's pattern: ValueParseResult<T>.ForValue reads better than a non-generic factory.")]
    public static ValueParseResult<T> ForValue(T value) => new(value, null);

    /// <summary>A failed result holding <paramref name="error"/>.</summary>
    /// <param name="error">Why parsing failed.</param>
    /// <returns>The result.</returns>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "See ForValue.")]
    public static ValueParseResult<T> ForError(ParseError error)
    {
        Guard.Against.Null(error);
        return new ValueParseResult<T>(default!, error);
    }

    /// <summary>Whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => error is null;

    /// <summary>The error, or null when parsing succeeded.</summary>
    public ParseError? Error => error;

    /// <summary>The parsed value.</summary>
    /// <exception cref="ValueParseException">Parsing failed; the exception carries the error.</exception>
    public T Value => error is null ? value : throw new ValueParseException(error);

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="result">The value, or the default of <typeparamref name="T"/> on failure.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return error is null;
    }

    /// <summary>Converts a successful value; a failure is passed on unchanged.</summary>
    /// <typeparam name="TResult">The type of the converted value.</typeparam>
    /// <param name="projection">The conversion.</param>
    /// <returns>The converted result.</returns>
    public ValueParseResult<TResult> Convert<TResult>(Func<T, TResult> projection)
    {
        Guard.Against.Null(projection);
        return error is null ? ValueParseResult<TResult>.ForValue(projection(value)) : ValueParseResult<TResult>.ForError(error);
    }

    /// <inheritdoc />
    public override string ToString() => error is null ? $"Success: {value}" : $"Failure: {error.Message}";
}
