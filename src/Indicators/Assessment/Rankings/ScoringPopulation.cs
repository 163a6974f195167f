namespace Indicators.Assessment;

/// <summary>
/// Where one zone's value stands among the zones scored together (参评开发区), for relative
/// scoring methods. Best and worst already account for polarity: for a reverse indicator the
/// best is the smallest value.
/// </summary>
/// <param name="Best">The best value among the zones with a value.</param>
/// <param name="Worst">The worst value among the zones with a value.</param>
/// <param name="Rank">This zone's competition rank (1 = best; ties share a rank and the next rank skips).</param>
/// <param name="Count">How many zones have a value.</param>
public readonly record struct ScoringPopulation(double Best, double Worst, int Rank, int Count)
{
    /// <summary>The sum of the values present (合计), for <c>ratio_to(total)</c>; null when not computed or beyond the range of a number.</summary>
    internal double? Total { get; init; }

    /// <summary>The mean of the values present (平均值): <see cref="Total"/> ÷ <see cref="Count"/>; null when not computed.</summary>
    internal double? Mean { get; init; }

    /// <summary>The median of the values present (中位数); null when not computed.</summary>
    internal double? Median { get; init; }
}
