namespace Indicators.Assessment;

// Issue 13 (groups): a scheme weighted by zone type (无锡's four weight columns, 商务部 2016 weights by zone type) holds one
// effective scheme per type; each zone is scored by its type's, and all are ranked together.
public sealed partial class AssessmentScheme
{
    private readonly Dictionary<string, AssessmentScheme>? byType;
    private HashSet<string>? codes;

    private AssessmentScheme(AssessmentScheme first, string weightsBy, IReadOnlyList<string> types, Dictionary<string, AssessmentScheme> byType,
        IReadOnlyList<SchemeCategory> categories)
        : this(first.Name, first.Total, first.Catalog, categories, first.BonusItems, first.BonusCap, first.DeductionItems, first.VetoRules, first.Grades,
            first.RankingOptions)
    {
        WeightsBy = weightsBy;
        Types = types;
        this.byType = byType;
    }

    /// <summary>A scheme weighted by type from its per-type schemes (in <paramref name="types"/> order), with
    /// <paramref name="categories"/> as its own.</summary>
    internal static AssessmentScheme ByType(string weightsBy, IReadOnlyList<string> types, Dictionary<string, AssessmentScheme> byType,
        IReadOnlyList<SchemeCategory> categories) =>
        new(byType[types[0]], weightsBy, types, byType, categories);

    /// <summary>
    /// The zone attribute (属性, e.g. 类型) whose value chooses the weights a zone is scored by (按类型赋权), or null when the
    /// scheme has one set of weights for every zone.
    /// </summary>
    public string? WeightsBy { get; }

    /// <summary>The zone types the scheme gives weights for, in declaration order; empty when <see cref="WeightsBy"/> is null.</summary>
    public IReadOnlyList<string> Types { get; } = [];

    /// <summary>
    /// The scheme as it scores zones of one type (分类型方案): the categories and indicators that type assesses, at its
    /// weights (a weight of 0 leaves the item out). For a scheme weighted by type, <see cref="Categories"/> lists each
    /// category as the first type that assesses it weighs it; the scores use this.
    /// </summary>
    /// <param name="type">One of <see cref="Types"/>.</param>
    /// <returns>The effective scheme of that type; this scheme when it is not weighted by type.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not one of <see cref="Types"/>.</exception>
    public AssessmentScheme ForType(string type)
    {
        Guard.Against.Null(type);
        if (byType is null)
        {
            return this;
        }
        Guard.Against.False(byType.ContainsKey(type), nameof(type),
            $"Scheme '{Name}' gives no weights for {WeightsBy} '{type}' (types: {string.Join(", ", Types)}).");
        return byType[type];
    }

    /// <summary>Whether the scheme scores the indicator <paramref name="code"/>.</summary>
    internal bool Scores(string code) =>
        (codes ??= new HashSet<string>(Categories.SelectMany(c => c.Indicators).Select(i => i.Code), StringComparer.Ordinal)).Contains(code);

    /// <summary>The scheme each zone is scored by: this one, or under weights by type the zone's type's.</summary>
    /// <exception cref="AssessmentException">A zone has no value of the attribute, or one the scheme gives no weights for.</exception>
    internal AssessmentScheme[] SchemesOf(AssessmentZone[] zones)
    {
        var result = new AssessmentScheme[zones.Length];
        for (var i = 0; i < zones.Length; i++)
        {
            result[i] = byType is null ? this : TypeOf(zones[i]);
        }
        return result;
    }

    private AssessmentScheme TypeOf(AssessmentZone zone)
    {
        var types = string.Join(", ", Types);
        if (!zone.Attributes.TryGetValue(WeightsBy!, out var type))
        {
            throw new AssessmentException("Zone '" + zone.Id.Code + "' has no attribute '" + WeightsBy + "', by which scheme '" + Name +
                "' chooses its weights (types: " + types + "); give it with AssessmentZone.WithAttribute.");
        }
        return byType!.TryGetValue(type, out var scheme) ? scheme
            : throw new AssessmentException("Zone '" + zone.Id.Code + "' is of " + WeightsBy + " '" + type + "', for which scheme '" + Name +
                "' gives no weights (types: " + types + ").");
    }
}
