using System.Globalization;

namespace Indicators;

/// <summary>
/// The one place where numbers in authored text are read and written: invariant culture, an
/// optional sign, digits with an optional decimal point and exponent; no NaN, no infinity,
/// no thousands separators. Full-width digits and signs (０-９, －, ＋, ．) are accepted because
/// Chinese reports use them.
/// </summary>
internal static class NumberText
{
    /// <summary>
    /// Scans a number at <paramref name="start"/>. Returns the index just past it, or -1 with
    /// <paramref name="failure"/> naming the reason when no number starts there.
    /// </summary>
    internal static int Scan(ReadOnlySpan<char> text, int start, out double value, out string? failure)
    {
        value = 0;
        failure = null;
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var i = start;
        if (i < text.Length && IsSign(text[i]))
        {
            buffer[length++] = Normalize(text[i]) ;
            i++;
        }
        var digits = 0;
        var nonZero = false;
        var sawPoint = false;
        while (i < text.Length && length < buffer.Length - 8)
        {
            var c = Normalize(text[i]);
            if (c is >= '0' and <= '9')
            {
                digits++;
                nonZero |= c != '0';
            }
            else if (c == '.' && !sawPoint)
            {
                sawPoint = true;
            }
            else
            {
                break;
            }
            buffer[length++] = c;
            i++;
        }
        if (digits == 0)
        {
            failure = "expected a number";
            return -1;
        }
        // An exponent only when digits follow it: "3e" is a number and a unit "e", not a malformed number.
        if (i + 1 < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && IsSign(text[j]))
            {
                j++;
            }
            if (j < text.Length && Normalize(text[j]) is >= '0' and <= '9')
            {
                buffer[length++] = 'e';
                for (var k = i + 1; k < text.Length && length < buffer.Length; k++)
                {
                    var c = Normalize(text[k]);
                    if (!(c is >= '0' and <= '9') && !(k == i + 1 && IsSign(text[k])))
                    {
                        break;
                    }
                    buffer[length++] = c;
                    j = k + 1;
                }
                i = j;
            }
        }
        if (i < text.Length && Normalize(text[i]) is >= '0' and <= '9')
        {
            failure = "the number is too long";
            return -1;
        }
        if (!double.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            failure = "the number is out of range";
            return -1;
        }
        if (value == 0 && nonZero)
        {
            // 1e-400 is not 0: a figure written with a non-zero digit that reads as zero would be a silent wrong number.
            failure = "the number is too small (it would read as 0)";
            return -1;
        }
        value += 0.0; // -0 reads as 0: equality and round trips need one zero.
        return i;
    }

    /// <summary>
    /// Reads a whole text made of one number and one of <paramref name="suffixes"/> ("23.5%",
    /// "2.6个百分点"), with white space allowed around both. Returns null and the number, or the
    /// error naming the position and the reason.
    /// </summary>
    internal static ParseError? ParseWithSuffix(string? text, string target, string[] suffixes, string expected, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParseError(text, 0, target, "the text is empty");
        }
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }
        var end = Scan(span, start, out value, out var failure);
        if (end < 0)
        {
            return new ParseError(text, start, target, failure!);
        }
        var suffix = span[end..].Trim();
        foreach (var candidate in suffixes)
        {
            if (suffix.SequenceEqual(candidate))
            {
                return null;
            }
        }
        var at = end;
        while (at < span.Length && char.IsWhiteSpace(span[at]))
        {
            at++;
        }
        return new ParseError(text, at, target, expected);
    }

    /// <summary>Formats <paramref name="value"/> invariantly; the default is the shortest text that reads back to the same double.</summary>
    internal static string Format(double value, string? format = null, IFormatProvider? provider = null) =>
        (value + 0.0).ToString(string.IsNullOrEmpty(format) ? "R" : format, provider ?? CultureInfo.InvariantCulture);

    private static bool IsSign(char c) => c is '+' or '-' or '－' or '＋' or '−';

    private static char Normalize(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '－' or '−' => '-',
        '＋' => '+',
        '．' => '.',
        _ => c,
    };
}
