using System.Runtime.CompilerServices;

namespace Indicators.Assessment;

/// <summary>
/// The one ranking rule (排名规则) of the library, in two steps every ranking path takes: each score's sort key (its tie
/// key under <see cref="RankingOptions.Ties"/>, best first by <see cref="RankingOptions.Polarity"/>, as an unsigned
/// integer whose order is the numbers' order, so that equal keys are exactly the ties), then, once the keys are sorted by
/// whatever sorter suits the caller (<see cref="Ranking"/> a comparison sort, the bulk paths a radix sort), the ranks
/// from the sorted order (competition or dense; missing scores unranked or ranked last together).
/// </summary>
internal static class RankAssignment
{
    /// <summary>The key of a missing score: after every present one (no present key is this).</summary>
    internal const ulong Missing = ulong.MaxValue;

    /// <summary>
    /// The sort key of a finite <paramref name="score"/>: ascending keys put the best first, and two scores tie exactly
    /// when their keys are equal (−0 and +0 included).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Key(double score, RankingOptions options)
    {
        double tie = options.Ties.Key(score);
        return Ascending((options.Polarity == Polarity.Reverse ? tie : -tie) + 0.0);
    }

    /// <summary>An unsigned key in the order of <paramref name="value"/> (not NaN; −0 below +0, so pass +0 for both); never <see cref="Missing"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Ascending(double value)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    /// <summary>
    /// Writes the rank of the item at each sorted position: <c>ranks[order[p]]</c>. A tie shares the rank of its first
    /// position (competition: 1, 2, 2, 4) or the next rank (dense: 1, 2, 2, 3); the missing keys, last, all get the rank
    /// after the present ones under <see cref="MissingScores.RankedLast"/>, or 0 (unranked).
    /// </summary>
    /// <param name="keys">The keys in ascending order, <see cref="Missing"/> last.</param>
    /// <param name="order">The item of each sorted position.</param>
    /// <param name="method">Competition or dense.</param>
    /// <param name="missing">What a missing score gets.</param>
    /// <param name="ranks">Per item, its rank (1 = best), or 0 when unranked.</param>
    internal static void FromSorted(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> order, RankingMethod method, MissingScores missing, Span<int> ranks)
    {
        bool dense = method == RankingMethod.Dense;
        int rank = 0;
        int p = 0;
        for (; p < keys.Length && keys[p] != Missing; p++)
        {
            if (p == 0 || keys[p] != keys[p - 1])
            {
                rank = dense ? rank + 1 : p + 1;
            }
            ranks[order[p]] = rank;
        }
        int last = missing == MissingScores.RankedLast ? (dense ? rank + 1 : p + 1) : 0;
        for (; p < keys.Length; p++)
        {
            ranks[order[p]] = last;
        }
    }
}
