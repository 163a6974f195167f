using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>
/// The loops of <see cref="BulkAssessment.Evaluate"/>: relative populations per indicator and year, the scores of a
/// block of zones, and the ranking of a year. Each mirrors <c>AssessmentEvaluator</c> operation for operation, so that
/// the bits are the scalar's.
/// </summary>
internal static class BulkAssessmentKernel
{
    /// <summary>The ranking of a reverse indicator's population: lower is better, exact ties.</summary>
    private static readonly RankingOptions ReverseExact = RankingOptions.Default with { Polarity = Polarity.Reverse };

    /// <summary>
    /// The best, worst, count and total of relative indicators [<paramref name="relativeStart"/>, <paramref name="relativeEnd"/>)
    /// in every year, as <see cref="Ranking.Populations"/> and <see cref="PopulationStatistics"/> compute them (Math.Min
    /// and Math.Max over the values present, the total added in zone order), in one zone-major pass over the values:
    /// each zone's series are contiguous, four years a vector (a series not a multiple of four ending with one
    /// overlapping vector: the bounds take its repeated lanes again, which changes nothing, and the sums take +0 there),
    /// so the pass streams through the cells once. The count and total only when <paramref name="totals"/> (something
    /// reads them: <see cref="BulkAssessmentPlan.ReadsTotals"/>); else both are left 0. Then the reference of each
    /// relative <c>ratio_to</c> but the median (<see cref="Sorted"/> gives that one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Statistics(BulkDataset dataset, BulkAssessmentResults results, int relativeStart, int relativeEnd, bool totals)
    {
        var plan = results.Plan;
        int zones = dataset.ZoneCount;
        int years = dataset.YearCount;
        int indicators = dataset.IndicatorCount;
        int from = relativeStart * years, count = (relativeEnd - relativeStart) * years;
        results.PopulationLow.AsSpan(from, count).Fill(double.PositiveInfinity);
        results.PopulationHigh.AsSpan(from, count).Fill(double.NegativeInfinity);
        results.PopulationTotal.AsSpan(from, count).Clear();
        results.PopulationCounted.AsSpan(from, count).Clear();
        ref double actual = ref MemoryMarshal.GetReference(dataset.Actual);
        ref double low = ref MemoryMarshal.GetArrayDataReference(results.PopulationLow);
        ref double high = ref MemoryMarshal.GetArrayDataReference(results.PopulationHigh);
        ref double total = ref MemoryMarshal.GetArrayDataReference(results.PopulationTotal);
        ref double counted = ref MemoryMarshal.GetArrayDataReference(results.PopulationCounted);
        int[] series = plan.RelativeDataset;
        if (Vector256.IsHardwareAccelerated && years >= Vector256<double>.Count)
        {
            int whole = years & ~3, last = years - 4;
            Vector256<double> tail = Vector256.GreaterThanOrEqual(Vector256.Create(0L, 1L, 2L, 3L), Vector256.Create((long)(whole - last))).AsDouble();
            for (int z = 0; z < zones; z++)
            {
                for (int r = relativeStart; r < relativeEnd; r++)
                {
                    ref double a = ref Unsafe.Add(ref actual, ((nint)z * indicators + series[r]) * years);
                    nint at = (nint)r * years;
                    for (int y = 0; y < whole; y += 4)
                    {
                        Bounds(ref a, y, ref Unsafe.Add(ref low, at), ref Unsafe.Add(ref high, at));
                        if (totals)
                        {
                            Sums(ref a, y, ref Unsafe.Add(ref total, at), ref Unsafe.Add(ref counted, at), Vector256<double>.AllBitsSet);
                        }
                    }
                    if (whole < years)
                    {
                        Bounds(ref a, last, ref Unsafe.Add(ref low, at), ref Unsafe.Add(ref high, at));
                        if (totals)
                        {
                            Sums(ref a, last, ref Unsafe.Add(ref total, at), ref Unsafe.Add(ref counted, at), tail);
                        }
                    }
                }
            }
        }
        else
        {
            for (int z = 0; z < zones; z++)
            {
                for (int r = relativeStart; r < relativeEnd; r++)
                {
                    ref double a = ref Unsafe.Add(ref actual, ((nint)z * indicators + series[r]) * years);
                    nint at = (nint)r * years;
                    for (int y = 0; y < years; y++)
                    {
                        double v = Unsafe.Add(ref a, y);
                        if (!double.IsNaN(v))
                        {
                            nint i = at + y;
                            Unsafe.Add(ref low, i) = Math.Min(Unsafe.Add(ref low, i), v);
                            Unsafe.Add(ref high, i) = Math.Max(Unsafe.Add(ref high, i), v);
                            Unsafe.Add(ref total, i) += v;
                            Unsafe.Add(ref counted, i) += 1;
                        }
                    }
                }
            }
        }
        for (int r = relativeStart; r < relativeEnd; r++)
        {
            int k = plan.RelativeIndicators[r];
            bool reverse = plan.Indicators[k].Definition.Polarity == Polarity.Reverse;
            var method = plan.Indicators[k].Method as RatioToScoring;
            for (int y = 0; y < years; y++)
            {
                int at = (r * years) + y;
                double lo = results.PopulationLow[at], hi = results.PopulationHigh[at];
                (results.PopulationBest[at], results.PopulationWorst[at]) = reverse ? (lo, hi) : (hi, lo);
                results.PopulationCount[at] = (int)results.PopulationCounted[at];
                results.PopulationMedian[at] = double.NaN;
                results.PopulationReference[at] = method is { Reference: not RelativeReference.Median } ? Reference(results, at, method.Reference, double.NaN) : double.NaN;
            }
        }
    }

