using System.Runtime.CompilerServices;
using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>
/// The LSD radix sort of the bulk rankings (<see cref="BulkEngine"/> and <see cref="BulkAssessment"/>), and their one
/// ranking of a year (<see cref="Rank"/>, by <see cref="RankAssignment"/>'s rule): 64-bit keys in
/// <see cref="BulkResults.RadixDigits"/> digits of <see cref="BulkResults.RadixBits"/> bits, each key's digits counted
/// as the keys are made so that the sort need not read them once more.
/// </summary>
internal static class RadixSort
{
    /// <summary>Adds <paramref name="key"/>'s digits to the radix histograms (as the keys are made, so the sort need not read them once more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Count(Span<int> histograms, ulong key)
    {
        const int bits = BulkResults.RadixBits, buckets = BulkResults.RadixBuckets;
        for (int d = 0; d < BulkResults.RadixDigits; d++)
        {
            histograms[(d * buckets) + (int)((key >> (d * bits)) & (buckets - 1))]++;
        }
    }

    /// <summary>
    /// One year of a bulk ranking, by the library's one rule (<see cref="RankAssignment"/>): the key of every score
    /// (<paramref name="scores"/>[<paramref name="start"/> + z × <paramref name="stride"/>] for zone z, NaN when missing),
    /// a radix sort, then the ranks from the sorted order into <paramref name="ranks"/> (0: unranked).
    /// </summary>
    /// <returns>Whether the sorted keys and order ended in <paramref name="otherKeys"/> and <paramref name="otherOrder"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool Rank(ReadOnlySpan<double> scores, int start, int stride, RankingOptions options,
        Span<ulong> keys, Span<int> order, Span<ulong> otherKeys, Span<int> otherOrder, Span<int> histograms, Span<int> ranks)
    {
        histograms.Clear();
        // RankAssignment.Key with the exact tie policy written out, its two tests out of the loop: the common case,
        // and the one the zones-bulk workload times.
        bool exact = options.Ties == TiePolicy.Exact;
        bool reverse = options.Polarity == Polarity.Reverse;
        for (int z = 0; z < keys.Length; z++)
        {
            double score = scores[start + (z * stride)];
            ulong key = double.IsNaN(score) ? RankAssignment.Missing
                : exact ? RankAssignment.Ascending((reverse ? score : -score) + 0.0) : RankAssignment.Key(score, options);
            keys[z] = key;
            order[z] = z;
            Count(histograms, key);
        }
        bool inOther = Sort(keys, order, otherKeys, otherOrder, histograms);
        RankAssignment.FromSorted(inOther ? otherKeys : keys, inOther ? otherOrder : order, options.Method, options.Missing, ranks);
        return inOther;
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> ascending with their <paramref name="order"/> (LSD radix, 11-bit digits; a digit
    /// every key shares is skipped), ping-ponging with the other two spans; <paramref name="histograms"/> hold every
    /// key's digits (<see cref="Count"/>). Stable, so equal keys keep the order they came in.
    /// </summary>
    /// <returns>Whether the sorted keys and order ended in <paramref name="otherKeys"/> and <paramref name="otherOrder"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool Sort(Span<ulong> keys, Span<int> order, Span<ulong> otherKeys, Span<int> otherOrder, Span<int> histograms)
    {
        const int bits = BulkResults.RadixBits, buckets = BulkResults.RadixBuckets, digits = BulkResults.RadixDigits;
        int n = keys.Length;
        bool inOther = false;
        for (int d = 0; d < digits && n > 0; d++)
        {
            int shift = d * bits;
            Span<int> next = histograms.Slice(d * buckets, buckets);
            Span<ulong> from = inOther ? otherKeys : keys;
            Span<int> fromOrder = inOther ? otherOrder : order;
            if (next[(int)((from[0] >> shift) & (buckets - 1))] == n)
            {
                continue;
            }
            for (int b = 0, start = 0; b < buckets; b++)
            {
                (next[b], start) = (start, start + next[b]);
            }
            Span<ulong> to = inOther ? keys : otherKeys;
            Span<int> toOrder = inOther ? order : otherOrder;
            for (int k = 0; k < n; k++)
            {
                ulong key = from[k];
                int slot = next[(int)((key >> shift) & (buckets - 1))]++;
                to[slot] = key;
                toOrder[slot] = fromOrder[k];
            }
            inOther = !inOther;
        }
        return inOther;
    }
}
