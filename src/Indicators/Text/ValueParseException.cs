namespace Indicators;

/// <summary>
/// Thrown when the value of a failed <see cref="ValueParseResult{T}"/> is asked for. Its message names
/// the input, the position and the reason.
/// </summary>
public sealed class ValueParseException : FormatException
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">Why parsing failed.</param>
    public ValueParseException(ParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>Why parsing failed.</summary>
    public ParseError Error { get; }
}
