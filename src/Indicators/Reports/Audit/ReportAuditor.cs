namespace Indicators.Reports;

/// <summary>
/// The audit's work (报告数据核验): every consistency check a document's facts allow, in the order of the facts — those a
/// fact allows alone (its growth, share, completion, plausibility) and those it allows with other facts of the same
/// indicator (the previous year's level, the whole of a share, the target, the parts of a whole, the months of a
/// year-to-date total, the stock before a flow). See docs/reports.md, "Auditing a report".
/// </summary>
/// <remarks>
/// A missing fact never enters a check, not even as zero. Figures are compared only in one unit: 万元 and 亿元 are put
/// in the larger unit (the figure in 万元 keeps its interval, with four more decimals); units that cannot be so
/// converted leave the check unverifiable where it has an unverifiable form, and unmade where it has none.
/// </remarks>
internal sealed class ReportAuditor
{
    private static readonly string[] CountUnits = ["家", "个", "人", "项"];

    private readonly ReportFact[] facts;
    private readonly int? referenceYear;
    private readonly ConsistencyPolicy policy;
    private readonly List<AuditFinding> checks = [];

    private ReportAuditor(ReportFact[] facts, int? referenceYear, ConsistencyPolicy policy)
    {
        this.facts = facts;
        this.referenceYear = referenceYear;
        this.policy = policy;
    }

    internal static ReportAudit Audit(ReportDocument document, ConsistencyPolicy policy)
    {
        // A blank or a redaction is missing: it is left out here, so that no lookup below can find it.
        var auditor = new ReportAuditor(document.Facts.Where(f => !f.IsMissing).ToArray(), document.ReferenceYear, policy);
        foreach (var fact in auditor.facts)
        {
            auditor.Check(fact);
        }
        return new ReportAudit(document, auditor.checks.ToArray());
    }

    /// <summary>Every check anchored at <paramref name="fact"/>: those it allows alone, and those it states about other facts.</summary>
    private void Check(ReportFact fact)
    {
        if (fact.Value is StatedFigure value)
        {
            Add(Consistency.YearPasted(value, fact.Unit == "%", referenceYear), fact.Unit, fact);
        }
        CheckGrowth(fact);
        CheckMultiple(fact);
        CheckShare(fact);
        CheckCompletion(fact);
        CheckPoints(fact);
        CheckRank(fact);
        CheckYearToDate(fact);
        CheckStock(fact);
        CheckParts(fact);
    }

    private void CheckGrowth(ReportFact fact)
    {
        if (fact.Growth is not StatedFigure growth)
        {
            return;
        }
        Add(Consistency.YearPasted(growth, isRate: true, referenceYear), "%", fact);
        // A two-year average is not a growth over one year: without the two yearly rates there is nothing to check it with.
        if (fact.Value is not StatedFigure current || fact.GrowthIsTwoYearAverage)
        {
            return;
        }
        WithBase(fact, PreviousLevel(fact), growth, Consistency.Growth);
        if (IsCount(fact))
        {
            Add(Consistency.CountBase(current, growth, policy), fact.Unit, fact);
        }
    }

    private void CheckMultiple(ReportFact fact)
    {
        if (fact.Multiple is not StatedFigure multiple || fact.Value is not StatedFigure current)
        {
            return;
        }
        if (PreviousLevel(fact) is ReportFact previous && TryAlign(fact, previous, out var now, out var before, out var unit))
        {
            Add(Consistency.Multiple(now, before, multiple, fact.MultipleIsGrowth, policy), unit, fact, previous);
        }
        // A count's multiple as a growth in percent (增长x倍 is 100x%, 是x倍 100(x − 1)%), when that keeps its interval:
        // an exact multiple, or one stated to hundredths (1.79倍 is 179% at no decimals); 3倍 stands for [2.5, 3.5).
        if (IsCount(fact) && (multiple.IsExact || multiple.Decimals >= 2) && multiple.Qualifier == Qualifier.None
            && Rounding.TrySnap(multiple.Value, out var times) && Math.Abs(times) < 1e20m)
        {
            var percent = (double)(times * 100 - (fact.MultipleIsGrowth ? 0 : 100));
            var growth = multiple.IsExact ? StatedFigure.Exact(percent) : StatedFigure.Rounded(percent, multiple.Decimals!.Value - 2);
            Add(Consistency.CountBase(current, growth, policy), fact.Unit, fact);
        }
    }

