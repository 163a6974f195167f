namespace Indicators.Rules.Syntax;

/// <summary>
/// A table of values by a zone attribute (按属性取值表): <c>table 规模门槛 by 地区 { 东部 30亿元; 中部 15亿元; rest 15亿元; }</c>.
/// Its name stands in formulas for the row of the zone's attribute value (<c>rest</c> for any other value).
/// </summary>
public sealed record TableDeclaration
{
    /// <summary>Creates a table declaration.</summary>
    /// <param name="name">The table's name in formulas.</param>
    /// <param name="attribute">The zone attribute whose value picks the row (地区, 类型).</param>
    /// <param name="rows">The rows, in order.</param>
    public TableDeclaration(string name, string attribute, IEnumerable<TableRowDeclaration>? rows = null)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(attribute);
        Name = name;
        Attribute = attribute;
        Rows = RuleList<TableRowDeclaration>.From(rows, nameof(rows));
    }

    /// <summary>The table's name.</summary>
    public string Name { get; init; }

    /// <summary>The zone attribute whose value picks the row.</summary>
    public string Attribute { get; init; }

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<TableRowDeclaration> Rows { get; }
}

/// <summary>One row of a <see cref="TableDeclaration"/> (表行): <c>东部 30亿元;</c>, or <c>rest 15亿元;</c> for every other value.</summary>
/// <param name="Key">The attribute value (东部), or <see langword="null"/> for <c>rest</c>.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">The unit written after the number (<c>亿元</c>, <c>%</c>), or <see langword="null"/> for a plain number.</param>
public sealed record TableRowDeclaration(string? Key, double Value, string? Unit = null);

/// <summary>A weight for one zone type (分类型权重): <c>高新 25</c> in <c>category 经济发展 (综合 30, 高新 25) { … }</c>; 0 means
/// the category or entry is not assessed for zones of that type.</summary>
/// <param name="Type">The type (the value of the attribute named by <c>weights by</c>).</param>
/// <param name="Weight">The weight (points), 0 or more.</param>
public sealed record TypeWeightDeclaration(string Type, double Weight);

/// <summary>What an extending scheme removes from its base (删除项): <c>remove Exports;</c> in a category, or
/// <c>remove category 绿色发展;</c> in the scheme.</summary>
/// <param name="Name">The entry's indicator, or the category's name.</param>
public sealed record RemovalDeclaration(string Name);
