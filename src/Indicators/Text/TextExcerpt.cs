using System.Globalization;
using System.Text;

namespace Indicators;

/// <summary>
/// Bounded quotations of input in messages: a message about a field of any length quotes a window
/// of it, so a 100 MB field costs a short message, not a 100-million-character one.
/// </summary>
internal static class TextExcerpt
{
    /// <summary>The most characters of input a quotation shows.</summary>
    internal const int MaxLength = 40;

    /// <summary>
    /// <paramref name="text"/> whole when at most <paramref name="maxLength"/> characters, else its first
    /// <paramref name="maxLength"/> (one fewer rather than split a surrogate pair) and "…": for messages that quote
    /// authored text inline, where the rule language's diagnostics write their own quotation marks.
    /// </summary>
    internal static string Prefix(string? text, int maxLength = MaxLength)
    {
        if (text is null || text.Length <= maxLength)
        {
            return text ?? string.Empty;
        }
        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(text.AsSpan(0, length), "…");
    }

    /// <summary>
    /// <paramref name="text"/> in double quotes, or, when longer than <see cref="MaxLength"/>, a window
    /// of it around <paramref name="at"/> with '…' where it is cut and the full length:
    /// <c>"…xxxxx…" (1048576 characters)</c>. A window never splits a surrogate pair.
    /// </summary>
    internal static string Quote(ReadOnlySpan<char> text, int at = 0)
    {
        if (text.Length <= MaxLength)
        {
            return string.Concat("\"", text, "\"");
        }
        int start = Math.Clamp(at - MaxLength / 2, 0, text.Length - MaxLength);
        int end = start + MaxLength;
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start++;
        }
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end--;
        }
        var quoted = new StringBuilder(MaxLength + 40).Append('"');
        if (start > 0)
        {
            quoted.Append('…');
        }
        quoted.Append(text[start..end]);
        if (end < text.Length)
        {
            quoted.Append('…');
        }
        return quoted.Append(CultureInfo.InvariantCulture, $"\" ({text.Length} characters)").ToString();
    }
}
