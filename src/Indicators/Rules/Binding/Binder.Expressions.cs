using System.Runtime.CompilerServices;
using Indicators.Rules.Syntax;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>Expression binding: names, literals, operators and calls, with the type and unit rules of the specification.</summary>
internal sealed partial class Binder
{
    // The nesting depth being bound, and whether the formula being bound has already reported the end of the stack.
    private int bindDepth;
    private bool stackReported;

    /// <summary>Binds a formula or a condition whose depth is within the limit; null after reporting when it has an error.</summary>
    private BoundExpression? BindRoot(RuleExpression root)
    {
        stackReported = false;
        return BindExpression(root);
    }

    /// <summary>Binds an expression whose depth is within the limit; null after reporting when it has an error. A tree
    /// deeper than the thread's stack holds (only with raised limits) is RL4001 naming the stack, never a stack overflow.</summary>
    internal BoundExpression? BindExpression(RuleExpression expression)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            if (!stackReported)
            {
                stackReported = true;
                Report(expression, "RL4001",
                    Invariant($"the expression is nested too deeply for the stack (depth {bindDepth} reached); split it into derived indicators"),
                    Invariant($"表达式嵌套过深，超出栈空间（已达{bindDepth}层）；请拆分为派生指标"));
            }
            return null;
        }
        bindDepth++;
        try
        {
            return expression switch
            {
                NumberLiteral number => BindNumber(number),
                BooleanLiteral boolean => new BoundConstant(boolean, RuleType.Boolean, boolean.Value ? 1 : 0),
                NameReference name when IsRecordField(name) => BindRecordField(name),
                NameReference name when Table(name.Name) is { } table => new BoundTable(name, table),
                NameReference name => Resolve(name, name.Name) is { } slot ? Read(name, slot, 0) : null,
                TextLiteral text => BindTextLiteral(text),
                RuleUnaryExpression unary => BindUnary(unary),
                RuleBinaryExpression binary => BindBinary(binary),
                CallExpression call => BindCall(call),
                _ => null,
            };
        }
        finally
        {
            bindDepth--;
        }
    }

    private BoundConstant? BindNumber(NumberLiteral number)
    {
        if (!double.IsFinite(number.Value))
        {
            Report(number, "RL2006", "a number must be finite", "数值必须有限");
            return null;
        }
        RuleType type;
        double value;
        var perMille = false;
        switch (number.Unit)
        {
            case null:
                (type, value) = (RuleType.Number, number.Value);
                break;
            case "%":
                (type, value) = (RuleType.Percent, number.Value / 100);
                break;
            case "pp" or "个百分点":
                (type, value) = (RuleType.Points, number.Value / 100);
                break;
            default:
                if (ReadUnit(number, number.Unit) is not { } unit)
                {
                    return null;
                }
                (type, value) = (unit.Type, number.Value * unit.Factor);
                perMille = unit.Type.Kind == RuleTypeKind.Number && unit.Factor != 1;
                break;
        }
        // Every value a formula computes is in range as people read it (a percent × 100), or missing; a literal is
        // checked here once, so that evaluation never meets an out-of-range constant.
        if (!type.InRange(value))
        {
            Report(number, "RL2006", "the number " + Diagnostic.Window(RulePrinter.Print(number)) + " is out of range", "数值" + Diagnostic.Window(RulePrinter.Print(number)) + "超出范围");
            return null;
        }
        // A bare number is kept as written (RL2015 beside a percentage); a number in ‰ is a fraction inside, shown in ‰.
        return number.Unit is null
            ? new BoundConstant(number, type, value) { Bare = number.Value }
            : new BoundConstant(number, type, value) { PerMille = perMille };
    }

    /// <summary>An indicator's value <paramref name="lag"/> years back, marked when it is shown in ‰.</summary>
    private static BoundIndicator Read(RuleExpression syntax, PlanSlot slot, int lag) =>
        new(syntax, slot, lag) { PerMille = slot.Type.Kind == RuleTypeKind.Number && slot.InsideFactor != 1 };

    private BoundUnary? BindUnary(RuleUnaryExpression unary)
    {
        if (BindExpression(unary.Operand) is not { } operand)
        {
            return null;
        }
        var wantsBoolean = unary.Operator == RuleUnaryOperator.Not;
        if ((operand.Type.Kind == RuleTypeKind.Boolean) != wantsBoolean)
        {
            Report(unary, "RL2014",
                wantsBoolean ? "'not' needs a truth value, not " + operand.Type : "'-' needs a number, not a truth value",
                wantsBoolean ? "“not”需要真假值，而不是" + operand.Type.Describe(ExplanationLanguage.Chinese) : "“-”需要数值，而不是真假值");
            return null;
        }
        return new BoundUnary(unary, operand.Type, unary.Operator, operand) { Bare = -operand.Bare, PerMille = operand.PerMille };
    }

    private BoundExpression? BindBinary(RuleBinaryExpression binary)
    {
        if (IsText(binary.Left) || IsText(binary.Right))
        {
            return BindTextComparison(binary);
        }
        var left = BindExpression(binary.Left);
        var right = BindExpression(binary.Right);
        if (left is null || right is null)
        {
            return null;
        }
        right = AlignCurrency(binary.Operator, left, right);
        var (l, r) = (left.Type, right.Type);
        switch (binary.Operator)
        {
            case RuleBinaryOperator.And or RuleBinaryOperator.Or:
                if (l.Kind != RuleTypeKind.Boolean || r.Kind != RuleTypeKind.Boolean)
                {
                    var word = binary.Operator == RuleBinaryOperator.And ? "and" : "or";
                    var other = l.Kind != RuleTypeKind.Boolean ? l : r;
                    Report(binary, "RL2014", "'" + word + "' needs truth values, not " + other, "“" + word + "”需要真假值，而不是" + other.Describe(ExplanationLanguage.Chinese));
                    return null;
                }
                return Binary(binary, RuleType.Boolean, left, right);
            case RuleBinaryOperator.Add or RuleBinaryOperator.Subtract:
                return BindAdditive(binary, left, right);
            case RuleBinaryOperator.Multiply:
                return BindMultiply(binary, left, right);
            case RuleBinaryOperator.Divide:
                return BindDivide(binary, left, right);
            case RuleBinaryOperator.Power:
                if (l.Kind is RuleTypeKind.Number && r.Kind is RuleTypeKind.Number)
                {
                    return Binary(binary, RuleType.Number, left, right);
                }
                return ArithmeticError(binary, "raise", "乘方", l, r);
            default:
                return BindComparison(binary, left, right);
        }
    }

    private BoundExpression? BindAdditive(RuleBinaryExpression binary, BoundExpression left, BoundExpression right)
    {
        if (BareBesidePercent(left, right))
        {
            return null;
        }
        var (l, r) = (left.Type, right.Type);
        var add = binary.Operator == RuleBinaryOperator.Add;
        RuleType? result = (l.Kind, r.Kind) switch
        {
            (RuleTypeKind.Quantity, RuleTypeKind.Quantity) when l.SameDimension(r) => l,
            (RuleTypeKind.Number, RuleTypeKind.Number) => l,
            (RuleTypeKind.Number, RuleTypeKind.Percent) or (RuleTypeKind.Percent, RuleTypeKind.Number) => RuleType.Number,
            (RuleTypeKind.Percent, RuleTypeKind.Percent) => add ? RuleType.Percent : RuleType.Points,
            (RuleTypeKind.Percent, RuleTypeKind.Points) => RuleType.Percent,
            (RuleTypeKind.Points, RuleTypeKind.Percent) when add => RuleType.Percent,
            (RuleTypeKind.Points, RuleTypeKind.Points) => RuleType.Points,
            _ => null,
        };
        if (result is null)
        {
            return add
                ? Error(binary, "RL2003", "cannot add " + l + " to " + r, "不能将" + l.Describe(ExplanationLanguage.Chinese) + "与" + r.Describe(ExplanationLanguage.Chinese) + "相加")
                : Error(binary, "RL2003", "cannot subtract " + r + " from " + l, "不能从" + l.Describe(ExplanationLanguage.Chinese) + "中减去" + r.Describe(ExplanationLanguage.Chinese));
        }
        return Binary(binary, result, left, ConvertTo(right, l));
    }

    private BoundExpression? BindMultiply(RuleBinaryExpression binary, BoundExpression left, BoundExpression right)
    {
        var (l, r) = (left.Type, right.Type);
        RuleType? result = (l.Kind, r.Kind) switch
        {
            (RuleTypeKind.Boolean, _) or (_, RuleTypeKind.Boolean) => null,
            (RuleTypeKind.Number, _) => r,
            (_, RuleTypeKind.Number) => l,
            (RuleTypeKind.Percent, RuleTypeKind.Percent) => RuleType.Percent,
            (RuleTypeKind.Percent, RuleTypeKind.Quantity) or (RuleTypeKind.Percent, RuleTypeKind.Points) => r,
            (RuleTypeKind.Quantity, RuleTypeKind.Percent) or (RuleTypeKind.Points, RuleTypeKind.Percent) => l,
            _ => null,
        };
        return result is null ? ArithmeticError(binary, "multiply", "相乘", l, r) : Binary(binary, result, left, right);
    }

    private BoundExpression? BindDivide(RuleBinaryExpression binary, BoundExpression left, BoundExpression right)
    {
        var (l, r) = (left.Type, right.Type);
        if (l.Kind == RuleTypeKind.Boolean || r.Kind == RuleTypeKind.Boolean)
        {
            return ArithmeticError(binary, "divide", "相除", l, r);
        }
        if (l.Kind == RuleTypeKind.Quantity && r.Kind == RuleTypeKind.Quantity)
        {
            if (l.SameDimension(r))
            {
                return Binary(binary, RuleType.Number, left, ConvertTo(right, l));
            }
            try
            {
                return Binary(binary, RuleType.Quantity(l.Unit!.Per(r.Unit!)), left, right);
            }
            catch (ArgumentException)
            {
                return ArithmeticError(binary, "divide", "相除", l, r);
            }
        }
        RuleType? result = (l.Kind, r.Kind) switch
        {
            (_, RuleTypeKind.Number) => l,
            (RuleTypeKind.Number, RuleTypeKind.Percent) or (RuleTypeKind.Percent, RuleTypeKind.Percent) or (RuleTypeKind.Points, RuleTypeKind.Points) => RuleType.Number,
            (RuleTypeKind.Quantity, RuleTypeKind.Percent) or (RuleTypeKind.Points, RuleTypeKind.Percent) => l,
            _ => null,
        };
        return result is null ? ArithmeticError(binary, "divide", "相除", l, r) : Binary(binary, result, left, right);
    }

    private BoundExpression? BindComparison(RuleBinaryExpression binary, BoundExpression left, BoundExpression right)
    {
        if (BareBesidePercent(left, right))
        {
            return null;
        }
        var (l, r) = (left.Type, right.Type);
        var equality = binary.Operator is RuleBinaryOperator.Equal or RuleBinaryOperator.NotEqual;
        var fits = (l.Kind, r.Kind) switch
        {
            (RuleTypeKind.Boolean, RuleTypeKind.Boolean) => equality,
            (RuleTypeKind.Number or RuleTypeKind.Percent, RuleTypeKind.Number or RuleTypeKind.Percent) => true,
            _ when l.SameDimension(r) => true,
            // Zero is zero in any unit: GDP > 0 needs no unit.
            (RuleTypeKind.Quantity or RuleTypeKind.Points, RuleTypeKind.Number) => IsZero(right),
            (RuleTypeKind.Number, RuleTypeKind.Quantity or RuleTypeKind.Points) => IsZero(left),
            _ => false,
        };
        if (!fits)
        {
            return Error(binary, "RL2004", "cannot compare " + l + " with " + r,
                "不能比较" + l.Describe(ExplanationLanguage.Chinese) + "与" + r.Describe(ExplanationLanguage.Chinese));
        }
        return new BoundBinary(binary, RuleType.Boolean, binary.Operator, left, l.Kind == RuleTypeKind.Quantity && r.Kind == RuleTypeKind.Quantity ? ConvertTo(right, l) : right);
    }

    private static bool IsZero(BoundExpression expression) => expression is BoundConstant { Value: 0 };

    /// <summary>
    /// Arithmetic of two numbers written without a unit is such a number too (<c>16 / 2</c>), so a constant cannot
    /// slip a fraction past <see cref="BareBesidePercent"/>.
    /// </summary>
    private static BoundBinary Binary(RuleBinaryExpression syntax, RuleType type, BoundExpression left, BoundExpression right) =>
        new(syntax, type, syntax.Operator, left, right)
        {
            Bare = (left.Bare, right.Bare) is (double a, double b)
                ? syntax.Operator switch
                {
                    RuleBinaryOperator.Add => a + b,
                    RuleBinaryOperator.Subtract => a - b,
                    RuleBinaryOperator.Multiply => a * b,
                    RuleBinaryOperator.Divide => a / b,
                    RuleBinaryOperator.Power => Math.Pow(a, b),
                    _ => null,
                }
                : null,
            // ‰ ± a number stays in ‰ (a bare number there is refused first); scaling by a bare number keeps the scale.
            PerMille = syntax.Operator switch
            {
                RuleBinaryOperator.Add or RuleBinaryOperator.Subtract => left.PerMille || right.PerMille,
                RuleBinaryOperator.Multiply => (left.PerMille && right.Bare is not null) || (right.PerMille && left.Bare is not null),
                RuleBinaryOperator.Divide => left.PerMille && right.Bare is not null,
                _ => false,
            },
        };

    /// <summary>
    /// A number written without a unit beside a percent, percentage points or a number in ‰ (added, subtracted, compared,
    /// or a candidate of min/max/coalesce/if) is RL2015: inside, such a value is a fraction, so <c>growth(GDP) >= 8</c>
    /// would silently mean 800%, while a scheme's <c>target 8</c> means 8%. The author writes the unit instead. Zero is
    /// zero in every unit, so a bare 0 stays legal (<c>growth(GDP) > 0</c>).
    /// </summary>
    /// <returns>Whether it reported.</returns>
    private bool BareBesidePercent(BoundExpression a, BoundExpression b)
    {
        if (a.Bare is double x && x != 0 && RateSuffix(b) is { } suffix)
        {
            ReportBare(a, x, suffix);
            return true;
        }
        if (b.Bare is double y && y != 0 && RateSuffix(a) is { } other)
        {
            ReportBare(b, y, other);
            return true;
        }
        return false;
    }

    /// <summary>How a value that is a fraction inside is written: <c>%</c>, <c>pp</c> or <c>‰</c>; null for any other value.</summary>
    internal static string? RateSuffix(BoundExpression expression) => expression.Type.Kind switch
    {
        RuleTypeKind.Percent => "%",
        RuleTypeKind.Points => "pp",
        RuleTypeKind.Number when expression.PerMille => "‰",
        _ => null,
    };

    /// <summary>RL2015 on <paramref name="bare"/>, naming both readings: <c>3%</c>, or <c>300%</c> if the fraction 3 was meant.</summary>
    internal void ReportBare(BoundExpression bare, double value, string suffix)
    {
        var text = RuleExpressionText.Format(bare.Syntax);
        // ‰ has no literal in the text (a unit suffix is letters), so a number beside ‰ is written in % (5‰ is 0.5%).
        var permille = suffix == "‰";
        var unit = permille ? "%" : suffix;
        var written = NumberText.Format(Scaled(value, permille ? 0.1m : 1)) + unit + (permille ? " (" + NumberText.Format(value) + "‰)" : "");
        // A fraction beyond the largest double has no percent reading to offer (1e308 as a fraction is no number).
        var fractionValue = Scaled(value, 100);
        var fraction = double.IsFinite(fractionValue) ? NumberText.Format(fractionValue) + unit : written;
        var (what, whatZh) = suffix switch
        {
            "pp" => ("percentage points", "百分点"),
            "‰" => ("a value in ‰", "千分比"),
            _ => ("a percentage", "百分比"),
        };
        if (!double.IsFinite(value))
        {
            // Arithmetic of literals that is no number (3 / 0): there is no reading to offer, only the unit to write.
            Report(bare.Syntax, "RL2015",
                "the number " + text + " has no unit but stands beside " + what + ", and it is not a finite number; write a number with the unit " + unit,
                "数值" + text + "没有单位，却与" + whatZh + "一起运算或比较，且不是有限数；请写带单位“" + unit + "”的数值");
            return;
        }
        Report(bare.Syntax, "RL2015",
            "the number " + text + " has no unit but stands beside " + what + ", where it would silently be read as a fraction; write " +
            written + (written == fraction ? "" : ", or " + fraction + " if the fraction " + text + " was meant") + " (a fraction is written with the unit too)",
            "数值" + text + "没有单位，却与" + whatZh + "一起运算或比较，会被默认当作小数；请写" + written +
            (written == fraction ? "" : "，若" + text + "是小数形式则写" + fraction) + "（小数也须带单位书写）");
    }

    /// <summary>value × scale, in decimal where it fits, so 0.03 × 100 reads as 3, not 3.0000000000000004.</summary>
    private static double Scaled(double value, decimal scale) =>
        Math.Abs(value) is > 1e-20 and < 1e20 && Rounding.TrySnap(value, out var snapped) ? (double)(snapped * scale) : value * (double)scale;

    /// <summary>Converts a quantity into the unit of <paramref name="type"/> (1亿元 → 10000万元); anything else unchanged.</summary>
    internal static BoundExpression ConvertTo(BoundExpression expression, RuleType type)
    {
        if (expression.Type.Kind != RuleTypeKind.Quantity || type.Kind != RuleTypeKind.Quantity || expression.Type.Unit == type.Unit)
        {
            return expression;
        }
        var factor = expression.Type.Unit!.ConvertValue(1, type.Unit!);
        // A constant that overflows in the new unit is not folded: evaluation makes it missing, out of range.
        return expression is BoundConstant constant && double.IsFinite(constant.Value * factor)
            ? new BoundConstant(constant.Syntax, type, constant.Value * factor)
            : new BoundConvert(expression.Syntax, type, expression, factor);
    }

    private BoundExpression? ArithmeticError(RuleBinaryExpression binary, string verb, string chineseVerb, RuleType l, RuleType r) =>
        Error(binary, "RL2003", "cannot " + verb + " " + l + " and " + r,
            "不能将" + l.Describe(ExplanationLanguage.Chinese) + "与" + r.Describe(ExplanationLanguage.Chinese) + chineseVerb);

    private BoundExpression? Error(object node, string code, string english, string chinese)
    {
        Report(node, code, english, chinese);
        return null;
    }
}
