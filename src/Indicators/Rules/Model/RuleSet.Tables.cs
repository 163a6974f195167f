using Indicators.Rules.Syntax;

namespace Indicators.Rules;

public sealed partial record RuleSet
{
    private readonly IReadOnlyList<TableDeclaration> tables = RuleList<TableDeclaration>.Empty;

    /// <summary>The tables of values by a zone attribute (<c>table 规模门槛 by 地区 { … }</c>), in declaration order.</summary>
    public IReadOnlyList<TableDeclaration> Tables
    {
        get => tables;
        init => tables = RuleList<TableDeclaration>.From(value, nameof(Tables));
    }
}