    /// <summary>Math.Min and Math.Max of four years' bounds with their values, lane by lane: a NaN (missing) compares false and keeps the bound; of equal values Math.Min keeps −0 and Math.Max +0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bounds(ref double a, int y, ref double low, ref double high)
    {
        Vector256<double> v = Vector256.LoadUnsafe(ref a, (nuint)y);
        Vector256<double> negative = Vector256.LessThan(v.AsInt64(), Vector256<long>.Zero).AsDouble();
        Vector256<double> lo = Vector256.LoadUnsafe(ref low, (nuint)y);
        Vector256<double> hi = Vector256.LoadUnsafe(ref high, (nuint)y);
        Vector256.ConditionalSelect(Vector256.LessThan(v, lo) | (Vector256.Equals(v, lo) & negative), v, lo).StoreUnsafe(ref low, (nuint)y);
        Vector256.ConditionalSelect(Vector256.GreaterThan(v, hi) | (Vector256.Equals(v, hi) & ~negative), v, hi).StoreUnsafe(ref high, (nuint)y);
    }

    /// <summary>Adds four years' values present (and <paramref name="fresh"/>) to the totals and counts: + 0 elsewhere leaves a sum as it is, as a sum begun at +0 is never −0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Sums(ref double a, int y, ref double total, ref double counted, Vector256<double> fresh)
    {
        Vector256<double> v = Vector256.LoadUnsafe(ref a, (nuint)y);
        Vector256<double> present = Vector256.Equals(v, v) & fresh;
        (Vector256.LoadUnsafe(ref total, (nuint)y) + (v & present)).StoreUnsafe(ref total, (nuint)y);
        (Vector256.LoadUnsafe(ref counted, (nuint)y) + (Vector256.Create(1.0) & present)).StoreUnsafe(ref counted, (nuint)y);
    }

    /// <summary>
    /// What a relative ratio_to divides by in population <paramref name="at"/>: the value <see cref="PopulationStatistics.With"/>
    /// gives it, or NaN where the scalar refuses every zone (no such value, or a best or worst that is not finite, which
    /// <c>ScoringChecks.Check</c> rejects).
    /// </summary>
    private static double Reference(BulkAssessmentResults results, int at, RelativeReference reference, double median)
    {
        double best = results.PopulationBest[at], worst = results.PopulationWorst[at];
        if (!double.IsFinite(best) || !double.IsFinite(worst))
        {
            return double.NaN;
        }
        var population = PopulationStatistics.With(new ScoringPopulation(best, worst, 1, results.PopulationCount[at]), results.PopulationTotal[at], median);
        return RatioToScoring.ReferenceOf(population, reference) ?? double.NaN;
    }

