using System.Text;

namespace Indicators;

/// <summary>Writes an expression as rule text for explanations, with the parentheses its tree needs.</summary>
internal static class RuleExpressionText
{
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

    private static void Write(StringBuilder text, RuleExpression e, int needed)
    {
        var strength = Strength(e);
        var parenthesize = strength < needed;
        if (parenthesize)
        {
            text.Append('(');
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
                Write(text, u.Operand, strength);
                break;
            case BinaryExpression b:
                // Left-associative operators keep a right operand of equal strength in parentheses; ^ is right-associative; comparisons do not chain.
                var rightAssociative = b.Operator == RuleBinaryOperator.Power;
                var comparison = strength == 4;
                Write(text, b.Left, rightAssociative || comparison ? strength + 1 : strength);
                text.Append(' ').Append(Symbol(b.Operator)).Append(' ');
                Write(text, b.Right, rightAssociative ? strength - 1 : strength + 1);
                break;
            case CallExpression c:
                text.Append(c.Function).Append('(');
                for (var i = 0; i < c.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }
                    Write(text, c.Arguments[i], 0);
                }
                text.Append(')');
                break;
        }
        if (parenthesize)
        {
            text.Append(')');
        }
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
