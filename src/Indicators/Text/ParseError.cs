using System.Globalization;

namespace Indicators;

/// <summary>
/// Why a text could not be parsed: the input, the zero-based position where parsing stopped,
/// what was being parsed and the reason. A failed <see cref="ValueParseResult{T}"/> carries one.
/// </summary>
/// <remarks>
/// Authored text (units, quantities, periods, rules) is parsed into results rather than thrown
/// at, in the NodaTime style: a caller decides whether a failure is exceptional.
/// </remarks>
public sealed class ParseError
{
    /// <summary>Creates a parse error.</summary>
    /// <param name="input">The text that was parsed (never null; a null input is reported as an empty string).</param>
    /// <param name="position">The zero-based index in <paramref name="input"/> where the problem is; clamped to the input's length.</param>
    /// <param name="target">What was being parsed, for messages: "quantity", "unit", "reporting period"…</param>
    /// <param name="reason">Why it failed, in a few words.</param>
    public ParseError(string? input, int position, string target, string reason)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(reason);
        Input = input ?? string.Empty;
        Position = Math.Clamp(position, 0, Input.Length);
        Target = target;
        Reason = reason;
    }

    /// <summary>The text that was parsed.</summary>
    public string Input { get; }

    /// <summary>The zero-based position in <see cref="Input"/> where the problem is.</summary>
    public int Position { get; }

    /// <summary>What was being parsed ("quantity", "unit", "reporting period"…).</summary>
    public string Target { get; }

    /// <summary>Why parsing failed.</summary>
    public string Reason { get; }

    /// <summary>
    /// One line naming the input, the position and the reason, for example
    /// <c>Cannot parse "17x亿元" as a quantity at position 2: unknown unit "x亿元".</c>
    /// </summary>
    public string Message => string.Create(CultureInfo.InvariantCulture,
        $"Cannot parse \"{Input}\" as a {Target} at position {Position}: {Reason}.");

    /// <summary>The input with a caret under the failing position, on two lines.</summary>
    public string Excerpt => Input + "\n" + new string(' ', DisplayWidth(Input.AsSpan(0, Position))) + "^";

    /// <inheritdoc />
    public override string ToString() => Message;

    // CJK characters take two columns in a terminal; the caret must line up under them.
    internal static int DisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1;
        }
        return width;
    }
}
