namespace Indicators.Assessment;

// Issue 13 (groups): weights by zone type. The builder keeps the per-type weights beside the declared items and, to
// validate and build, derives one ordinary builder per type (its categories and indicators at that type's weights,
// those of weight 0 left out), so that every check of a scheme holds for each type and names it.
public sealed partial class AssessmentSchemeBuilder
{
    private string? weightsBy;
    private IReadOnlyList<string> types = [];
    private readonly Dictionary<int, IReadOnlyList<double>> categoryTypeWeights = [];

    /// <summary>
    /// Weighs categories and indicators per zone type (按类型赋权): a zone is scored by the weights of its value of the attribute
    /// <paramref name="attribute"/> (<see cref="AssessmentZone.WithAttribute"/>), and all zones are ranked together. Give the
    /// weights per type with <see cref="Category(string, IReadOnlyList{double}, Action{SchemeCategoryBuilder}, double?)"/> and
    /// <see cref="SchemeCategoryBuilder.Indicator(string, IScoringMethod, IReadOnlyList{double}, MissingDataPolicy, ZoneTargets)"/>,
    /// in the order of <paramref name="zoneTypes"/>; for each type the category weights must add up to the total and each
    /// category's indicator points to its weight. A weight of 0 leaves the item out for that type (not assessed).
    /// </summary>
    /// <param name="attribute">The zone attribute, e.g. 类型.</param>
    /// <param name="zoneTypes">The types, e.g. 综合, 高新, 经开, 特色.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder WeightsBy(string attribute, IReadOnlyList<string> zoneTypes)
    {
        Guard.Against.Null(attribute);
        Guard.Against.Null(zoneTypes);
        weightsBy = attribute;
        types = [.. zoneTypes];
        return this;
    }

    /// <summary>Adds a category with a weight per zone type (see <see cref="WeightsBy"/>); 0 leaves it out for that type.</summary>
    /// <param name="categoryName">The category's name.</param>
    /// <param name="weights">Its weight for each type, in the order of the types.</param>
    /// <param name="indicators">Adds the category's indicators.</param>
    /// <param name="cap">The most the category's subtotal may reach, or null for no cap.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder Category(string categoryName, IReadOnlyList<double> weights, Action<SchemeCategoryBuilder> indicators, double? cap = null)
    {
        Guard.Against.Null(weights);
        Category(categoryName, weights.FirstOrDefault(w => w > 0, 1), indicators, cap);
        categoryTypeWeights[categories.Count - 1] = [.. weights];
        return this;
    }

    /// <summary>Validates a scheme weighted by type: each type's scheme is checked as a scheme (its problems named by the
    /// type where they depend on it) and built; the problems point at the items as declared.</summary>
    private (AssessmentScheme? Scheme, List<SchemeProblem> Problems, string SchemeName) CheckByType()
    {
        var problems = new List<SchemeProblem>();
        var schemeName = string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;
        if (string.IsNullOrWhiteSpace(weightsBy))
        {
            problems.Add(new(SchemeProblemKind.Missing, SchemeItem.Scheme, -1, -1, "the scheme weighs by a zone attribute without a name", "按开发区属性赋权，但属性没有名称"));
        }
        if (types.Count == 0)
        {
            problems.Add(new(SchemeProblemKind.Empty, SchemeItem.Scheme, -1, -1, "the scheme weighs by zone type but names no type", "按开发区类型赋权，但没有列出类型"));
        }
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (string.IsNullOrWhiteSpace(type) || !typeNames.Add(type))
            {
                problems.Add(new(SchemeProblemKind.Duplicate, SchemeItem.Scheme, -1, -1, "the zone type '" + type + "' is empty or named twice", "开发区类型“" + type + "”为空或重复"));
            }
        }
        for (var i = 0; i < categories.Count; i++)
        {
            var label = new ItemLabel(SchemeItem.Category, i, "category", "类别", categories[i].Name, null);
            if (categoryTypeWeights.TryGetValue(i, out var weights) && weights.Count != types.Count)
            {
                problems.Add(label.Problem(SchemeProblemKind.Mixed, " has " + weights.Count + " weights by type for " + types.Count + " types",
                    "有" + weights.Count + "个分类型权重，但类型有" + types.Count + "个", aboutWeight: true));
            }
            if (weights is not null && weights.Any(w => !double.IsFinite(w) || w < 0))
            {
                problems.Add(label.Problem(SchemeProblemKind.NotPositive, " has a weight by type that is negative or not finite", "的分类型权重为负数或不是有限数", aboutWeight: true));
            }
            problems.AddRange(categories[i].Indicators.CheckTypeCounts(types.Count, label));
        }
        if (problems.Count > 0)
        {
            return (null, problems, schemeName);
        }

