using System.Buffers;
using NodaTime;

namespace Indicators.Reports;

/// <summary>What a period expression says beyond its period: how it was resolved, and whether it is a point or a span the
/// text leaves open.</summary>
[Flags]
internal enum PeriodTraits
{
    /// <summary>A period the text names in full: 2013年, 2012年一季度, 十二五, 2016年至2018年.</summary>
    None = 0,

    /// <summary>Resolved against the reference year: 今年, 去年, 上半年, 一季度, 1-9月 with no year before them.</summary>
    Relative = 1,

    /// <summary>A point in time (年底, 9月末, 十二五末): the period is the year, month or plan that contains it.</summary>
    Point = 2,

    /// <summary>同期 (去年同期, 上年同期): the figure's own period, a year back. The scanner does not know that period, so
    /// the match has none; the reader takes the figure's period one year earlier.</summary>
    SamePeriod = 4,

    /// <summary>以来 or 至今 (今年以来, 2013年以来, 2011年至今, 十二五以来): from the start of the period named to the end of the reference year.</summary>
    Since = 8,

    /// <summary>近三年, 近年来: recent years, whose first and last the text does not fix (does 近三年 in a 2013 report
    /// include 2013?). Never resolved.</summary>
    Recent = 16,

    /// <summary>A blank year (20XX年, 20xx年上半年, 20**年度): a template's placeholder. Never resolved.</summary>
    Blank = 32,
}

/// <summary>A period expression found in normalised report text, and what it resolves to.</summary>
/// <param name="Start">Its start in the normalised text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Period">The period it names, resolved against the reference year; null when it cannot be resolved (今年 with no reference year, 20XX年).</param>
/// <param name="Traits">How it was resolved (relative, a point, 同期, 以来, recent years, a blank).</param>
internal readonly record struct PeriodMatch(int Start, int Length, ReportingPeriod? Period, PeriodTraits Traits = PeriodTraits.None)
{
    /// <summary>Its end (exclusive) in the normalised text.</summary>
    internal int End => Start + Length;
}

/// <summary>
/// The periods of report text (报告中的时期): 2013年, 全年, 今年, 去年, 上半年, 一季度, 前三季度, 1-9月, 前4个月, 9月底, 年底,
/// 2016年至2018年, 十二五, 20XX年; relative ones resolved against the document's reference year. See docs/reports.md,
/// "Periods".
/// </summary>
/// <remarks>
/// One forward pass from the start position, no regular expression and no allocation: the periods are built with
/// <see cref="ReportingPeriod"/>'s factories, Chinese numerals read with <see cref="ChineseNumerals"/>, and dashes, quotes and
/// plan suffixes are <see cref="ReportingPeriod"/>'s own. Dates (3月20日, 2014-01-09, 2012年1月12日) say when something
/// happened, not what a figure covers: they are passed over, never returned.
/// </remarks>
internal static class PeriodScanner
{
    /// <summary>How far into a document its reference year is looked for: the page furniture of a web copy and the title.</summary>
    private const int ReferenceWindow = 1000;

    /// <summary>How far after a title's year 总结, 报告 or 汇报 may come (2024年上半年园区管委会主任工作总结: 15 characters).</summary>
    private const int TitleReach = 40;

    /// <summary>How far before a year 总结 or 回顾 may come (回顾总结开发区2013年主要工作).</summary>
    private const int SummaryLookBack = 10;

    /// <summary>The first year report text is taken to name; a four-digit number outside these years is a figure.</summary>
    internal const int FirstPlausibleYear = 1990;

    /// <summary>The last such year.</summary>
    internal const int LastPlausibleYear = 2100;

    private enum Shape : byte
    {
        Year,
        Half,
        Quarter,
        Months,
        SamePeriod,
        Date,
    }