    private void CheckShare(ReportFact fact)
    {
        if (fact.Share is not StatedFigure share)
        {
            return;
        }
        // A floor (60%以上, 突破, 超过) claims only that the share reaches it: plausible when the floor is at most 100%.
        var claimed = share.Qualifier is Qualifier.AtLeast or Qualifier.Breakthrough or Qualifier.MoreThan
            ? share.IsExact ? StatedFigure.Exact(share.Value) : StatedFigure.Rounded(share.Value, share.Decimals!.Value)
            : share;
        Add(Consistency.ShareAtMostWhole(claimed, policy), "%", fact);
        Add(Consistency.YearPasted(share, isRate: true, referenceYear), "%", fact);
        if (fact.Value is not StatedFigure part)
        {
            return;
        }
        WithBase(fact, WholeOfShare(fact), share, Consistency.Share);
        if (IsCount(fact))
        {
            Add(Consistency.CountWhole(part, share, policy), fact.Unit, fact);
        }
    }

    private void CheckCompletion(ReportFact fact)
    {
        if (fact.Completion is StatedFigure completion)
        {
            Add(Consistency.YearPasted(completion, isRate: true, referenceYear), "%", fact);
            CheckAgainstTarget(fact, completion, Consistency.Completion);
            // 时间过半、任务过半: the completion of a total from January to a month inside the year is at least that month's share of it.
            if (fact.AheadOfSchedule == true && MonthsFromJanuary(fact.Period) is int months)
            {
                Add(Consistency.Pacing(completion, months, null, policy), "%", fact);
            }
        }
        if (fact.Overfulfilment is StatedFigure overfulfilment)
        {
            Add(Consistency.YearPasted(overfulfilment, isRate: true, referenceYear), "%", fact);
            CheckAgainstTarget(fact, overfulfilment, Consistency.Overfulfilment);
        }
    }

    private void CheckAgainstTarget(
        ReportFact fact, StatedFigure stated, Func<StatedFigure, StatedFigure?, StatedFigure, ConsistencyPolicy, ConsistencyCheck> check)
    {
        if (fact.Value is not null)
        {
            var target = facts.FirstOrDefault(t => t != fact && t.Kind == ReportFactKind.Target && t.Value is not null
                                                   && SameIndicator(t, fact) && t.Period == fact.Period);
            WithBase(fact, target, stated, check);
        }
    }

    /// <summary>
    /// A check of a fact's stated result against its level and the level of another fact (the previous year's, the whole,
    /// the target) in one unit; without that fact, or in a unit that cannot be compared, the check's unverifiable form,
    /// which says what the base would have to be.
    /// </summary>
    private void WithBase(
        ReportFact fact, ReportFact? other, StatedFigure stated, Func<StatedFigure, StatedFigure?, StatedFigure, ConsistencyPolicy, ConsistencyCheck> check)
    {
        if (other is not null && TryAlign(fact, other, out var level, out var baseLevel, out var unit))
        {
            Add(check(level, baseLevel, stated, policy), unit, fact, other);
        }
        else
        {
            Add(check(fact.Value!.Value, null, stated, policy), fact.Unit, fact);
        }
    }

    private void CheckPoints(ReportFact fact)
    {
        if (fact.PercentagePoints is not StatedFigure points)
        {
            return;
        }
        Add(Consistency.YearPasted(points, isRate: true, referenceYear), "个百分点", fact);
        if (fact.Value is not StatedFigure rate || fact.Unit != "%" || fact.Period is not ReportingPeriod period)
        {
            return;
        }
        // Consecutive periods: the same period a year earlier (提高…个百分点 in an annual report), else the one just before.
        var earlier = EarlierFact(fact, period, f => f.Value is not null && f.Unit == "%" && f.Kind != ReportFactKind.Target);
        if (earlier is not null)
        {
            Add(Consistency.PercentagePoints(rate, earlier.Value!.Value, points, policy), "%", fact, earlier);
        }
    }

    private void CheckRank(ReportFact fact)
    {
        if (fact.RankChange is not int change || fact.Period is not ReportingPeriod period)
        {
            return;
        }
        var current = fact.Rank is not null ? fact
            : facts.FirstOrDefault(f => f != fact && f.Rank is not null && SameIndicator(f, fact) && f.Period == period);
        var earlier = EarlierFact(fact, period, f => f.Rank is not null);
        if (current?.Rank is int now && earlier?.Rank is int before && now >= 1 && before >= 1)
        {
            Add(Consistency.RankChange(before, now, change), null, Distinct(earlier, current, fact));
        }
    }

