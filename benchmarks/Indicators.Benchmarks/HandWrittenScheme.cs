using System.Globalization;
using Indicators.Bulk;

namespace Indicators.Benchmarks;

/// <summary>
/// Issue 13: the hand-written kernel of <see cref="AssessFromFilesBenchmarks"/>'s scheme (手写方案内核) — plain loops written
/// for exactly that scheme, no library scoring code: the baseline of "the scheme part within 1.25× of the hand-written
/// kernels". Five categories of 12 entries (weights 20/20/15/15/30, entry points = category weight × 赋权 / Σ 赋权 of the
/// category), positive entries <c>ratio_to(best)</c>, reverse ones <c>efficacy_coefficient()</c>, <c>missing zero</c>, totals
/// ranked by competition per year. Every buffer is made once; <see cref="Run"/> allocates nothing. With
/// <c>keepPoints</c> it also keeps what <see cref="BulkAssessmentResults"/> keeps: every cell's points and every
/// category's subtotal (zone-major, year fastest), so the two compute the same outputs.
/// </summary>
internal sealed class HandWrittenScheme
{
    private readonly int zones;
    private readonly int indicators;
    private readonly int years;
    private readonly double[] points;
    private readonly bool[] reverse;
    private readonly double[] high;
    private readonly double[] low;
    private readonly double[] totals;
    private readonly int[] ranks;
    private readonly double[] keys;
    private readonly int[] order;
    private readonly double[]? cellPoints;
    private readonly double[]? subtotals;
    private readonly int perCategory;
    private readonly int categories;

    public HandWrittenScheme(BulkDataset dataset, int[] categoryWeights, bool keepPoints = false)
    {
        zones = dataset.ZoneCount;
        indicators = dataset.IndicatorCount;
        years = dataset.YearCount;
        points = new double[indicators];
        reverse = new bool[indicators];
        perCategory = indicators / categoryWeights.Length;
        categories = categoryWeights.Length;
        for (var c = 0; c < categoryWeights.Length; c++)
        {
            var sum = 0.0;
            for (var i = c * perCategory; i < (c + 1) * perCategory; i++)
            {
                sum += dataset.GetWeight(i);
            }
            for (var i = c * perCategory; i < (c + 1) * perCategory; i++)
            {
                points[i] = categoryWeights[c] * dataset.GetWeight(i) / sum;
                reverse[i] = dataset.GetPolarity(i) == Polarity.Reverse;
            }
        }
        high = new double[indicators * years];
        low = new double[indicators * years];
        totals = new double[zones * years];
        ranks = new int[zones * years];
        keys = new double[zones];
        order = new int[zones];
        if (keepPoints)
        {
            cellPoints = new double[zones * indicators * years];
            subtotals = new double[zones * categories * years];
        }
    }

    /// <summary>The totals, zone-major: <c>zone × years + year</c>.</summary>
    public double[] Totals => totals;

    /// <summary>The competition ranks, zone-major like <see cref="Totals"/>.</summary>
    public int[] Ranks => ranks;

