using System.Globalization;
using NodaTime;

namespace Indicators;

public readonly partial struct ReportingPeriod
{
    private const string ParseTarget = "reporting period";

    // Dashes of year-to-date ranges as reports type them: ASCII, em, en, full-width, tildes. Internal: the report
    // reader's period scanner reads the same forms.
    internal const string Dashes = "-—–－~～";

    internal const string OpeningQuotes = "“\"'‘「『";
    internal const string ClosingQuotes = "”\"'’」』";

    internal static readonly string[] PlanSuffixes = ["规划期间", "规划期", "时期", "期间", "规划", "计划"];

    /// <summary>
    /// Parses a reporting period in the invariant form (<c>2024-H1</c>, <c>FYP14</c>…) or the Chinese
    /// form (<c>2024年上半年</c>, <c>“十四五”期间</c>…). Text with any non-ASCII character is read
    /// as Chinese, other text as invariant. Never throws.
    /// </summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <returns>The period, or a failure naming the position and the reason.</returns>
    public static ValueParseResult<ReportingPeriod> Parse(string? text)
    {
        if (text is not null)
        {
            foreach (var c in text)
            {
                if (c > '\u007F')
                {
                    return ParseChinese(text);
                }
            }
        }
        return ParseInvariant(text);
    }

    /// <summary>
    /// Parses the invariant form (标准写法), letters in either case: <c>2024</c>, <c>2024-H1</c>,
    /// <c>2013-Q3</c>, <c>2024-M05</c>, <c>2020-M01..M11</c> (year to date),
    /// <c>2024-03-15..2024-06-30</c> (date range), <c>FYP14</c> (five-year plan). Never throws.
    /// </summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <returns>The period, or a failure naming the position and the reason.</returns>
    public static ValueParseResult<ReportingPeriod> ParseInvariant(string? text)
    {
        var reader = new Reader(text);
        return reader.Finish(reader.AtEnd ? Empty(reader) : ReadInvariant(reader));
    }

    /// <summary>
    /// Parses the Chinese form (中文写法): <c>2024年</c> (also 2024年度), <c>2024年上半年</c>,
    /// <c>2024年下半年</c>, <c>2013年第三季度</c> (also 2013年三季度, 2013年3季度), <c>2024年5月</c>,
    /// <c>2020年1-11月</c> (the dash also —, –, －, ~, ～ or 至), <c>2024年前三季度</c> (1-9月),
    /// <c>2024年3月15日至2024年6月30日</c> (the second date may omit its year), <c>2024年Q1</c>, <c>2024年H1</c>,
    /// months and quarters in Chinese numerals (<c>2024年五月</c>, <c>2020年一至十一月</c>), <c>十四五</c> (also
    /// “十四五”, 十四五时期, “十四五”期间, 十四五规划, 第十四个五年规划). Digits may be full-width. Never throws.
    /// </summary>
    /// <remarks>
    /// A plan's name is its number followed by 五, so 十五 is the 10th plan (2001-2005) and 十五五 the
    /// 15th (2026-2030). Years have four digits: 24年上半年 is refused rather than read as year 24.
    /// </remarks>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <returns>The period, or a failure naming the position and the reason.</returns>
    public static ValueParseResult<ReportingPeriod> ParseChinese(string? text)
    {
        var reader = new Reader(text);
        return reader.Finish(reader.AtEnd ? Empty(reader) : ReadChinese(reader));
    }

    private static ReportingPeriod? ReadInvariant(Reader r)
    {
        if (r.TakeWord("FYP"))
        {
            return r.Number(3, "a plan number", out var number, out var at) ? Plan(r, number, at) : null;
        }
        if (!ReadYear(r, out var year))
        {
            return null;
        }
        if (r.AtEnd)
        {
            return Year(year);
        }
        if (!r.Expect('-', "expected '-' after the year"))
        {
            return null;
        }
        int value, valueAt;
        switch (char.ToUpperInvariant(r.Peek))
        {
            case 'H':
                r.Pos++;
                return ReadHalfNumber(r, out value) ? HalfYear(year, value) : null;
            case 'Q':
                r.Pos++;
                return ReadQuarterNumber(r, out value) ? Quarter(year, value) : null;
            case 'M':
                r.Pos++;
                if (!ReadMonthNumber(r, out value, out valueAt))
                {
                    return null;
                }
                if (!r.TakeWord(".."))
                {
                    return Month(year, value);
                }
                if (!r.Expect("M", "expected 'M' after '..'") || !ReadMonthNumber(r, out var last, out var lastAt))
                {
                    return null;
                }
                return YearToDate(r, year, value, valueAt, last, lastAt);
            default:
                if (!r.IsDigit)
                {
                    r.Fail(r.Pos, "expected H, Q, M or a date after '-'");
                    return null;
                }
                if (!ReadInvariantMonthDay(r, year, out var first))
                {
                    return null;
                }
                if (!r.Expect("..", "expected '..' between the first and the last date"))
                {
                    return null;
                }
                var secondAt = r.Pos;
                return ReadYear(r, out var endYear) && r.Expect('-', "expected '-' after the year") && ReadInvariantMonthDay(r, endYear, out var second)
                    ? Range(r, first, second, secondAt) : null;
        }
    }

    private static bool ReadInvariantMonthDay(Reader r, int year, out LocalDate date)
    {
        date = default;
        return r.Number(2, "a month", out var month, out var monthAt)
            && r.Expect('-', "expected '-' after the month")
            && r.Number(2, "a day", out var day, out var dayAt)
            && MakeDate(r, year, month, monthAt, day, dayAt, out date);
    }

    private static ReportingPeriod? ReadChinese(Reader r)
    {
        if (!r.IsDigit)
        {
            return ReadChinesePlan(r);
        }
        if (!ReadYear(r, out var year) || !r.Expect('年', "expected '年' after the year"))
        {
            return null;
        }
        if (r.AtEnd || r.TakeWord("度") || r.TakeWord("全年"))
        {
            return Year(year);
        }
        if (r.TakeWord("上半年"))
        {
            return HalfYear(year, 1);
        }
        if (r.TakeWord("下半年"))
        {
            return HalfYear(year, 2);
        }
        int value, at;
        if (r.TakeWord("前"))
        {
            return r.SmallNumber("a number of quarters", out value, out at)
                && r.Check(value is >= 1 and <= 4, at, $"there is no first {value} quarters of a year")
                && r.Expect("季度", "expected '季度'")
                ? (value == 1 ? Quarter(year, 1) : YearToDate(year, 3 * value)) : null;
        }
        if (r.TakeWord("Q"))
        {
            return ReadQuarterNumber(r, out value) ? Quarter(year, value) : null;
        }
        if (r.TakeWord("H"))
        {
            return ReadHalfNumber(r, out value) ? HalfYear(year, value) : null;
        }
        // Quarters, months and days are Arabic (3, ３) or Chinese (三, 十一) numbers: 三季度, 一至十一月.
        var ordinal = r.TakeWord("第");
        if (!ordinal && !r.IsDigit && !ChineseNumerals.IsNumeralChar(r.Peek))
        {
            r.Fail(r.Pos, "expected 上半年, 下半年, a quarter, a month or a year to date after '年'");
            return null;
        }
        if (!r.SmallNumber(ordinal ? "a quarter" : "a quarter or a month", out value, out at))
        {
            return null;
        }
        if (ordinal || r.Peek == '季')
        {
            return CheckQuarter(r, value, at) && r.Expect("季度", "expected '季度' after the quarter")
                ? Quarter(year, value) : null;
        }
        if (r.TakeAny(Dashes + "至"))
        {
            return CheckMonth(r, value, at) && r.SmallNumber("the last month", out var last, out var lastAt) && CheckMonth(r, last, lastAt)
                && r.Expect('月', "expected '月' after the last month") && TakeMonthSuffix(r)
                ? YearToDate(r, year, value, at, last, lastAt) : null;
        }
        if (!CheckMonth(r, value, at) || !r.Expect('月', "expected '月' after the month") || !TakeMonthSuffix(r))
        {
            return null;
        }
        if (r.AtEnd)
        {
            return Month(year, value);
        }
        if (!r.SmallNumber("a day", out var day, out var dayAt) || !MakeDate(r, year, value, at, day, dayAt, out var first) || !r.Expect('日', "expected '日' after the day"))
        {
            return null;
        }
        if (!r.TakeAny(Dashes + "至到"))
        {
            r.Fail(r.Pos, "expected '至' between the first and the last date");
            return null;
        }
        var secondAt = r.Pos;
        return ReadChineseDate(r, first, out var second) ? Range(r, first, second, secondAt) : null;
    }

    // A last date may leave out what it shares with the first one: 2024年3月15日至6月30日, 3月15日至30日.
    private static bool ReadChineseDate(Reader r, LocalDate first, out LocalDate date)
    {
        date = default;
        var year = first.Year;
        var month = first.Month;
        var monthAt = r.Pos;
        var hasMonth = false;
        if (r.DigitsAhead > 2)
        {
            if (!ReadYear(r, out year) || !r.Expect('年', "expected '年' after the year")
                || !r.SmallNumber("a month", out month, out monthAt) || !r.Expect('月', "expected '月' after the month"))
            {
                return false;
            }
            hasMonth = true;
        }
        if (!r.SmallNumber(hasMonth ? "a day" : "a month or a day", out var day, out var dayAt))
        {
            return false;
        }
        if (!hasMonth && r.TakeWord("月"))
        {
            (month, monthAt) = (day, dayAt);
            if (!r.SmallNumber("a day", out day, out dayAt))
            {
                return false;
            }
        }
        return r.Expect('日', "expected '日' after the day") && MakeDate(r, year, month, monthAt, day, dayAt, out date);
    }

    private static ReportingPeriod? ReadChinesePlan(Reader r)
    {
        r.TakeAny(OpeningQuotes);
        int number, at;
        if (r.TakeWord("第"))
        {
            if (!r.SmallNumber("a plan number", out number, out at))
            {
                return null;
            }
            r.TakeWord("个");
            if (!r.Expect("五年", "expected '五年' after the plan number") || !(r.TakeWord("规划") || r.TakeWord("计划") || r.Fail(r.Pos, "expected '规划' or '计划'")))
            {
                return null;
            }
            _ = r.TakeWord("期间") || r.TakeWord("时期") || r.TakeWord("期");
        }
        else
        {
            at = r.Pos;
            var run = r.NumeralRun();
            if (run.Length == 0)
            {
                r.Fail(at, "expected a year or a five-year plan such as 十四五");
                return null;
            }
            if (run.Length < 2 || run[^1] != '五')
            {
                r.Fail(at + run.Length, "expected '五' after the plan number, as in 十四五");
                return null;
            }
            number = ChineseNumerals.Read(run[..^1]);
            if (number < 0)
            {
                r.Fail(at, NotANumeral(run[..^1]));
                return null;
            }
            r.TakeAny(ClosingQuotes);
            foreach (var suffix in PlanSuffixes)
            {
                if (r.TakeWord(suffix))
                {
                    break;
                }
            }
        }
        return Plan(r, number, at);
    }

    private static ReportingPeriod? Empty(Reader r)
    {
        r.Fail(r.Pos, "the text is empty");
        return null;
    }

    // 5月份, 1-11月份: the suffix 份 is common in reports and changes nothing.
    private static bool TakeMonthSuffix(Reader r)
    {
        r.TakeWord("份");
        return true;
    }

    private static ReportingPeriod? Plan(Reader r, int number, int at) =>
        r.Check(number >= 1, at, "plan 0 does not exist") && r.Check(number <= MaxPlan, at, $"plan {number} is beyond the {MaxPlan}th")
            ? FiveYearPlan(number) : null;

    // Four digits always: "24年" is 2024 to a reader and year 24 to a parser, so it is refused.
    private static bool ReadYear(Reader r, out int year) =>
        r.Number(4, "a year", out year, out var at)
        && r.Check(r.Pos - at == 4, at, "a year has four digits, as in 2024")
        && r.Check(year >= MinYear, at, $"year {year} does not exist");

    private static bool ReadMonthNumber(Reader r, out int month, out int at) => r.Number(2, "a month", out month, out at) && CheckMonth(r, month, at);

    private static bool CheckMonth(Reader r, int month, int at) => r.Check(month is >= 1 and <= 12, at, $"month {month} does not exist");

    private static bool ReadQuarterNumber(Reader r, out int quarter) => r.Number(1, "a quarter", out quarter, out var at) && CheckQuarter(r, quarter, at);

    private static bool CheckQuarter(Reader r, int quarter, int at) => r.Check(quarter is >= 1 and <= 4, at, $"quarter {quarter} does not exist");

    private static bool ReadHalfNumber(Reader r, out int half) =>
        r.Number(1, "a half (1 or 2)", out half, out var at) && r.Check(half is 1 or 2, at, $"half {half} does not exist");

    private static bool MakeDate(Reader r, int year, int month, int monthAt, int day, int dayAt, out LocalDate date)
    {
        date = default;
        if (!CheckMonth(r, month, monthAt)
            || !r.Check(day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month), dayAt,
                string.Create(CultureInfo.InvariantCulture, $"day {day} does not exist in {year:D4}-{month:D2}")))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    private static ReportingPeriod? YearToDate(Reader r, int year, int first, int firstAt, int last, int lastAt) =>
        r.Check(first == 1, firstAt, "a year to date starts in January (month 1)")
        && r.Check(last >= 2, lastAt, "a year to date ends in February or later; January alone is a month")
            ? YearToDate(year, last) : null;

    private static ReportingPeriod? Range(Reader r, LocalDate first, LocalDate second, int secondAt) =>
        r.Check(second >= first, secondAt, "the range ends before it starts") ? DateRange(first, second) : null;

    // A numeral run is as long as the input: quote it in full only when short ('十十'), else a window.
    private static string NotANumeral(ReadOnlySpan<char> run) =>
        (run.Length <= TextExcerpt.MaxLength ? "'" + run.ToString() + "'" : TextExcerpt.Quote(run)) + " is not a Chinese numeral";

    // Reads period text left to right; the first failure is kept, with its position in the original input.
    private sealed class Reader
    {
        private readonly string? input;
        private readonly string text;

        internal Reader(string? input)
        {
            this.input = input;
            text = input ?? string.Empty;
            End = text.Length;
            while (End > 0 && char.IsWhiteSpace(text[End - 1]))
            {
                End--;
            }
            while (Pos < End && char.IsWhiteSpace(text[Pos]))
            {
                Pos++;
            }
        }

        internal int Pos { get; set; }

        internal int End { get; }

        internal bool AtEnd => Pos >= End;

        internal char Peek => Pos < End ? text[Pos] : '\0';

        internal bool IsDigit => DigitAt(Pos) >= 0;

        internal int DigitsAhead
        {
            get
            {
                var i = Pos;
                while (DigitAt(i) >= 0)
                {
                    i++;
                }
                return i - Pos;
            }
        }

        private ParseError? Error { get; set; }

        internal bool Fail(int at, string reason)
        {
            Error ??= new ParseError(input, at, ParseTarget, reason);
            return false;
        }

        internal bool Check(bool condition, int at, string reason) => condition || Fail(at, reason);

        internal bool TakeWord(string word)
        {
            if (End - Pos >= word.Length && string.Compare(text, Pos, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                Pos += word.Length;
                return true;
            }
            return false;
        }

        internal bool TakeAny(string chars)
        {
            if (Pos < End && chars.Contains(text[Pos], StringComparison.Ordinal))
            {
                Pos++;
                return true;
            }
            return false;
        }

        internal bool Expect(char c, string reason) => TakeAny(c.ToString()) || Fail(Pos, reason);

        internal bool Expect(string word, string reason) => TakeWord(word) || Fail(Pos, reason);

        // Whole numbers in period text are read digit by digit (ASCII or full-width): no sign, no
        // decimal point, because '.' and '-' are separators here ("2020-M01..M11").
        internal bool Number(int maxDigits, string what, out int value, out int at)
        {
            value = 0;
            at = Pos;
            var count = 0;
            for (var digit = DigitAt(Pos); digit >= 0; digit = DigitAt(Pos))
            {
                if (++count > maxDigits)
                {
                    return Fail(at, string.Create(CultureInfo.InvariantCulture, $"{what} has at most {maxDigits} digits"));
                }
                value = (value * 10) + digit;
                Pos++;
            }
            return count > 0 || Fail(at, $"expected {what}");
        }

        // A small number as Arabic digits (3, ３) or a Chinese numeral (三, 十四).
        internal bool SmallNumber(string what, out int value, out int at, int maxDigits = 2)
        {
            if (IsDigit)
            {
                return Number(maxDigits, what, out value, out at);
            }
            at = Pos;
            var run = NumeralRun();
            value = run.IsEmpty ? -1 : ChineseNumerals.Read(run);
            return value >= 0 || Fail(at, run.IsEmpty ? $"expected {what}" : NotANumeral(run));
        }

        internal ReadOnlySpan<char> NumeralRun()
        {
            var from = Pos;
            while (Pos < End && ChineseNumerals.IsNumeralChar(text[Pos]))
            {
                Pos++;
            }
            return text.AsSpan(from, Pos - from);
        }

        internal ValueParseResult<ReportingPeriod> Finish(ReportingPeriod? value)
        {
            if (value is { } period && Error is null)
            {
                if (AtEnd)
                {
                    return ValueParseResult<ReportingPeriod>.ForValue(period);
                }
                Fail(Pos, "unexpected text after the period");
            }
            return ValueParseResult<ReportingPeriod>.ForError(Error ?? new ParseError(input, Pos, ParseTarget, "not a reporting period"));
        }

        private int DigitAt(int index) => index >= End ? -1 : text[index] switch
        {
            >= '0' and <= '9' and var c => c - '0',
            >= '０' and <= '９' and var c => c - '０',
            _ => -1,
        };
    }
}