    private void CheckYearToDate(ReportFact fact)
    {
        if (fact.Value is null || fact.Period is not { Kind: ReportingPeriodKind.YearToDate } total)
        {
            return;
        }
        foreach (var month in facts)
        {
            if (month != fact && month.Value is not null && month.Period is { Kind: ReportingPeriodKind.Month } m
                && m.Start >= total.Start && m.End <= total.End && SameIndicator(month, fact)
                && TryAlign(month, fact, out var part, out var whole, out var unit))
            {
                Add(Consistency.YearToDate(part, whole, policy), unit, month, fact);
            }
        }
    }

    private void CheckStock(ReportFact stock)
    {
        if (stock.Kind != ReportFactKind.Cumulative || stock.Value is null || stock.Period is not ReportingPeriod period
            || !TryPreviousYear(period, out var before))
        {
            return;
        }
        // 新增14家 in the period, 累计达76家 at its end, and the stock the year before: previous + flow = stock.
        var flow = facts.FirstOrDefault(f => f != stock && f.Kind == ReportFactKind.Actual && f.Value is not null && SameIndicator(f, stock) && f.Period == period);
        var previous = facts.FirstOrDefault(f => f != stock && f.Kind == ReportFactKind.Cumulative && f.Value is not null && SameIndicator(f, stock) && f.Period == before);
        if (flow is not null && previous is not null && flow.Unit == stock.Unit && previous.Unit == stock.Unit)
        {
            Add(Consistency.Stock(previous.Value!.Value, flow.Value!.Value, stock.Value!.Value, policy), stock.Unit, previous, flow, stock);
        }
    }

    private void CheckParts(ReportFact fact)
    {
        if (fact.Parent is ReportFact whole && !whole.IsMissing && fact.Value is not null && whole.Value is not null
            && TryAlign(fact, whole, out var part, out var ofWhole, out var partUnit))
        {
            Add(Consistency.PartOfWhole(part, ofWhole, policy), partUnit, fact, whole);
        }
        if (fact.Value is not StatedFigure sum)
        {
            return;
        }
        // The parts of this whole in one unit (the first part's): two or more are checked together against it.
        var parts = facts.Where(f => f.Parent == fact && f.Value is not null).ToArray();
        var alike = parts.Where(f => f.Unit == parts[0].Unit).ToArray();
        if (alike.Length < 2)
        {
            return;
        }
        var figures = new StatedFigure[alike.Length];
        var (total, unit) = (sum, fact.Unit);
        for (var i = 0; i < alike.Length; i++)
        {
            // The parts share one unit, so the whole comes out of each alignment the same.
            if (!TryAlign(alike[i], fact, out figures[i], out total, out unit))
            {
                return;
            }
        }
        Add(Consistency.Parts(total, figures, complete: false, policy), unit, [fact, .. alike]);
    }

    /// <summary>The level a fact's growth or multiple is measured from: the same indicator, the previous year's same kind of period, not a target.</summary>
    private ReportFact? PreviousLevel(ReportFact fact)
    {
        if (fact.Period is not ReportingPeriod period || !TryPreviousYear(period, out var before))
        {
            return null;
        }
        // A stock grows from a stock, a flow from a flow; an actual is a better base than an estimate.
        var stock = fact.Kind == ReportFactKind.Cumulative;
        var candidates = facts.Where(f => f != fact && f.Value is not null && f.Period == before && SameIndicator(f, fact)
                                          && f.Kind != ReportFactKind.Target && (f.Kind == ReportFactKind.Cumulative) == stock);
        return candidates.OrderBy(f => f.Kind == ReportFactKind.Estimate ? 1 : 0).FirstOrDefault();
    }

    /// <summary>The whole a share is of: a fact of the same period named as the share's whole, else the fact's 其中 parent.</summary>
    private ReportFact? WholeOfShare(ReportFact fact)
    {
        if (fact.ShareOf is not string name)
        {
            return fact.Parent is { IsMissing: false, Value: not null } parent ? parent : null;
        }
        var code = ReportVocabulary.Standard.CodeOf(name);
        return facts.FirstOrDefault(f => f != fact && f.Value is not null && f.Period == fact.Period && f.Kind != ReportFactKind.Target
                                         && (f.Indicator == name || (f.Code is not null && (f.Code == name || f.Code == code))));
    }

