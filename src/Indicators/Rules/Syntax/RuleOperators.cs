namespace Indicators.Rules.Syntax;

/// <summary>
/// The one table of the expression grammar's operators — binding strength, the strength each operand needs
/// (associativity), the symbols — and the one rule for when a name needs brackets. The one expression writer
/// (<see cref="RulePrinter"/>) decides with it in both its styles (<see cref="RuleTextStyle"/>): the canonical text and
/// the explanation text (<see cref="RuleExpressionText"/>) differ only in layout (spacing around <c>^</c>, <c>…</c> for
/// long or deep formulas) and in how a number's sign is written.
/// </summary>
internal static class RuleOperators
{
    // Binding strength of each form, loosest first (the grammar's levels): an operand written where a stronger
    // level is required gets parentheses.
    internal const int OrLevel = 1;
    internal const int AndLevel = 2;
    internal const int NotLevel = 3;
    internal const int ComparisonLevel = 4;
    internal const int AdditiveLevel = 5;
    internal const int TermLevel = 6;
    internal const int UnaryLevel = 7;
    internal const int PowerLevel = 8;
    internal const int PrimaryLevel = 9;

    /// <summary>The level of an expression's form; a number literal is primary (a writer decides where its sign
    /// goes).</summary>
    internal static int Level(RuleExpression expression) => expression switch
    {
        RuleUnaryExpression unary => Level(unary.Operator),
        RuleBinaryExpression binary => Level(binary.Operator),
        _ => PrimaryLevel,
    };

    /// <summary>The level of a unary operator, which is also the level its operand needs.</summary>
    internal static int Level(RuleUnaryOperator op) => op == RuleUnaryOperator.Not ? NotLevel : UnaryLevel;

    /// <summary>The level of a binary operator.</summary>
    internal static int Level(RuleBinaryOperator op) => op switch
    {
        RuleBinaryOperator.Or => OrLevel,
        RuleBinaryOperator.And => AndLevel,
        RuleBinaryOperator.Add or RuleBinaryOperator.Subtract => AdditiveLevel,
        RuleBinaryOperator.Multiply or RuleBinaryOperator.Divide => TermLevel,
        RuleBinaryOperator.Power => PowerLevel,
        _ => ComparisonLevel,
    };

    /// <summary>The levels the two operands need: left-associative operators need a stronger right operand, '^'
    /// (right-associative) a primary on its left and a unary on its right, comparisons do not chain.</summary>
    internal static (int Left, int Right) Operands(RuleBinaryOperator op) => op switch
    {
        RuleBinaryOperator.Or => (OrLevel, AndLevel),
        RuleBinaryOperator.And => (AndLevel, NotLevel),
        RuleBinaryOperator.Add or RuleBinaryOperator.Subtract => (AdditiveLevel, TermLevel),
        RuleBinaryOperator.Multiply or RuleBinaryOperator.Divide => (TermLevel, UnaryLevel),
        RuleBinaryOperator.Power => (PrimaryLevel, UnaryLevel),
        RuleBinaryOperator.Less or RuleBinaryOperator.LessOrEqual or RuleBinaryOperator.Greater or RuleBinaryOperator.GreaterOrEqual
            or RuleBinaryOperator.Equal or RuleBinaryOperator.NotEqual => (AdditiveLevel, AdditiveLevel),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    /// <summary>The operator's text, without spaces.</summary>
    internal static string Symbol(RuleBinaryOperator op) => op switch
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
        RuleBinaryOperator.Or => "or",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    /// <summary>A name as written: plain when it reads back as itself, otherwise in brackets.</summary>
    internal static string Name(string name) => RuleSyntax.IsPlainName(name) ? name : "[" + name + "]";

    /// <summary>A function's name before '(': plain also when it is a keyword that is not an operator or a literal
    /// there (<c>target(GDP)</c>), otherwise as <see cref="Name"/>.</summary>
    internal static string FunctionName(string name) =>
        RuleSyntax.IsPlainName(name) || (RuleSyntax.Keywords.Contains(name) && !RuleSyntax.ExpressionWords.Contains(name))
            ? name
            : Name(name);
}