    /// <summary>Scores the cells (<c>((zone × indicators) + indicator) × years + year</c>, NaN = missing) and ranks the totals.</summary>
    public void Run(ReadOnlySpan<double> actual)
    {
        // Pass 1: each (indicator, year)'s max and min over the zones with a value (NaN fails both comparisons).
        Array.Fill(high, double.NegativeInfinity);
        Array.Fill(low, double.PositiveInfinity);
        for (var z = 0; z < zones; z++)
        {
            var row = actual.Slice(z * indicators * years, indicators * years);
            for (var k = 0; k < row.Length; k++)
            {
                var v = row[k];
                if (v > high[k])
                {
                    high[k] = v;
                }
                if (v < low[k])
                {
                    low[k] = v;
                }
            }
        }

        // Pass 2: points into each zone-year's total; a missing value scores 0.
        for (var z = 0; z < zones; z++)
        {
            var total = totals.AsSpan(z * years, years);
            total.Clear();
            for (var i = 0; i < indicators; i++)
            {
                var cells = actual.Slice(((z * indicators) + i) * years, years);
                var kept = cellPoints is null ? default : cellPoints.AsSpan(((z * indicators) + i) * years, years);
                var subtotal = subtotals is null ? default : subtotals.AsSpan(((z * categories) + (i / perCategory)) * years, years);
                if (subtotals is not null && i % perCategory == 0)
                {
                    subtotal.Clear();
                }
                var p = points[i];
                var at = i * years;
                if (reverse[i])
                {
                    for (var y = 0; y < years; y++)
                    {
                        var v = cells[y];
                        if (double.IsNaN(v))
                        {
                            if (cellPoints is not null)
                            {
                                kept[y] = 0.0;
                            }
                            continue;
                        }
                        double best = low[at + y], worst = high[at + y];
                        var index = best == worst ? 100.0 : Math.Clamp(60.0 + 40.0 * (v - worst) / (best - worst), 0.0, 100.0);
                        var score = p * index / 100.0;
                        total[y] += score;
                        if (cellPoints is not null)
                        {
                            kept[y] = score;
                            subtotal[y] += score;
                        }
                    }
                }
                else
                {
                    for (var y = 0; y < years; y++)
                    {
                        var v = cells[y];
                        if (double.IsNaN(v))
                        {
                            if (cellPoints is not null)
                            {
                                kept[y] = 0.0;
                            }
                            continue;
                        }
                        var score = Math.Max(0.0, p * Math.Min(1.0, v / high[at + y]));
                        total[y] += score;
                        if (cellPoints is not null)
                        {
                            kept[y] = score;
                            subtotal[y] += score;
                        }
                    }
                }
            }
        }

        // Pass 3: competition ranks per year, higher total first; ties share a rank and the next rank skips.
        for (var y = 0; y < years; y++)
        {
            for (var z = 0; z < zones; z++)
            {
                keys[z] = -totals[z * years + y];
                order[z] = z;
            }
            Array.Sort(keys, order);
            var rank = 1;
            for (var k = 0; k < zones; k++)
            {
                if (k > 0 && keys[k] != keys[k - 1])
                {
                    rank = k + 1;
                }
                ranks[order[k] * years + y] = rank;
            }
        }
    }

    /// <summary>Throws unless the totals equal <paramref name="library"/>'s within 1e-9 relative and the ranks are equal.</summary>
    public void Verify(BulkAssessmentResults library)
    {
        for (var z = 0; z < zones; z++)
        {
            for (var y = 0; y < years; y++)
            {
                var mine = totals[z * years + y];
                var theirs = library.GetTotal(z, y) ?? double.NaN;
                if (!(Math.Abs(mine - theirs) <= 1e-9 * Math.Max(Math.Abs(theirs), 1e-300)))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"Hand-written total of zone {z} year {y} is {mine:R}, the library's {theirs:R}."));
                }
                for (var i = 0; cellPoints is not null && i < indicators; i++)
                {
                    Same(cellPoints[((z * indicators) + i) * years + y], library.GetPoints(z, i, y), "points", z, y);
                }
                for (var c = 0; subtotals is not null && c < categories; c++)
                {
                    Same(subtotals[((z * categories) + c) * years + y], library.GetCategorySubtotal(z, c, y), "subtotal", z, y);
                }
                if (library.GetRank(z, y) != ranks[z * years + y])
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"Hand-written rank of zone {z} year {y} is {ranks[z * years + y]}, the library's {library.GetRank(z, y)}."));
                }
            }
        }
    }

    private static void Same(double mine, double? library, string what, int z, int y)
    {
        var theirs = library ?? double.NaN;
        if (!(Math.Abs(mine - theirs) <= 1e-9 * Math.Max(Math.Abs(theirs), 1e-300) || mine == theirs))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Hand-written {what} of zone {z} year {y} is {mine:R}, the library's {theirs:R}."));
        }
    }
}
