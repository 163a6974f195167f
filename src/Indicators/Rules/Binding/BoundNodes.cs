using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// The bound representation of a rule plan (绑定树): what the binder produces from a RuleSet and what the scalar
// evaluator and the bulk compiler (Rules/Bulk) run. Stable contract between the bind and kit parts: add node kinds,
// never change the meaning of one.
//
// Values: every node computes a double in its type's inside representation — a percent or points as a fraction
// (8% is 0.08), a quantity in its type's unit, a truth value as 1 (true) or 0 (false). Missing is NaN; an operation
// with a missing operand is missing (except present, coalesce and if, which say how); a node whose result is NaN or
// ±infinity is missing (division by zero included, even 0/0). Indicator slots hold inside
// values: a zone's raw value (in the indicator's unit, 8 for 8%) times PlanSlot.InsideFactor.

/// <summary>An indicator the plan reads (a base indicator: data) or computes (a derived indicator: a formula).</summary>
internal sealed class PlanSlot
{
    internal PlanSlot(int index, string name, RuleType type, Unit? unit, double insideFactor, Polarity polarity,
        IndicatorDefinition? catalogueDefinition, IndicatorDeclaration? declaration)
    {
        Index = index;
        Name = name;
        Type = type;
        Unit = unit;
        InsideFactor = insideFactor;
        Polarity = polarity;
        CatalogueDefinition = catalogueDefinition;
        Declaration = declaration;
    }

    /// <summary>The slot's index in <see cref="RulePlan"/>'s slot array (and the column in bulk).</summary>
    internal int Index { get; }

    /// <summary>The name rules use: the declared name, or the catalogue code.</summary>
    internal string Name { get; }

    internal RuleType Type { get; set; }

    /// <summary>The unit raw values are in (8 for 8% in <see cref="Units.Percent"/>); null for a plain number.</summary>
    internal Unit? Unit { get; set; }

    /// <summary>raw × InsideFactor = inside value: 0.01 for % and pp, 0.001 for ‰, 1 otherwise.</summary>
    internal double InsideFactor { get; set; }

    internal Polarity Polarity { get; }

    /// <summary>The catalogue's definition when the slot is a catalogue indicator; null for a rule set's own.</summary>
    internal IndicatorDefinition? CatalogueDefinition { get; }

    /// <summary>The declaration, or null for a catalogue indicator used without one.</summary>
    internal IndicatorDeclaration? Declaration { get; set; }

    /// <summary>A derived indicator's formula as an explanation shows it; written once per plan, not per zone.</summary>
    internal string FormulaText => formulaText ??= RuleExpressionText.Format(Declaration!.Formula!);

    private string? formulaText;

    /// <summary>The bound formula of a derived indicator (its value already in the slot's unit); null for data.</summary>
    internal BoundExpression? Formula { get; set; }

    internal bool IsDerived => Declaration?.Formula is not null;

    /// <summary>The code in the plan's catalogue (schemes and assessment zones use it).</summary>
    internal string Code { get; set; } = "";

    /// <summary>The names a zone's values may be given under: the rule name, the code, the Chinese name and aliases.</summary>
    internal List<string> Names { get; } = [];
}

/// <summary>A bound expression: its rule syntax (for explanations and positions) and its type.</summary>
internal abstract class BoundExpression(RuleExpression syntax, RuleType type)
{
    private string? explanationText;

    internal RuleExpression Syntax { get; } = syntax;

    internal RuleType Type { get; } = type;

    /// <summary>
    /// For a number written without a unit — a literal (<c>3</c>, <c>-3</c>) or arithmetic of such literals (<c>16 / 2</c>) —
    /// its value; otherwise null. Such a number may not stand beside a percent or points (RL2015), and a factor the
    /// declared unit already applies may not be written as one (RL2016).
    /// </summary>
    internal double? Bare { get; init; }

    /// <summary>
    /// Whether the value is a number shown in ‰ (a fraction inside: 5‰ is 0.005): an indicator in ‰, a literal in ‰ built in code (<c>Rule.Number(3, "‰")</c>), or
    /// arithmetic that keeps the scale. Beside one a bare number is refused as beside a percent (RL2015).
    /// </summary>
    internal bool PerMille { get; init; }

    /// <summary>The expression an explanation shows for this node (a conversion adds its unit): the same for every zone,
    /// so written once per plan rather than once per zone evaluated (a race only writes the same text twice).</summary>
    internal string ExplanationText => explanationText ??=
        RuleExpressionText.Format(Syntax) + (this is BoundConvert ? " in " + Type.Unit!.Symbol : "");
}