    // The characters a period expression can start with: digits and blanks (2013年, 1-9月, 20XX年), the first characters of
    // the period words, the quotes of “十二五”, and the numerals of 一季度 and 十四五 (those of ChineseNumerals.IsNumeralChar).
    // The scan jumps from one to the next (vectorised), so text without them costs next to nothing.
    private static readonly SearchValues<char> Anchors =
        SearchValues.Create("0123456789Xx*_×全今本当去明上下年近第前一二三四五六七八九十两" + ReportingPeriod.OpeningQuotes);

    // Words that name a year relative to the reference year, with the characters that, just before them, make them part
    // of another word (以上年产值, 说明年度, 基本年, 相当年, 安全年度). Not 成 or 资 before 本年: 完成本年目标 and 投资本年
    // are far commoner in reports than 成本年 and 资本年.
    private static readonly (string Word, int Offset, string NotAfter)[] RelativeYears =
    [
        ("今年", 0, ""), ("本年", 0, "基样版账脚范文根剧"), ("当年", 0, "相应担充适正"),
        ("去年", -1, ""), ("上一年", -1, "以线网马晚早路往向"), ("上年", -1, "以线网马晚早路往向"),
        ("明年", 1, "说证表声查标注阐发透指文"), ("下一年", 1, "以天乡"), ("下年", 1, "以天乡"),
    ];

    /// <summary>
    /// The year a document reports on (报告年度), from its first <see cref="ReferenceWindow"/> characters, or null.
    /// </summary>
    /// <remarks>
    /// <para>A year is four digits, 1990 to 2100, followed by 年 (2013年, 2013年度) and not the start of a full date (2014年1月9日). The first such year
    /// that a title or an opening says is reported on wins: 总结, 报告 or 汇报 after it on the same line before any comma,
    /// stop or other year (2013年度领导班子工作总结; 2011年工作总结和2012年工作安排报告 → 2011, the year summarised), or
    /// 总结 or 回顾 up to ten characters before it (回顾总结开发区2013年主要工作).</para>
    /// <para>Failing that, the first year that opens a line as a clause (2011年,在市委、市政府的正确领导下; 2013年以来).</para>
    /// <para>Otherwise null. The most frequent year is not taken: a year named in passing (在2019年度省级以上开发区综合考核中)
    /// is a past assessment, not the year reported on. Nor is a date line (时间:2014-01-09, (2014年1月)): a report written
    /// in January 2014 may summarise 2013 or plan 2014, and the scanner does not guess; the caller passes the year to
    /// <see cref="ReportReader.Read"/>.</para>
    /// </remarks>
    /// <param name="normalised">The normalised text (<see cref="ReadingText.Text"/>).</param>
    /// <returns>The reference year, or null.</returns>
    internal static int? ReferenceYear(string normalised)
    {
        if (normalised is null)
        {
            return null;
        }
        var text = normalised;
        var limit = Math.Min(text.Length, ReferenceWindow);
        int? opening = null;
        var i = 0;
        while (i < limit)
        {
            if (!IsDigit(text[i]))
            {
                i++;
                continue;
            }
            var j = SkipDigits(text, i);
            if (j - i == 4 && Starts(text, j, "年") && Value(text, i, j) is var year and >= FirstPlausibleYear and <= LastPlausibleYear
                && !IsDate(text, j + 1))
            {
                if (SummaryFollows(text, j + 1) || SummaryPrecedes(text, i))
                {
                    return year;
                }
                if (opening is null && OpensLine(text, i, j + 1))
                {
                    opening = year;
                }
            }
            i = j;
        }
        return opening;
    }

