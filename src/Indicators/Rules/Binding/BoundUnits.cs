using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13 (units): the bound nodes of currency conversion at a stated rate and of counts and sums over a zone's records.

/// <summary>Money converted into another currency at the rules' rate for the evaluated year: operand × <see cref="Scale"/> ×
/// rate(<see cref="From"/> → <see cref="To"/>, year); missing when no rate holds for the year.</summary>
internal sealed class BoundExchange(RuleExpression syntax, RuleType type, BoundExpression operand, double scale, Currency from, Currency to)
    : BoundExpression(syntax, type)
{
    internal BoundExpression Operand { get; } = operand;

    /// <summary>The change of scale alone (万美元 → 亿元 is 10^-4), before the rate changes the currency.</summary>
    internal double Scale { get; } = scale;

    internal Currency From { get; } = from;

    internal Currency To { get; } = to;
}

/// <summary>A declared record set (记录集) and its fields by name.</summary>
internal sealed record BoundRecordSet(RecordSetDeclaration Declaration, Dictionary<string, BoundRecordFieldInfo> Fields)
{
    internal string Name => Declaration.Name;
}

/// <summary>A field of a record set: its type and the factor from a record's raw value to the inside value (0.01 for %), or text.</summary>
internal sealed record BoundRecordFieldInfo(string Name, RuleType Type, double InsideFactor, bool IsText);

/// <summary><c>count(S, condition)</c> (<see cref="Field"/> null) or <c>sum(S, field, condition)</c> over the zone's records of
/// <see cref="Set"/>; the condition is null when all records count.</summary>
internal sealed class BoundRecordAggregate(RuleExpression syntax, RuleType type, BoundRecordSet set, BoundRecordFieldInfo? field, BoundExpression? condition)
    : BoundExpression(syntax, type)
{
    internal BoundRecordSet Set { get; } = set;

    internal BoundRecordFieldInfo? Field { get; } = field;

    internal BoundExpression? Condition { get; } = condition;
}

/// <summary>A numeric field of the record being counted or summed.</summary>
internal sealed class BoundRecordField(RuleExpression syntax, BoundRecordFieldInfo field) : BoundExpression(syntax, field.Type)
{
    internal BoundRecordFieldInfo Field { get; } = field;
}

/// <summary>A text field of the record being counted or summed compared with a string: <c>行业 == "制造业"</c>.</summary>
internal sealed class BoundTextComparison(RuleExpression syntax, BoundRecordFieldInfo field, string text, bool equal)
    : BoundExpression(syntax, RuleType.Boolean)
{
    internal BoundRecordFieldInfo Field { get; } = field;

    internal string Text { get; } = text;

    internal bool Equal { get; } = equal;
}
