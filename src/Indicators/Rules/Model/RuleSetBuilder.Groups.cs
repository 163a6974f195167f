using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13 (groups): tables by a zone attribute, weights by zone type and removals, in C#.
public sealed partial class RuleSetBuilder
{
    private readonly List<TableDeclaration> tables = [];

    /// <summary>A table of values by a zone attribute (按属性取值表): <c>table 规模门槛 by 地区 { 东部 30亿元; rest 15亿元; }</c> is
    /// <c>.Table("规模门槛", "地区", [new("东部", 30, "亿元"), new(null, 15, "亿元")])</c> (a null key is <c>rest</c>).</summary>
    /// <param name="name">The table's name in formulas.</param>
    /// <param name="attribute">The zone attribute whose value picks the row.</param>
    /// <param name="rows">The rows.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleSetBuilder Table(string name, string attribute, IEnumerable<TableRowDeclaration> rows)
    {
        Guard.Against.Null(rows);
        tables.Add(new TableDeclaration(name, attribute, rows));
        return this;
    }
}

public sealed partial class RuleSchemeBuilder
{
    private readonly List<RemovalDeclaration> removedCategories = [];
    private string? weightsBy;

    /// <summary>The zone attribute the weights by type follow (按类型赋权): <c>weights by 类型;</c>.</summary>
    /// <param name="attribute">The attribute, e.g. 类型.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    public RuleSchemeBuilder WeightsBy(string attribute)
    {
        Guard.Against.Null(attribute);
        weightsBy = attribute;
        return this;
    }

    /// <summary>A category with a weight per zone type: <c>category 经济发展 (综合 30, 高新 25) { … }</c>.</summary>
    /// <param name="categoryName">The category's name.</param>
    /// <param name="weights">Its weight per type (0: not assessed for that type).</param>
    /// <param name="entries">Adds the scored indicators.</param>
    /// <param name="cap">A cap on the subtotal, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleSchemeBuilder CategoryByType(string categoryName, IEnumerable<TypeWeightDeclaration> weights, Action<RuleCategoryBuilder> entries, double? cap = null)
    {
        Guard.Against.Null(weights);
        Category(categoryName, null, entries, cap);
        categories[^1] = categories[^1] with { TypeWeights = [.. weights] };
        return this;
    }

    /// <summary>Removes a category of the base scheme (删除类别): <c>remove category 绿色发展;</c>.</summary>
    /// <param name="categoryName">The category's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryName"/> is null.</exception>
    public RuleSchemeBuilder RemoveCategory(string categoryName)
    {
        removedCategories.Add(new RemovalDeclaration(Guard.Against.Null(categoryName)));
        return this;
    }
}

public sealed partial class RuleCategoryBuilder
{
    private readonly List<RemovalDeclaration> removed = [];

    internal IReadOnlyList<RemovalDeclaration> Removed => removed;

    /// <summary>A scored indicator with points per zone type: <c>GDP (综合 3, 高新 2.5, 经开 0) by capped_ratio(1.2);</c>.</summary>
    /// <param name="indicator">The indicator's name.</param>
    /// <param name="points">Its points per type (0: not assessed for that type).</param>
    /// <param name="method">The scoring method, or <see langword="null"/>.</param>
    /// <param name="missing">The missing-data policy, or <see langword="null"/>.</param>
    /// <param name="target">The default target, or <see langword="null"/>.</param>
    /// <param name="stretch">The default stretch target, or <see langword="null"/>.</param>
    /// <param name="baseline">The default baseline, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="points"/> is null.</exception>
    public RuleCategoryBuilder IndicatorByType(string indicator, IEnumerable<TypeWeightDeclaration> points, ScoringMethodReference? method = null,
        MissingDataPolicy? missing = null, double? target = null, double? stretch = null, double? baseline = null)
    {
        Guard.Against.Null(points);
        Indicator(indicator, null, method, missing, target, stretch, baseline);
        entries[^1] = entries[^1] with { TypeWeights = [.. points] };
        return this;
    }

    /// <summary>Removes an entry of the base scheme's category (删除条目): <c>remove Exports;</c>.</summary>
    /// <param name="indicator">The entry's indicator.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public RuleCategoryBuilder Remove(string indicator)
    {
        removed.Add(new RemovalDeclaration(Guard.Against.Null(indicator)));
        return this;
    }
}
