using static Indicators.Diagnostic;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// Issue 13's scoring arguments: a points parameter written with <c>%</c> is a share of the entry's own weight
/// (<c>base_step(base: 80%, …)</c> for "持平得80%"), and <c>ratio_to</c>'s stated reference is checked and read in the
/// indicator's unit.
/// </summary>
internal sealed partial class SchemeBinder
{
    /// <summary>What an argument's <c>%</c> resolves against: the entry, the points it is worth (null when unknown) and its indicator.</summary>
    private readonly record struct EntryContext(ScoredIndicatorDeclaration Entry, double? Points, PlanSlot? Slot);

    /// <summary>
    /// The points the entry is worth as declared: its points, or for a 赋权 multiplier the category weight × multiplier ÷
    /// the sum of the category's multipliers, as the scheme builder computes them; null when that is not known here (no
    /// weight, a category without a weight, or points and multipliers mixed, each reported elsewhere).
    /// </summary>
    private static double? EntryPoints(ComposedCategory category, ScoredIndicatorDeclaration entry)
    {
        if (entry.Weight is not { } weight)
        {
            return null;
        }
        if (!weight.IsMultiplier)
        {
            return weight.Value;
        }
        if (category.Weight is not double categoryWeight || !category.Entries.TrueForAll(e => e.Weight is { IsMultiplier: true }))
        {
            return null;
        }
        var points = SchemeCategoryBuilder.MultiplierPoints(categoryWeight, weight.Value, category.Entries.Sum(e => e.Weight!.Value.Value));
        return double.IsFinite(points) ? points : null;
    }

    /// <summary>
    /// Reads an argument written with <c>%</c> where it does not mean a fraction: in a points parameter of a built-in method
    /// it is that share of the entry's points (RL2031 when they are not known), and in <c>ratio_to</c>'s reference it is the
    /// number as written for an indicator in % (RL2032 for any other). False when the argument is read as usual.
    /// </summary>
    /// <param name="reference">The method as written.</param>
    /// <param name="argument">The argument.</param>
    /// <param name="parameter">The parameter it binds to.</param>
    /// <param name="context">The entry.</param>
    /// <param name="value">The number, or null when a diagnostic was reported.</param>
    private bool TryPercentArgument(ScoringMethodReference reference, RuleArgument argument, string parameter, EntryContext context, out double? value)
    {
        value = null;
        var (percent, negative) = argument.Value switch
        {
            NumberLiteral { Unit: "%" } n => (n.Value, false),
            RuleUnaryExpression { Operator: RuleUnaryOperator.Negate, Operand: NumberLiteral { Unit: "%" } n } => (n.Value, true),
            _ => (double.NaN, false),
        };
        if (double.IsNaN(percent))
        {
            return false;
        }
        var written = (negative ? "-" : "") + NumberText.Format(percent) + "%";
        var indicator = Window(context.Entry.Indicator);
        var method = Window(reference.Name);
        if (reference.Name == "ratio_to" && parameter == "reference")
        {
            if (context.Slot is { } slot && slot.Type.Kind != RuleTypeKind.Percent)
            {
                binder.Report(argument, "RL2032",
                    "ratio_to(): the reference '" + written + "' is in %, but indicator '" + indicator + "' is not measured in %; write the reference in the indicator's unit, without '%'",
                    "计分方法ratio_to的参照值“" + written + "”带%，但指标“" + indicator + "”的单位不是%；请按该指标的单位书写，不带“%”");
                return true;
            }
            // An indicator in % holds the percent number (12.5 for 12.5%), as a target written with % does.
            value = negative ? -percent : percent;
            return true;
        }
        if (!BuiltInScoringMethods.IsPoints(reference.Name, parameter))
        {
            return false;
        }
        if (context.Points is not double points)
        {
            binder.Report(argument, "RL2031",
                method + "(): '" + Window(parameter) + ": " + written + "' is a share of the entry's weight, and the points of indicator '" + indicator + "' are not known (give the entry a weight, and its category a weight when it uses multipliers)",
                "计分方法" + method + "的参数“" + Window(parameter) + ": " + written + "”是该条目权重的百分比，但指标“" + indicator + "”的分值未知（请给出条目的权重；使用赋权系数时还需给出类别权重）");
            return true;
        }
        value = (negative ? -percent : percent) * points / 100;
        return true;
    }

    /// <summary>RL2030 when <c>ratio_to</c> is given a stated reference of 0 or below, which no value can be divided by; true when it is not.</summary>
    private bool StatedReferenceFits(ScoringMethodReference reference, Dictionary<string, (double? Number, string? Word)> values)
    {
        if (reference.Name != "ratio_to" || !values.TryGetValue("reference", out var given) || given.Number is not double stated || stated > 0)
        {
            return true;
        }
        binder.Report(reference, "RL2030",
            "ratio_to(): the stated reference " + NumberText.Format(stated) + " is not positive; the points are weight × value ÷ reference, which needs a reference above 0 (or write best, mean, median or total)",
            "计分方法ratio_to的参照值" + NumberText.Format(stated) + "不为正：得分 = 权重 × 实际值 ÷ 参照值，参照值须大于0（或写best、mean、median、total）");
        return false;
    }

    /// <summary>RL3030 when <c>ratio_to(total)</c> scores a reverse indicator: a share of the total is better when larger; true when it does not.</summary>
    private bool RatioToFits(ScoredIndicatorDeclaration entry, string category, PlanSlot slot, IScoringMethod method)
    {
        if (method is not RatioToScoring { IsRelative: true, Reference: RelativeReference.Total } || slot.Polarity != Polarity.Reverse)
        {
            return true;
        }
        binder.Report(entry, "RL3030",
            "indicator '" + Window(entry.Indicator) + "' in category '" + Window(category) + "' is reverse (lower is better), so ratio_to(total), a share of the total that is better when larger, cannot score it; use best, mean, median or a stated reference",
            "类别“" + Window(category) + "”中的指标“" + Window(entry.Indicator) + "”为逆向指标（越低越好），不能用ratio_to(total)（占合计的比重，越大越好）计分；请改用best、mean、median或给定参照值");
        return false;
    }
}
