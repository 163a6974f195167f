using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// A formula being written in C# (公式): a thin wrapper over a <see cref="RuleExpression"/> whose operators build
/// the expression tree, so that <c>Rule.Name("RdSpending") / Rule.Name("OperatingRevenue")</c> gives the same model as
/// the text <c>RdSpending / OperatingRevenue</c>. Converts implicitly to and from <see cref="RuleExpression"/>.
/// </summary>
/// <remarks>
/// <para>C# operators map to the language's: <c>+ - * /</c>, unary <c>-</c>, <c>&lt; &lt;= &gt; &gt;=</c>, and
/// <c>&amp;</c> / <c>|</c> / <c>!</c> for <c>and</c> / <c>or</c> / <c>not</c>. <c>==</c> and <c>!=</c> keep their C#
/// meaning (the formulas are compared by content); write <see cref="EqualTo"/> and <see cref="NotEqualTo"/> for the
/// language's comparisons, and <see cref="Power"/> for <c>^</c> (C#'s <c>^</c> is exclusive or and binds too loosely).</para>
/// <para>A number converts implicitly to a plain number literal: <c>Rule.Name("GDP") * 2</c>.</para>
/// </remarks>
public sealed class RuleFormula : IEquatable<RuleFormula>
{
    private RuleFormula(RuleExpression expression) => Expression = expression;

    /// <summary>The expression built (规则表达式).</summary>
    public RuleExpression Expression { get; }

    /// <summary>Wraps an expression (规则表达式).</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public static RuleFormula Of(RuleExpression expression)
    {
        Guard.Against.Null(expression);
        return new RuleFormula(expression);
    }

    /// <summary>The wrapped expression.</summary>
    /// <param name="formula">The formula.</param>
    public static implicit operator RuleExpression(RuleFormula formula)
    {
        Guard.Against.Null(formula);
        return formula.Expression;
    }

    /// <summary>Wraps an expression.</summary>
    /// <param name="expression">The expression.</param>
    public static implicit operator RuleFormula(RuleExpression expression) => Of(expression);

    /// <summary>A plain number literal (数值).</summary>
    /// <param name="value">The value.</param>
    public static implicit operator RuleFormula(double value) => Rule.Number(value);

    /// <summary><c>a + b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum.</returns>
    public static RuleFormula operator +(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.Add, left, right);

    /// <summary><c>a - b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The difference.</returns>
    public static RuleFormula operator -(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.Subtract, left, right);

    /// <summary><c>a * b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The product.</returns>
    public static RuleFormula operator *(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.Multiply, left, right);

    /// <summary><c>a / b</c>.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    public static RuleFormula operator /(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.Divide, left, right);

    /// <summary><c>-a</c>; before a number literal, a negative literal, as the text reads <c>-5</c> (and <c>-(5)</c> as a negation).</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The negation.</returns>
    public static RuleFormula operator -(RuleFormula operand)
    {
        Guard.Against.Null(operand);
        // The parser folds '-' and a number token (never negative) into one literal, and turns -0 into 0.
        return operand.Expression is NumberLiteral { Value: var value } literal && !double.IsNegative(value)
            ? new RuleFormula(new NumberLiteral(-value + 0.0, literal.Unit))
            : Unary(RuleUnaryOperator.Negate, operand);
    }

    /// <summary><c>not a</c>.</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The negation.</returns>
    public static RuleFormula operator !(RuleFormula operand) => Unary(RuleUnaryOperator.Not, operand);

    /// <summary><c>a and b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The conjunction.</returns>
    public static RuleFormula operator &(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.And, left, right);

    /// <summary><c>a or b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The disjunction.</returns>
    public static RuleFormula operator |(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.Or, left, right);

    /// <summary><c>a &lt; b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static RuleFormula operator <(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.Less, left, right);

    /// <summary><c>a &gt; b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static RuleFormula operator >(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.Greater, left, right);

    /// <summary><c>a &lt;= b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static RuleFormula operator <=(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.LessOrEqual, left, right);

    /// <summary><c>a &gt;= b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static RuleFormula operator >=(RuleFormula left, RuleFormula right) => Binary(RuleBinaryOperator.GreaterOrEqual, left, right);

    /// <summary>Whether two formulas are the same expression (not the language's <c>==</c>: see <see cref="EqualTo"/>).</summary>
    /// <param name="left">The first formula.</param>
    /// <param name="right">The second formula.</param>
    /// <returns>True when equal by content.</returns>
    public static bool operator ==(RuleFormula? left, RuleFormula? right) => Equals(left, right);

    /// <summary>Whether two formulas differ (not the language's <c>!=</c>: see <see cref="NotEqualTo"/>).</summary>
    /// <param name="left">The first formula.</param>
    /// <param name="right">The second formula.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RuleFormula? left, RuleFormula? right) => !Equals(left, right);

    /// <summary>The language's <c>a == b</c> (等于).</summary>
    /// <param name="other">The right operand.</param>
    /// <returns>The comparison.</returns>
    public RuleFormula EqualTo(RuleFormula other) => Binary(RuleBinaryOperator.Equal, this, other);

