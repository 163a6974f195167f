using Indicators.Assessment;

namespace Indicators.Rules.Syntax;

/// <summary>How a data trigger (数据触发) of a bonus, deduction or veto item reads its expression.</summary>
public enum RuleTriggerKind
{
    /// <summary><c>per EXPR</c>: the number of events is the value of the expression, a whole number ≥ 0 (按数计次).</summary>
    Per = 0,

    /// <summary><c>when COND</c>: one event when the condition holds, none when it does not (条件触发).</summary>
    When = 1,
}

/// <summary>
/// The data trigger of a bonus, deduction or veto item (数据触发条件): <c>per 环保问题数</c> (the count of events is the
/// value of an expression) or <c>when 重大生产安全事故 &gt; 0</c> (one event when the condition holds). The expression is
/// bound and type-checked like a formula; a missing value leaves the item unapplied with the reason in the zone's
/// explanation, never zero.
/// </summary>
/// <param name="Kind">Per (a count) or when (a condition).</param>
/// <param name="Expression">The count (a number or a count quantity) or the condition (a truth value).</param>
public sealed record RuleTrigger(RuleTriggerKind Kind, RuleExpression Expression)
{
    /// <summary><c>per EXPR</c>: as many events as the expression's value.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The trigger.</returns>
    public static RuleTrigger Per(RuleExpression count)
    {
        Guard.Against.Null(count);
        return new(RuleTriggerKind.Per, count);
    }

    /// <summary><c>when COND</c>: one event when the condition holds.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The trigger.</returns>
    public static RuleTrigger When(RuleExpression condition)
    {
        Guard.Against.Null(condition);
        return new(RuleTriggerKind.When, condition);
    }

    /// <summary>The trigger as the rules write it: <c>per 环保问题数</c>, <c>when 重大生产安全事故 &gt; 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Kind == RuleTriggerKind.Per ? "per " : "when ") + RulePrinter.Print(Expression);
}

/// <content>The bonus item's data trigger.</content>
public sealed partial record BonusDeclaration
{
    /// <summary>The data trigger (<c>per …</c> or <c>when …</c>), or <see langword="null"/>: events come with the zone only.</summary>
    public RuleTrigger? Trigger { get; init; }
}

/// <content>The deduction item's data trigger.</content>
public sealed partial record DeductionDeclaration
{
    /// <summary>The data trigger (<c>per …</c> or <c>when …</c>), or <see langword="null"/>: events come with the zone only.</summary>
    public RuleTrigger? Trigger { get; init; }
}

/// <content>The veto rule's data trigger.</content>
public sealed partial record VetoDeclaration
{
    /// <summary>The data trigger (<c>when …</c>), or <see langword="null"/>: the veto comes with the zone only.</summary>
    public RuleTrigger? Trigger { get; init; }
}
