using System.Text;

namespace Indicators.Rules.Syntax;

// Issue 13: the data trigger of a bonus, deduction or veto item.
internal static partial class RulePrinter
{
    /// <summary>Writes <c> per EXPR</c> or <c> when COND</c> after an item's points or form; nothing without a trigger.</summary>
    private static void AppendTrigger(StringBuilder sb, RuleTrigger? trigger)
    {
        if (trigger is null)
        {
            return;
        }
        sb.Append(trigger.Kind == RuleTriggerKind.Per ? " per " : " when ");
        Write(sb, trigger.Expression, RuleTextStyle.Canonical);
    }
}
