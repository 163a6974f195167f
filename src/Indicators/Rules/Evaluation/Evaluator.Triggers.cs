namespace Indicators.Rules;

// Issue 13: other schemes' results (score(S), rank(S)) and the values of the schemes' data triggers.
internal sealed partial class Evaluator
{
    /// <summary>Another scheme's total or rank for this zone and period; missing when the zone brings none, or for the previous year.</summary>
    private (double, RuleReason?) SchemeResult(BoundSchemeResult node, int lag)
    {
        var scheme = Diagnostic.Window(node.Scheme);
        if (lag > 0)
        {
            return (double.NaN, new RuleReason("no result of scheme " + scheme + " for the previous year", "缺少考核方案" + scheme + "上年的结果"));
        }
        if (!zone.SchemeResults.TryGetValue(node.Scheme, out var result))
        {
            return (double.NaN, new RuleReason("no result of scheme " + scheme, "缺少考核方案" + scheme + "的结果"));
        }
        var value = node.IsRank ? result.Rank : result.Total;
        return value is double v
            ? (v, null)
            : (double.NaN, node.IsRank
                ? new RuleReason("scheme " + scheme + " gave no rank (not ranked)", "考核方案" + scheme + "无排名（未参与排名）")
                : new RuleReason("scheme " + scheme + " gave no total", "考核方案" + scheme + "无总分"));
    }

    /// <summary>Every scheme's data triggers for this zone, with their explanations (the values an item's basis shows).</summary>
    private TriggerValue[] Triggers()
    {
        var all = plan.Links.Triggers;
        if (all.Length == 0)
        {
            return [];
        }
        var values = new TriggerValue[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            var parts = new List<RuleExplanation>(1);
            var (value, reason) = Evaluate(all[i].Expression, 0, parts);
            values[i] = new TriggerValue(value, reason, parts[0]);
        }
        return values;
    }
}
