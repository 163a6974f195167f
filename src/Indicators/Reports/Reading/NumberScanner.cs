namespace Indicators.Reports;

/// <summary>
/// Reads the numbers of report text one at a time, with the unit written after each (the first piece of the report
/// reader). It tolerates what real reports contain: full-width digits and punctuation, spaces and line breaks inside a
/// number ("24. 3"), thousands separators, traditional script in units; and it never turns a redaction or a blank
/// into a number ("20XX", "**", "亿元" with no number before it). See docs/reports.md, "Reading numbers".
/// </summary>
/// <remarks>
/// One pass over the characters, no regular expression and no allocation: a number's digits are accumulated into an
/// integer mantissa, and the unit is one of a fixed table of interned strings.
/// </remarks>
internal static class NumberScanner
{
    /// <summary>The most significant digits a figure may have; a longer run (a telephone number, an id) is not a figure.</summary>
    private const int MaxDigits = 15;

    // Longest first, so that 个百分点 wins over 个 and 亿元 over 亿. Each written form maps to its simplified form.
    private static readonly (string Written, string Unit)[] Units =
    [
        ("个百分点", "个百分点"), ("個百分點", "个百分点"), ("个百分點", "个百分点"), ("個百分点", "个百分点"),
        ("个千分点", "个千分点"), ("個千分點", "个千分点"), ("个千分點", "个千分点"), ("個千分点", "个千分点"),
        ("百分点", "个百分点"), ("百分點", "个百分点"), ("千分点", "个千分点"), ("千分點", "个千分点"),
        ("亿美元", "亿美元"), ("億美元", "亿美元"), ("万美元", "万美元"), ("萬美元", "万美元"),
        ("万平方米", "万平方米"), ("萬平方米", "万平方米"), ("万平米", "万平米"), ("萬平米", "万平米"), ("平方公里", "平方公里"),
        ("平方米", "平方米"), ("平米", "平米"), ("万人次", "万人次"), ("萬人次", "万人次"), ("人次", "人次"),
        ("亿元", "亿元"), ("億元", "亿元"), ("万元", "万元"), ("萬元", "万元"),
        ("万吨", "万吨"), ("萬噸", "万吨"), ("萬吨", "万吨"), ("万噸", "万吨"),
        ("万方", "万方"), ("萬方", "万方"),
        ("亿", "亿"), ("億", "亿"), ("万", "万"), ("萬", "万"),
        ("%", "%"), ("％", "%"), ("‰", "‰"),
        ("美元", "美元"), ("公里", "公里"), ("千米", "千米"),
        ("元", "元"), ("吨", "吨"), ("噸", "吨"), ("亩", "亩"), ("畝", "亩"),
        ("家", "家"), ("个", "个"), ("個", "个"), ("人", "人"), ("项", "项"), ("項", "项"), ("倍", "倍"),
        ("名", "名"), ("户", "户"), ("戶", "户"), ("套", "套"), ("件", "件"), ("座", "座"), ("台", "台"), ("条", "条"), ("條", "条"), ("次", "次"), ("份", "份"), ("起", "起"), ("批", "批"),
    ];