    /// <summary>
    /// The first period expression at or after <paramref name="start"/>. Never throws: any text, any start.
    /// </summary>
    /// <param name="normalised">The normalised text (<see cref="ReadingText.Text"/>).</param>
    /// <param name="start">Where to start; a number that begins before it is not read from its middle.</param>
    /// <param name="referenceYear">The year relative expressions resolve against, or null (they then have no period).</param>
    /// <param name="match">The expression and its period.</param>
    /// <returns>Whether one was found.</returns>
    internal static bool TryRead(string normalised, int start, int? referenceYear, out PeriodMatch match)
    {
        match = default;
        if (normalised is null)
        {
            return false;
        }
        var text = normalised;
        // ±1 and ±2 years stay inside ReportingPeriod's years.
        var year = referenceYear is > ReportingPeriod.MinYear + 1 and < ReportingPeriod.MaxYear - 1 ? referenceYear : null;
        var i = Math.Max(start, 0);
        if (i > 0 && i < text.Length && ((IsDigit(text[i - 1]) && IsDigit(text[i])) || (IsBlankChar(text[i - 1]) && IsBlankChar(text[i]))))
        {
            i = SkipYearChars(text, i);
        }
        else if (i > 0 && i < text.Length && ChineseNumerals.IsNumeralChar(text[i - 1]) && ChineseNumerals.IsNumeralChar(text[i]))
        {
            // Nor a numeral run: the 二五 of 十二五期间 would be the 2nd plan.
            i = NumeralRunEnd(text, i);
        }
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(Anchors);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            if (TryAt(text, i, year, out match, out var next))
            {
                return true;
            }
            i = next > i ? next : i + 1;
        }
        match = default;
        return false;
    }

    /// <summary>Whether a period expression can start with <paramref name="c"/>; every other character is passed over.</summary>
    internal static bool IsAnchor(char c) => Anchors.Contains(c);

    private static bool TryAt(string text, int i, int? year, out PeriodMatch match, out int next)
    {
        match = default;
        next = i + 1;
        var c = text[i];
        if (IsDigit(c))
        {
            return Digits(text, i, year, out match, out next);
        }
        if (IsBlankChar(c))
        {
            return Blank(text, i, out match, out next);
        }
        switch (c)
        {
            case '全':
                return Starts(text, i, "全年") && !After(text, i, "安完健齐保周")
                    && Found(out match, i, i + 2, Build(year, Shape.Year, 0, 0), PeriodTraits.Relative);
            case '今' or '本' or '当' or '去' or '明':
                return RelativeYear(text, i, year, out match, out next);
            case '上' or '下':
                if (Starts(text, i + 1, "半年"))
                {
                    return Found(out match, i, i + 3, Build(year, Shape.Half, c == '上' ? 1 : 2, 0), PeriodTraits.Relative);
                }
                return RelativeYear(text, i, year, out match, out next);
            case '年':
                return YearEnd(text, i, year, out match);
            case '近':
                return Recent(text, i, out match);
            case '第':
                return Plan(text, i, year, out match, out next) || MonthPart(text, i, year, PeriodTraits.Relative, out match, out next);
            case '前':
                return MonthPart(text, i, year, PeriodTraits.Relative, out match, out next);
            default:
                if (ReportingPeriod.OpeningQuotes.Contains(c, StringComparison.Ordinal))
                {
                    return Plan(text, i, year, out match, out next);
                }
                if (ChineseNumerals.IsNumeralChar(c))
                {
                    var end = NumeralRunEnd(text, i);
                    if (Plan(text, i, year, out match, out _) || MonthPart(text, i, year, PeriodTraits.Relative, out match, out _))
                    {
                        return true;
                    }
                    // Not from the middle of the run either: 二十五 holds 十五, a plan's name.
                    next = end;
                }
                return false;
        }
    }

    /// <summary>A run of digits: a year (2013年, 2016-2018年), a date to pass over (2014-01-09), a month part (1-9月), or nothing.</summary>
    private static bool Digits(string text, int i, int? year, out PeriodMatch match, out int next)
    {
        match = default;
        var j = SkipDigits(text, i);
        next = j;
        // A fraction's digits (the 5 of 63.5) and a number's tail are no period.
        if (i >= 2 && text[i - 1] == '.' && IsDigit(text[i - 2]))
        {
            return false;
        }
        if (j - i < 4 && IsBlankChar(At(text, j)))
        {
            return Blank(text, i, out match, out next);
        }
        if (j - i == 4)
        {
            var y = Value(text, i, j);
            if (Starts(text, j, "年"))
            {
                return ExplicitYear(text, i, j + 1, y, year, out match, out next);
            }
            if (IsDash(At(text, j)) && SkipDigits(text, j + 1) is var k)
            {
                if (k - (j + 1) == 4 && Starts(text, k, "年"))
                {
                    return Found(out match, i, k + 1, Range(y, Value(text, j + 1, k)), PeriodTraits.None);
                }
                if (k - (j + 1) is 1 or 2 && At(text, k) == text[j] && SkipDigits(text, k + 1) - (k + 1) is 1 or 2)
                {
                    next = SkipDigits(text, k + 1);
                }
            }
            return false;
        }
        if (j - i > 2)
        {
            return false;
        }
        // On failure, past the whole run (13月 is no month, and neither is its 3月), or past a date (3月20日).
        var found = MonthPart(text, i, year, PeriodTraits.Relative, out match, out var end);
        next = found ? end : Math.Max(end, j);
        return found;
    }

    /// <summary>2013年 and what follows it: 度, 上半年, 一季度, 1-9月, 底, 至2018年, 以来.</summary>
    private static bool ExplicitYear(string text, int start, int afterYear, int named, int? year, out PeriodMatch match, out int next)
    {
        match = default;
        next = afterYear;
        // 2016年至2018年, 2016年-2018年.
        var c = At(text, afterYear);
        if ((c is '至' or '到' || IsDash(c)) && SkipDigits(text, afterYear + 1) is var k && k - (afterYear + 1) == 4 && Starts(text, k, "年"))
        {
            return Found(out match, start, k + 1, Range(named, Value(text, afterYear + 1, k)), PeriodTraits.None);
        }
        return YearTail(text, start, afterYear, named, PeriodTraits.None, year, out match, out next);
    }

    /// <summary>What follows a year, stated or relative: the month part, 度, 全年, 同期, 底/末/初, then 以来.</summary>
    private static bool YearTail(string text, int start, int p, int? named, PeriodTraits traits, int? reference, out PeriodMatch match, out int next)
    {
        match = default;
        next = p;
        Shape shape;
        int a = 0, b = 0, end;
        if (Starts(text, p, "度") || Starts(text, p, "全年"))
        {
            (shape, end) = (Shape.Year, p + (text[p] == '度' ? 1 : 2));
        }
        else if (Starts(text, p, "上半年") || Starts(text, p, "下半年"))
        {
            (shape, a, end) = (Shape.Half, text[p] == '上' ? 1 : 2, p + 3);
        }
        else if (Starts(text, p, "同期"))
        {
            (shape, end) = (Shape.SamePeriod, p + 2);
            traits |= PeriodTraits.SamePeriod;
        }
        else if (PointAt(text, p, out var pointEnd))
        {
            (shape, end) = (Shape.Year, pointEnd);
            traits |= PeriodTraits.Point;
        }
        else if (ReadMonthPart(text, p, out shape, out a, out b, out end, out var point))
        {
            if (shape == Shape.Date)
            {
                next = end;
                return false;
            }
            traits |= point ? PeriodTraits.Point : PeriodTraits.None;
        }
        else
        {
            (shape, end) = (Shape.Year, p);
        }
        return Finish(text, start, end, shape == Shape.SamePeriod ? null : Build(named, shape, a, b), traits, reference, out match, out next);
    }

    /// <summary>今年, 去年, 上年, 明年… and what follows them (今年上半年, 去年同期, 上年度, 今年以来).</summary>
    private static bool RelativeYear(string text, int i, int? year, out PeriodMatch match, out int next)
    {
        match = default;
        next = i + 1;
        foreach (var (word, offset, notAfter) in RelativeYears)
        {
            if (Starts(text, i, word))
            {
                if (After(text, i, notAfter))
                {
                    return false;
                }
                return YearTail(text, i, i + word.Length, year + offset, PeriodTraits.Relative, year, out match, out next);
            }
        }
        return false;
    }

    /// <summary>
    /// 年底, 年末, 年初 on their own: a point of the reference year; 年度 on its own (完成年度目标): the reference year. Not
    /// after a count of years (三年初见成效 is "results within three years") nor after 各, 分, 每, 逐, 跨 (各年度: every year).
    /// </summary>
    private static bool YearEnd(string text, int i, int? year, out PeriodMatch match)
    {
        match = default;
        var before = At(text, i - 1);
        if (IsDigit(before) || IsBlankChar(before) || ChineseNumerals.IsNumeralChar(before) || before is '几' or '多' or '各' or '分' or '每' or '逐' or '跨')
        {
            return false;
        }
        if (At(text, i + 1) == '度')
        {
            return Found(out match, i, i + 2, Build(year, Shape.Year, 0, 0), PeriodTraits.Relative);
        }
        return PointAt(text, i, out var end) && Found(out match, i, end, Build(year, Shape.Year, 0, 0), PeriodTraits.Relative | PeriodTraits.Point);
    }

    /// <summary>A month part with no year before it (1-9月, 一季度, 前4个月, 9月底), resolved against the reference year.</summary>
    private static bool MonthPart(string text, int i, int? year, PeriodTraits traits, out PeriodMatch match, out int next)
    {
        match = default;
        if (!ReadMonthPart(text, i, out var shape, out var a, out var b, out next, out var point))
        {
            next = i + 1;
            return false;
        }
        if (shape == Shape.Date)
        {
            return false;
        }
        return Finish(text, i, next, Build(year, shape, a, b), traits | (point ? PeriodTraits.Point : PeriodTraits.None), year, out match, out next);
    }

    /// <summary>
    /// 第一季度, 一季度, 3季度, 前三季度, 前4月, 前4个月, 1-9月, 1至9月份, 一至九月, 4月份, 9月底; a date (3月20日) as
    /// <see cref="Shape.Date"/> so that the caller passes over it.
    /// </summary>
    private static bool ReadMonthPart(string text, int p, out Shape shape, out int a, out int b, out int end, out bool point)
    {
        (shape, a, b, end, point) = (Shape.Months, 0, 0, p, false);
        var c = At(text, p);
        if (c is '第' or '前')
        {
            if (!ReadSmall(text, p + 1, out a, out var q))
            {
                return false;
            }
            if (Starts(text, q, "季度") && a is >= 1 and <= 4)
            {
                (shape, b) = c == '第' || a == 1 ? (Shape.Quarter, 0) : (Shape.Months, 3 * a);
                a = shape == Shape.Months ? 1 : a;
                end = PointAfter(text, q + 2, out point);
                return true;
            }
            if (c == '前' && a is >= 1 and <= 12 && (Starts(text, q, "个月") || Starts(text, q, "月")))
            {
                (b, a) = (a, 1);
                end = MonthSuffix(text, q + (text[q] == '个' ? 2 : 1));
                return true;
            }
            return false;
        }
        var digits = IsDigit(c);
        if (!ReadSmall(text, p, out a, out var r))
        {
            return false;
        }
        if (Starts(text, r, "季度") && a is >= 1 and <= 4)
        {
            shape = Shape.Quarter;
            end = PointAfter(text, r + 2, out point);
            return true;
        }
        var sep = At(text, r);
        if (sep is '至' or '到' || IsDash(sep))
        {
            // 1-9月, 1至9月份, 一至九月: both months in the same script.
            if ((IsDigit(At(text, r + 1)) == digits) && ReadSmall(text, r + 1, out b, out var s) && Starts(text, s, "月")
                && a is >= 1 and <= 12 && b is >= 1 and <= 12)
            {
                end = MonthSuffix(text, s + 1);
                return true;
            }
            return false;
        }
        if (!digits || !Starts(text, r, "月") || a is < 1 or > 12)
        {
            return false;
        }
        b = a;
        var afterMonth = r + 1;
        var day = SkipDigits(text, afterMonth);
        if (day - afterMonth is 1 or 2 && (Starts(text, day, "日") || Starts(text, day, "号")))
        {
            (shape, end) = (Shape.Date, day + 1);
            return true;
        }
        end = PointAfter(text, afterMonth, out point);
        end = point ? end : MonthSuffix(text, afterMonth);
        return true;
    }

    /// <summary>底, 末 or 初 (not 初步) at <paramref name="p"/>: 9月底, 一季度末, 前三季度末 are points of their period.</summary>
    private static int PointAfter(string text, int p, out bool point)
    {
        point = At(text, p) is '底' or '末' || (At(text, p) == '初' && At(text, p + 1) != '步');
        return point ? p + 1 : p;
    }

    /// <summary>
    /// 十二五, “十二五”, 十四五时期, “十二五”期间, 十二五末, 第十四个五年规划. A bare 十五 or 二十五 is a number (十五家), so a
    /// bare name is a plan only when its number has a units digit after 十 (十一五 … 十九五) or a suffix or quotes say so.
    /// </summary>
    private static bool Plan(string text, int i, int? year, out PeriodMatch match, out int next)
    {
        match = default;
        next = i + 1;
        int number, end;
        var quoted = false;
        if (text[i] == '第')
        {
            if (!ReadSmall(text, i + 1, out number, out var q))
            {
                return false;
            }
            q += Starts(text, q, "个") ? 1 : 0;
            if (!Starts(text, q, "五年") || !(Starts(text, q + 2, "规划") || Starts(text, q + 2, "计划")))
            {
                return false;
            }
            end = q + 4;
        }
        else
        {
            var p = i;
            if (ReportingPeriod.OpeningQuotes.Contains(text[i], StringComparison.Ordinal))
            {
                quoted = true;
                p++;
            }
            var runEnd = NumeralRunEnd(text, p);
            if (runEnd - p < 2 || text[runEnd - 1] != '五')
            {
                return false;
            }
            number = ChineseNumerals.Read(text.AsSpan(p, runEnd - 1 - p));
            end = runEnd;
            if (quoted)
            {
                if (!ReportingPeriod.ClosingQuotes.Contains(At(text, end), StringComparison.Ordinal))
                {
                    return false;
                }
                end++;
            }
            var plain = !quoted && !HasPlanSuffix(text, end);
            var name = text.AsSpan(p, runEnd - 1 - p);
            if (plain && (name.IndexOf('十') < 0 || name[^1] == '十'))
            {
                return false;
            }
        }
        if (number is < 1 or > ReportingPeriod.MaxPlan)
        {
            return false;
        }
        foreach (var suffix in ReportingPeriod.PlanSuffixes)
        {
            if (Starts(text, end, suffix))
            {
                end += suffix.Length;
                break;
            }
        }
        end = PointAfter(text, end, out var point);
        return Finish(text, i, end, ReportingPeriod.FiveYearPlan(number), point ? PeriodTraits.Point : PeriodTraits.None, year, out match, out next);
    }

    private static bool HasPlanSuffix(string text, int p)
    {
        foreach (var suffix in ReportingPeriod.PlanSuffixes)
        {
            if (Starts(text, p, suffix))
            {
                return true;
            }
        }
        return At(text, p) is '末' or '初' || IsSinceAt(text, p);
    }

    /// <summary>近三年, 近3年, 近几年, 近年来, 近五年来: recent years, never resolved.</summary>
    private static bool Recent(string text, int i, out PeriodMatch match)
    {
        match = default;
        int end;
        if (Starts(text, i + 1, "年来"))
        {
            end = i + 3;
        }
        else
        {
            var q = i + 1;
            if (At(text, q) == '几')
            {
                q++;
            }
            else if (!ReadSmall(text, q, out _, out q))
            {
                return false;
            }
            q += Starts(text, q, "个") ? 1 : 0;
            if (!Starts(text, q, "年"))
            {
                return false;
            }
            end = q + 1;
            end += Starts(text, end, "来") ? 1 : Starts(text, end, "以来") ? 2 : 0;
        }
        return Found(out match, i, end, null, PeriodTraits.Recent);
    }

    /// <summary>20XX年, 20xx年上半年, 201X年度, 20**年度: a blank year, with whatever follows it, unresolved.</summary>
    private static bool Blank(string text, int i, out PeriodMatch match, out int next)
    {
        match = default;
        var j = SkipYearChars(text, i);
        next = j;
        var blanks = 0;
        for (var k = i; k < j; k++)
        {
            blanks += IsBlankChar(text[k]) ? 1 : 0;
        }
        // A blank year has four characters, some of them blank letters, and does not continue a word (MAXX年).
        if (j - i != 4 || blanks == 0 || IsAsciiLetter(At(text, i - 1)) || !Starts(text, j, "年"))
        {
            return false;
        }
        // With no year, what follows resolves to nothing; a blank date (20XX年3月5日) is passed over like any date.
        return YearTail(text, i, j + 1, null, PeriodTraits.Blank, null, out match, out next);
    }

    /// <summary>底, 末, 年底, 年末, 年初 at <paramref name="p"/> (not 初步).</summary>
    private static bool PointAt(string text, int p, out int end)
    {
        end = PointAfter(text, At(text, p) == '年' ? p + 1 : p, out var point);
        return point;
    }

    private static ReportingPeriod? Build(int? year, Shape shape, int a, int b)
    {
        if (year is not { } y || y < ReportingPeriod.MinYear || y > ReportingPeriod.MaxYear)
        {
            return null;
        }
        return shape switch
        {
            Shape.Year => ReportingPeriod.Year(y),
            Shape.Half => ReportingPeriod.HalfYear(y, a),
            Shape.Quarter => ReportingPeriod.Quarter(y, a),
            Shape.Months when a == b => ReportingPeriod.Month(y, a),
            Shape.Months when a == 1 => ReportingPeriod.YearToDate(y, b),
            Shape.Months when a < b => ReportingPeriod.DateRange(new LocalDate(y, a, 1), new LocalDate(y, b, CalendarSystem.Iso.GetDaysInMonth(y, b))),
            _ => null,
        };
    }

    /// <summary>2016年至2018年: the years from the first to the last; one year when they are the same; none when backwards.</summary>
    private static ReportingPeriod? Range(int first, int last) =>
        first < ReportingPeriod.MinYear || last < first ? null
        : first == last ? ReportingPeriod.Year(first)
        : ReportingPeriod.DateRange(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));

    /// <summary>以来: from the start of <paramref name="from"/> to the end of the reference year (the year when it starts then).</summary>
    private static ReportingPeriod? Since(ReportingPeriod? from, int? reference)
    {
        if (from is not { } period || reference is not { } y || y < period.Start.Year)
        {
            return null;
        }
        return period.Start == new LocalDate(y, 1, 1) ? ReportingPeriod.Year(y) : ReportingPeriod.DateRange(period.Start, new LocalDate(y, 12, 31));
    }

    /// <summary>The match from <paramref name="start"/> to <paramref name="end"/>, with a 以来 or 至今 after it taken in.</summary>
    private static bool Finish(string text, int start, int end, ReportingPeriod? period, PeriodTraits traits, int? reference, out PeriodMatch match, out int next)
    {
        if (IsSinceAt(text, end))
        {
            (period, end) = (Since(period, reference), end + 2);
            traits |= PeriodTraits.Since;
        }
        next = end;
        return Found(out match, start, end, period, traits);
    }

    private static bool IsSinceAt(string text, int p) => Starts(text, p, "以来") || Starts(text, p, "至今");

    private static bool Found(out PeriodMatch match, int start, int end, ReportingPeriod? period, PeriodTraits traits)
    {
        match = new PeriodMatch(start, end - start, period, traits);
        return true;
    }

    /// <summary>A small number: one or two ASCII digits, or a Chinese numeral run (一, 十二); <paramref name="end"/> after it.</summary>
    private static bool ReadSmall(string text, int p, out int value, out int end)
    {
        value = -1;
        end = p;
        if (IsDigit(At(text, p)))
        {
            end = SkipDigits(text, p);
            if (end - p > 2)
            {
                return false;
            }
            value = Value(text, p, end);
            return true;
        }
        end = NumeralRunEnd(text, p);
        if (end == p)
        {
            return false;
        }
        value = ChineseNumerals.Read(text.AsSpan(p, end - p));
        return value >= 0;
    }

    private static int MonthSuffix(string text, int p) => Starts(text, p, "份") ? p + 1 : p;

    /// <summary>Whether a year at <paramref name="p"/> (just after its 年) starts a full date: 2014年1月9日.</summary>
    private static bool IsDate(string text, int p)
    {
        var m = SkipDigits(text, p);
        if (m - p is not (1 or 2) || !Starts(text, m, "月"))
        {
            return false;
        }
        var d = SkipDigits(text, m + 1);
        return d - (m + 1) is 1 or 2 && (Starts(text, d, "日") || Starts(text, d, "号"));
    }

    /// <summary>总结, 报告 or 汇报 after a title's year, on its line, before a comma, a stop or another year.</summary>
    private static bool SummaryFollows(string text, int p)
    {
        var limit = Math.Min(text.Length, p + TitleReach);
        for (var k = p; k < limit; k++)
        {
            var c = text[k];
            if (c is '\n' or '\r' or ',' or '，' or '。' or ';' or '；' or '!' or '?' || IsYear(text, k))
            {
                return false;
            }
            if (Starts(text, k, "总结") || Starts(text, k, "报告") || Starts(text, k, "汇报"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>总结 or 回顾 just before a year on its line (回顾总结开发区2013年主要工作).</summary>
    private static bool SummaryPrecedes(string text, int i)
    {
        for (var k = i - 2; k >= 0 && k >= i - SummaryLookBack; k--)
        {
            var c = text[k + 1];
            if (c is '\n' or '\r' or ',' or '，' or '。' or ';' or '；' || IsDigit(c))
            {
                return false;
            }
            if (Starts(text, k, "总结") || Starts(text, k, "回顾"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a year opens its line as a clause: "2011年,在市委…", "2013年度,", "2013年以来".</summary>
    private static bool OpensLine(string text, int i, int p)
    {
        var k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u3000')
        {
            k--;
        }
        if (k >= 0 && text[k] is not ('\n' or '\r'))
        {
            return false;
        }
        p += Starts(text, p, "度") ? 1 : 0;
        return At(text, p) is ',' or '，' or '是' || Starts(text, p, "以来");
    }

    /// <summary>Whether four digits and 年 start at <paramref name="k"/> (and no digit before it).</summary>
    private static bool IsYear(string text, int k) =>
        IsDigit(At(text, k)) && !IsDigit(At(text, k - 1)) && SkipDigits(text, k) - k == 4 && Starts(text, k + 4, "年");

    private static bool After(string text, int i, string chars) => i > 0 && chars.Contains(text[i - 1], StringComparison.Ordinal);

    private static char At(string text, int p) => p >= 0 && p < text.Length ? text[p] : '\0';

    private static bool Starts(string text, int at, string word) =>
        at >= 0 && at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsDash(char c) => c != '\0' && ReportingPeriod.Dashes.Contains(c, StringComparison.Ordinal);

    /// <summary>What a template leaves where a digit should be (20XX, 20xx, 20**, 20__), as <see cref="NumberScanner"/> reads it.</summary>
    private static bool IsBlankChar(char c) => c is 'X' or 'x' or '*' or '_' or '×';

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static int SkipDigits(string text, int p)
    {
        while (p < text.Length && IsDigit(text[p]))
        {
            p++;
        }
        return p;
    }

    private static int SkipYearChars(string text, int p)
    {
        while (p < text.Length && (IsDigit(text[p]) || IsBlankChar(text[p])))
        {
            p++;
        }
        return p;
    }

    private static int NumeralRunEnd(string text, int p)
    {
        while (p < text.Length && ChineseNumerals.IsNumeralChar(text[p]))
        {
            p++;
        }
        return p;
    }

    /// <summary>The value of a run of at most four ASCII digits.</summary>
    private static int Value(string text, int from, int to)
    {
        var value = 0;
        for (var k = from; k < to; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }
        return value;
    }
}
