namespace Indicators.Reports;

/// <summary>
/// The words around a report's figures that tell the reader what a figure is (growth, share, completion…), how it is
/// qualified, what kind of figure it is and where an indicator's name stops; and the ordinal word tests on normalised
/// text the reader makes them with. Every list is matched at a position, never searched: the reader walks the text once.
/// </summary>
internal static class ReportWords
{
    /// <summary>Words written just before a number that qualify it, longest first.</summary>
    internal static readonly (string Word, Qualifier Qualifier)[] QualifierBefore =
    [
        ("不少于", Qualifier.AtLeast), ("不低于", Qualifier.AtLeast), ("超过", Qualifier.MoreThan), ("大约", Qualifier.About),
        ("接近", Qualifier.Nearly), ("将近", Qualifier.Nearly), ("突破", Qualifier.Breakthrough), ("不到", Qualifier.LessThan),
        ("不足", Qualifier.LessThan), ("不满", Qualifier.LessThan), ("近", Qualifier.Nearly), ("约", Qualifier.About),
        ("超", Qualifier.MoreThan), ("逾", Qualifier.MoreThan),
    ];

    /// <summary>Words written just after a number (and its unit) that qualify it.</summary>
    internal static readonly (string Word, Qualifier Qualifier)[] QualifierAfter =
    [
        ("以上", Qualifier.AtLeast), ("左右", Qualifier.About), ("上下", Qualifier.About), ("以下", Qualifier.AtMost), ("以内", Qualifier.Within),
    ];

    /// <summary>Words between a cue and its number that change nothing (增长了5%, 增幅为8%, 达到), longest first.</summary>
    internal static readonly string[] Fillers = ["分别为", "分别达", "分别", "达到", "高达", "达", "为", "了", "是", "到", "已"];

    /// <summary>Words between a name and its figure (员工有311人, 党员共80名), longest first.</summary>
    internal static readonly string[] NameFillers = ["分别为", "分别达", "分别", "达到", "高达", "共有", "拥有", "达", "为", "了", "有", "共", "已"];

    /// <summary>Growth cues that may end just before a number; the sign is −1 for a fall.</summary>
    internal static readonly (string Word, int Sign)[] GrowthCues =
    [
        ("负增长", -1), ("增长率", 1), ("增长", 1), ("增速", 1), ("增幅", 1), ("增加", 1), ("上升", 1), ("提高", 1), ("提升", 1),
        ("比增", 1), ("同比", 1), ("下降", -1), ("减少", -1), ("降低", -1), ("回落", -1), ("下滑", -1), ("降幅", -1), ("减幅", -1),
    ];

    /// <summary>What a growth cue may be preceded by and still be the same cue (同比增长, 比上年增长, 两年平均增长).</summary>
    internal static readonly string[] GrowthPrefixes =
    [
        "比上年同期", "比去年同期", "与上年相比", "与去年相比", "两年平均", "比上年", "比去年", "较上年", "较去年", "上年同期", "同比", "年均", "平均", "实际", "名义", "同期",
    ];

    /// <summary>Signs of a percentage-point change: a rise or a fall.</summary>
    internal static readonly (string Word, int Sign)[] PointCues =
    [
        ("提高", 1), ("上升", 1), ("增加", 1), ("高于", 1), ("快于", 1), ("高出", 1), ("扩大", 1), ("提升", 1),
        ("回落", -1), ("下降", -1), ("降低", -1), ("低于", -1), ("减少", -1), ("慢于", -1), ("收窄", -1), ("下滑", -1),
    ];

    /// <summary>The targets a completion is of, written just before its percentage (完成年度目标的91.78%, 占年计划).</summary>
    internal static readonly string[] CompletionEnds = ["目标任务", "目标", "计划", "任务", "完成率", "预期"];

    /// <summary>The words after 占 that end a share's whole (占GDP比重达25%).</summary>
    internal static readonly string[] ShareEnds = ["比重", "比例", "占比", "份额"];

