using System.Globalization;

namespace Indicators.Reports;

/// <summary>
/// Consistency checks on stated figures (数据一致性核验): does a report's stated growth, share, completion… follow from
/// the figures it states beside it, allowing for their rounding and qualifiers? Each check returns a
/// <see cref="ConsistencyCheck"/>: consistent, borderline, inconsistent or unverifiable, explained (docs/reports.md).
/// </summary>
/// <remarks>
/// The result from the figures as stated comes from the library's own calculations (<see cref="Indicators.Growth"/>,
/// <see cref="Indicators.Share"/>, <see cref="Indicators.Completion"/>, <see cref="Indicators.AverageGrowth"/>,
/// <see cref="Indicators.Implied"/>, <see cref="Indicators.RankChange"/>), so a growth is written from its development
/// speed as everywhere in the library. It is computed only when no figure carries a qualifier: "近10亿元" has no value
/// as stated, only an interval. <see cref="ConsistencyPolicy"/> says where consistent ends and borderline begins.
/// </remarks>
public static class Consistency
{
    private static readonly (string, string) NoReason = (null!, null!);
    private static readonly (string, string) BaseMissing = ("a figure it needs is not given", "缺少所需数字");
    private static readonly (string, string) BaseNotPositive = ("no quotient: a base may be 0 or below, or the result is out of range", "无法相除：基数可能不为正，或结果超出可表示范围");
    private static readonly (string, string) OutOfRange = ("the result is beyond the range of a double", "结果超出可表示范围");

    /// <summary>A stated growth (同比增长x%, signed: 下降3.7% is −3.7) against the current and previous levels.</summary>
    /// <param name="current">The current level (63亿元).</param>
    /// <param name="previous">The previous level (60.3亿元), or null when the report does not give it: then the check is unverifiable and implies it.</param>
    /// <param name="growthPercent">The stated growth in percent (5 for 增长5%).</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check, with the previous level the growth implies.</returns>
    public static ConsistencyCheck Growth(StatedFigure current, StatedFigure? previous, StatedFigure growthPercent, ConsistencyPolicy policy = default)
    {
        var c = current.GuardedUnder(policy);
        var implied = StatedInterval.PreviousOfGrowth(c, growthPercent.GuardedUnder(policy));
        if (previous is not StatedFigure before)
        {
            return Unverifiable(ConsistencyCheckKind.Growth, [current], GrowthRoles[..1], growthPercent, implied, BaseMissing, policy);
        }
        var computed = StatedInterval.GrowthPercent(c, before.GuardedUnder(policy));
        double? value = null;
        if (Plain(current, before) && Indicators.Growth.YearOnYear(current.Value, before.Value) is var growth && growth.HasValue)
        {
            value = growth.TryGetDecimalPercent(out var percent) ? (double)percent : growth.Rate!.Value.Percent;
        }
        return Judge(ConsistencyCheckKind.Growth, [current, before], GrowthRoles, growthPercent, value, computed, implied, policy);
    }

    /// <summary>A stated share (占x%) against the part and the whole.</summary>
    /// <param name="part">The part (研发费用1000万元).</param>
    /// <param name="whole">The whole (产品销售收入), or null when not given: then the check is unverifiable and implies it.</param>
    /// <param name="sharePercent">The stated share in percent.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check, with the whole the share implies.</returns>
    public static ConsistencyCheck Share(StatedFigure part, StatedFigure? whole, StatedFigure sharePercent, ConsistencyPolicy policy = default)
    {
        var p = part.GuardedUnder(policy);
        var implied = StatedInterval.BaseOfPercent(p, sharePercent.GuardedUnder(policy));
        if (whole is not StatedFigure total)
        {
            return Unverifiable(ConsistencyCheckKind.Share, [part], ShareRoles[..1], sharePercent, implied, BaseMissing, policy);
        }
        var computed = StatedInterval.PercentOf(p, total.GuardedUnder(policy));
        double? value = Plain(part, total) && Indicators.Share.Of(part.Value, total.Value).TryGetShare(out var share) ? share.Percent : null;
        return Judge(ConsistencyCheckKind.Share, [part, total], ShareRoles, sharePercent, value, computed, implied, policy);
    }