    /// <summary>
    /// Reads the first number at or after <paramref name="start"/>: its figure, unit and span. Redactions ("20XX",
    /// "1.X") are passed over, as are Chinese numerals that no unit, 分之, 位数 or 级 follows (一定, 十二五).
    /// </summary>
    /// <param name="text">The report text.</param>
    /// <param name="start">Where to start looking, 0 to the text's length.</param>
    /// <param name="number">The number read, default when none.</param>
    /// <returns>Whether a number was found.</returns>
    public static bool TryRead(string text, int start, out ReportNumber number)
    {
        Guard.Against.Null(text);
        Guard.Against.OutOfRange(start, nameof(start), 0, text.Length);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            int next;
            if (DigitValue(c) >= 0)
            {
                if (TryDigits(text, i, out number, out next))
                {
                    return true;
                }
            }
            else if (ChineseDigit(c) >= 0 || ChineseMultiplier(c) > 0)
            {
                if (TryChinese(text, i, out number, out next))
                {
                    return true;
                }
            }
            else
            {
                next = i + 1;
            }
            i = next;
        }
        number = default;
        return false;
    }

    /// <summary>Reads Arabic digits at <paramref name="start"/>; <paramref name="next"/> is where to go on when they are no figure.</summary>
    private static bool TryDigits(string text, int start, out ReportNumber number, out int next)
    {
        number = default;
        long mantissa = 0;
        var digits = 0;
        var decimals = 0;
        var point = false;
        var p = start;
        var end = start;
        // A part of a date or a time (2014-01-09 15:43) ends at a space: joining there would make 0915 of "09 15".
        var spaceJoins = start == 0 || text[start - 1] is not ('-' or ':' or '/' or '－' or '：' or '／');
        while (p < text.Length)
        {
            var d = DigitValue(text[p]);
            if (d >= 0)
            {
                if (mantissa != 0 || d != 0 || point)
                {
                    digits++;
                }
                if (digits <= MaxDigits)
                {
                    mantissa = mantissa * 10 + d;
                }
                decimals += point ? 1 : 0;
                end = ++p;
                continue;
            }
            var c = text[p];
            if (IsSpace(c) && spaceJoins)
            {
                // A space or line break joins digits (or a point) on both sides: "24. 3", "1 234", "5\n000".
                var q = SkipSpace(text, p);
                if (q < text.Length && (DigitValue(text[q]) >= 0 || (!point && IsPoint(text[q]) && FollowedByDigit(text, q + 1))))
                {
                    p = q;
                    continue;
                }
                break;
            }
            if (IsPoint(c) && !point && FollowedByDigit(text, p + 1))
            {
                point = true;
                p++;
                continue;
            }
            if (!point && IsThousandsSeparator(text, p))
            {
                p++;
                continue;
            }
            break;
        }
        next = end;
        var after = end < text.Length && IsPoint(text[end]) ? end + 1 : end;
        if (after < text.Length && IsRedaction(text[after]))
        {
            // 20XX, 1.X亿元: the writer's blank, not the digits before it.
            while (next < text.Length && (IsRedaction(text[next]) || DigitValue(text[next]) >= 0))
            {
                next++;
            }
            return false;
        }
        if (digits > MaxDigits || decimals > Rounding.MaxDecimals)
        {
            return false;
        }
        var value = mantissa / Pow10(decimals);
        var (qualifier, unitText, stop) = Tail(text, end);
        var exact = decimals == 0 && IsCount(unitText);
        var figure = exact ? StatedFigure.Exact(value, qualifier) : StatedFigure.Rounded(value, decimals, qualifier);
        number = new ReportNumber(figure, unitText, start, stop, NumberForm.Digits);
        next = stop;
        return true;
    }

    /// <summary>Reads Chinese numerals at <paramref name="start"/> when a unit, 分之, 位数 or 级 says they are a figure.</summary>
    private static bool TryChinese(string text, int start, out ReportNumber number, out int next)
    {
        number = default;
        var end = ChineseRun(text, start, out var value);
        next = end;
        if (value < 0)
        {
            return false;
        }
        if (Starts(text, end, "分之") && end + 2 < text.Length)
        {
            var stop = ChineseRun(text, end + 2, out var numerator);
            if (numerator < 0 || value == 0)
            {
                next = Math.Max(stop, end + 2);
                return false;
            }
            number = value switch
            {
                100 => new ReportNumber(StatedFigure.Exact(numerator), "%", start, stop, NumberForm.Fraction),
                1000 => new ReportNumber(StatedFigure.Exact(numerator), "‰", start, stop, NumberForm.Fraction),
                _ => new ReportNumber(StatedFigure.Exact(numerator / value), "", start, stop, NumberForm.Fraction),
            };
            next = stop;
            return true;
        }
        if (end - start == 1 && value is >= 1 and <= 9 && Starts(text, end, "位数"))
        {
            number = new ReportNumber(StatedFigure.Exact(Pow10((int)value - 1), Qualifier.AtLeast), "", start, end + 2, NumberForm.DigitCount);
            next = end + 2;
            return true;
        }
        var (qualifier, unitText, tailEnd) = Tail(text, end);
        if ((unitText == "亿" || unitText == "万") && tailEnd < text.Length && text[tailEnd] == '级')
        {
            number = new ReportNumber(StatedFigure.Exact(value, Qualifier.AtLeast), unitText, start, tailEnd + 1, NumberForm.Magnitude);
            next = tailEnd + 1;
            return true;
        }
        // A lone 百 or 千 is an amount before 万 and 亿 (超千万元, 百亿元) but an idiom before anything else (信心百倍, 千家万户).
        var idiom = end - start == 1 && ChineseMultiplier(text[start]) >= 100 && unitText.Length > 0 && unitText[0] != '万' && unitText[0] != '亿';
        if (unitText.Length == 0 || idiom)
        {
            return false;
        }
        number = new ReportNumber(StatedFigure.Exact(value, qualifier), unitText, start, tailEnd, NumberForm.Chinese);
        next = tailEnd;
        return true;
    }

    /// <summary>
    /// The end of the run of Chinese numerals at <paramref name="start"/> and its value (一百二十 → 120, 十二 → 12,
    /// 二〇一三 → 2013), −1 when the run is no number (十二五, 一一).
    /// </summary>
    private static int ChineseRun(string text, int start, out double value)
    {
        var p = start;
        double total = 0;
        var current = -1;
        var positional = 0L;
        var onlyDigits = true;
        var valid = true;
        var lastMultiplier = int.MaxValue;
        while (p < text.Length)
        {
            var c = text[p];
            var d = ChineseDigit(c);
            var m = ChineseMultiplier(c);
            if (d >= 0)
            {
                if (p - start < MaxDigits)
                {
                    positional = positional * 10 + d;
                }
                // Two digits in a row are a number only after 零 (一百零五) or written positionally (二〇一三).
                valid &= current <= 0 || onlyDigits;
                current = d;
            }
            else if (m > 0)
            {
                onlyDigits = false;
                // 十 may stand alone (十二); 百 and 千 also (百倍), but a multiplier never follows a smaller or equal one directly.
                valid &= m < lastMultiplier && (current != 0);
                total += (current < 0 ? 1 : current) * m;
                lastMultiplier = m;
                current = -1;
            }
            else
            {
                break;
            }
            p++;
        }
        if (p == start)
        {
            value = -1;
            return p;
        }
        if (onlyDigits)
        {
            valid &= p - start == 1 || (p - start <= MaxDigits && text[start] != '两' && text[start] != '兩');
            value = valid ? positional : -1;
            return p;
        }
        value = valid ? total + Math.Max(current, 0) : -1;
        return p;
    }

    /// <summary>The 余/多 written after a number, its unit (normalised) and where the number's text ends.</summary>
    private static (Qualifier Qualifier, string Unit, int End) Tail(string text, int end)
    {
        var p = end;
        var qualifier = Qualifier.None;
        if (p < text.Length && (text[p] == '余' || text[p] == '餘' || text[p] == '多'))
        {
            qualifier = Qualifier.Over;
            p++;
        }
        var q = SkipSpace(text, p);
        foreach (var (written, unit) in Units)
        {
            if (Starts(text, q, written))
            {
                return (qualifier, unit, q + written.Length);
            }
        }
        return (qualifier, "", p);
    }

    private static bool IsCount(string unit) => unit is "家" or "个" or "人" or "项" or "名" or "户" or "套" or "件" or "座" or "台" or "条" or "次" or "人次" or "份" or "起" or "批";

    private static bool Starts(string text, int at, string word) =>
        at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    /// <summary>0–9 for a half- or full-width digit, −1 otherwise.</summary>
    private static int DigitValue(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;

    private static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' or '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int ChineseMultiplier(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    private static bool IsPoint(char c) => c is '.' or '．';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u3000' or '\u00A0';

    /// <summary>x, X, *, _ and their full-width forms: what a report template leaves where a figure should be.</summary>
    private static bool IsRedaction(char c) => c is 'x' or 'X' or '*' or '_' or 'ｘ' or 'Ｘ' or '＊' or '＿' or '×';

    private static int SkipSpace(string text, int p)
    {
        while (p < text.Length && IsSpace(text[p]))
        {
            p++;
        }
        return p;
    }

    private static bool FollowedByDigit(string text, int p)
    {
        p = SkipSpace(text, p);
        return p < text.Length && DigitValue(text[p]) >= 0;
    }

    /// <summary>
    /// A comma between groups of three digits (1,234.5); the full-width ， only between full-width digits, since it is
    /// also the clause separator of Chinese text ("增长25%，3家").
    /// </summary>
    private static bool IsThousandsSeparator(string text, int p)
    {
        var c = text[p];
        if (c != ',' && !(c == '，' && p > 0 && text[p - 1] is >= '０' and <= '９'))
        {
            return false;
        }
        for (var k = 1; k <= 3; k++)
        {
            if (p + k >= text.Length || DigitValue(text[p + k]) < 0)
            {
                return false;
            }
        }
        return p + 4 >= text.Length || DigitValue(text[p + 4]) < 0;
    }

    private static double Pow10(int n)
    {
        var r = 1.0;
        for (var k = 0; k < n; k++)
        {
            r *= 10;
        }
        return r;
    }
}