    /// <summary>The language's <c>a != b</c> (不等于).</summary>
    /// <param name="other">The right operand.</param>
    /// <returns>The comparison.</returns>
    public RuleFormula NotEqualTo(RuleFormula other) => Binary(RuleBinaryOperator.NotEqual, this, other);

    /// <summary>The language's <c>a ^ b</c> (乘方).</summary>
    /// <param name="exponent">The exponent.</param>
    /// <returns>The power.</returns>
    public RuleFormula Power(RuleFormula exponent) => Binary(RuleBinaryOperator.Power, this, exponent);

    /// <inheritdoc />
    public bool Equals(RuleFormula? other) => other is not null && Expression.Equals(other.Expression);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleFormula other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Expression.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Expression.ToString() ?? string.Empty;

    private static RuleFormula Binary(RuleBinaryOperator op, RuleFormula left, RuleFormula right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        return new RuleFormula(new RuleBinaryExpression(op, left.Expression, right.Expression));
    }

    private static RuleFormula Unary(RuleUnaryOperator op, RuleFormula operand)
    {
        Guard.Against.Null(operand);
        return new RuleFormula(new RuleUnaryExpression(op, operand.Expression));
    }
}

/// <summary>
/// Starting points of formulas written in C# (规则公式): names, numbers with units and function calls, combined with
/// the operators of <see cref="RuleFormula"/>: <c>Rule.Name("RdSpending") / Rule.Name("OperatingRevenue")</c>,
/// <c>Rule.Call("growth", Rule.Name("GDP")) &gt;= Rule.Percent(8)</c>.
/// </summary>
public static class Rule
{
    /// <summary>A name (名称): an indicator of the rule set or of the catalogue, as the text would write it without brackets.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static RuleFormula Name(string name)
    {
        Guard.Against.Null(name);
        return RuleFormula.Of(new NameReference(name));
    }

    /// <summary>A number literal (数值), with a unit suffix as the text writes it (<c>亿元</c>, <c>%</c>, <c>pp</c>) or none.</summary>
    /// <param name="value">The number as written (8 for <c>8%</c>).</param>
    /// <param name="unit">The suffix, or <see langword="null"/> for a plain number.</param>
    /// <returns>The formula.</returns>
    public static RuleFormula Number(double value, string? unit = null) => RuleFormula.Of(new NumberLiteral(value, unit));

    /// <summary>A percent literal (百分数): <c>Rule.Percent(8)</c> is the text's <c>8%</c>.</summary>
    /// <param name="percent">The number of percent.</param>
    /// <returns>The formula.</returns>
    public static RuleFormula Percent(double percent) => Number(percent, "%");

    /// <summary>A percentage-points literal (百分点): <c>Rule.Points(2.6)</c> is the text's <c>2.6pp</c>.</summary>
    /// <param name="points">The number of percentage points.</param>
    /// <returns>The formula.</returns>
    public static RuleFormula Points(double points) => Number(points, "pp");

    /// <summary>A truth value (真假值): <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The formula.</returns>
    public static RuleFormula Boolean(bool value) => RuleFormula.Of(new BooleanLiteral(value));

    /// <summary>
    /// Reads a formula written as the rule language writes it (公式文本): <c>Rule.Parse("RdSpending / OperatingRevenue")</c>
    /// is <c>Rule.Name("RdSpending") / Rule.Name("OperatingRevenue")</c>. Never throws for the text: a failure names the
    /// zero-based position in <paramref name="text"/> and the parser's reason (the first error, in English). It reads
    /// with <see cref="RuleSet.ParseExpression"/>, whose result has every diagnostic.
    /// </summary>
    /// <param name="text">One expression, or <see langword="null"/>.</param>
    /// <returns>The formula, or the error.</returns>
    public static ValueParseResult<RuleFormula> Parse(string? text)
    {
        const string Target = "rule formula";
        if (text is null)
        {
            return ValueParseResult<RuleFormula>.ForError(new ParseError(text, 0, Target, "the text is null"));
        }
        var parsed = RuleSet.ParseExpression(text);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return ValueParseResult<RuleFormula>.ForError(new ParseError(text, (int)Math.Max(0, diagnostic.Position), Target, diagnostic.Message));
            }
        }
        return ValueParseResult<RuleFormula>.ForValue(RuleFormula.Of(parsed.Value!));
    }

    /// <summary>A call of a registered function (函数调用): <c>Rule.Call("min", a, b)</c>.</summary>
    /// <param name="function">The function's name.</param>
    /// <param name="arguments">The arguments, in order.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/>, <paramref name="arguments"/> or an argument is null.</exception>
    public static RuleFormula Call(string function, params RuleFormula[] arguments)
    {
        Guard.Against.Null(function);
        Guard.Against.Null(arguments);
        var expressions = new RuleExpression[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            expressions[i] = arguments[i] ?? throw new ArgumentNullException(nameof(arguments));
        }
        return RuleFormula.Of(new CallExpression(function, expressions));
    }
}