    /// <summary>
    /// 其中 parts against their total: the parts of a 其中 list add up to at most the total; a complete breakdown
    /// (<paramref name="complete"/>) adds up to it, within the rounding of the stated total.
    /// </summary>
    /// <param name="total">The total (新增市级以上高企43家).</param>
    /// <param name="parts">The parts (其中国家高企14家).</param>
    /// <param name="complete">Whether the parts make up the whole total (分别…, 由…构成) rather than some of it (其中).</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">No parts are given.</exception>
    public static ConsistencyCheck Parts(StatedFigure total, IReadOnlyList<StatedFigure> parts, bool complete = false, ConsistencyPolicy policy = default)
    {
        Guard.Against.Null(parts);
        Guard.Against.False(parts.Count > 0, nameof(parts), "A check of parts needs at least one part.");
        var figures = new StatedFigure[parts.Count];
        var roles = new (string, string)[parts.Count];
        var sum = StatedInterval.Point(0);
        var sumValue = 0m;
        var plain = true;
        for (var i = 0; i < parts.Count; i++)
        {
            figures[i] = parts[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            roles[i] = ("part " + number, "部分" + number);
            sum = StatedInterval.Add(sum, parts[i].GuardedUnder(policy));
            plain &= parts[i].Qualifier == Qualifier.None && Rounding.TrySnap(parts[i].Value, out _);
            if (plain)
            {
                sumValue += (decimal)parts[i].Value;
            }
        }
        double? value = plain ? (double)sumValue : null;
        return complete
            ? Judge(ConsistencyCheckKind.Parts, figures, roles, total, value, sum, null, policy)
            : AtMost(ConsistencyCheckKind.Parts, figures, roles, total, value, sum, policy);
    }

    /// <summary>A part no larger than its whole (其中 one part; a month inside its year-to-date total).</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck PartOfWhole(StatedFigure part, StatedFigure whole, ConsistencyPolicy policy = default) =>
        AtMost(ConsistencyCheckKind.PartOfWhole, [part], PartRoles, whole, AsStated(part), part.GuardedUnder(policy), policy);

    /// <summary>A year-to-date total (1-N月累计) against a single month inside it: a month of a flow that is not negative is at most its total.</summary>
    /// <param name="month">The month's value (当月).</param>
    /// <param name="yearToDate">The year-to-date total.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck YearToDate(StatedFigure month, StatedFigure yearToDate, ConsistencyPolicy policy = default) =>
        AtMost(ConsistencyCheckKind.YearToDate, [month], MonthRoles, yearToDate, AsStated(month), month.GuardedUnder(policy), policy);

    /// <summary>A stated change in percentage points (提高x个百分点, signed: 回落2.6个百分点 is −2.6) against the two rates.</summary>
    /// <param name="rate">The current rate in percent.</param>
    /// <param name="previousRate">The earlier rate in percent.</param>
    /// <param name="points">The stated change in points.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck PercentagePoints(StatedFigure rate, StatedFigure previousRate, StatedFigure points, ConsistencyPolicy policy = default)
    {
        var computed = StatedInterval.Subtract(rate.GuardedUnder(policy), previousRate.GuardedUnder(policy));
        double? value = Plain(rate, previousRate) ? (Percentage.FromPercent(rate.Value) - Percentage.FromPercent(previousRate.Value)).Points : null;
        return Judge(ConsistencyCheckKind.PercentagePoints, [rate, previousRate], PointsRoles, points, value, computed, null, policy);
    }

    /// <summary>A stated completion (完成年度目标的x%) against the actual and the target.</summary>
    /// <param name="actual">The actual value.</param>
    /// <param name="target">The target, or null when not given: then the check is unverifiable and implies it.</param>
    /// <param name="completionPercent">The stated completion in percent.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check, with the target the completion implies.</returns>
    public static ConsistencyCheck Completion(StatedFigure actual, StatedFigure? target, StatedFigure completionPercent, ConsistencyPolicy policy = default) =>
        CompletionCheck(ConsistencyCheckKind.Completion, actual, target, completionPercent, 0, policy);

    /// <summary>A stated overfulfilment (超额完成x%: completion 100 + x%) against the actual and the target.</summary>
    /// <param name="actual">The actual value (销售收入5000万元).</param>
    /// <param name="target">The target, or null when not given: then the check is unverifiable and implies it (5000 / 1.67).</param>
    /// <param name="overfulfilmentPercent">The stated overfulfilment in percent (67).</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check, with the target the overfulfilment implies.</returns>
    public static ConsistencyCheck Overfulfilment(StatedFigure actual, StatedFigure? target, StatedFigure overfulfilmentPercent, ConsistencyPolicy policy = default) =>
        CompletionCheck(ConsistencyCheckKind.Overfulfilment, actual, target, overfulfilmentPercent, 100, policy);

    /// <summary>
    /// A completion against the elapsed share of the year by months (序时进度: 6 months is 50%). With
    /// <paramref name="statedLead"/> (快于序时进度x个百分点, signed: 慢 is negative) the lead is checked; without it,
    /// the claim "时间过半、任务过半" that the completion is at least the elapsed share.
    /// </summary>
    /// <param name="completionPercent">The year-to-date completion of the annual target, in percent.</param>
    /// <param name="monthsElapsed">The months elapsed, 1 to 12.</param>
    /// <param name="statedLead">The stated lead over the pace in points, or null to check the claim of being on pace.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsElapsed"/> is not 1 to 12.</exception>
    public static ConsistencyCheck Pacing(StatedFigure completionPercent, int monthsElapsed, StatedFigure? statedLead = null, ConsistencyPolicy policy = default)
    {
        Guard.Against.NotInRange(monthsElapsed, 1, 12);
        // The library's pacing by months: the completion of a target of 100 is the stated percent, its gap the lead.
        var pacing = Indicators.Pacing.ByMonths(completionPercent.Value, 100, monthsElapsed);
        var elapsed = StatedFigure.Exact(pacing.ExpectedShare.Percent);
        var completion = completionPercent.GuardedUnder(policy);
        if (statedLead is StatedFigure lead)
        {
            double? gap = completionPercent.Qualifier == Qualifier.None ? pacing.Gap?.Points : null;
            return Judge(ConsistencyCheckKind.Pacing, [completionPercent, elapsed], PacingRoles, lead,
                gap, completion.Plus(-elapsed.Value), null, policy);
        }
        // On pace: the elapsed share is at most the completion.
        return AtMost(ConsistencyCheckKind.Pacing, [elapsed], PacingRoles[1..], completionPercent, elapsed.Value, StatedInterval.Point(elapsed.Value), policy);
    }

    /// <summary>A stated average annual growth (年均增长x%) against the levels at the ends of a span of <paramref name="years"/> years.</summary>
    /// <param name="start">The level of the base year (十三五末).</param>
    /// <param name="end">The level of the last year.</param>
    /// <param name="years">The years of growth (the base year not counted), at least 1.</param>
    /// <param name="averagePercent">The stated average growth in percent.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below 1.</exception>
    public static ConsistencyCheck AverageGrowth(StatedFigure start, StatedFigure end, int years, StatedFigure averagePercent, ConsistencyPolicy policy = default)
    {
        Guard.Against.NotInRange(years, 1, int.MaxValue);
        var computed = StatedInterval.AverageGrowthPercent(start.GuardedUnder(policy), end.GuardedUnder(policy), years);
        double? value = Plain(start, end) && Indicators.AverageGrowth.Level(start.Value, end.Value, years).TryGetRate(out var rate) ? rate.Percent : null;
        return Judge(ConsistencyCheckKind.AverageGrowth, [start, end], AverageRoles, averagePercent, value, computed, null, policy);
    }

    /// <summary>A stated two-year average growth (两年平均增长: √((1 + g1)(1 + g2)) − 1) against the two yearly rates.</summary>
    /// <param name="firstPercent">The first year's growth in percent.</param>
    /// <param name="secondPercent">The second year's growth in percent.</param>
    /// <param name="averagePercent">The stated two-year average in percent.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck TwoYearAverage(StatedFigure firstPercent, StatedFigure secondPercent, StatedFigure averagePercent, ConsistencyPolicy policy = default)
    {
        var computed = StatedInterval.TwoYearAveragePercent(firstPercent.GuardedUnder(policy), secondPercent.GuardedUnder(policy));
        double? value = null;
        if (Plain(firstPercent, secondPercent) && firstPercent.Value > -100 && secondPercent.Value > -100)
        {
            ReadOnlySpan<Percentage> rates = [Percentage.FromPercent(firstPercent.Value), Percentage.FromPercent(secondPercent.Value)];
            value = Indicators.AverageGrowth.FromRates(rates).TryGetRate(out var rate) ? rate.Percent : null;
        }
        return Judge(ConsistencyCheckKind.TwoYearAverage, [firstPercent, secondPercent], TwoYearRoles, averagePercent, value, computed, null, policy);
    }

    /// <summary>
    /// A stated multiple against the two levels. "增长1倍" is a growth multiple (current / previous − 1 = 1: twice the
    /// level); "是…的2倍" is a ratio (current / previous = 2: also twice the level).
    /// </summary>
    /// <param name="current">The current level.</param>
    /// <param name="previous">The earlier level.</param>
    /// <param name="multiple">The stated multiple (倍).</param>
    /// <param name="isGrowth">True for 增长x倍 (a growth multiple), false for 是…的x倍 (a ratio).</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck Multiple(StatedFigure current, StatedFigure previous, StatedFigure multiple, bool isGrowth, ConsistencyPolicy policy = default)
    {
        var computed = StatedInterval.Ratio(current.GuardedUnder(policy), previous.GuardedUnder(policy)) is StatedInterval ratio
            ? ratio.Plus(isGrowth ? -1 : 0)
            : (StatedInterval?)null;
        double? value = Plain(current, previous) && Indicators.Growth.YearOnYear(current.Value, previous.Value).TryGetMultiple(out var times)
            ? (isGrowth ? times.GrowthMultiple : times.Ratio)
            : null;
        return Judge(ConsistencyCheckKind.Multiple, [current, previous], GrowthRoles, multiple, value, computed, null, policy);
    }

    /// <summary>A stated rank change (排名上升N位: positive; 下降: negative) against the two ranks; ranks are exact.</summary>
    /// <param name="previousRank">The earlier rank.</param>
    /// <param name="currentRank">The current rank.</param>
    /// <param name="statedChange">The stated change in places, positive for a rise.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rank is below 1.</exception>
    public static ConsistencyCheck RankChange(int previousRank, int currentRank, int statedChange)
    {
        var places = Indicators.RankChange.Between(previousRank, currentRank).Places!.Value;
        return Judge(ConsistencyCheckKind.RankChange, [StatedFigure.Exact(previousRank), StatedFigure.Exact(currentRank)], RankRoles,
            StatedFigure.Exact(statedChange), places, StatedInterval.Point(places), null, default);
    }

    /// <summary>A stock (累计达76家) against the previous stock plus the flow (新增14家): previous + flow = stock.</summary>
    /// <param name="previousStock">The stock at the start.</param>
    /// <param name="flow">The net flow in the period (新增, 净增).</param>
    /// <param name="stock">The stated stock at the end.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck Stock(StatedFigure previousStock, StatedFigure flow, StatedFigure stock, ConsistencyPolicy policy = default)
    {
        var computed = StatedInterval.Add(previousStock.GuardedUnder(policy), flow.GuardedUnder(policy));
        double? value = Plain(previousStock, flow) && Rounding.TrySnap(previousStock.Value, out var start) && Rounding.TrySnap(flow.Value, out var change)
            ? (double)(start + change)
            : null;
        return Judge(ConsistencyCheckKind.Stock, [previousStock, flow], StockRoles, stock, value, computed, null, policy);
    }

    /// <summary>
    /// A count whose stated growth must leave a whole previous count (3家 "增长300%" implies 0.75家: inconsistent).
    /// Consistent when some whole count n ≥ 1 lies among the previous counts the growth's interval implies.
    /// </summary>
    /// <param name="count">The current count (exact).</param>
    /// <param name="growthPercent">The stated growth in percent.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check, with the implied previous count.</returns>
    public static ConsistencyCheck CountBase(StatedFigure count, StatedFigure growthPercent, ConsistencyPolicy policy = default)
    {
        var implied = StatedInterval.PreviousOfGrowth(count.GuardedUnder(policy), growthPercent.GuardedUnder(policy));
        double? value = Plain(count, growthPercent)
            ? Indicators.Implied.CheckCountBase(count.Value, Percentage.FromPercent(growthPercent.Value), growthPercent.Decimals ?? 0).ImpliedPrevious
            : null;
        return WholeIn(ConsistencyCheckKind.CountBase, [count, growthPercent], CountRoles, value, implied, policy);
    }

    /// <summary>A count whose stated share must leave a whole count for the whole (3家 "占40%" implies a whole of 7.5家: inconsistent).</summary>
    /// <param name="count">The count of the part (exact).</param>
    /// <param name="sharePercent">The stated share in percent.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check, with the implied whole.</returns>
    public static ConsistencyCheck CountWhole(StatedFigure count, StatedFigure sharePercent, ConsistencyPolicy policy = default)
    {
        var implied = StatedInterval.BaseOfPercent(count.GuardedUnder(policy), sharePercent.GuardedUnder(policy));
        double? value = Plain(count, sharePercent) ? Indicators.Implied.WholeFromShare(count.Value, Percentage.FromPercent(sharePercent.Value)).Value : null;
        return WholeIn(ConsistencyCheckKind.CountBase, [count, sharePercent], CountShareRoles, value, implied, policy);
    }

    /// <summary>A share that cannot exceed 100%: consistent at most 100, borderline when only its rounding reaches 100, inconsistent beyond.</summary>
    /// <param name="sharePercent">The stated share (of a whole that contains the part) in percent.</param>
    /// <param name="policy">The judging policy.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck ShareAtMostWhole(StatedFigure sharePercent, ConsistencyPolicy policy = default) =>
        AtMost(ConsistencyCheckKind.Plausibility, [sharePercent], PlausibleShareRoles, StatedFigure.Exact(100),
            AsStated(sharePercent), sharePercent.GuardedUnder(policy), policy);

    /// <summary>
    /// A figure into which a year was pasted (20231.1亿元 in a 2023 report, or a rate of 2023%): inconsistent when the
    /// whole number begins with the report's year (or the year before or after) and has more digits, or when a rate
    /// equals the year; consistent otherwise; unverifiable without the report's year.
    /// </summary>
    /// <param name="figure">The figure.</param>
    /// <param name="isRate">Whether the figure is a rate in percent.</param>
    /// <param name="referenceYear">The report's year, or null when unknown.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck YearPasted(StatedFigure figure, bool isRate, int? referenceYear)
    {
        var roles = PastedRoles;
        if (referenceYear is not int year)
        {
            return Unverifiable(ConsistencyCheckKind.Plausibility, [figure], roles, null, null, ("the report's year is not known", "报告年份未知"), default);
        }
        var whole = Math.Truncate(Math.Abs(figure.Value));
        var digits = whole < 1e15 ? ((long)whole).ToString(CultureInfo.InvariantCulture) : "";
        var pasted = false;
        for (var y = year - 1; y <= year + 1; y++)
        {
            var text = y.ToString(CultureInfo.InvariantCulture);
            pasted |= y > 0 && ((digits.Length > text.Length && digits.StartsWith(text, StringComparison.Ordinal)) || (isRate && digits == text));
        }
        var verdict = pasted ? ConsistencyVerdict.Inconsistent : ConsistencyVerdict.Consistent;
        var reason = pasted ? ("a year seems pasted into the number", "数字中似混入年份") : NoReason;
        return new ConsistencyCheck(ConsistencyCheckKind.Plausibility, verdict, [figure, StatedFigure.Exact(year)], [roles[0], ("report year", "报告年份")], null, null, null, null, reason, default);
    }

    /// <summary>What a check's implied figure is: the previous level, the whole, the target, the base.</summary>
    internal static string ImpliedName(ConsistencyCheckKind kind, ExplanationLanguage language)
    {
        var (english, chinese) = kind switch
        {
            ConsistencyCheckKind.Growth => ("previous level", "上期数"),
            ConsistencyCheckKind.Share => ("whole", "总体"),
            ConsistencyCheckKind.Completion or ConsistencyCheckKind.Overfulfilment => ("target", "目标"),
            _ => ("base", "基数"),
        };
        return ExplainText.Pick(language, english, chinese);
    }

    /// <summary>The formula of a check, in a language.</summary>
    internal static string FormulaOf(ConsistencyCheckKind kind, ExplanationLanguage language)
    {
        var (english, chinese) = kind switch
        {
            ConsistencyCheckKind.Growth => ("growth check: growth = current / previous − 1", "增速核验：增速 = 本期 / 上期 − 1"),
            ConsistencyCheckKind.Share => ("share check: share = part / whole", "占比核验：占比 = 部分 / 总体"),
            ConsistencyCheckKind.Parts => ("parts check: the parts add up to at most the total (all of it when complete)", "分项核验：各分项之和不超过合计（完整分项时等于合计）"),
            ConsistencyCheckKind.PartOfWhole => ("part check: a part is at most its whole", "部分核验：部分不大于总体"),
            ConsistencyCheckKind.PercentagePoints => ("points check: change = rate − earlier rate", "百分点核验：变动 = 本期比率 − 上期比率"),
            ConsistencyCheckKind.Completion => ("completion check: completion = actual / target", "完成率核验：完成率 = 实际 / 目标"),
            ConsistencyCheckKind.Overfulfilment => ("overfulfilment check: overfulfilment = actual / target − 1", "超额完成核验：超额 = 实际 / 目标 − 1"),
            ConsistencyCheckKind.Pacing => ("pacing check: completion against the elapsed share (months / 12)", "序时进度核验：完成率对照时间进度（月数 / 12）"),
            ConsistencyCheckKind.AverageGrowth => ("average growth check: (end / start)^(1/n) − 1", "年均增速核验：(期末 / 基期)^(1/n) − 1"),
            ConsistencyCheckKind.TwoYearAverage => ("two-year average check: √((1 + g1)(1 + g2)) − 1", "两年平均增速核验：√((1 + g1)(1 + g2)) − 1"),
            ConsistencyCheckKind.Multiple => ("multiple check: current / previous (− 1 for 增长x倍)", "倍数核验：本期 / 上期（“增长x倍”再减1）"),
            ConsistencyCheckKind.RankChange => ("rank change check: change = previous rank − current rank", "名次变动核验：变动 = 上期名次 − 本期名次"),
            ConsistencyCheckKind.YearToDate => ("year-to-date check: a month is at most its year-to-date total", "累计核验：当月不大于累计"),
            ConsistencyCheckKind.Stock => ("stock check: stock = previous stock + flow", "存量核验：累计 = 上期累计 + 新增"),
            ConsistencyCheckKind.CountBase => ("count check: the implied base of a count is a whole number", "计数核验：推算的基数应为整数"),
            _ => ("plausibility check", "合理性核验"),
        };
        return ExplainText.Pick(language, english, chinese);
    }

    private static readonly (string, string)[] GrowthRoles = [("current", "本期"), ("previous", "上期")];
    private static readonly (string, string)[] ShareRoles = [("part", "部分"), ("whole", "总体")];
    private static readonly (string, string)[] PartRoles = [("part", "部分")];
    private static readonly (string, string)[] MonthRoles = [("month", "当月")];
    private static readonly (string, string)[] PointsRoles = [("rate", "本期比率"), ("earlier rate", "上期比率")];
    private static readonly (string, string)[] CompletionRoles = [("actual", "实际"), ("target", "目标")];
    private static readonly (string, string)[] PacingRoles = [("completion %", "完成率%"), ("elapsed share %", "时间进度%")];
    private static readonly (string, string)[] AverageRoles = [("start", "基期"), ("end", "期末")];
    private static readonly (string, string)[] TwoYearRoles = [("first year %", "第一年增速%"), ("second year %", "第二年增速%")];
    private static readonly (string, string)[] RankRoles = [("previous rank", "上期名次"), ("current rank", "本期名次")];
    private static readonly (string, string)[] StockRoles = [("previous stock", "上期累计"), ("flow", "新增")];
    private static readonly (string, string)[] CountRoles = [("count", "本期数"), ("growth %", "增速%")];
    private static readonly (string, string)[] CountShareRoles = [("count", "部分数"), ("share %", "占比%")];
    private static readonly (string, string)[] PlausibleShareRoles = [("share %", "占比%")];
    private static readonly (string, string)[] PastedRoles = [("figure", "数字")];

    private static ConsistencyCheck CompletionCheck(ConsistencyCheckKind kind, StatedFigure actual, StatedFigure? target, StatedFigure stated, double shift, ConsistencyPolicy policy)
    {
        var a = actual.GuardedUnder(policy);
        var implied = StatedInterval.BaseOfPercent(a, stated.GuardedUnder(policy).Plus(shift));
        if (target is not StatedFigure goal)
        {
            return Unverifiable(kind, [actual], CompletionRoles[..1], stated, implied, BaseMissing, policy);
        }
        var computed = StatedInterval.PercentOf(a, goal.GuardedUnder(policy))?.Plus(-shift);
        double? value = Plain(actual, goal) && Indicators.Completion.OfLevel(actual.Value, goal.Value).TryGetRate(out var rate) ? rate.Percent - shift : null;
        return Judge(kind, [actual, goal], CompletionRoles, stated, value, computed, implied, policy);
    }

    /// <summary>Whether no figure carries a qualifier, so that the figures as stated give one value.</summary>
    /// <summary>The figure's value as stated, or null when a qualifier (近, 以上…) means it stands for a range only.</summary>
    private static double? AsStated(StatedFigure figure) => figure.Qualifier == Qualifier.None ? figure.Value : null;

    private static bool Plain(StatedFigure first, StatedFigure second) => first.Qualifier == Qualifier.None && second.Qualifier == Qualifier.None;

    /// <summary>Consistent when the value as stated is written as the stated result; borderline when the intervals meet; inconsistent otherwise.</summary>
    private static ConsistencyCheck Judge(
        ConsistencyCheckKind kind, StatedFigure[] figures, (string, string)[] roles, StatedFigure stated, double? value, StatedInterval? computed, StatedInterval? implied, ConsistencyPolicy policy)
    {
        if (computed is not StatedInterval range)
        {
            return Unverifiable(kind, figures, roles, stated, implied, BaseNotPositive, policy);
        }
        if (Overflowed(range, figures, policy))
        {
            return Unverifiable(kind, figures, roles, stated, implied, OutOfRange, policy);
        }
        var verdict = value is double v && stated.Admits(v, policy) ? ConsistencyVerdict.Consistent
            : range.Overlaps(stated.GuardedUnder(policy).WidenedBy(Tolerance(stated, range))) ? ConsistencyVerdict.Borderline
            : ConsistencyVerdict.Inconsistent;
        return new ConsistencyCheck(kind, verdict, figures, roles, stated, value, computed, Shown(implied, figures, policy), NoReason, policy);
    }

    /// <summary>
    /// How far apart a computed interval and a stated one may be and still meet: 12 significant digits of the larger
    /// (at least 1e-12). A writer's arithmetic (a quotient, the 15-digit snapping of a development speed) errs in the
    /// 15th digit, and a growth errs relative to the development speed (about 100 in percent), not to itself.
    /// </summary>
    private static double Tolerance(StatedFigure stated, StatedInterval computed)
    {
        var scale = Math.Max(1, Math.Abs(stated.Value));
        foreach (var end in (ReadOnlySpan<double>)[computed.Lower, computed.Upper])
        {
            scale = double.IsFinite(end) ? Math.Max(scale, Math.Abs(end)) : scale;
        }
        return 1e-12 * scale;
    }

    /// <summary>The relation value ≤ limit: consistent as stated, borderline when only the intervals allow it, inconsistent otherwise.</summary>
    private static ConsistencyCheck AtMost(
        ConsistencyCheckKind kind, StatedFigure[] figures, (string, string)[] roles, StatedFigure limit, double? value, StatedInterval computed, ConsistencyPolicy policy)
    {
        if (Overflowed(computed, figures, policy))
        {
            return Unverifiable(kind, figures, roles, limit, null, OutOfRange, policy);
        }
        var ceiling = limit.GuardedUnder(policy);
        var verdict = value is double v && limit.Qualifier == Qualifier.None && Rounding.SnapCompare(v, limit.Value) <= 0 ? ConsistencyVerdict.Consistent
            : computed.Overlaps(StatedInterval.Of(double.NegativeInfinity, false, ceiling.Upper, ceiling.IncludesUpper)) ? ConsistencyVerdict.Borderline
            : ConsistencyVerdict.Inconsistent;
        return new ConsistencyCheck(kind, verdict, figures, roles, limit, value, computed, null, NoReason, policy);
    }

    /// <summary>Consistent when the implied interval holds a whole number at least 1, inconsistent when it holds none.</summary>
    private static ConsistencyCheck WholeIn(
        ConsistencyCheckKind kind, StatedFigure[] figures, (string, string)[] roles, double? value, StatedInterval? implied, ConsistencyPolicy policy)
    {
        if (Shown(implied, figures, policy) is not StatedInterval range)
        {
            return Unverifiable(kind, figures, roles, null, null, BaseNotPositive, policy);
        }
        if (!figures[0].IsExact)
        {
            return Unverifiable(kind, figures, roles, null, implied, ("the count is not exact", "计数不是精确值"), policy);
        }
        var lowest = Math.Max(1, Math.Ceiling(range.Lower));
        var whole = range.Contains(lowest) || range.Contains(lowest + 1);
        var reason = whole ? NoReason : ("no whole number lies in the implied base", "推算的基数区间内没有整数");
        return new ConsistencyCheck(kind, whole ? ConsistencyVerdict.Consistent : ConsistencyVerdict.Inconsistent, figures, roles, null, value, null, implied, reason, policy);
    }

    /// <summary>Whether an end computed from bounded figures is infinite: the arithmetic overflowed, and no result is shown.</summary>
    private static bool Overflowed(StatedInterval computed, StatedFigure[] figures, ConsistencyPolicy policy)
    {
        if (computed.IsBounded)
        {
            return false;
        }
        foreach (var figure in figures)
        {
            if (!figure.IntervalUnder(policy).IsBounded)
            {
                return false;
            }
        }
        return true;
    }

    private static ConsistencyCheck Unverifiable(
        ConsistencyCheckKind kind, StatedFigure[] figures, (string, string)[] roles, StatedFigure? stated, StatedInterval? implied, (string, string) reason, ConsistencyPolicy policy) =>
        new(kind, ConsistencyVerdict.Unverifiable, figures, roles, stated, null, null, Shown(implied, figures, policy), reason, policy);

    /// <summary>An implied interval, or null when its arithmetic overflowed (an infinite end from bounded figures).</summary>
    private static StatedInterval? Shown(StatedInterval? implied, StatedFigure[] figures, ConsistencyPolicy policy) =>
        implied is StatedInterval range && Overflowed(range, figures, policy) ? null : implied;
}
