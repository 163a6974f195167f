namespace Indicators.Reports;

/// <summary>
/// The reader's work: text → statements → facts. The text is normalised once (<see cref="ReadingText"/>), its numbers
/// read once (<see cref="NumberScanner"/>), and each statement walked once from left to right: a level starts a fact,
/// the words before a rate say what the rate is (增长, 占, 完成…目标的, 超额完成), and a rate with no name of its own
/// belongs to the fact before it. Spans are found in the normalised text and mapped back to the source.
/// </summary>
internal sealed class ReportParser
{
    private static readonly string[] BlankUnits = ["亿美元", "万美元", "亿元", "万元", "万吨", "万方", "万平方米"];
    private static readonly string[] RedactedUnits = ["亿美元", "万美元", "亿元", "万元", "万吨", "万方", "亿", "万", "%", "元", "家", "个", "人", "项", "倍", "亩", "吨"];
    private static readonly string[] GrowthFollowers = ["同比", "增长", "比上年", "比去年", "较上年", "下降"];
    private static readonly string[] RankRises = ["上升", "提升", "前移", "前进", "进位"];
    private static readonly string[] RankFalls = ["下降", "后退", "下滑", "后移", "回落"];

    private readonly ReportVocabulary vocabulary;
    private readonly ReadingText read;
    private readonly string t;
    private readonly int? year;
    private readonly List<ReportNumber> numbers = [];
    private readonly List<ReportStatement> statements = [];
    private readonly List<ReportFact> facts = [];
    private readonly List<FactDraft> drafts = [];
    private readonly List<PeriodMatch> periods = [];
    private readonly List<PeriodMatch> allPeriods = [];
    private readonly List<(int Start, int? Year, bool Plan)> sections = [];
    private int section;
    private int nextPeriod;
    private readonly List<(int Start, int End, string Name)> names = [];
    private int nextNumber;

    // The state of the statement being read.
    private int statementStart;
    private int statementEnd;
    private int clauseStart;
    private int lastEnd;
    private FactDraft? current;
    private FactDraft? whole;
    private ReportFactKind cueKind;
    private TargetModality cueModality;
    private int cumulativeAt;
    private int distributed;
    private int distributedExisting;
    private Cue distributedCue;
    private int descriptorStart;
    private int descriptorEnd;
    private int? rankOf;
    private PeriodMatch? inheritedPeriod;
    private int periodFloor;
    private FactDraft? bracketed;
    private int lastNumberEnd;
    private Qualifier lastPrefixQualifier;

    // What the sentence said before the statement's ；.
    private ReportFactKind sentenceKind;
    private TargetModality sentenceModality;
    private PeriodMatch? sentencePeriod;

    private ReportParser(ReportVocabulary vocabulary, string source, int? referenceYear)
    {
        this.vocabulary = vocabulary;
        read = ReadingText.Normalise(source);
        t = read.Text;
        year = referenceYear ?? PeriodScanner.ReferenceYear(t);
    }

    private enum CueKind
    {
        None,
        Growth,
        Share,
        Completion,
        Overfulfilment,
        Multiple,
    }

    internal static ReportDocument Parse(ReportReader reader, string source, int? referenceYear, string? name)
    {
        var parser = new ReportParser(reader.Vocabulary, source, referenceYear);
        parser.Run();
        return new ReportDocument(name, source, parser.year, parser.statements, parser.facts);
    }

    private void Run()
    {
        for (var at = 0; at < t.Length && NumberScanner.TryRead(t, at, out var number); at = number.End)
        {
            numbers.Add(number);
        }
        FindSections();
        // The periods once for the whole text, each section's relative words (今年, 全年) against its own year.
        for (var k = 0; k < sections.Count; k++)
        {
            var to = k + 1 < sections.Count ? sections[k + 1].Start : t.Length;
            var at = sections[k].Start;
            while (at < to && PeriodScanner.TryRead(t, at, sections[k].Year ?? year, out var match) && match.Start < to)
            {
                allPeriods.Add(match);
                at = match.Start + Math.Max(1, match.Length);
            }
        }
        var start = 0;
        var inside = 0;
        for (var i = 0; i <= t.Length; i++)
        {
            if (i < t.Length && !ReportWords.IsStatementEnd(t[i]))
            {
                continue;
            }
            while (inside < numbers.Count && numbers[inside].End <= i)
            {
                inside++;
            }
            // A line break inside a number ("5⏎000") joins it: the statement goes on.
            if (i < t.Length && inside < numbers.Count && numbers[inside].Start < i)
            {
                continue;
            }
            if (i > start)
            {
                Statement(start, i);
            }
            start = i + 1;
        }
    }

