namespace Indicators;

/// <summary>
/// An expression of the rule language (规则表达式): a formula of a derived indicator or the condition of a
/// check. Immutable, compared by content; built by the parser (<c>RuleSet.Parse</c>), the fluent builder, or by hand.
/// </summary>
/// <remarks>The model holds no source positions: equality is about meaning, not layout. Diagnostics of
/// parsed text find positions in the parse result's source map.</remarks>
public abstract record RuleExpression
{
    private protected RuleExpression()
    {
    }

    /// <summary>
    /// Reads one expression written in the rule language (表达式文本): <c>RuleExpression.Parse("RdSpending / OperatingRevenue")</c>.
    /// The expression must take the whole text (white space and comments aside). Never throws for the text: the result
    /// has the expression or the diagnostics, whose positions are in <paramref name="text"/> itself.
    /// </summary>
    /// <param name="text">The expression, or <see langword="null"/> (a diagnostic).</param>
    /// <param name="sourceName">The name of the text's source for diagnostics, or <see langword="null"/>.</param>
    /// <param name="limits">The limits of the text (length, nesting), or <see langword="null"/> for <see cref="RuleLimits.Default"/>.</param>
    /// <returns>The expression (<see langword="null"/> when there is an error) and the diagnostics.</returns>
    public static Outcome<RuleExpression> Parse(string? text, string? sourceName = null, RuleLimits? limits = null) =>
        RuleParser.ParseLoneExpression(text, sourceName, limits);

    /// <summary>The expression in the rule language's canonical text (<c>RdSpending / OperatingRevenue</c>).</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => RulePrinter.Print(this);
}

/// <summary>A number literal (数值), optionally with a unit suffix as written: <c>8%</c>, <c>2.6pp</c>, <c>100亿元</c>.</summary>
/// <param name="Value">The number as written (8 for <c>8%</c>; the percent sign is the unit).</param>
/// <param name="Unit">The suffix: <c>%</c> (percent), <c>pp</c> (percentage points, also written 个百分点), a unit text
/// that <see cref="Indicators.Unit.Parse"/> reads (<c>亿元</c>), or <see langword="null"/> for a plain number.</param>
public sealed record NumberLiteral(double Value, string? Unit = null) : RuleExpression;

/// <summary>A truth value literal: <c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
public sealed record BooleanLiteral(bool Value) : RuleExpression;

/// <summary>A name (名称): an indicator of the rule set or of the catalogue (code, Chinese name or alias), written
/// plainly (<c>GDP</c>, <c>研发经费</c>) or in brackets when it has other characters (<c>[R&amp;D经费]</c>).</summary>
/// <param name="Name">The name, without brackets.</param>
public sealed record NameReference(string Name) : RuleExpression;

/// <summary>A unary operation: <c>-x</c> or <c>not x</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
public sealed record UnaryExpression(RuleUnaryOperator Operator, RuleExpression Operand) : RuleExpression
{
    /// <summary>Whether <paramref name="other"/> has the same operator and an equal operand (compared without recursion, so any depth compares on any stack).</summary>
    /// <param name="other">The other expression.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(UnaryExpression? other) => RuleExpressionEquality.Equal(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuleExpressionEquality.Hash(this);
}

/// <summary>A binary operation: arithmetic, comparison or logic.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record BinaryExpression(RuleBinaryOperator Operator, RuleExpression Left, RuleExpression Right) : RuleExpression
{
    /// <summary>Whether <paramref name="other"/> has the same operator and equal operands (compared without recursion, so any depth compares on any stack).</summary>
    /// <param name="other">The other expression.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(BinaryExpression? other) => RuleExpressionEquality.Equal(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuleExpressionEquality.Hash(this);
}

/// <summary>A call of a registered function (函数调用): <c>min(a, b)</c>, <c>growth(GDP)</c>, <c>if(c, a, b)</c>.</summary>
public sealed record CallExpression : RuleExpression
{
    /// <summary>Creates a call.</summary>
    /// <param name="function">The function's name.</param>
    /// <param name="arguments">The arguments, in order.</param>
    public CallExpression(string function, IEnumerable<RuleExpression> arguments)
    {
        ArgumentNullException.ThrowIfNull(function);
        Function = function;
        Arguments = RuleList<RuleExpression>.From(arguments, nameof(arguments));
    }

    /// <summary>Creates a call.</summary>
    /// <param name="function">The function's name.</param>
    /// <param name="arguments">The arguments, in order.</param>
    public CallExpression(string function, params RuleExpression[] arguments)
        : this(function, (IEnumerable<RuleExpression>)arguments)
    {
    }

