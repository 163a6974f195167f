using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13: the data trigger of a bonus, deduction or veto item (per EXPR, when COND).
internal sealed partial class RuleParser
{
    /// <summary>
    /// An optional <c>per EXPR</c> (bonus and deduction items: the count of events) or <c>when COND</c> (one event when
    /// the condition holds), or null when the next word is neither. The expression is read as a check's condition is,
    /// so it ends at the keyword or <c>;</c> after it.
    /// </summary>
    private RuleTrigger? ParseTrigger(bool perAllowed)
    {
        if (!Current.IsKeyword("when") && !(perAllowed && Current.IsKeyword("per")))
        {
            return null;
        }
        var start = Current.Start;
        var kind = Take().Text == "per" ? RuleTriggerKind.Per : RuleTriggerKind.When;
        var expression = ParseExpression(0);
        return Mark(new RuleTrigger(kind, expression), start);
    }
}
