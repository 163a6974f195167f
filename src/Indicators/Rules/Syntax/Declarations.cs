namespace Indicators.Rules.Syntax;

/// <summary>
/// An indicator declared by a rule set (指标声明): a base indicator whose values come from data
/// (<c>indicator RdSpending "研发经费" unit 万元;</c>) or a derived indicator with a formula
/// (<c>indicator RdIntensity "研发投入强度" = RdSpending / OperatingRevenue unit %;</c>). Catalogue
/// indicators need no declaration: a name that is no declaration is looked up in the catalogue.
/// </summary>
/// <param name="Name">The name rules use (an identifier, Chinese or English).</param>
/// <param name="Title">The display name, or <see langword="null"/>.</param>
/// <param name="Unit">The unit as written (<c>万元</c>, <c>%</c>, <c>家</c>), or <see langword="null"/> for a plain number.</param>
/// <param name="Polarity">Whether higher (正向) or lower (逆向) is better; <see langword="null"/> means positive.</param>
/// <param name="Formula">The formula of a derived indicator (派生指标), or <see langword="null"/> for a base indicator.</param>
public sealed record IndicatorDeclaration(string Name, string? Title = null, string? Unit = null, Polarity? Polarity = null, RuleExpression? Formula = null);

/// <summary>
/// A target (目标) of an indicator in the wording of a plan, read by <see cref="Target.Parse"/>:
/// <c>target GDP "增长8%以上";</c>, <c>target Exports "确保8%、力争10%";</c>.
/// </summary>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="Wording">The target as a plan words it.</param>
public sealed record TargetDeclaration(string Indicator, string Wording);

/// <summary>
/// A consistency check (一致性校验): a condition every zone's figures must meet, with a message:
/// <c>check rd_within_revenue: RdSpending &lt;= OperatingRevenue "研发经费不应超过营业收入";</c>.
/// </summary>
/// <param name="Name">The check's name.</param>
/// <param name="Condition">A truth-valued expression.</param>
/// <param name="Message">What a failure means, or <see langword="null"/>.</param>
public sealed record CheckDeclaration(string Name, RuleExpression Condition, string? Message = null);