/// <summary>A constant (a literal, or a target's number from <c>target(x)</c>).</summary>
internal sealed class BoundConstant(RuleExpression syntax, RuleType type, double value) : BoundExpression(syntax, type)
{
    internal double Value { get; } = value;
}

/// <summary>An indicator's inside value <see cref="Lag"/> years before the evaluated period (0: this period; 1: <c>previous(x)</c>).</summary>
internal sealed class BoundIndicator(RuleExpression syntax, PlanSlot slot, int lag) : BoundExpression(syntax, slot.Type)
{
    internal PlanSlot Slot { get; } = slot;

    internal int Lag { get; } = lag;
}

/// <summary>operand × <see cref="Factor"/>: a unit conversion (1亿元 is 10000万元) or the type's inside scale.</summary>
internal sealed class BoundConvert(RuleExpression syntax, RuleType type, BoundExpression operand, double factor) : BoundExpression(syntax, type)
{
    internal BoundExpression Operand { get; } = operand;

    internal double Factor { get; } = factor;
}

/// <summary><c>-x</c> or <c>not x</c>.</summary>
internal sealed class BoundUnary(RuleExpression syntax, RuleType type, RuleUnaryOperator op, BoundExpression operand) : BoundExpression(syntax, type)
{
    internal RuleUnaryOperator Operator { get; } = op;

    internal BoundExpression Operand { get; } = operand;
}

/// <summary>A binary operation; operands already converted to one unit. Division by zero is missing.</summary>
internal sealed class BoundBinary(RuleExpression syntax, RuleType type, RuleBinaryOperator op, BoundExpression left, BoundExpression right) : BoundExpression(syntax, type)
{
    internal RuleBinaryOperator Operator { get; } = op;

    internal BoundExpression Left { get; } = left;

    internal BoundExpression Right { get; } = right;
}

/// <summary>The built-in functions with simple numeric meaning.</summary>
internal enum BoundFunction
{
    /// <summary>The smallest argument (2 or more).</summary>
    Min,
    /// <summary>The largest argument (2 or more).</summary>
    Max,
    /// <summary>|x|.</summary>
    Abs,
    /// <summary>Rounding.Round(x, Decimals) of the inside value (Decimals already + 2 for a percent or points).</summary>
    Round,
    /// <summary>if(c, a, b): only the branch taken is evaluated; a missing condition is missing.</summary>
    If,
    /// <summary>present(x): 1 when x is present, else 0; never missing.</summary>
    Present,
    /// <summary>coalesce(x, y): x when present, else y.</summary>
    Coalesce,
    /// <summary>growth(x): Growth.YearOnYear(x, previous(x)).Rate as a fraction; arguments: the two BoundIndicators.</summary>
    Growth,
    /// <summary>share(part, whole): Share.Of(part, whole).Share as a fraction.</summary>
    Share,
    /// <summary>completion(x): Completion.OfLevel(x, target, polarity) or OfCeiling(x, target) (see <see cref="BoundCall.Target"/>) as a fraction.</summary>
    Completion,
    /// <summary>A user's <see cref="RuleFunction"/> (see <see cref="BoundCall.UserFunction"/>).</summary>
    User,
}

/// <summary>A call of a built-in or a registered function; arguments converted to the parameters' units.</summary>
internal sealed class BoundCall(RuleExpression syntax, RuleType type, BoundFunction function, BoundExpression[] arguments) : BoundExpression(syntax, type)
{
    internal BoundFunction Function { get; } = function;

    internal BoundExpression[] Arguments { get; } = arguments;

    /// <summary>For <see cref="BoundFunction.Round"/>, the decimals applied to the inside value.</summary>
    internal int Decimals { get; init; }

    /// <summary>For <see cref="BoundFunction.Completion"/>, the target in the argument's unit, whether it is a ceiling, and the indicator's polarity.</summary>
    internal (double Value, bool IsCeiling, Polarity Polarity) Target { get; init; }

    /// <summary>For <see cref="BoundFunction.User"/>, the function.</summary>
    internal RuleFunction? UserFunction { get; init; }
}

/// <summary>A bound consistency check.</summary>
internal sealed record BoundCheck(CheckDeclaration Declaration, BoundExpression Condition);

/// <summary>A bound target: the indicator's slot and the parsed target.</summary>
internal sealed record BoundTarget(TargetDeclaration Declaration, PlanSlot Slot, Target Target);
