using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>Issue 13 (units): what bulk evaluation does not run — a conversion at a stated rate (its rate depends on the zone's
/// year) and counts and sums over records (a dataset holds no records) — named for the caller, who evaluates per zone.</summary>
internal static class RuleBulkUnits
{
    internal static string Unsupported(BoundExpression node) => node is BoundExchange
        ? "Bulk evaluation does not convert currencies at the rules' rates ('" + RuleExpressionText.Format(node.Syntax) + "'); evaluate per zone (RulePlan.Evaluate)."
        : "Bulk evaluation does not count or sum records ('" + RuleExpressionText.Format(node.Syntax) + "'); evaluate per zone (RulePlan.Evaluate).";
}