    /// <summary>
    /// The ranks and the median of one relative indicator in one year, for a method that reads them (a rank ladder, a
    /// ratio to the median, a user's method): each value's competition rank on exact ties, as
    /// <see cref="Ranking.Populations"/> gives it, and the median as <see cref="PopulationStatistics"/> takes it.
    /// </summary>
    /// <remarks>Uses the year's slice of the sort buffers: run the indicators of one year on one thread, after <see cref="Statistics"/>.</remarks>
    internal static void Sorted(BulkDataset dataset, BulkAssessmentResults results, int relative, int year)
    {
        var plan = results.Plan;
        var needs = plan.Needs[relative];
        if (needs == PopulationNeeds.None)
        {
            return;
        }
        int k = plan.RelativeIndicators[relative];
        int d = plan.DatasetIndex[k];
        bool reverse = plan.Indicators[k].Definition.Polarity == Polarity.Reverse;
        int zones = dataset.ZoneCount;
        int years = dataset.YearCount;
        int indicators = dataset.IndicatorCount;
        ReadOnlySpan<double> actual = dataset.Actual;
        Span<ulong> keys = MemoryMarshal.Cast<double, ulong>(results.SortKeys.AsSpan(year * zones, zones));
        Span<int> order = results.SortZones.AsSpan(year * zones, zones);
        var options = reverse ? ReverseExact : RankingOptions.Default;
        int count = 0;
        for (int z = 0; z < zones; z++)
        {
            double v = actual[((z * indicators) + d) * years + year];
            if (!double.IsNaN(v))
            {
                keys[count] = RankAssignment.Key(v, options);
                order[count] = z;
                count++;
            }
        }
        // The order among tied zones does not change a rank, so an unstable sort gives Ranking.Populations's ranks.
        keys[..count].Sort(order[..count]);
        int at = (relative * years) + year;
        if ((needs & PopulationNeeds.Ranks) != 0)
        {
            Span<int> ranks = results.PopulationRanks.AsSpan(at * zones, zones);
            ranks.Clear();
            RankAssignment.FromSorted(keys[..count], order[..count], RankingMethod.Competition, MissingScores.Unranked, ranks);
        }
        if ((needs & PopulationNeeds.Median) != 0 && count > 0)
        {
            // The sorted order is best first, so the two middle values are those of an ascending sort, perhaps swapped.
            double median = PopulationStatistics.Median(actual[((order[(count - 1) / 2] * indicators) + d) * years + year], actual[((order[count / 2] * indicators) + d) * years + year]);
            results.PopulationMedian[at] = median;
            if (plan.Indicators[k].Method is RatioToScoring { Reference: RelativeReference.Median })
            {
                results.PopulationReference[at] = Reference(results, at, RelativeReference.Median, median);
            }
        }
    }

    /// <summary>Above this many years the per-year scratch of <see cref="Zones"/> goes on the heap.</summary>
    private const int StackYears = 256;

    /// <summary>
    /// Scores zones [<paramref name="zoneStart"/>, <paramref name="zoneEnd"/>) in every year, category by category: a
    /// category the plan marks for it by <see cref="BulkAssessmentVector"/> when <paramref name="vector"/> (all years at
    /// once), any other year by year as the scalar does. A zone-year keeps the first failure in category order, as the
    /// scalar stops at it, and then has no points, subtotals or total.
    /// </summary>
    internal static void Zones(BulkDataset dataset, BulkAssessmentResults results, int zoneStart, int zoneEnd, bool vector)
    {
        var plan = results.Plan;
        int years = dataset.YearCount;
        int categories = plan.Categories.Count;
        Span<double> sums = years <= StackYears ? stackalloc double[years] : new double[years];
        Span<double> scale = years <= StackYears ? stackalloc double[years] : new double[years];
        Span<double> acc = years <= StackYears ? stackalloc double[years] : new double[years];
        for (int z = zoneStart; z < zoneEnd; z++)
        {
            Span<byte> statuses = results.Statuses.Slice(z * years, years);
            statuses.Clear(); // BulkAssessmentStatus.Scored is 0
            sums.Clear();
            for (int c = 0; c < categories; c++)
            {
                if (vector && plan.VectorCategory[c])
                {
                    BulkAssessmentVector.Category(dataset, results, z, c, sums, statuses, scale, acc);
                    continue;
                }
                for (int y = 0; y < years; y++)
                {
                    if (statuses[y] == (byte)BulkAssessmentStatus.Scored)
                    {
                        var status = Category(dataset, results, z, c, y, out double subtotal);
                        if (status == BulkAssessmentStatus.Scored)
                        {
                            sums[y] += subtotal;
                        }
                        else
                        {
                            statuses[y] = (byte)status;
                        }
                    }
                }
            }
            for (int y = 0; y < years; y++)
            {
                int zy = z * years + y;
                if (statuses[y] == (byte)BulkAssessmentStatus.Scored)
                {
                    // Bulk has no bonus or deduction (both 0).
                    results.Totals[zy] = ZoneAssessment.TotalOf(sums[y], 0.0, 0.0);
                }
                else
                {
                    results.Totals[zy] = double.NaN;
                    for (int k = 0; k < results.IndicatorCount; k++)
                    {
                        results.Points[results.PointIndex(z, k, y)] = double.NaN;
                    }
                    for (int c = 0; c < categories; c++)
                    {
                        results.Subtotals[results.SubtotalIndex(z, c, y)] = double.NaN;
                    }
                }
            }
        }
    }

