namespace Indicators.Assessment;

/// <summary>
/// Ranks (排名, 位次) of zones by score: overall, within groups (东部/中部/西部, 苏南/苏中/苏北, 片区) and as
/// published, competition ranks by default (1, 2, 2, 4: tied zones share a rank and the next rank skips).
/// </summary>
public static class Ranking
{
    /// <summary>Ranks scores; the result is parallel to <paramref name="scores"/>.</summary>
    /// <param name="scores">The scores; null for a zone without one. Present scores must be finite.</param>
    /// <param name="options">The rules; <see cref="RankingOptions.Default"/> when null.</param>
    /// <returns>The rank of each score (1 = best), or null for a missing score under <see cref="MissingScores.Unranked"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite.</exception>
    public static int?[] Rank(ReadOnlySpan<double?> scores, RankingOptions? options = null)
    {
        options ??= RankingOptions.Default;
        var keys = new ulong[scores.Length];
        var order = new int[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] is { } score)
            {
                Guard.Against.NotFinite(score, nameof(scores));
                keys[i] = RankAssignment.Key(score, options);
            }
            else
            {
                keys[i] = RankAssignment.Missing;
            }
            order[i] = i;
        }
        // The order among equal keys does not change a rank, so an unstable sort will do.
        keys.AsSpan().Sort(order.AsSpan());
        var assigned = new int[scores.Length];
        RankAssignment.FromSorted(keys, order, options.Method, options.Missing, assigned);
        var ranks = new int?[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            ranks[i] = assigned[i] == 0 ? null : assigned[i];
        }
        return ranks;
    }

    /// <summary>
    /// Where each value stands among the values present (参评开发区), for relative scoring methods (功效系数, rank ladder):
    /// the best and worst by polarity (a reverse indicator's best is its smallest value), the competition rank and the
    /// number of values present. The result is parallel to <paramref name="values"/>.
    /// </summary>
    /// <param name="values">The zones' values of one indicator; null for a missing value. Present values must be finite.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="ties">When two values tie for the rank; <see cref="TiePolicy.Exact"/> by default. Best and worst are the unrounded extremes.</param>
    /// <returns>Each value's population, or null for a missing value (it is not scored).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or <paramref name="polarity"/> is not defined.</exception>
    public static ScoringPopulation?[] Populations(ReadOnlySpan<double?> values, Polarity polarity = Polarity.Positive, TiePolicy ties = default)
    {
        var (ranks, best, worst, count) = RankedValues(values, polarity, ties);
        var populations = new ScoringPopulation?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (ranks[i] is { } rank)
            {
                populations[i] = new ScoringPopulation(best, worst, rank, count);
            }
        }
        return populations;
    }

    /// <summary>
    /// What <see cref="Populations"/> is made of: each value's rank (null when missing) and the best, worst and count every
    /// population shares. The scheme's evaluator keeps these per indicator instead of a population per zone (2,800 copies
    /// of the same four numbers and the statistics, an array the size of the large-object heap).
    /// </summary>
    internal static (int?[] Ranks, double Best, double Worst, int Count) RankedValues(ReadOnlySpan<double?> values, Polarity polarity, TiePolicy ties)
    {
        var ranks = Rank(values, new RankingOptions { Polarity = polarity, Ties = ties });
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var count = 0;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                (min, max, count) = (Math.Min(min, v), Math.Max(max, v), count + 1);
            }
        }
        var (best, worst) = polarity == Polarity.Reverse ? (min, max) : (max, min);
        return (ranks, best, worst, count);
    }

    /// <summary>Ranks zones by score.</summary>
    /// <param name="scores">Each zone once, with its score or null.</param>
    /// <param name="options">The rules; <see cref="RankingOptions.Default"/> when null.</param>
    /// <returns>The rank of each zone (null when unranked).</returns>
    /// <exception cref="ArgumentException">A zone is <c>default(ZoneId)</c> or appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite.</exception>
    public static IReadOnlyDictionary<ZoneId, int?> Rank(IEnumerable<(ZoneId Zone, double? Score)> scores, RankingOptions? options = null)
    {
        Guard.Against.Null(scores);
        return RankWithinGroups(scores.Select(s => (s.Zone, 0, s.Score)), options);
    }

    /// <summary>
    /// Ranks zones within their groups (分类排名: 东部/中部/西部, 苏南/苏中/苏北, or any key the user gives): each group is
    /// ranked alone, as if the other groups did not exist.
    /// </summary>
    /// <typeparam name="TGroup">The group key, compared with its default equality.</typeparam>
    /// <param name="scores">Each zone once, with its group and its score or null.</param>
    /// <param name="options">The rules; <see cref="RankingOptions.Default"/> when null.</param>
    /// <returns>The rank of each zone within its group (null when unranked).</returns>
    /// <exception cref="ArgumentException">A zone is <c>default(ZoneId)</c> or appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite.</exception>
    public static IReadOnlyDictionary<ZoneId, int?> RankWithinGroups<TGroup>(IEnumerable<(ZoneId Zone, TGroup Group, double? Score)> scores, RankingOptions? options = null)
        where TGroup : notnull
    {
        Guard.Against.Null(scores);
        var groups = new Dictionary<TGroup, List<(ZoneId Zone, double? Score)>>();
        var seen = new HashSet<ZoneId>();
        foreach (var (zone, group, score) in scores)
        {
            Guard.Against.False(zone.IsValid, nameof(scores), "A zone is default(ZoneId), which is not a zone.");
            Guard.Against.False(seen.Add(zone), nameof(scores), $"Zone {zone} appears twice.");
            if (!groups.TryGetValue(group, out var members))
            {
                groups.Add(group, members = []);
            }
            members.Add((zone, score));
        }
        var result = new Dictionary<ZoneId, int?>(seen.Count);
        foreach (var members in groups.Values)
        {
            var ranks = Rank(members.Select(m => m.Score).ToArray(), options);
            for (var i = 0; i < members.Count; i++)
            {
                result.Add(members[i].Zone, ranks[i]);
            }
        }
        return result;
    }
}
