using System.Text;
using Indicators.Rules.Syntax;

namespace Indicators.Rules.Syntax;

/// <summary>Writes an expression as rule text for explanations, with the parentheses its tree needs.</summary>
internal static class RuleExpressionText
{
    /// <summary>The longest expression an explanation writes before "…": every node of a formula shows its own
    /// expression, so without a bound a long formula (raised limits) would cost the square of its length per zone.</summary>
    internal const int MaxLength = 500;

    /// <summary>The deepest node written; a deeper subtree (possible only with raised limits) is written "…", so that
    /// writing one node's expression costs at most this many steps before its text starts.</summary>
    internal const int MaxDepth = 100;

    internal static string Format(RuleExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression, 0);
        return text.ToString();
    }

    /// <summary>Writes depth-first with a stack of pending nodes and texts (no recursion, so any depth is written on any
    /// stack), writes a subtree deeper than <see cref="MaxDepth"/> as "…", and stops with "…" at <see cref="MaxLength"/>.</summary>
    private static void Write(StringBuilder text, RuleExpression root, int needed)
    {
        var pending = new Stack<(RuleExpression? Node, int Needed, string? Text, int Depth)>();
        pending.Push((root, needed, null, 0));
        while (pending.TryPop(out var item))
        {
            if (text.Length > MaxLength)
            {
                Cut(text);
                return;
            }
            if (item.Node is not { } e)
            {
                text.Append(item.Text);
                continue;
            }
            if (item.Depth > MaxDepth)
            {
                text.Append('…');
                continue;
            }
            // A negative literal is written as its number (-5), so it counts as primary here.
            var strength = RuleOperators.Level(e);
            var depth = item.Depth + 1;
            if (strength < item.Needed)
            {
                text.Append('(');
                pending.Push((null, 0, ")", 0));
            }
            switch (e)
            {
                case NumberLiteral n:
                    text.Append(NumberText.Format(n.Value)).Append(n.Unit);
                    break;
                case BooleanLiteral b:
                    text.Append(b.Value ? "true" : "false");
                    break;
                case NameReference r:
                    text.Append(RuleOperators.Name(r.Name));
                    break;
                case RuleUnaryExpression u:
                    text.Append(u.Operator == RuleUnaryOperator.Not ? "not " : "-");
                    pending.Push((u.Operand, strength, null, depth));
                    break;
                case RuleBinaryExpression b:
                    var (left, right) = RuleOperators.Operands(b.Operator);
                    pending.Push((b.Right, right, null, depth));
                    pending.Push((null, 0, " " + RuleOperators.Symbol(b.Operator) + " ", 0));
                    pending.Push((b.Left, left, null, depth));
                    break;
                case CallExpression c:
                    text.Append(RuleOperators.FunctionName(c.Function)).Append('(');
                    pending.Push((null, 0, ")", 0));
                    for (var i = c.Arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push((c.Arguments[i], 0, null, depth));
                        if (i > 0)
                        {
                            pending.Push((null, 0, ", ", 0));
                        }
                    }
                    break;
            }
        }
        if (text.Length > MaxLength)
        {
            Cut(text);
        }
    }

    private static void Cut(StringBuilder text)
    {
        // Never split a surrogate pair.
        text.Length = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        text.Append('…');
    }
}
