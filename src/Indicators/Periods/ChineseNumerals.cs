namespace Indicators;

/// <summary>Small Chinese numerals (一 to 九十九) as period text uses them: 第三季度, 十四五.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Formats 1 to 99: 3 → 三, 10 → 十, 14 → 十四, 20 → 二十, 99 → 九十九.</summary>
    internal static string Format(int value)
    {
        Guard.Against.NotInRange(value, 1, 99);
        var tens = value / 10;
        var units = value % 10;
        var text = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => $"{Digits[tens]}十",
        };
        return units == 0 ? text : text + Digits[units];
    }

    /// <summary>A count as phrases say it (0 to 99): 零, 一, 两 (not 二: 翻两番, 后两年), 三 … 九十九.</summary>
    internal static string FormatCount(int value) => value switch
    {
        0 => "零",
        2 => "两",
        _ => Format(value),
    };

    /// <summary>Whether <paramref name="c"/> is one of the characters of a small Chinese numeral.</summary>
    internal static bool IsNumeralChar(char c) => c == '十' || c == '两' || (c != '〇' && Digits.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// Reads a whole run of numeral characters as 1 to 99 (一, 十, 十四, 二十, 九十九; 两 as 二).
    /// Returns -1 for a run that is not a well-formed numeral (十十, 四二).
    /// </summary>
    internal static int Read(ReadOnlySpan<char> run)
    {
        var ten = run.IndexOf('十');
        if (ten < 0)
        {
            return run.Length == 1 ? DigitValue(run[0]) : -1;
        }
        if (ten > 1 || run.Length > ten + 2)
        {
            return -1;
        }
        var tens = ten == 0 ? 1 : DigitValue(run[0]);
        var units = run.Length == ten + 2 ? DigitValue(run[ten + 1]) : 0;
        return tens < 1 || units < 0 ? -1 : (tens * 10) + units;
    }

    private static int DigitValue(char c) => c == '两' ? 2 : c is '〇' or '十' ? -1 : Digits.IndexOf(c, StringComparison.Ordinal) is var i and > 0 ? i : -1;
}