    /// <summary>A fact of the same indicator in the same period a year earlier, else in the period just before.</summary>
    private ReportFact? EarlierFact(ReportFact fact, ReportingPeriod period, Func<ReportFact, bool> usable)
    {
        foreach (var before in Earlier(period))
        {
            var found = facts.FirstOrDefault(f => f != fact && f.Period == before && SameIndicator(f, fact) && usable(f));
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }

    private static IEnumerable<ReportingPeriod> Earlier(ReportingPeriod period)
    {
        if (TryPreviousYear(period, out var lastYear))
        {
            yield return lastYear;
        }
        if (period.Start.Year > 1 && period.Kind != ReportingPeriodKind.Year && period.Kind != ReportingPeriodKind.FiveYearPlan)
        {
            yield return period.PreviousPeriod();
        }
    }

    private static bool TryPreviousYear(ReportingPeriod period, out ReportingPeriod before)
    {
        var possible = period.Kind != ReportingPeriodKind.FiveYearPlan && period.Start.Year > 1;
        before = possible ? period.SamePeriodPreviousYear() : default;
        return possible;
    }

    /// <summary>The months from January of a period that starts on 1 January and ends inside its year (1-6月, 上半年, 一季度); null otherwise.</summary>
    private static int? MonthsFromJanuary(ReportingPeriod? period) =>
        period is ReportingPeriod p && p.Kind is not (ReportingPeriodKind.Year or ReportingPeriodKind.FiveYearPlan)
        && p.Start.Month == 1 && p.Start.Day == 1 && p.Start.Year == p.End.Year && p.Months is int months and >= 1 and < 12
            ? months
            : null;

    private static bool SameIndicator(ReportFact a, ReportFact b) =>
        a.Code is not null && b.Code is not null ? a.Code == b.Code : a.Indicator == b.Indicator;

    private static bool IsCount(ReportFact fact) => fact.Unit is string unit && CountUnits.Contains(unit);

    private static ReportFact[] Distinct(params ReportFact[] used) => used.Distinct().ToArray();

    /// <summary>
    /// The two facts' values in one unit: as they are when their units are the same, else both in the larger of two units
    /// a power of ten apart (5000万元 → 0.5000亿元: the interval is the same amount). False when no such unit exists.
    /// </summary>
    private static bool TryAlign(ReportFact first, ReportFact second, out StatedFigure a, out StatedFigure b, out string? unit)
    {
        (a, b, unit) = (first.Value!.Value, second.Value!.Value, first.Unit);
        if (first.Unit == second.Unit)
        {
            return true;
        }
        if (first.Unit is null || second.Unit is null || !TryPowerOfTen(first.Unit, second.Unit, out var exponent))
        {
            return false;
        }
        // 1 first = 10^exponent second: put the figure in the smaller unit into the larger.
        if (exponent > 0)
        {
            return TryScaleDown(b, exponent, out b);
        }
        unit = second.Unit;
        return TryScaleDown(a, -exponent, out a);
    }

    /// <summary>Whether 1 <paramref name="from"/> is 10^<paramref name="exponent"/> <paramref name="to"/> (亿元 → 万元: 4).</summary>
    private static bool TryPowerOfTen(string from, string to, out int exponent)
    {
        exponent = 0;
        if (!Unit.Parse(from).TryGetValue(out var source) || !Unit.Parse(to).TryGetValue(out var target) || !source.CanConvertTo(target)
            || source.Dimension.Kind == DimensionKind.Quotient)
        {
            return false;
        }
        var factor = Quantity.Of(1, source).ConvertTo(target).Value;
        var power = Math.Round(Math.Log10(factor));
        exponent = (int)power;
        return factor > 0 && Math.Abs(factor - Math.Pow(10, power)) <= 1e-9 * factor && exponent != 0;
    }

    /// <summary>The figure divided by 10^<paramref name="exponent"/> in decimal, with that many more decimals, so that it stands for the same amount.</summary>
    private static bool TryScaleDown(StatedFigure figure, int exponent, out StatedFigure scaled)
    {
        scaled = figure;
        if (!Rounding.TrySnap(figure.Value, out var exact) || exponent > 20)
        {
            return false;
        }
        var value = (double)(exact / (decimal)Math.Pow(10, exponent));
        if (figure.IsExact)
        {
            scaled = StatedFigure.Exact(value, figure.Qualifier);
            return true;
        }
        var decimals = figure.Decimals!.Value + exponent;
        if (decimals > Rounding.MaxDecimals)
        {
            return false;
        }
        scaled = StatedFigure.Rounded(value, decimals, figure.Qualifier);
        return true;
    }

    private void Add(ConsistencyCheck check, string? unit, params ReportFact[] used) => checks.Add(new AuditFinding(check, used, unit));
}