    /// <summary>
    /// The sections a heading line with a year opens (二、2012年工作安排, 一、2022年工作开展情况): inside one, a figure with no
    /// time word of its own is of that year, relative words resolve against it, and a plan's (安排, 计划, 目标…) actuals are
    /// targets. A summary-and-plan report (data/reports/001) has one reference year and a plan part of the next.
    /// </summary>
    private void FindSections()
    {
        sections.Add((0, null, false));
        for (var i = 0; i < t.Length; i++)
        {
            if (i > 0 && t[i - 1] != '\n')
            {
                continue;
            }
            var lineEnd = t.IndexOf('\n', i);
            lineEnd = lineEnd < 0 ? t.Length : lineEnd;
            var j = i;
            while (j < lineEnd && t[j] is ' ' or '\t' or '\u3000')
            {
                j++;
            }
            var marked = j;
            if (j < lineEnd && t[j] == '(')
            {
                while (++j < lineEnd && IsChineseDigit(t[j]))
                {
                }
                j = j < lineEnd && t[j] == ')' && j > marked + 1 ? j + 1 : marked;
            }
            else
            {
                while (j < lineEnd && IsChineseDigit(t[j]))
                {
                    j++;
                }
                j = j < lineEnd && t[j] == '、' && j > marked ? j + 1 : marked;
            }
            if (j == marked || lineEnd - j > 40 || j + 5 > lineEnd || t[j + 4] != '年'
                || !int.TryParse(t.AsSpan(j, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
                || y is < PeriodScanner.FirstPlausibleYear or > PeriodScanner.LastPlausibleYear)
            {
                continue;
            }
            var line = t.AsSpan(j, lineEnd - j);
            var plan = line.Contains("安排", StringComparison.Ordinal) || line.Contains("计划", StringComparison.Ordinal)
                || line.Contains("打算", StringComparison.Ordinal) || line.Contains("思路", StringComparison.Ordinal)
                || line.Contains("目标", StringComparison.Ordinal) || line.Contains("要点", StringComparison.Ordinal);
            sections.Add((i, y, plan));
        }
    }

    /// <summary>The section a statement starting at <paramref name="position"/> is in; statements come in order, so the cursor only moves on.</summary>
    private (int Start, int? Year, bool Plan) SectionAt(int position)
    {
        while (section + 1 < sections.Count && sections[section + 1].Start <= position)
        {
            section++;
        }
        return sections[section];
    }

    private void Statement(int s, int e)
    {
        drafts.Clear();
        periods.Clear();
        statementStart = s;
        statementEnd = e;
        clauseStart = s;
        lastEnd = s;
        current = null;
        whole = null;
        // A statement after ； continues its sentence: the period and the kind said before it still hold.
        var continues = s > 0 && t[s - 1] is '；' or ';';
        cueKind = continues ? sentenceKind : ReportFactKind.Actual;
        cueModality = continues ? sentenceModality : TargetModality.None;
        inheritedPeriod = continues ? sentencePeriod : null;
        periodFloor = s;
        bracketed = null;
        lastNumberEnd = -1;
        cumulativeAt = -1;
        distributed = 0;
        distributedExisting = 0;
        descriptorEnd = -1;
        rankOf = null;
        while (nextPeriod < allPeriods.Count && allPeriods[nextPeriod].Start < s)
        {
            nextPeriod++;
        }
        for (var k = nextPeriod; k < allPeriods.Count && allPeriods[k].Start < e; k++)
        {
            periods.Add(allPeriods[k]);
        }
        if (year is { } y && periods.Count == 0)
        {
            // 年内 and 当年: the report's year, where the period scanner leaves them.
            for (var p = s; p + 1 < e; p++)
            {
                if (t[p + 1] == '内' && t[p] == '年' && (p == s || t[p - 1] is not ('今' or '明' or '去' or '两' or '三' or '五')))
                {
                    periods.Add(new PeriodMatch(p, 2, ReportingPeriod.Year(y)));
                }
            }
        }
        while (nextNumber < numbers.Count && numbers[nextNumber].Start < s)
        {
            nextNumber++;
        }
        var i = s;
        while (i < e)
        {
            while (nextNumber < numbers.Count && numbers[nextNumber].Start < i)
            {
                nextNumber++;
            }
            if (nextNumber < numbers.Count && numbers[nextNumber].Start == i && numbers[nextNumber].End <= e)
            {
                i = Number(numbers[nextNumber]);
                continue;
            }
            var c = t[i];
            if (ReportWords.IsClauseEnd(c))
            {
                // 研究院所12个(院士工作站3个): what the brackets hold is a part of the fact before them.
                bracketed = c is '(' or '（' && current is not null && current.End == i ? current : c is ')' or '）' ? null : bracketed;
                clauseStart = i + 1;
                distributed = 0;
                distributedExisting = 0;
                i++;
                continue;
            }
            i = Word(i);
        }
        Finish(s, e);
        sentenceKind = cueKind;
        sentenceModality = cueModality;
        // Only a time word that leads the statement governs the rest of its sentence (计划明年6月份投入使用 does not).
        var lead = drafts.Count > 0 ? drafts[0].Anchor : s;
        sentencePeriod = periodFloor > s ? null : drafts.Count == 0 && periods.Count > 0 ? null : inheritedPeriod;
        foreach (var match in periods)
        {
            if (match.Start < lead && match.Start >= periodFloor)
            {
                sentencePeriod = match;
            }
        }
    }

    /// <summary>The words that are facts or change how the facts after them are read; returns where to go on.</summary>
    private int Word(int i)
    {
        var c = t[i];
        switch (c)
        {
            case '预' when ReportWords.At(t, i, "预计"):
                (cueKind, cueModality) = (ReportFactKind.Estimate, TargetModality.None);
                return i + 2;
            case '确' when ReportWords.At(t, i, "确保"):
                (cueKind, cueModality) = (ReportFactKind.Target, TargetModality.Ensure);
                return i + 2;
            case '力' when ReportWords.At(t, i, "力争"):
                (cueKind, cueModality) = (ReportFactKind.Target, TargetModality.Strive);
                return i + 2;
            case '冲' when ReportWords.At(t, i, "冲刺"):
                (cueKind, cueModality) = (ReportFactKind.Target, TargetModality.Sprint);
                return i + 2;
            case '目' when ReportWords.At(t, i, "目标") && i + 2 < statementEnd && t[i + 2] is ':' or '：' or '是' or '为':
            case '计' when ReportWords.At(t, i, "计划") && (ReportWords.At(t, i + 2, "完成") || ReportWords.At(t, i + 2, "实现") || ReportWords.At(t, i + 2, "投资") || ReportWords.At(t, i + 2, "新增")):
                if (cueKind != ReportFactKind.Target)
                {
                    (cueKind, cueModality) = (ReportFactKind.Target, TargetModality.None);
                }
                return i + 2;
            case '累' when ReportWords.At(t, i, "累计"):
                cumulativeAt = i;
                return i + 2;
            case '其' when ReportWords.At(t, i, "其中"):
                whole = current;
                return i + 2;
            case '分' when ReportWords.At(t, i, "分别") || ReportWords.At(t, i, "分居"):
                Distribute(i);
                return i + 2;
            case '翻' when ReportWords.At(t, i, "翻番") || ReportWords.At(t, i, "翻一番") || ReportWords.At(t, i, "翻了一番") || ReportWords.At(t, i, "翻两番"):
                {
                    var end = i + (ReportWords.At(t, i, "翻番") ? 2 : ReportWords.At(t, i, "翻了一番") ? 4 : 3);
                    var times = ReportWords.At(t, i, "翻两番") ? 4 : 2;
                    var fact = Attach(i, end, d => d.Multiple is null);
                    if (fact is not null)
                    {
                        fact.Multiple = StatedFigure.Exact(times);
                    }
                    return end;
                }
            case '时' when ReportWords.At(t, i, "时间过半") && (ReportWords.At(t, i + 4, "、任务过半") || ReportWords.At(t, i + 4, "任务过半") || ReportWords.At(t, i + 4, ",任务过半") || ReportWords.At(t, i + 4, "，任务过半")):
                {
                    var end = t.IndexOf("任务过半", i + 4, StringComparison.Ordinal) + 4;
                    Pace(i, end, true);
                    return end;
                }
            case '第':
                return Rank(i);
            case '目' when ReportWords.At(t, i, "目前"):
            case '现' when i > statementStart && t[i - 1] is not ('实' or '出' or '发' or '体' or '表' or '呈' or '展' or '再') && !ReportWords.At(t, i, "现代"):
                // 目前, 现: at the report's date, not in the period said before.
                periodFloor = i;
                inheritedPeriod = null;
                return i + 1;
            default:
                break;
        }
        if (c is '快' or '超' or '领' or '慢' or '滞' or '落' or '低' && Pacing(i) is { } pacingEnd)
        {
            return pacingEnd;
        }
        if (c is '上' or '提' or '前' or '进' or '下' or '后' or '回' && RankChange(i) is { } rankEnd)
        {
            return rankEnd;
        }
        if (Blank(i) is { } blankEnd)
        {
            return blankEnd;
        }
        return i + 1;
    }

    private int? Pacing(int i)
    {
        string[] ahead = ["快于序时进度", "超序时进度", "超过序时进度", "领先序时进度"];
        string[] behind = ["慢于序时进度", "滞后于序时进度", "落后于序时进度", "低于序时进度"];
        foreach (var word in ahead)
        {
            if (ReportWords.At(t, i, word))
            {
                Pace(i, i + word.Length, true);
                return i + word.Length;
            }
        }
        foreach (var word in behind)
        {
            if (ReportWords.At(t, i, word))
            {
                Pace(i, i + word.Length, false);
                return i + word.Length;
            }
        }
        return null;
    }

    private void Pace(int start, int end, bool ahead)
    {
        var fact = Attach(start, end, d => d.AheadOfSchedule is null);
        if (fact is not null)
        {
            fact.AheadOfSchedule = ahead;
        }
    }

    /// <summary>居第4位, 排名第3, 分居第4、第3位.</summary>
    private int Rank(int i)
    {
        if (!ReportWords.TryInteger(t, i + 1, out var rank, out var end) || end >= statementEnd)
        {
            return i + 1;
        }
        var listed = t[end] == '、' && ReportWords.At(t, end + 1, "第") && distributed + distributedExisting > 0;
        if (!listed && !((t[end] == '位' && !ReportWords.At(t, end, "位数")) || t[end] == '名'))
        {
            return i + 1;
        }
        var cue = -1;
        for (var p = i - 1; p >= Math.Max(clauseStart, i - 10); p--)
        {
            if (t[p] is '居' or '排' or '列')
            {
                cue = p;
                break;
            }
        }
        if (cue < 0 && !listed && distributed + distributedExisting == 0)
        {
            return i + 1;
        }
        if (cue > 0 && (t[cue - 1] == '位' || t[cue - 1] == '名' || t[cue - 1] == '分'))
        {
            cue--;
        }
        var stop = listed ? end : end + 1;
        var fact = Attach(cue < 0 ? i : cue, stop, d => d.Rank is null);
        if (fact is not null)
        {
            fact.Rank = rank;
            fact.RankOf = rankOf;
        }
        rankOf = null;
        return stop;
    }

    /// <summary>排名上升25位, 前移两位.</summary>
    private int? RankChange(int i)
    {
        var sign = 0;
        foreach (var word in RankRises)
        {
            sign = ReportWords.At(t, i, word) ? 1 : sign;
        }
        foreach (var word in RankFalls)
        {
            sign = ReportWords.At(t, i, word) ? -1 : sign;
        }
        if (sign == 0)
        {
            return null;
        }
        var at = i + 2;
        at += at < statementEnd && t[at] == '了' ? 1 : 0;
        if (!ReportWords.TryInteger(t, at, out var places, out var end) || end >= statementEnd || !(t[end] == '位' || t[end] == '名') || ReportWords.At(t, end, "位数"))
        {
            return null;
        }
        var from = i;
        if (ReportWords.EndsAt(t, from, "排名", statementStart) || ReportWords.EndsAt(t, from, "位次", statementStart))
        {
            from -= 2;
        }
        var fact = Attach(from, end + 1, d => d.RankChange is null);
        if (fact is not null)
        {
            fact.RankChange = sign * places;
        }
        return end + 1;
    }

    /// <summary>A blank or a redaction where a figure should be: "可完成规上工业总产值亿元", "同比增长%", "20XX亿元".</summary>
    private int? Blank(int i)
    {
        var c = t[i];
        if (ReportWords.IsRedaction(c))
        {
            var start = i;
            while (start > statementStart && char.IsAsciiDigit(t[start - 1]))
            {
                start--;
            }
            var end = i;
            while (end < statementEnd && (ReportWords.IsRedaction(t[end]) || char.IsAsciiDigit(t[end]) || t[end] == '.'))
            {
                end++;
            }
            // A letter inside a word (GDP, xxx市, 党的XX大) is no blank; only a redaction with a unit or after a cue is.
            if (start > statementStart && char.IsAsciiLetter(t[start - 1]) || end < statementEnd && char.IsAsciiLetter(t[end]))
            {
                return end;
            }
            var unitAt = end;
            while (unitAt < statementEnd && t[unitAt] == ' ')
            {
                unitAt++;
            }
            var unit = UnitAt(unitAt, RedactedUnits);
            if (unit is not null)
            {
                return MissingFigure(start, unitAt + unit.Length, unit);
            }
            var cue = Classify(start, out _, out _, out _);
            if (cue.Kind != CueKind.None)
            {
                return MissingFigure(start, end, "%");
            }
            return end;
        }
        if (c == '%')
        {
            var cue = Classify(i, out _, out _, out _);
            return cue.Kind is CueKind.None ? null : MissingFigure(i, i + 1, "%");
        }
        if (c is not ('亿' or '万'))
        {
            return null;
        }
        var blankUnit = UnitAt(i, BlankUnits);
        var before = i;
        while (before > statementStart && t[before - 1] == ' ')
        {
            before--;
        }
        if (blankUnit is null || before == statementStart || !IsNameCharacter(t[before - 1]))
        {
            return null;
        }
        var after = i + blankUnit.Length;
        var ends = after >= statementEnd || ReportWords.IsClauseEnd(t[after]) || t[after] == '、' || UnitAt(after, GrowthFollowers) is not null;
        return ends ? MissingFigure(i, after, blankUnit) : null;
    }

    private string? UnitAt(int at, string[] units)
    {
        foreach (var unit in units)
        {
            if (ReportWords.At(t, at, unit))
            {
                return unit;
            }
        }
        return null;
    }

    private static bool IsNameCharacter(char c) => !ReportWords.IsNameBreak(c) && c > '\u2E80';

    private int MissingFigure(int start, int end, string unit)
    {
        if (unit == "%")
        {
            Classify(start, out var cueStart, out _, out _);
            var named = FindName(cueStart, Math.Max(statementStart, lastEnd));
            if (named.Name.Length > 0)
            {
                current = NewDraft(named.Name, named.Code, named.Start, cueStart, end);
                current.IsMissing = true;
            }
            else if (current is { IsMissing: true })
            {
                current.Extend(end);
            }
            else if (current is not null)
            {
                // A blank rate beside a stated level: the fact is missing what it was to say, and keeps the level it said.
                current.IsMissing = true;
                current.Extend(end);
            }
            lastEnd = end;
            return end;
        }
        var name = FindName(SkipSpaceBack(start), Math.Max(statementStart, lastEnd));
        if (name.Name.Length == 0)
        {
            return end;
        }
        var draft = NewDraft(name.Name, name.Code, name.Start, start, end);
        draft.IsMissing = true;
        draft.Unit = unit;
        current = draft;
        lastEnd = end;
        return end;
    }

    /// <summary>分别 and 分居: the names before it get the figures after it, in order.</summary>
    private void Distribute(int i)
    {
        names.Clear();
        var floor = Math.Max(clauseStart, lastEnd);
        var end = i;
        var part = end;
        for (var p = end - 1; p >= floor - 1; p--)
        {
            var split = p < floor || t[p] == '、' || t[p] == '和' || t[p] == '及' || t[p] == '与';
            if (!split)
            {
                continue;
            }
            var name = FindName(part, p + 1);
            if (name.Name.Length > 0)
            {
                names.Insert(0, (name.Start, part, name.Name));
            }
            part = p;
            if (p >= floor && t[p] == '及' && p > floor && t[p - 1] == '以')
            {
                part = p - 1;
                p--;
            }
        }
        distributedCue = default;
        if (names.Count >= 2)
        {
            distributed = names.Count;
            return;
        }
        names.Clear();
        // No names: the figures after 分别 belong to the facts just read ("A 10亿元和B 5亿元，分别增长12%和8%").
        var count = 0;
        for (var n = nextNumber; n < numbers.Count && numbers[n].Start < statementEnd; n++)
        {
            if (numbers[n].Start <= i)
            {
                continue;
            }
            var clauseEnds = false;
            for (var p = i; p < numbers[n].Start; p++)
            {
                clauseEnds |= t[p] is '，' or ',' or ';' or '；';
            }
            if (clauseEnds)
            {
                break;
            }
            count++;
        }
        if (count >= 2 && drafts.Count >= count)
        {
            distributedExisting = count;
        }
    }

    /// <summary>Reads one number; returns where to go on.</summary>
    private int Number(ReportNumber n)
    {
        var start = n.Start;
        var end = n.End;
        if (start > statementStart && t[start - 1] == '第' || InsidePeriod(start))
        {
            return end;
        }
        var unit = n.Unit;
        var figure = n.Figure;
        if (n.Form == NumberForm.Chinese && (figure.Value == 1 && end - start <= 2 || unit is "个" or "项" or "次" or "条" or "座" or "套" or "件" or "台"))
        {
            return end;
        }
        if (unit is "个" or "" && end < statementEnd && t[end] is '月' or '季' or '年' or '小' or '工' or '号' or '日' or '时' or '点' or '位' or '名' or '楼' or '层' or '期' or '届' or '大' or '周' or '天' or ':' or '.' or '、' or 'K' or 'k')
        {
            return end;
        }
        // Words after the number: 以上, 左右.
        var qualifier = figure.Qualifier;
        var after = end;
        while (after < statementEnd && t[after] == ' ')
        {
            after++;
        }
        foreach (var (word, q) in ReportWords.QualifierAfter)
        {
            if (ReportWords.At(t, after, word))
            {
                qualifier = qualifier == Qualifier.None ? q : qualifier;
                end = after + word.Length;
                break;
            }
        }
        // 10亿元以上7家: the first figure describes the second's indicator.
        if (end > n.End && end < statementEnd && (char.IsAsciiDigit(t[end]) || t[end] == '的') && unit.Length > 0)
        {
            descriptorStart = start;
            descriptorEnd = end;
            return end;
        }
        // Words before the number: 近, 约, 超过; a minus sign after a cue.
        var figureStart = start;
        var sign = 1;
        if (figureStart > statementStart && t[figureStart - 1] is '-' or '−' && (figureStart - 1 == statementStart || !char.IsAsciiDigit(t[figureStart - 2])))
        {
            sign = -1;
            figureStart--;
        }
        foreach (var (word, q) in ReportWords.QualifierBefore)
        {
            if (ReportWords.EndsAt(t, figureStart, word, statementStart))
            {
                qualifier = figure.Qualifier == Qualifier.None ? q : figure.Qualifier;
                figureStart -= word.Length;
                break;
            }
        }
        // 约42批278人次: the word before the first of two figures run together bounds both.
        if (qualifier == Qualifier.None && figureStart == lastNumberEnd)
        {
            qualifier = lastPrefixQualifier;
        }
        lastNumberEnd = end;
        lastPrefixQualifier = figureStart < start ? qualifier : Qualifier.None;
        lastEnd = Math.Max(lastEnd, statementStart);
        switch (unit)
        {
            case "%":
                Rate(figureStart, end, Qualified(figure, qualifier, 1), sign);
                break;
            case "‰":
                Rate(figureStart, end, Qualified(figure, qualifier, 10), sign);
                break;
            case "" when n.Form == NumberForm.Fraction:
                Rate(figureStart, end, StatedFigure.Exact(figure.Value * 100, qualifier), 1);
                break;
            case "" when n.Form == NumberForm.DigitCount:
                {
                    // 保持两位数增长: the cue comes after the figure.
                    var growthAfter = ReportWords.At(t, end, "增长") || ReportWords.At(t, end, "的增长");
                    var fact = growthAfter ? Attach(figureStart, end, d => d.Growth is null) : null;
                    if (fact is not null)
                    {
                        fact.Growth = figure;
                        lastEnd = end;
                        return end + (ReportWords.At(t, end, "增长") ? 2 : 3);
                    }
                    Rate(figureStart, end, figure, 1);
                    break;
                }
            case "":
                {
                    // A growth column whose % sign is missing ("同比增长5"): only after a growth cue.
                    var cue = Classify(figureStart, out _, out _, out _);
                    if (cue.Kind == CueKind.Growth && figure.Value <= 1000)
                    {
                        Rate(figureStart, end, Qualified(figure, qualifier, 1), sign);
                    }
                    break;
                }
            case "个百分点":
            case "个千分点":
                Points(figureStart, end, Qualified(figure, qualifier, unit == "个千分点" ? 10 : 1));
                break;
            case "倍":
                Times(figureStart, end, Qualified(figure, qualifier, 1));
                break;
            default:
                return Level(n, figureStart, end, Qualified(figure, qualifier, 1));
        }
        return end;
    }

    private bool InsidePeriod(int at)
    {
        foreach (var period in periods)
        {
            if (at >= period.Start && at < period.Start + period.Length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The figure with the qualifier read around it, divided by <paramref name="divisor"/> (‰ → %).</summary>
    private static StatedFigure Qualified(StatedFigure figure, Qualifier qualifier, int divisor)
    {
        if (figure.IsExact)
        {
            return StatedFigure.Exact(figure.Value / divisor, qualifier);
        }
        var decimals = figure.Decimals!.Value + (divisor == 10 ? 1 : 0);
        var value = figure.Value / divisor;
        return decimals <= Rounding.MaxDecimals && Rounding.SnapEquals(Rounding.Round(value, decimals), value)
            ? StatedFigure.Rounded(Rounding.Round(value, decimals), decimals, qualifier)
            : StatedFigure.Exact(value, qualifier);
    }

    private static StatedFigure Signed(StatedFigure figure, int sign) =>
        sign > 0 ? figure : figure.IsExact ? StatedFigure.Exact(-figure.Value, figure.Qualifier) : StatedFigure.Rounded(-figure.Value, figure.Decimals!.Value, figure.Qualifier);

    private int Level(ReportNumber n, int figureStart, int end, StatedFigure figure)
    {
        // 在217个开发区中居第4位: the count of those ranked, not a fact.
        for (var p = end; p < Math.Min(statementEnd, end + 14) && !ReportWords.IsClauseEnd(t[p]); p++)
        {
            if (t[p] == '中' && (ReportWords.At(t, p + 1, "居") || ReportWords.At(t, p + 1, "排") || ReportWords.At(t, p + 1, "位居") || ReportWords.At(t, p + 1, "名列") || ReportWords.At(t, p + 1, "列")))
            {
                rankOf = (int)figure.Value;
                return p + 1;
            }
        }
        FactDraft draft;
        if (distributed > 0 && names.Count > 0)
        {
            var (nameStart, _, name) = names[names.Count - distributed];
            distributed--;
            draft = NewDraft(name, CodeOf(name), nameStart, figureStart, end);
        }
        else if (distributedExisting > 0)
        {
            draft = drafts[drafts.Count - distributedExisting];
            distributedExisting--;
            if (draft.HasLevel)
            {
                draft = NewDraft(draft.Indicator, draft.Code, figureStart, figureStart, end);
            }
        }
        else
        {
            var floor = Math.Max(statementStart, lastEnd);
            var found = FindName(figureStart, floor);
            var nameStart = found.Start;
            var name = found.Name;
            // 新增规模以上工业企业2家: new enterprises, not the stock the name alone would be.
            var code = ReportWords.EndsAt(t, found.Start, "新增", statementStart) ? null : found.Code;
            if (descriptorEnd >= 0 && SkipSpace(descriptorEnd) == n.Start)
            {
                name = t[descriptorStart..descriptorEnd];
                nameStart = descriptorStart;
                code = null;
            }
            else if (IsCountUnit(n.Unit) && (name.Length <= 2 || (figureStart > statementStart && t[figureStart - 1] == '了')))
            {
                // 设置了5个党支部: the noun after a count names it.
                var nounEnd = end;
                while (nounEnd < statementEnd && nounEnd - end < 10 && IsNameCharacter(t[nounEnd]) && !ReportWords.IsNameStopCharacter(t[nounEnd])
                       && !(IsChineseDigit(t[nounEnd]) && ReportWords.At(t, nounEnd + 1, "是")))
                {
                    nounEnd++;
                }
                if (nounEnd - end >= 2)
                {
                    name = t[end..nounEnd];
                    code = vocabulary.CodeOf(name);
                    nameStart = figureStart;
                    end = nounEnd;
                }
            }
            if (name.Length == 0 && current is not null && NameCharacters(lastEnd, SkipIntroductionBack(figureStart, Math.Max(statementStart, lastEnd))) == 0)
            {
                // 新认定高新技术企业14家，累计达76家: a second figure of the same indicator.
                name = current.Indicator;
                code = current.Code;
                nameStart = figureStart;
            }
            draft = NewDraft(name, code, nameStart, figureStart, end);
        }
        draft.Value = figure;
        draft.Unit = n.Unit;
        draft.Extend(end);
        descriptorEnd = -1;
        current = draft;
        lastEnd = end;
        return end;
    }

    /// <summary><paramref name="end"/> moved back over the verbs and fillers that introduce a figure (完成, 累计达, 有).</summary>
    private int SkipIntroductionBack(int end, int floor)
    {
        for (var moved = true; moved;)
        {
            moved = false;
            var filler = ReportWords.SkipFillersBack(t, end, floor, ReportWords.NameFillers);
            var stop = ReportWords.EndingAt(t, filler, ReportWords.NameStops, floor);
            if (stop >= 0)
            {
                filler -= ReportWords.NameStops[stop].Length;
            }
            else if (filler - 2 >= floor && t[filler - 1] == '年' && IsChineseDigit(t[filler - 2]))
            {
                // 工业总产值五年翻番: a span of years is said of the figure, not part of the name.
                filler -= 2;
            }
            moved = filler != end;
            end = filler;
        }
        return end;
    }

    private int NameCharacters(int from, int to)
    {
        var count = 0;
        for (var p = Math.Max(from, statementStart); p < to; p++)
        {
            count += IsNameCharacter(t[p]) ? 1 : 0;
        }
        return count;
    }

    private bool FigureBetween(int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            // A specification (10KV) is no figure.
            if (char.IsAsciiDigit(t[p]) && !(p + 1 < t.Length && (char.IsAsciiDigit(t[p + 1]) || char.IsAsciiLetter(t[p + 1]))))
            {
                return true;
            }
        }
        return false;
    }

    private bool ClauseEndsBetween(int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (ReportWords.IsClauseEnd(t[p]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCountUnit(string unit) => unit is "家" or "个" or "人" or "项" or "名" or "户" or "套" or "件" or "座" or "台" or "条" or "次" or "份" or "起" or "批" or "人次";

    private int SkipSpaceBack(int p)
    {
        while (p > statementStart && t[p - 1] == ' ')
        {
            p--;
        }
        return p;
    }

    private int SkipSpace(int p)
    {
        while (p < statementEnd && t[p] == ' ')
        {
            p++;
        }
        return p;
    }

    private void Rate(int figureStart, int end, StatedFigure figure, int sign)
    {
        var cue = Classify(figureStart, out var cueStart, out var shareOf, out var twoYear);
        if (cue.Kind == CueKind.None && distributed + distributedExisting > 0)
        {
            cue = distributedCue;
            cueStart = figureStart;
        }
        else if (distributed + distributedExisting > 0 && distributedCue.Kind == CueKind.None)
        {
            distributedCue = cue;
        }
        switch (cue.Kind)
        {
            case CueKind.Growth:
                {
                    var fact = Attach(cueStart, end, d => d.Growth is null);
                    if (fact is not null)
                    {
                        fact.Growth = Signed(figure, sign * cue.Sign);
                        fact.GrowthIsTwoYearAverage = twoYear;
                    }
                    break;
                }
            case CueKind.Share:
                {
                    var fact = Attach(cueStart, end, d => d.Share is null);
                    if (fact is not null)
                    {
                        fact.Share = figure;
                        fact.ShareOf = shareOf;
                    }
                    break;
                }
            case CueKind.Completion:
                {
                    var fact = Attach(cueStart, end, d => d.Completion is null);
                    if (fact is not null)
                    {
                        fact.Completion = figure;
                    }
                    break;
                }
            case CueKind.Overfulfilment:
                {
                    var fact = Attach(cueStart, end, d => d.Overfulfilment is null);
                    if (fact is not null)
                    {
                        fact.Overfulfilment = figure;
                    }
                    break;
                }
            case CueKind.None when current is { Growth: not null, HasLevel: false } && FindName(figureStart, Math.Max(statementStart, lastEnd)).Name.Length == 0:
                {
                    // 力争增长12%，确保10%: a second growth of the same indicator, another tier of the target.
                    var fact = NewDraft(current.Indicator, current.Code, figureStart, figureStart, end);
                    fact.Growth = Signed(figure, sign);
                    current = fact;
                    break;
                }
            default:
                {
                    // A rate with no cue is the indicator's own level (入驻率达到92%).
                    var fact = Attach(figureStart, end, d => !d.HasLevel, newOnly: true);
                    if (fact is not null)
                    {
                        fact.Value = figure;
                        fact.Unit = "%";
                        current = fact;
                    }
                    break;
                }
        }
        lastEnd = end;
    }

    private void Points(int figureStart, int end, StatedFigure figure)
    {
        var cueEnd = ReportWords.SkipFillersBack(t, figureStart, statementStart);
        var sign = 0;
        var cueStart = cueEnd;
        foreach (var (word, s) in ReportWords.PointCues)
        {
            if (ReportWords.EndsAt(t, cueEnd, word, statementStart))
            {
                sign = s;
                cueStart = cueEnd - word.Length;
                break;
            }
        }
        if (sign == 0 && cueEnd > statementStart && t[cueEnd - 1] is '高' or '低' or '多' or '少')
        {
            sign = t[cueEnd - 1] is '高' or '多' ? 1 : -1;
            cueStart = cueEnd - 1;
        }
        // 增速比全省高2.6个百分点: the comparison belongs to the growth named before it.
        for (var p = cueStart - 1; p >= Math.Max(clauseStart, cueStart - 8); p--)
        {
            if (t[p] is '比' or '较')
            {
                cueStart = p;
                break;
            }
        }
        var fact = Attach(cueStart, end, d => d.PercentagePoints is null);
        if (fact is not null)
        {
            fact.PercentagePoints = Signed(figure, sign == 0 ? 1 : sign);
        }
        lastEnd = end;
    }

    private void Times(int figureStart, int end, StatedFigure figure)
    {
        var cue = Classify(figureStart, out var cueStart, out _, out _);
        var fact = Attach(cue.Kind == CueKind.None ? figureStart : cueStart, end, d => d.Multiple is null);
        if (fact is not null)
        {
            fact.Multiple = figure;
            fact.MultipleIsGrowth = cue.Kind == CueKind.Growth && cue.Sign > 0;
        }
        lastEnd = end;
    }

    /// <summary>
    /// The fact a rate or a word at [<paramref name="cueStart"/>, <paramref name="end"/>) belongs to: the next name of a
    /// 分别 list; a new fact when a name stands before the cue; else the fact before it, or a new fact of the same
    /// indicator when the fact before already has what the cue says.
    /// </summary>
    private FactDraft? Attach(int cueStart, int end, Func<FactDraft, bool> free, bool newOnly = false)
    {
        FactDraft? fact;
        if (distributed > 0 && names.Count > 0)
        {
            var (nameStart, _, name) = names[names.Count - distributed];
            distributed--;
            fact = NewDraft(name, CodeOf(name), nameStart, cueStart, end);
        }
        else if (distributedExisting > 0)
        {
            fact = drafts[drafts.Count - distributedExisting];
            distributedExisting--;
        }
        else
        {
            var found = FindName(cueStart, Math.Max(statementStart, lastEnd));
            if (found.Name.Length > 0 && !(current is not null && found.Name is "增速" or "增幅" or "增长" or "增长率" or "总量" or "规模"))
            {
                fact = NewDraft(found.Name, found.Code, found.Start, cueStart, end);
            }
            else if (current is null || newOnly)
            {
                return null;
            }
            else if (free(current))
            {
                fact = current;
            }
            else
            {
                fact = NewDraft(current.Indicator, current.Code, cueStart, cueStart, end);
            }
        }
        fact.Extend(end);
        current = fact;
        return fact;
    }

    private string? CodeOf(string name) => vocabulary.CodeOf(name);

    private FactDraft NewDraft(string indicator, string? code, int start, int anchor, int end)
    {
        var kind = cueKind;
        if (kind == ReportFactKind.Actual && cumulativeAt >= clauseStart && cumulativeAt < anchor)
        {
            kind = ReportFactKind.Cumulative;
        }
        var period = inheritedPeriod?.Period;
        var said = false;
        foreach (var match in periods)
        {
            if (match.Start < anchor && match.Start >= periodFloor)
            {
                period = match.Period;
                said = true;
            }
        }
        if (!said && inheritedPeriod is null)
        {
            // 2条供电线路年内投入使用: a time word after the figure in its clause.
            foreach (var match in periods)
            {
                if (match.Start > anchor && match.Period is { Kind: ReportingPeriodKind.Year } && !ClauseEndsBetween(anchor, match.Start) && !FigureBetween(end, match.Start))
                {
                    period = match.Period;
                    break;
                }
            }
        }
        if (BreakdownComplete())
        {
            whole = null;
        }
        var parent = bracketed ?? whole;
        if (kind == ReportFactKind.Actual && parent is { Kind: ReportFactKind.Cumulative })
        {
            kind = ReportFactKind.Cumulative;
        }
        if (kind == ReportFactKind.Actual && period is { Kind: ReportingPeriodKind.YearToDate })
        {
            kind = ReportFactKind.YearToDate;
        }
        var draft = new FactDraft
        {
            Start = Math.Min(start, anchor),
            End = end,
            Anchor = anchor,
            Indicator = indicator,
            Code = code,
            Kind = kind,
            Modality = kind == ReportFactKind.Target ? cueModality : TargetModality.None,
            Period = period,
            Parent = parent,
        };
        drafts.Add(draft);
        return draft;
    }

    /// <summary>
    /// Whether the 其中 parts read so far add up exactly to their whole (各类项目101个，其中…11个，…55个，…12个，…2个，…21个):
    /// the breakdown is complete, so a figure after it (达成意向性项目50多个) is not one more part. Only exact, unqualified
    /// parts in the whole's unit count; one blank or qualified part and the scope runs on as before.
    /// </summary>
    private bool BreakdownComplete()
    {
        if (whole is not { Value: StatedFigure total, IsMissing: false } || total.Qualifier != Qualifier.None)
        {
            return false;
        }
        var sum = 0.0;
        var parts = 0;
        foreach (var draft in drafts)
        {
            if (draft.Parent != whole)
            {
                continue;
            }
            if (draft.Value is not StatedFigure part || draft.IsMissing || part.Qualifier != Qualifier.None || draft.Unit != whole.Unit)
            {
                return false;
            }
            sum += part.Value;
            parts++;
        }
        return parts >= 2 && Math.Abs(sum - total.Value) <= 1e-9 * Math.Max(1.0, Math.Abs(total.Value));
    }

    private readonly record struct Cue(CueKind Kind, int Sign);

    /// <summary>What the words just before a rate at <paramref name="figureStart"/> say it is, and where they start.</summary>
    private Cue Classify(int figureStart, out int cueStart, out string? shareOf, out bool twoYear)
    {
        shareOf = null;
        twoYear = false;
        var floor = Math.Max(clauseStart, statementStart);
        var end = ReportWords.SkipFillersBack(t, figureStart, floor);
        cueStart = end;
        if (ReportWords.EndsAt(t, end, "超额完成", floor))
        {
            cueStart = end - 4;
            return new Cue(CueKind.Overfulfilment, 1);
        }
        var completionEnd = end > floor && t[end - 1] == '的' ? end - 1 : end;
        var k = ReportWords.EndingAt(t, completionEnd, ReportWords.CompletionEnds, floor);
        if (k >= 0 && !(ReportWords.CompletionEnds[k] == "目标" && GrowthCueEndingAt(completionEnd - 2, floor) >= 0))
        {
            cueStart = completionEnd - ReportWords.CompletionEnds[k].Length;
            for (var p = cueStart - 1; p >= Math.Max(floor, cueStart - 8); p--)
            {
                if (ReportWords.At(t, p, "完成") || t[p] is '占' or '为')
                {
                    cueStart = p;
                    break;
                }
            }
            return new Cue(CueKind.Completion, 1);
        }
        var s = ReportWords.EndingAt(t, end, ReportWords.ShareEnds, floor);
        if (s >= 0)
        {
            var wordStart = end - ReportWords.ShareEnds[s].Length;
            cueStart = wordStart;
            var of = FindShareWord(wordStart, floor);
            if (of >= 0)
            {
                cueStart = of;
                shareOf = Trimmed(of + 1, wordStart);
            }
            return new Cue(CueKind.Share, 1);
        }
        foreach (var (word, sign) in ReportWords.GrowthCues)
        {
            if (!ReportWords.EndsAt(t, end, word, floor))
            {
                continue;
            }
            cueStart = end - word.Length;
            for (var again = true; again;)
            {
                again = false;
                foreach (var prefix in ReportWords.GrowthPrefixes)
                {
                    if (ReportWords.EndsAt(t, cueStart, prefix, floor))
                    {
                        twoYear |= prefix == "两年平均";
                        cueStart -= prefix.Length;
                        again = true;
                        break;
                    }
                }
            }
            return new Cue(CueKind.Growth, sign);
        }
        var share = FindShareWord(end, floor);
        if (share >= 0)
        {
            cueStart = share;
            shareOf = Trimmed(share + 1, end);
            return new Cue(CueKind.Share, 1);
        }
        return new Cue(CueKind.None, 1);
    }

    private int GrowthCueEndingAt(int end, int floor)
    {
        for (var k = 0; k < ReportWords.GrowthCues.Length; k++)
        {
            if (ReportWords.EndsAt(t, end, ReportWords.GrowthCues[k].Word, floor))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The 占 of a share before <paramref name="end"/> in the clause (占地 is land, not a share), or −1.</summary>
    private int FindShareWord(int end, int floor)
    {
        for (var p = end - 1; p >= Math.Max(floor, Math.Max(lastEnd, end - 24)); p--)
        {
            if (t[p] == '占' && !ReportWords.At(t, p, "占地") && !ReportWords.At(t, p, "占用"))
            {
                return p;
            }
            if (char.IsAsciiDigit(t[p]) || t[p] == '%')
            {
                return -1;
            }
        }
        return -1;
    }

    private string? Trimmed(int start, int end)
    {
        while (end > start && (t[end - 1] is '的' or ' ' || ReportWords.EndsAt(t, end, "比重", start)))
        {
            end -= ReportWords.EndsAt(t, end, "比重", start) ? 2 : 1;
        }
        return end > start ? t[start..end] : null;
    }

    /// <summary>
    /// The indicator's name that ends at <paramref name="end"/> (after the verbs and fillers before a figure): the
    /// longest known name ending there, else the noun phrase read back to a stop word or punctuation (at most 12
    /// characters), never below <paramref name="floor"/>.
    /// </summary>
    private (int Start, string Name, string? Code) FindName(int end, int floor)
    {
        end = SkipIntroductionBack(end, floor);
        // The known name may not cross a clause's punctuation.
        var clause = end;
        while (clause > Math.Max(floor, end - 20) && !ReportWords.IsClauseEnd(t[clause - 1]))
        {
            clause--;
        }
        var match = vocabulary.MatchEndingAt(t, end, clause);
        int? known = match?.Start;
        var code = match?.Code;
        var start = end;
        while (start > floor && end - start < 12 && !ReportWords.IsNameBreak(t[start - 1]) && !ReportWords.IsNameStopCharacter(t[start - 1])
               && ReportWords.EndingAt(t, start, ReportWords.NameStops, floor) < 0)
        {
            start--;
        }
        if (known is { } k)
        {
            start = k;
        }
        // 二是完成…: a list marker is no name.
        if (start < end && IsChineseDigit(t[start]) && (start + 1 == end || t[start + 1] == '是'))
        {
            start = end;
        }
        return (start, t[start..end], code);
    }

    private static bool IsChineseDigit(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    private void Finish(int s, int e)
    {
        if (drafts.Count == 0)
        {
            return;
        }
        var list = new List<ReportFact>(drafts.Count);
        var (_, headingYear, plan) = SectionAt(s);
        foreach (var d in drafts)
        {
            if (headingYear is int sectionYear && d.Period is null)
            {
                d.Period = ReportingPeriod.Year(sectionYear);
                d.Kind = plan && d.Kind == ReportFactKind.Actual ? ReportFactKind.Target : d.Kind;
            }
            var (start, end) = read.SourceSpan(d.Start, Math.Max(d.Start, d.End));
            d.Built = new ReportFact("f" + (facts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), start, end, read.Source[start..end], d.Indicator)
            {
                Code = d.Code,
                Kind = d.Kind,
                Period = d.Period,
                Value = d.Value,
                Unit = d.Unit,
                Modality = d.Modality,
                IsMissing = d.IsMissing,
                Growth = d.Growth,
                GrowthIsTwoYearAverage = d.GrowthIsTwoYearAverage,
                PercentagePoints = d.PercentagePoints,
                Share = d.Share,
                ShareOf = d.ShareOf,
                Completion = d.Completion,
                Overfulfilment = d.Overfulfilment,
                Multiple = d.Multiple,
                MultipleIsGrowth = d.MultipleIsGrowth,
                Rank = d.Rank,
                RankOf = d.RankOf,
                RankChange = d.RankChange,
                AheadOfSchedule = d.AheadOfSchedule,
                Parent = d.Parent?.Built,
            };
            facts.Add(d.Built);
            list.Add(d.Built);
        }
        var (statementFrom, statementTo) = read.SourceSpan(s, e);
        statements.Add(new ReportStatement(statementFrom, statementTo, read.Source[statementFrom..statementTo], list));
    }
}