    /// <summary>One category of one zone-year, in the scalar's order: the missing values, the reweighting scale, the scores, then the scaled sum.</summary>
    private static BulkAssessmentStatus Category(BulkDataset dataset, BulkAssessmentResults results, int z, int c, int y, out double subtotal)
    {
        var plan = results.Plan;
        int years = dataset.YearCount;
        int indicators = dataset.IndicatorCount;
        ReadOnlySpan<double> actual = dataset.Actual;
        ReadOnlySpan<double> target = dataset.Target;
        subtotal = 0;
        var category = plan.Categories[c];
        int first = plan.CategoryStart[c], end = plan.CategoryStart[c + 1];
        double dropped = 0.0;
        for (int k = first; k < end; k++)
        {
            if (double.IsNaN(actual[((z * indicators) + plan.DatasetIndex[k]) * years + y]))
            {
                var policy = plan.Indicators[k].MissingData;
                if (policy == MissingDataPolicy.Error)
                {
                    return BulkAssessmentStatus.MissingValue;
                }
                if (policy == MissingDataPolicy.Reweight)
                {
                    dropped += plan.Indicators[k].Points;
                }
            }
        }
        double scale = Reweighting.Scale(plan.CategoryPoints[c], dropped, category.Weight);
        if (double.IsNaN(scale))
        {
            return BulkAssessmentStatus.NothingToReweight;
        }

        // As the scalar evaluator: the scale multiplies the sum once where the methods are proportional to the weight.
        double weightScale = category.WeightScale(scale);
        double sum = 0;
        for (int k = first; k < end; k++)
        {
            var indicator = plan.Indicators[k];
            int cell = ((z * indicators) + plan.DatasetIndex[k]) * years + y;
            double value = actual[cell];
            double points = 0;
            if (!double.IsNaN(value))
            {
                var defaults = indicator.DefaultTargets;
                double cellTarget = target[cell];
                ScoringPopulation? population = null;
                int r = plan.RelativeIndex[k];
                if (r >= 0)
                {
                    // A struct, so no allocation. What the method does not read is left out: a rank of 1, which Check
                    // accepts of every zone with a value, and no median; the scalar's are finite wherever best and worst
                    // are, so Check decides alike.
                    int at = (r * years) + y;
                    var needs = plan.Needs[r];
                    population = PopulationStatistics.With(new ScoringPopulation(results.PopulationBest[at], results.PopulationWorst[at],
                        (needs & PopulationNeeds.Ranks) != 0 ? results.PopulationRanks[at * dataset.ZoneCount + z] : 1, results.PopulationCount[at]),
                        results.PopulationTotal[at], (needs & PopulationNeeds.Median) != 0 ? results.PopulationMedian[at] : null);
                }
                var input = new ScoringInput(value, indicator.Points * weightScale, indicator.Definition.Polarity,
                    double.IsNaN(cellTarget) ? defaults.Target : cellTarget, defaults.Stretch, defaults.Baseline, population);
                try
                {
                    points = plan.Fast[k] is { } fast ? fast.Points(in input) : indicator.Method.Score(in input).Points;
                }
                catch (ArgumentException)
                {
                    return BulkAssessmentStatus.Unscorable;
                }
                if (!double.IsFinite(points))
                {
                    return BulkAssessmentStatus.Unscorable;
                }
            }
            results.Points[results.PointIndex(z, k, y)] = points;
            sum += points;
        }
        double uncapped = category.Reweighted(sum, scale);
        if (!double.IsFinite(uncapped))
        {
            return BulkAssessmentStatus.Unscorable;
        }
        subtotal = category.Cap is double cap ? Math.Min(uncapped, cap) : uncapped;
        results.Subtotals[results.SubtotalIndex(z, c, y)] = subtotal;
        return BulkAssessmentStatus.Scored;
    }

    /// <summary>
    /// Ranks one year's totals as <see cref="Ranking.Rank(ReadOnlySpan{double?}, RankingOptions?)"/> does with the
    /// scheme's options: <see cref="RadixSort.Rank"/>, the one rule of <see cref="RankAssignment"/>.
    /// </summary>
    internal static void RankYear(BulkAssessmentResults results, int year)
    {
        int zones = results.ZoneCount;
        int offset = year * zones;
        // The year's slice of the population sort buffers, which are done with by now, holds the keys.
        RadixSort.Rank(results.Totals, year, results.YearCount, results.Scheme.RankingOptions,
            MemoryMarshal.Cast<double, ulong>(results.SortKeys.AsSpan(offset, zones)), results.SortZones.AsSpan(offset, zones),
            results.ScratchKeys.AsSpan(offset, zones), results.ScratchZones.AsSpan(offset, zones),
            results.Histograms.AsSpan(year * BulkResults.RadixDigits * BulkResults.RadixBuckets, BulkResults.RadixDigits * BulkResults.RadixBuckets),
            results.Ranks.Slice(offset, zones));
    }
}