        var byType = new Dictionary<string, AssessmentScheme>(StringComparer.Ordinal);
        var seen = new HashSet<(SchemeProblemKind, SchemeItem, int, int, string)>();
        for (var t = 0; t < types.Count; t++)
        {
            var (derived, categoryOf) = ForType(t);
            var (scheme, typeProblems, _) = derived.Check();
            foreach (var problem in typeProblems)
            {
                var index = problem.Item is SchemeItem.Category or SchemeItem.Indicator && problem.Index >= 0 ? categoryOf[problem.Index] : problem.Index;
                var entry = problem.Item == SchemeItem.Indicator && problem.Entry >= 0 ? categories[index].Indicators.Declared(t, problem.Entry) : problem.Entry;
                // A problem of weights depends on the type: say which. Any other is the same for every type: say it once.
                var byWeight = problem.AboutWeight || problem.Kind is SchemeProblemKind.WeightsDisagree or SchemeProblemKind.Empty;
                var mapped = problem with
                {
                    Index = index,
                    Entry = entry,
                    English = byWeight ? "for " + weightsBy + " '" + types[t] + "': " + problem.English : problem.English,
                    Chinese = byWeight ? weightsBy + "“" + types[t] + "”：" + problem.Chinese : problem.Chinese,
                };
                if (seen.Add((mapped.Kind, mapped.Item, mapped.Index, mapped.Entry, mapped.English)))
                {
                    problems.Add(mapped);
                }
            }
            if (scheme is not null)
            {
                byType[types[t]] = scheme;
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems, schemeName);
        }
        // The scheme's own categories: each as the first type that assesses it weighs it.
        var own = new List<SchemeCategory>();
        for (var i = 0; i < categories.Count; i++)
        {
            var first = types.Select(t => byType[t].Categories.FirstOrDefault(c => c.Name == categories[i].Name)).FirstOrDefault(c => c is not null);
            if (first is not null)
            {
                own.Add(first);
            }
        }
        return (AssessmentScheme.ByType(weightsBy!, types, byType, own), problems, schemeName);
    }

    /// <summary>The scheme of one type as an ordinary builder, and for each of its categories the index of the declared one.</summary>
    private (AssessmentSchemeBuilder Builder, List<int> CategoryOf) ForType(int type)
    {
        var derived = new AssessmentSchemeBuilder(name, total) { catalog = catalog, bonusCap = bonusCap, rankingOptions = rankingOptions };
        derived.bonuses.AddRange(bonuses);
        derived.deductions.AddRange(deductions);
        derived.vetoes.AddRange(vetoes);
        derived.grades.AddRange(grades);
        var categoryOf = new List<int>();
        for (var i = 0; i < categories.Count; i++)
        {
            var (categoryName, weight, cap, indicators) = categories[i];
            var typed = categoryTypeWeights.TryGetValue(i, out var weights) ? weights[type] : weight;
            if (typed == 0)
            {
                continue; // not assessed for this type
            }
            derived.categories.Add((categoryName, typed, cap, indicators.ForType(type)));
            categoryOf.Add(i);
        }
        return (derived, categoryOf);
    }
}

public sealed partial class SchemeCategoryBuilder
{
    private readonly Dictionary<int, IReadOnlyList<double>> typePoints = [];

    /// <summary>Adds an indicator with its points per zone type (see <see cref="AssessmentSchemeBuilder.WeightsBy"/>); 0 means the
    /// indicator is not assessed for zones of that type (it is left out, not scored 0).</summary>
    /// <param name="code">The indicator's code in the scheme's catalogue.</param>
    /// <param name="method">How it is scored.</param>
    /// <param name="points">Its points for each type, in the order of the types.</param>
    /// <param name="missingData">What happens when a zone has no value.</param>
    /// <param name="targets">Targets for zones that bring none of their own.</param>
    /// <returns>This builder.</returns>
    public SchemeCategoryBuilder Indicator(string code, IScoringMethod method, IReadOnlyList<double> points,
        MissingDataPolicy missingData = MissingDataPolicy.Error, ZoneTargets targets = default) =>
        Indicator(code, method, points, missingData, targets, null, null);

    /// <summary>Adds an indicator with points per type that a text names otherwise than by its code (see the other internal overload).</summary>
    internal SchemeCategoryBuilder Indicator(string code, IScoringMethod method, IReadOnlyList<double> points,
        MissingDataPolicy missingData, ZoneTargets targets, string? written, string? label)
    {
        Guard.Against.Null(points);
        Indicator(code, method, IndicatorWeight.Points(points.FirstOrDefault(p => p > 0, 1)), missingData, targets, written, label);
        typePoints[indicators.Count - 1] = [.. points];
        return this;
    }

    /// <summary>A problem for each indicator whose points by type are not one per type.</summary>
    internal IEnumerable<SchemeProblem> CheckTypeCounts(int count, ItemLabel category)
    {
        foreach (var (j, points) in typePoints)
        {
            if (points.Count != count)
            {
                var item = new ItemLabel(SchemeItem.Indicator, category.Index, "indicator", category.Chinese + "中的指标", Written(indicators[j].Code, indicators[j].Written), null, j);
                yield return item.Problem(SchemeProblemKind.Mixed, " in " + category.English + " has " + points.Count + " points by type for " + count + " types",
                    "有" + points.Count + "个分类型分值，但类型有" + count + "个", aboutWeight: true);
            }
            if (points.Any(p => !double.IsFinite(p) || p < 0))
            {
                var item = new ItemLabel(SchemeItem.Indicator, category.Index, "indicator", category.Chinese + "中的指标", Written(indicators[j].Code, indicators[j].Written), null, j);
                yield return item.Problem(SchemeProblemKind.NotPositive, " in " + category.English + " has points by type that are negative or not finite",
                    "的分类型分值为负数或不是有限数", aboutWeight: true);
            }
        }
    }

    /// <summary>The declared index of the indicator at <paramref name="entry"/> of this category as derived for a type.</summary>
    internal int Declared(int type, int entry) => ForTypeIndex(type)[entry];

    private List<int> ForTypeIndex(int type) =>
        [.. Enumerable.Range(0, indicators.Count).Where(j => !typePoints.TryGetValue(j, out var points) || points[type] != 0)];

    /// <summary>This category's indicators at the points of one type, those of 0 points left out.</summary>
    internal SchemeCategoryBuilder ForType(int type)
    {
        var derived = new SchemeCategoryBuilder();
        foreach (var j in ForTypeIndex(type))
        {
            var (code, method, weight, missing, targets, written, label) = indicators[j];
            derived.indicators.Add((code, method, typePoints.TryGetValue(j, out var points) ? IndicatorWeight.Points(points[type]) : weight, missing, targets, written, label));
        }
        return derived;
    }
}
