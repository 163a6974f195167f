using System.Runtime.InteropServices;
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
    /// The population of one relative indicator in one year, as <see cref="Ranking.Populations"/> computes it: best and
    /// worst of the values present (by polarity), their count, and each value's competition rank on exact ties.
    /// </summary>
    /// <remarks>Uses the year's slice of the sort buffers: run the indicators of one year on one thread.</remarks>
    internal static void Population(BulkDataset dataset, BulkAssessmentResults results, int relative, int year)
    {
        var plan = results.Plan;
        int k = plan.RelativeIndicators[relative];
        int d = plan.DatasetIndex[k];
        bool reverse = plan.Indicators[k].Definition.Polarity == Polarity.Reverse;
        int zones = dataset.ZoneCount;
        int years = dataset.YearCount;
        int indicators = dataset.IndicatorCount;
        ReadOnlySpan<double> actual = dataset.Actual;
        Span<ulong> keys = MemoryMarshal.Cast<double, ulong>(results.SortKeys.AsSpan(year * zones, zones));
        Span<int> order = results.SortZones.AsSpan(year * zones, zones);
        Span<int> ranks = results.PopulationRanks.AsSpan(((relative * years) + year) * zones, zones);
        var options = reverse ? ReverseExact : RankingOptions.Default;
        double min = double.PositiveInfinity, max = double.NegativeInfinity, total = 0;
        int count = 0;
        for (int z = 0; z < zones; z++)
        {
            double v = actual[((z * indicators) + d) * years + year];
            ranks[z] = 0;
            if (!double.IsNaN(v))
            {
                (min, max) = (Math.Min(min, v), Math.Max(max, v));
                total += v;
                keys[count] = RankAssignment.Key(v, options);
                order[count] = z;
                count++;
            }
        }
        // The order among tied zones does not change a rank, so an unstable sort gives Ranking.Populations's ranks.
        keys[..count].Sort(order[..count]);
        RankAssignment.FromSorted(keys[..count], order[..count], RankingMethod.Competition, MissingScores.Unranked, ranks);
        int at = (relative * years) + year;
        (results.PopulationBest[at], results.PopulationWorst[at]) = reverse ? (min, max) : (max, min);
        results.PopulationCount[at] = count;
        results.PopulationTotal[at] = total;
        // The sorted order is best first, so the two middle values are those of an ascending sort, perhaps swapped.
        results.PopulationMedian[at] = count == 0 ? double.NaN
            : PopulationStatistics.Median(actual[((order[(count - 1) / 2] * indicators) + d) * years + year], actual[((order[count / 2] * indicators) + d) * years + year]);
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
                    int at = (r * years) + y;
                    population = PopulationStatistics.With(new ScoringPopulation(results.PopulationBest[at], results.PopulationWorst[at],
                        results.PopulationRanks[at * dataset.ZoneCount + z], results.PopulationCount[at]), results.PopulationTotal[at], results.PopulationMedian[at]);
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
