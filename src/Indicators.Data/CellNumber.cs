using System.Globalization;

namespace Indicators.Data;

/// <summary>
/// Reads a number cell. Empty, or one of the marks statistical tables print for "no figure" (—, －, -, --, /, …), is
/// missing (缺失), never zero. Otherwise an invariant decimal number: an optional sign, digits, a decimal point, an
/// exponent; thousands separators only in groups of three (<c>12,345.6</c>); full-width digits and signs as ASCII; a
/// trailing <c>%</c> (the cell's unit is then %); where a unit is allowed, a quantity with its unit (<c>68.46亿元</c>).
/// No NaN, no infinity, nothing that overflows a double.
/// </summary>
internal static class CellNumber
{
    private static readonly string[] MissingMarks = ["—", "——", "－", "-", "--", "/", "…", "……", "–"];

    /// <summary>A problem with a number cell: where in the trimmed text, and why.</summary>
    internal readonly record struct Fault(int At, string English, string Chinese);

    /// <summary>Reads <paramref name="text"/> (trimmed); null when it is a number or missing.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="allowUnit">Whether the number may carry its unit (<c>68.46亿元</c>).</param>
    /// <param name="value">The number, or null when missing.</param>
    /// <param name="unit">The unit the cell itself wrote (<c>%</c>, <c>亿元</c>), or null.</param>
    /// <returns>The fault, or null.</returns>
    internal static Fault? Read(ReadOnlySpan<char> text, bool allowUnit, out double? value, out string? unit)
    {
        value = null;
        unit = null;
        if (text.IsEmpty)
        {
            return null;
        }
        // The common cell, a plain ASCII number: what the general way below gives it, without its copy and marks.
        if (char.IsAsciiDigit(text[0]) && TryPlain(text, out var plain) && double.IsFinite(plain))
        {
            value = plain;
            return null;
        }
        if (IsMissingMark(text))
        {
            return null;
        }
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = Normalise(text, buffer);
        var number = buffer[..length];
        if (number.Length > 1 && number[^1] == '%')
        {
            unit = "%";
            number = number[..^1].TrimEnd(' ');
        }
        if (TryPlain(number, out var parsed) || TryGrouped(number, out parsed))
        {
            if (!double.IsFinite(parsed))
            {
                return new Fault(0, $"the number '{Diagnostic.Window(text.ToString())}' is too large for a double (about 1.8e308)",
                    $"数值“{Diagnostic.Window(text.ToString())}”过大，超出双精度数的范围（约 1.8e308）");
            }
            value = parsed;
            return null;
        }
        if (allowUnit && unit is null)
        {
            var quantity = Quantity.Parse(number.ToString());
            if (quantity.Success && quantity.Value.Unit != Units.One)
            {
                value = quantity.Value.Value;
                unit = quantity.Value.Unit.Symbol;
                return null;
            }
        }
        var at = FirstOdd(number);
        return new Fault(at, $"unreadable number '{Diagnostic.Window(text.ToString())}': {Reason(number, at)}",
            $"无法读取的数值“{Diagnostic.Window(text.ToString())}”：{ChineseReason(number, at)}");
    }

    /// <summary>Whether a cell is one of the marks for "no figure".</summary>
    internal static bool IsMissingMark(ReadOnlySpan<char> text)
    {
        foreach (var mark in MissingMarks)
        {
            if (text.SequenceEqual(mark))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryPlain(ReadOnlySpan<char> number, out double value)
    {
        value = 0;
        // double.TryParse also takes "NaN", "Infinity" and white space inside: refuse anything but a plain number.
        foreach (var c in number)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E'))
            {
                return false;
            }
        }
        if (number.Length is > 0 and <= 32)
        {
            // The core's exact reader on the ASCII bytes: double.Parse's bits, or false for double.Parse to decide.
            Span<byte> bytes = stackalloc byte[number.Length];
            if (System.Text.Ascii.FromUtf16(number, bytes, out _) == System.Buffers.OperationStatus.Done &&
                Indicators.Bulk.BulkCsvNumber.TryExact(bytes, out value))
            {
                return true;
            }
        }
        return number.Length > 0 && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryGrouped(ReadOnlySpan<char> number, out double value)
    {
        value = 0;
        var body = number.Length > 0 && number[0] is '-' or '+' ? number[1..] : number;
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        if (whole.IndexOf(',') < 0)
        {
            return false;
        }
        // 12,345,678: a first group of one to three digits, then groups of exactly three.
        var groups = whole.ToString().Split(',');
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3) || groups.Any(g => !g.All(char.IsAsciiDigit)))
        {
            return false;
        }
        return TryPlain(number.ToString().Replace(",", "", StringComparison.Ordinal), out value);
    }

    private static int Normalise(ReadOnlySpan<char> text, Span<char> into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            into[i] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '－' or '−' => '-',
                '＋' => '+',
                '，' => ',',
                '％' => '%',
                _ => c,
            };
        }
        return text.Length;
    }

    private static int FirstOdd(ReadOnlySpan<char> number)
    {
        for (var i = 0; i < number.Length; i++)
        {
            if (!(char.IsAsciiDigit(number[i]) || number[i] is '.' or '-' or '+' or 'e' or 'E' or ','))
            {
                return i;
            }
        }
        return 0;
    }

    private static string Reason(ReadOnlySpan<char> number, int at) =>
        at < number.Length && !(char.IsAsciiDigit(number[at]) || number[at] is '.' or '-' or '+' or 'e' or 'E' or ',')
            ? $"'{number[at]}' cannot stand in a number (write digits, a decimal point and a sign; leave the cell empty for a missing figure)"
            : "not a number (write digits, a decimal point and a sign; thousands separators only in groups of three)";

    private static string ChineseReason(ReadOnlySpan<char> number, int at) =>
        at < number.Length && !(char.IsAsciiDigit(number[at]) || number[at] is '.' or '-' or '+' or 'e' or 'E' or ',')
            ? $"数值中不能有“{number[at]}”（请写数字、小数点和正负号；缺失的数请留空）"
            : "不是数值（请写数字、小数点和正负号；千位分隔符须三位一组）";
}
