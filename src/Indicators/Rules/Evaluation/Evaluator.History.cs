namespace Indicators.Rules;

// History beyond last year (issue 13, item 4): previous(x, n ≥ 2), in_year(x, Y) and average(x, n) of a data
// indicator, read from the zone's other years; each year read is a part of the explanation: GDP（2010年）= 120亿元.
internal sealed partial class Evaluator
{
    private static readonly RuleReason DerivedHistoryReason = new(
        "a derived indicator's value for last year reaches only one year back (no history before it)",
        "派生指标的上年值只能向前取一年（不含更早的历史数据）");

    /// <summary>A data indicator's value <paramref name="lag"/> (≥ 2) years before this period.</summary>
    private (double, RuleReason?) Back(PlanSlot slot, int lag, List<RuleExplanation>? parts)
    {
        var found = zone.TryGetBack(slot.Names, lag, out var raw);
        return Part(slot, found, raw, zone.Year - lag, lag, parts);
    }

    private (double, RuleReason?) History(BoundHistory history, int lag, List<RuleExplanation>? parts)
    {
        if (lag > 0)
        {
            // Only this period's evaluation reads history; a derived indicator evaluated for last year (previous(D),
            // growth(D)) sees last year and the year before, as bulk evaluation does.
            return (double.NaN, DerivedHistoryReason);
        }
        var slot = history.Slot;
        if (history.Kind == HistoryKind.InYear)
        {
            var found = zone.TryGetInYear(slot.Names, history.Number, out var raw);
            return Part(slot, found, raw, history.Number, 0, parts);
        }
        // Summed from this year back, then divided by n, missing-in missing-out and an overflow missing at each step, as
        // the bulk program (loads, adds, a division) computes it.
        var sum = 0.0;
        RuleReason? reason = null;
        for (var k = 0; k < history.Number; k++)
        {
            var found = zone.TryGetBack(slot.Names, k, out var raw);
            var (value, missing) = Part(slot, found, raw, zone.Year - k, k, parts);
            reason ??= missing;
            sum = k == 0 ? value : Finite(sum + value);
        }
        if (reason is not null)
        {
            return (double.NaN, reason);
        }
        var mean = Finite(sum / history.Number);
        return double.IsNaN(mean) ? (double.NaN, RuleReason.OutOfRange) : (mean, null);
    }

    /// <summary>An overflow is missing, as in the bulk program's additions and division.</summary>
    private static double Finite(double x) => double.IsInfinity(x) ? double.NaN : x;

    /// <summary>One year's value of <paramref name="slot"/> (inside, or missing naming the year), added to the explanation as <c>GDP（2010年）</c>.</summary>
    private static (double, RuleReason?) Part(PlanSlot slot, bool found, double raw, int? year, int lag, List<RuleExplanation>? parts)
    {
        var label = year is int y ? Binder.Invariant($"{slot.Name}（{y}年）") : Binder.Invariant($"{slot.Name}（{lag}年前）");
        var value = found ? raw * slot.InsideFactor : double.NaN;
        RuleReason? reason = null;
        if (double.IsNaN(value))
        {
            reason = year is int missingYear
                ? new RuleReason(Binder.Invariant($"missing {slot.Name} of {missingYear}"), Binder.Invariant($"缺少{slot.Name}（{missingYear}年）"))
                : new RuleReason(Binder.Invariant($"missing {slot.Name} {lag} years back (the zone's year is not given)"), Binder.Invariant($"缺少{slot.Name}（{lag}年前；未给出本期所属年度）"));
        }
        if (parts is not null)
        {
            var shown = double.IsNaN(value) ? (double?)null : slot.Type.Shown(value);
            parts.Add(new RuleExplanation(label, shown, shown is null ? null : Text(shown.Value, slot.Type, slot.Type.Unit), reason, []));
        }
        return (value, reason);
    }
}
