namespace Indicators.Assessment;

/// <summary>
/// What a scoring method (<see cref="IScoringMethod"/>) is given for one zone and one indicator:
/// the value, the points the indicator is worth, its direction, its targets and, for relative
/// methods, where the value stands among all zones.
/// </summary>
/// <param name="Value">The zone's value (实际值); always present and finite.</param>
/// <param name="Weight">The points the indicator is worth in the scheme (标准分/权重分), after category weights and 赋权 multipliers.</param>
/// <param name="Polarity">Whether higher (正向) or lower (逆向) is better.</param>
/// <param name="Target">The target (目标值), or the guaranteed target (确保) of a two-tier target; null when the indicator has none.</param>
/// <param name="Stretch">The stretch target (力争) of a two-tier target; null when there is none.</param>
/// <param name="Baseline">A base value some methods score against (上年水平, 评分基数值); null when there is none.</param>
/// <param name="Population">Where the value stands among the zones scored together; null unless the method is relative.</param>
public readonly record struct ScoringInput(
    double Value,
    double Weight,
    Polarity Polarity = Polarity.Positive,
    double? Target = null,
    double? Stretch = null,
    double? Baseline = null,
    ScoringPopulation? Population = null);
