using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// An indicator of a <see cref="RulePlan"/> (计划指标): one the rules read from a zone's data (a base indicator) or compute
/// (a derived indicator, 派生指标), with its unit, polarity and code in the plan's catalogue.
/// </summary>
public sealed class PlanIndicator
{
    internal PlanIndicator(PlanSlot slot)
    {
        Name = slot.Name;
        Code = slot.Code;
        Title = slot.Declaration?.Title ?? slot.CatalogueDefinition?.ChineseName;
        Unit = slot.Unit;
        Type = slot.Type;
        Polarity = slot.Polarity;
        Formula = slot.Declaration?.Formula;
    }

    /// <summary>The name rules use: the declared name or the catalogue code.</summary>
    public string Name { get; }

    /// <summary>The code in <see cref="RulePlan.Catalog"/> (assessment zones give scheme values under it).</summary>
    public string Code { get; }

    /// <summary>The display name, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>The unit values are given and returned in (8 for 8% in %); <see langword="null"/> for a plain number or percentage points.</summary>
    public Unit? Unit { get; }

    /// <summary>The value's type.</summary>
    public RuleType Type { get; }

    /// <summary>Whether higher (正向) or lower (逆向) is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>The formula of a derived indicator, or <see langword="null"/> for data.</summary>
    public RuleExpression? Formula { get; }

    /// <summary>Whether it is derived.</summary>
    public bool IsDerived => Formula is not null;

    /// <inheritdoc />
    public override string ToString() => Name + (Unit is null ? "" : " (" + Unit.Symbol + ")");
}
