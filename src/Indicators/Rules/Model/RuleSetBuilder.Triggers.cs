using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13: bonus, deduction and veto items triggered from data, as the text writes them with per … and when ….
public sealed partial class RuleSchemeBuilder
{
    /// <summary>A bonus item triggered from data (数据触发加分项): <c>bonus 试点 "国家级试点示范" 0.5 once when 国家级试点 &gt; 0;</c>.</summary>
    /// <param name="code">The item's code.</param>
    /// <param name="itemTitle">The item's wording.</param>
    /// <param name="points">Points per event, or once.</param>
    /// <param name="trigger">The trigger: <see cref="RuleTrigger.Per"/> (a count) or <see cref="RuleTrigger.When"/> (a condition).</param>
    /// <param name="kind">Per event (<c>each</c>) or once.</param>
    /// <param name="cap">The item's cap, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="itemTitle"/> or <paramref name="trigger"/> is null.</exception>
    public RuleSchemeBuilder Bonus(string code, string itemTitle, double points, RuleTrigger trigger, BonusKind kind = BonusKind.PerEvent, double? cap = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(itemTitle);
        Guard.Against.Null(trigger);
        bonuses.Add(new BonusDeclaration(code, itemTitle, points, kind, cap) { Trigger = trigger });
        return this;
    }

    /// <summary>A deduction item triggered from data (数据触发扣分项): <c>deduction 环保督察 "中央生态环保督察反馈问题" 0.3 per 环保问题数;</c>.</summary>
    /// <param name="code">The item's code.</param>
    /// <param name="itemTitle">The item's wording.</param>
    /// <param name="pointsPerEvent">Points deducted per event.</param>
    /// <param name="trigger">The trigger: <see cref="RuleTrigger.Per"/> (a count) or <see cref="RuleTrigger.When"/> (a condition).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="itemTitle"/> or <paramref name="trigger"/> is null.</exception>
    public RuleSchemeBuilder Deduction(string code, string itemTitle, double pointsPerEvent, RuleTrigger trigger)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(itemTitle);
        Guard.Against.Null(trigger);
        deductions.Add(new DeductionDeclaration(code, itemTitle, pointsPerEvent) { Trigger = trigger });
        return this;
    }

    /// <summary>A veto rule triggered from data (数据触发一票否决): <c>veto 重大事故 "…" exclude when 重大生产安全事故 &gt; 0;</c>.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="ruleTitle">The rule's wording.</param>
    /// <param name="form">What the veto does.</param>
    /// <param name="trigger">The condition (<see cref="RuleTrigger.When"/>).</param>
    /// <param name="gradeCap">The best grade allowed, for <see cref="VetoForm.CapGrade"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="ruleTitle"/> or <paramref name="trigger"/> is null.</exception>
    public RuleSchemeBuilder Veto(string code, string ruleTitle, VetoForm form, RuleTrigger trigger, string? gradeCap = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(ruleTitle);
        Guard.Against.Null(trigger);
        vetoes.Add(new VetoDeclaration(code, ruleTitle, form, gradeCap) { Trigger = trigger });
        return this;
    }
}
