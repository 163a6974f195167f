using System.Text;

namespace Indicators;

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

    // Binding strength: or 1, and 2, not 3, comparison 4, + - 5, * / 6, unary minus 7, ^ 8, primary 9.
    private static int Strength(RuleExpression e) => e switch
    {
        BinaryExpression b => b.Operator switch
        {
            RuleBinaryOperator.Or => 1,
            RuleBinaryOperator.And => 2,
            RuleBinaryOperator.Add or RuleBinaryOperator.Subtract => 5,
            RuleBinaryOperator.Multiply or RuleBinaryOperator.Divide => 6,
            RuleBinaryOperator.Power => 8,
            _ => 4,
        },
        UnaryExpression u => u.Operator == RuleUnaryOperator.Not ? 3 : 7,
        _ => 9,
    };

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
            var strength = Strength(e);
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
                    text.Append(Name(r.Name));
                    break;
                case UnaryExpression u:
                    text.Append(u.Operator == RuleUnaryOperator.Not ? "not " : "-");
                    pending.Push((u.Operand, strength, null, depth));
                    break;
                case BinaryExpression b:
                    // Left-associative operators keep a right operand of equal strength in parentheses; ^ is right-associative; comparisons do not chain.
                    var rightAssociative = b.Operator == RuleBinaryOperator.Power;
                    var comparison = strength == 4;
                    pending.Push((b.Right, rightAssociative ? strength - 1 : strength + 1, null, depth));
                    pending.Push((null, 0, " " + Symbol(b.Operator) + " ", 0));
                    pending.Push((b.Left, rightAssociative || comparison ? strength + 1 : strength, null, depth));
                    break;
                case CallExpression c:
                    text.Append(c.Function).Append('(');
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

    private static string Name(string name) => RuleFunction.IsName(name) ? name : "[" + name + "]";

    private static string Symbol(RuleBinaryOperator op) => op switch
    {
        RuleBinaryOperator.Add => "+",
        RuleBinaryOperator.Subtract => "-",
        RuleBinaryOperator.Multiply => "*",
        RuleBinaryOperator.Divide => "/",
        RuleBinaryOperator.Power => "^",
        RuleBinaryOperator.Less => "<",
        RuleBinaryOperator.LessOrEqual => "<=",
        RuleBinaryOperator.Greater => ">",
        RuleBinaryOperator.GreaterOrEqual => ">=",
        RuleBinaryOperator.Equal => "==",
        RuleBinaryOperator.NotEqual => "!=",
        RuleBinaryOperator.And => "and",
        _ => "or",
    };
}
