using static Indicators.Diagnostic;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13: score(S) and rank(S), and the expressions of data triggers (per …, when …).
internal sealed partial class Binder
{
    // A trigger of a base scheme is composed into each scheme that extends it: bound (and reported) once.
    private readonly Dictionary<RuleTrigger, (BoundExpression? Expression, double Factor)> boundTriggers = new(ReferenceEqualityComparer.Instance);

    /// <summary><c>score(S)</c>, <c>rank(S)</c>: S a scheme of these rules (RL2041 otherwise, with a suggestion).</summary>
    private BoundExpression? BindSchemeResult(CallExpression call)
    {
        if (call.Arguments[0] is not NameReference name)
        {
            Report(call.Arguments[0], "RL2006", "the argument of " + call.Function + "() must be a scheme's name",
                "函数" + call.Function + "的参数应为考核方案的名称");
            return null;
        }
        if (!rules.Schemes.Any(s => s.Name == name.Name))
        {
            var (en, zh) = DidYouMean('s', name.Name, () => rules.Schemes.Select(s => s.Name));
            return Error(name, "RL2041", "unknown scheme '" + Window(name.Name) + "' in " + call.Function + "()" + en,
                call.Function + "()中的考核方案“" + Window(name.Name) + "”不存在" + zh);
        }
        return new BoundSchemeResult(call, name.Name, call.Function == "rank");
    }

    /// <summary>The indicator a name reaches, without reporting (the name was reported where it was bound), or null.</summary>
    internal PlanSlot? Find(string name) =>
        declared.GetValueOrDefault(name) ?? (FindInCatalogue(name) is { } d ? catalogueSlots.GetValueOrDefault(d.Code) : null);

    /// <summary>
    /// Binds a trigger's expression: <c>per</c> a number or a count (RL2040 otherwise), <c>when</c> a truth value
    /// (RL2014 otherwise); null after reporting. Also gives the events per unit of a count's value (10000 for 万家).
    /// </summary>
    internal (BoundExpression? Expression, double Factor) BindTrigger(RuleTrigger trigger, string item, string itemZh, string code)
    {
        if (boundTriggers.TryGetValue(trigger, out var done))
        {
            return done;
        }
        var result = BindTriggerOnce(trigger, item, itemZh, code);
        boundTriggers[trigger] = result;
        return result;
    }

    private (BoundExpression?, double) BindTriggerOnce(RuleTrigger trigger, string item, string itemZh, string code)
    {
        if (TooDeepToBind(trigger.Expression) || BindRoot(trigger.Expression) is not { } bound)
        {
            return (null, 1);
        }
        var type = bound.Type;
        if (trigger.Kind == RuleTriggerKind.When)
        {
            if (type.Kind == RuleTypeKind.Boolean)
            {
                return (bound, 1);
            }
            Report(trigger.Expression, "RL2014", "the condition after 'when' in " + item + " '" + Window(code) + "' is " + type + ", not a truth value",
                itemZh + "“" + Window(code) + "”中“when”后的条件是" + type.Describe(ExplanationLanguage.Chinese) + "，不是真假值");
            return (null, 1);
        }
        if (type.Kind == RuleTypeKind.Number && !bound.PerMille)
        {
            return (bound, 1);
        }
        if (type.Kind == RuleTypeKind.Quantity && type.Unit is { Dimension.Kind: DimensionKind.Count } unit)
        {
            return (bound, unit.ScaleNumerator / unit.ScaleDenominator);
        }
        Report(trigger.Expression, "RL2040",
            "the count after 'per' in " + item + " '" + Window(code) + "' is " + type + "; it must be a number of events (a plain number or a count such as 家, 个)",
            itemZh + "“" + Window(code) + "”中“per”后的次数是" + type.Describe(ExplanationLanguage.Chinese) + "，应为事项数（无单位数值或家、个等计数）");
        return (null, 1);
    }

    /// <summary>RL4001 for a trigger nested deeper than the limit (checked without recursion, as formulas are).</summary>
    private bool TooDeepToBind(RuleExpression root)
    {
        var limit = environment.Limits.MaxNestingDepth;
        var stack = new Stack<(RuleExpression Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.TryPop(out var entry))
        {
            if (entry.Depth > limit)
            {
                Report(entry.Node, "RL4001", Invariant($"the expression is nested deeper than the limit of {limit}"), Invariant($"表达式嵌套超过上限{limit}层"));
                return true;
            }
            foreach (var child in Children(entry.Node))
            {
                stack.Push((child, entry.Depth + 1));
            }
        }
        return false;
    }

    /// <summary>The schemes a bound tree reads through <c>score()</c>/<c>rank()</c>, directly or through derived indicators
    /// (whose reads <paramref name="derivedReads"/> holds), without recursion.</summary>
    internal static void SchemesIn(BoundExpression root, Dictionary<PlanSlot, HashSet<string>> derivedReads, HashSet<string> into)
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(root);
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case BoundSchemeResult result:
                    into.Add(result.Scheme);
                    break;
                case BoundIndicator indicator when derivedReads.TryGetValue(indicator.Slot, out var reads):
                    into.UnionWith(reads);
                    break;
                case BoundConvert convert:
                    stack.Push(convert.Operand);
                    break;
                case BoundUnary unary:
                    stack.Push(unary.Operand);
                    break;
                case BoundBinary binary:
                    stack.Push(binary.Left);
                    stack.Push(binary.Right);
                    break;
                case BoundCall call:
                    foreach (var argument in call.Arguments)
                    {
                        stack.Push(argument);
                    }
                    break;
            }
        }
    }

    /// <summary>The schemes each derived indicator reads, directly or through the derived indicators it uses (in evaluation order, so each is known before it is used).</summary>
    internal Dictionary<PlanSlot, HashSet<string>> DerivedSchemeReads()
    {
        var reads = new Dictionary<PlanSlot, HashSet<string>>();
        foreach (var slot in derivedOrder)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            SchemesIn(slot.Formula!, reads, set);
            reads[slot] = set;
        }
        return reads;
    }

    internal IEnumerable<BoundCheck> BoundCheckList => checks;
}
