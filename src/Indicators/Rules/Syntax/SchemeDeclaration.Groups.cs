namespace Indicators.Rules.Syntax;

// Issue 13 (groups): weights by zone type and removals in an extending scheme. The lists are kept as RuleList so that
// the records still compare by content.
public sealed partial record SchemeDeclaration
{
    private readonly IReadOnlyList<RemovalDeclaration> removedCategories = RuleList<RemovalDeclaration>.Empty;

    /// <summary>The zone attribute the per-type weights are read by (<c>weights by 类型;</c>), or <see langword="null"/>.</summary>
    public string? WeightsBy { get; init; }

    /// <summary>The base scheme's categories this extending scheme removes (<c>remove category 绿色发展;</c>).</summary>
    public IReadOnlyList<RemovalDeclaration> RemovedCategories
    {
        get => removedCategories;
        init => removedCategories = RuleList<RemovalDeclaration>.From(value, nameof(RemovedCategories));
    }
}

public sealed partial record CategoryDeclaration
{
    private readonly IReadOnlyList<TypeWeightDeclaration>? typeWeights;
    private readonly IReadOnlyList<RemovalDeclaration> removed = RuleList<RemovalDeclaration>.Empty;

    /// <summary>The category's weight per zone type (<c>(综合 30, 高新 25)</c>), or <see langword="null"/> when it has none.</summary>
    public IReadOnlyList<TypeWeightDeclaration>? TypeWeights
    {
        get => typeWeights;
        init => typeWeights = value is null ? null : RuleList<TypeWeightDeclaration>.From(value, nameof(TypeWeights));
    }

    /// <summary>The base scheme's entries this category removes (<c>remove Exports;</c>).</summary>
    public IReadOnlyList<RemovalDeclaration> Removed
    {
        get => removed;
        init => removed = RuleList<RemovalDeclaration>.From(value, nameof(Removed));
    }
}

public sealed partial record ScoredIndicatorDeclaration
{
    private readonly IReadOnlyList<TypeWeightDeclaration>? typeWeights;

    /// <summary>The entry's points per zone type (<c>(综合 3, 高新 2.5, 经开 0)</c>; 0: not assessed for that type), or
    /// <see langword="null"/> when it has none.</summary>
    public IReadOnlyList<TypeWeightDeclaration>? TypeWeights
    {
        get => typeWeights;
        init => typeWeights = value is null ? null : RuleList<TypeWeightDeclaration>.From(value, nameof(TypeWeights));
    }
}
