using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Bulk;

/// <summary>
/// One ranking rule: the bulk ranking (radix sort + <see cref="RankAssignment"/>) gives <see cref="Ranking"/>'s ranks for
/// every option, with ties (exact, −0 and +0, rounded), missing scores and groups.
/// </summary>
public class BulkRankingTests
{
    /// <summary>Scores that tie often: a small palette (−0 and +0, values equal after rounding), missing, and random values.</summary>
    internal static readonly Gen<double?> Score = Gen.Frequency(
        (3, Gen.Elements<double?>(null, 0.0, -0.0, 86.004, 85.996, 86.0, 85.5, 86.5, -3.25, 100.0)),
        (2, Gen.Choose(-2000, 2000).Select(n => (double?)(n / 8.0))),
        (1, Gen.Choose(0, 1_000_000).Select(n => (double?)(n / 997.0))));

    internal static readonly Gen<RankingOptions> Options =
        from method in Gen.Elements(RankingMethod.Competition, RankingMethod.Dense)
        from ties in Gen.Elements(TiePolicy.Exact, TiePolicy.RoundedTo(0), TiePolicy.RoundedTo(1), TiePolicy.RoundedTo(2))
        from missing in Gen.Elements(MissingScores.Unranked, MissingScores.RankedLast)
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Reverse)
        select new RankingOptions { Method = method, Ties = ties, Missing = missing, Polarity = polarity };

    /// <summary>The bulk ranking of <paramref name="scores"/>, read from a strided buffer as the engine reads a year (null: unranked).</summary>
    private static int?[] BulkRanks(double?[] scores, RankingOptions options, int stride, int start)
    {
        int n = scores.Length;
        var buffer = new double[(n * stride) + start];
        buffer.AsSpan().Fill(12345.0); // other years' scores, which must not be read
        for (int z = 0; z < n; z++)
        {
            buffer[start + (z * stride)] = scores[z] ?? double.NaN;
        }
        var ranks = new int[n];
        RadixSort.Rank(buffer, start, stride, options, new ulong[n], new int[n], new ulong[n], new int[n],
            new int[BulkResults.RadixDigits * BulkResults.RadixBuckets], ranks);
        return ranks.Select(r => r == 0 ? (int?)null : r).ToArray();
    }

    [Property(MaxTest = 500)]
    public bool Issue10_Ranking_BulkRanksEqualRankingRanks(StridedScores c) =>
        BulkRanks(c.Scores, c.Options, c.Stride, c.Start).SequenceEqual(Ranking.Rank(c.Scores, c.Options));

    [Property(MaxTest = 300)]
    public bool Issue10_Ranking_BulkRanksOfEachGroupEqualRankWithinGroups(GroupMembers c)
    {
        var zones = c.Members.Select((_, i) => ZoneId.Of("Z" + i)).ToArray();
        var expected = Ranking.RankWithinGroups(c.Members.Select((m, i) => (zones[i], m.Group, m.Score)), c.Options);
        foreach (var group in c.Members.Select(m => m.Group).Distinct())
        {
            int[] inGroup = Enumerable.Range(0, c.Members.Length).Where(i => c.Members[i].Group == group).ToArray();
            var ranks = BulkRanks(inGroup.Select(i => c.Members[i].Score).ToArray(), c.Options, 1, 0);
            for (int k = 0; k < inGroup.Length; k++)
            {
                if (ranks[k] != expected[zones[inGroup[k]]])
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Property(MaxTest = 150)]
    public bool Issue10_Ranking_EngineRanksEqualRankingOfItsScores(RankedDataset c)
    {
        // BulkEngine ranks by competition on exact ties, zones without a score last together: Ranking.Rank with those options.
        var dataset = c.Spec.Build();
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results, new BulkOptions { MaxDegreeOfParallelism = c.Threads });
        var options = RankingOptions.Default with { Missing = MissingScores.RankedLast };
        for (int y = 0; y < c.Spec.Years; y++)
        {
            var expected = Ranking.Rank(Enumerable.Range(0, c.Spec.Zones).Select(z => results.GetScore(z, y)).ToArray(), options);
            if (!Enumerable.Range(0, c.Spec.Zones).Select(z => (int?)results.GetRank(z, y)).SequenceEqual(expected))
            {
                return false;
            }
        }
        return true;
    }
}