    /// <summary>The function's name.</summary>
    public string Function { get; }

    /// <summary>The arguments, in order.</summary>
    public IReadOnlyList<RuleExpression> Arguments { get; }

    /// <summary>Whether <paramref name="other"/> calls the same function with equal arguments (compared without recursion, so any depth compares on any stack).</summary>
    /// <param name="other">The other expression.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(CallExpression? other) => RuleExpressionEquality.Equal(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuleExpressionEquality.Hash(this);
}

/// <summary>
/// Content equality and hashing of expression trees with a stack of pending nodes instead of recursion: the records'
/// generated members would recurse once per level, and a model built in code (or parsed under a raised depth limit)
/// may be deeper than a thread's stack.
/// </summary>
internal static class RuleExpressionEquality
{
    internal static bool Equal(RuleExpression? first, RuleExpression? second)
    {
        var pending = new Stack<(RuleExpression? A, RuleExpression? B)>();
        pending.Push((first, second));
        while (pending.TryPop(out var pair))
        {
            var (a, b) = pair;
            if (ReferenceEquals(a, b))
            {
                continue;
            }
            if (a is null || b is null || a.GetType() != b.GetType())
            {
                return false;
            }
            switch (a)
            {
                case UnaryExpression u:
                    var v = (UnaryExpression)b;
                    if (u.Operator != v.Operator)
                    {
                        return false;
                    }
                    pending.Push((u.Operand, v.Operand));
                    break;
                case BinaryExpression l:
                    var r = (BinaryExpression)b;
                    if (l.Operator != r.Operator)
                    {
                        return false;
                    }
                    pending.Push((l.Right, r.Right));
                    pending.Push((l.Left, r.Left));
                    break;
                case CallExpression c:
                    var d = (CallExpression)b;
                    if (!string.Equals(c.Function, d.Function, StringComparison.Ordinal) || c.Arguments.Count != d.Arguments.Count)
                    {
                        return false;
                    }
                    for (var i = c.Arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push((c.Arguments[i], d.Arguments[i]));
                    }
                    break;
                default:
                    // A literal or a name: the record's own equality, which does not recurse.
                    if (!a.Equals(b))
                    {
                        return false;
                    }
                    break;
            }
        }
        return true;
    }

    internal static int Hash(RuleExpression root)
    {
        var hash = new HashCode();
        var pending = new Stack<RuleExpression>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case UnaryExpression u:
                    hash.Add(1);
                    hash.Add(u.Operator);
                    pending.Push(u.Operand);
                    break;
                case BinaryExpression b:
                    hash.Add(2);
                    hash.Add(b.Operator);
                    pending.Push(b.Right);
                    pending.Push(b.Left);
                    break;
                case CallExpression c:
                    hash.Add(3);
                    hash.Add(c.Function, StringComparer.Ordinal);
                    hash.Add(c.Arguments.Count);
                    for (var i = c.Arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push(c.Arguments[i]);
                    }
                    break;
                default:
                    hash.Add(node.GetHashCode());
                    break;
            }
        }
        return hash.ToHashCode();
    }
}

/// <summary>The unary operators of the rule language.</summary>
public enum RuleUnaryOperator
{
    /// <summary><c>-x</c>.</summary>
    Negate = 0,
    /// <summary><c>not x</c>.</summary>
    Not = 1,
}

/// <summary>The binary operators of the rule language, from the loosest binding to the tightest:
/// <c>or</c>; <c>and</c>; comparisons; <c>+ -</c>; <c>* /</c>; <c>^</c> (right-associative).</summary>
public enum RuleBinaryOperator
{
    /// <summary><c>a + b</c>.</summary>
    Add = 0,
    /// <summary><c>a - b</c>.</summary>
    Subtract = 1,
    /// <summary><c>a * b</c>.</summary>
    Multiply = 2,
    /// <summary><c>a / b</c>.</summary>
    Divide = 3,
    /// <summary><c>a ^ b</c>.</summary>
    Power = 4,
    /// <summary><c>a &lt; b</c>.</summary>
    Less = 5,
    /// <summary><c>a &lt;= b</c>.</summary>
    LessOrEqual = 6,
    /// <summary><c>a &gt; b</c>.</summary>
    Greater = 7,
    /// <summary><c>a &gt;= b</c>.</summary>
    GreaterOrEqual = 8,
    /// <summary><c>a == b</c>.</summary>
    Equal = 9,
    /// <summary><c>a != b</c>.</summary>
    NotEqual = 10,
    /// <summary><c>a and b</c>.</summary>
    And = 11,
    /// <summary><c>a or b</c>.</summary>
    Or = 12,
}