    /// <summary>Words at which a noun phrase read backwards stops: verbs that introduce a figure, function words and
    /// time words (全区实现|地区生产总值, 员工有|311人).</summary>
    internal static readonly string[] NameStops =
    [
        "完成", "实现", "达到", "累计", "新增", "共计", "合计", "总计", "其中", "全年", "今年", "去年", "当年", "上年", "本年", "年内",
        "上半年", "下半年", "目前", "引进", "新引进", "引入", "举办", "开展", "评选出", "设置", "签订", "先后", "保持", "达成", "截至", "预计", "确保", "力争", "冲刺", "争取", "计划", "同比", "比上年", "拥有", "获得", "全部", "分别",
        "以上", "以下", "左右", "超过", "突破", "不到", "不足",
    ];

    /// <summary>Single characters at which a noun phrase read backwards stops.</summary>
    internal static bool IsNameStopCharacter(char c) => c is '的' or '了' or '和' or '与' or '及' or '在' or '为' or '是' or '有' or '对'
        or '把' or '将' or '被' or '等' or '共' or '达' or '超' or '从' or '由' or '使' or '让' or '至' or '均' or '已' or '并' or '年' or '月' or '日';

    /// <summary>Characters that end a statement: 。；！？ (and their ASCII forms) and line breaks.</summary>
    internal static bool IsStatementEnd(char c) => c is '。' or '；' or '！' or '？' or ';' or '!' or '?' or '\n' or '\r';

    /// <summary>Characters that end a clause inside a statement.</summary>
    internal static bool IsClauseEnd(char c) => c is '，' or ',' or ':' or '：' or '(' or ')' or '（' or '）' or '“' or '”' or '"' or '《' or '》' || IsStatementEnd(c);

    /// <summary>Characters a name never contains: punctuation, digits and white space.</summary>
    internal static bool IsNameBreak(char c) =>
        IsClauseEnd(c) || c is '、' or ' ' or '\t' or '.' or '%' or '-' or '—' or '【' or '】' or '[' or ']' || char.IsAsciiDigit(c) || IsRedaction(c);

    /// <summary>x, X, *, _ and ×: what a report template leaves where a figure should be.</summary>
    internal static bool IsRedaction(char c) => c is 'x' or 'X' or '*' or '_' or '×';

    /// <summary>Whether <paramref name="word"/> starts at <paramref name="at"/>.</summary>
    internal static bool At(string text, int at, string word) =>
        at >= 0 && at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    /// <summary>Whether <paramref name="word"/> ends at <paramref name="end"/> (exclusive) and starts at or after <paramref name="floor"/>.</summary>
    internal static bool EndsAt(string text, int end, string word, int floor = 0) =>
        end - word.Length >= floor && At(text, end - word.Length, word);

    /// <summary>The first word of <paramref name="words"/> ending at <paramref name="end"/>, or −1.</summary>
    internal static int EndingAt(string text, int end, string[] words, int floor)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (EndsAt(text, end, words[k], floor))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary><paramref name="end"/> moved back over white space and filler words, not below <paramref name="floor"/>.</summary>
    internal static int SkipFillersBack(string text, int end, int floor) => SkipFillersBack(text, end, floor, Fillers);

    /// <summary><paramref name="end"/> moved back over white space and the words of <paramref name="fillers"/>.</summary>
    internal static int SkipFillersBack(string text, int end, int floor, string[] fillers)
    {
        while (true)
        {
            while (end > floor && text[end - 1] is ' ' or '\t')
            {
                end--;
            }
            var k = EndingAt(text, end, fillers, floor);
            if (k < 0)
            {
                return end;
            }
            end -= fillers[k].Length;
        }
    }

    /// <summary>A whole number written in digits or Chinese numerals at <paramref name="at"/> (第4位, 第四位, 上升二十五位).</summary>
    internal static bool TryInteger(string text, int at, out int value, out int end)
    {
        value = 0;
        end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - at < 6)
        {
            value = value * 10 + (text[end] - '0');
            end++;
        }
        if (end > at)
        {
            return !(end < text.Length && char.IsAsciiDigit(text[end]));
        }
        var current = 0;
        while (end < text.Length && end - at < 6)
        {
            var c = text[end];
            var d = c switch
            {
                '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
            };
            if (d > 0)
            {
                current = d;
            }
            else if (c == '十' || c == '百')
            {
                value += (current == 0 ? 1 : current) * (c == '十' ? 10 : 100);
                current = 0;
            }
            else
            {
                break;
            }
            end++;
        }
        value += current;
        return end > at && value > 0;
    }
}
