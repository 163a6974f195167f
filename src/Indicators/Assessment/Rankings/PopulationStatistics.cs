namespace Indicators.Assessment;

/// <summary>
/// The total, mean and median of the values present (合计, 平均值, 中位数) that the ratio to a reference divides by: one
/// definition for the scalar evaluator and the bulk kernel, so that both give the same bits. The total adds the values
/// in zone order; the mean is the total ÷ the count; the median of an even count is the half-sum of the two middle
/// values, halved first so that it never overflows.
/// </summary>
internal static class PopulationStatistics
{
    /// <summary>The population with its statistics; a total beyond the range of a number leaves the total and the mean unknown (null).</summary>
    /// <remarks>A null median (bulk, for a method that does not read it) leaves the median unknown.</remarks>
    internal static ScoringPopulation With(ScoringPopulation population, double total, double? median) =>
        double.IsFinite(total)
            ? population with { Total = total, Mean = total / population.Count, Median = median }
            : population with { Median = median };

    /// <summary>The median of sorted values from its two middle ones (the same one for an odd count); their order does not matter.</summary>
    internal static double Median(double lower, double upper) => lower == upper ? lower : (lower / 2) + (upper / 2);

    /// <summary>Adds the statistics of <paramref name="values"/> to each present zone's population (<see cref="Ranking.Populations"/>'s result).</summary>
    internal static void Add(ScoringPopulation?[] populations, ReadOnlySpan<double?> values)
    {
        var total = 0.0;
        var present = new List<double>(values.Length);
        foreach (var value in values)
        {
            if (value is { } v)
            {
                total += v;
                present.Add(v);
            }
        }
        if (present.Count == 0)
        {
            return;
        }
        present.Sort();
        var n = present.Count;
        var median = Median(present[(n - 1) / 2], present[n / 2]);
        for (var i = 0; i < populations.Length; i++)
        {
            if (populations[i] is { } population)
            {
                populations[i] = With(population, total, median);
            }
        }
    }
}
