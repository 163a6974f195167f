using BenchmarkDotNet.Attributes;
using Indicators.Bulk;

namespace Indicators.Benchmarks;

/// <summary>
/// Incremental recomputation (增量重算) on a large-shaped dataset (30,000 zones × 40 indicators ×
/// 15 years, 18M cells): one zone's actual value changes, and only what depends on it is
/// recomputed (its cells, its scores, the ranks of the changed year). Issue 4 asks for under
/// 1 ms. <see cref="OneZoneChanged"/> is the typical update; each call really changes the data: it moves one value of a different zone (cycling
/// through <see cref="Zones"/> zones, middle year) between its original level and 1.5 times it, so the
/// zone's score and its rank in that year move every time. <see cref="OneZoneJumpsFirstToLastInEveryYear"/>
/// is the worst case.
/// </summary>
[MemoryDiagnoser]
public class BulkIncrementalBenchmarks
{
    private const int Zones = 64;
    private const int Indicator = 3;
    private BulkDataset dataset = null!;
    private BulkResults results = null!;
    private readonly double[] original = new double[Zones];
    private readonly int[] zones = new int[Zones];
    private int next;
    private bool raised;
    private int year;
    private const int JumpingZone = 12_345;
    private double[] top = null!;
    private double[] bottom = null!;
    private bool jumpedDown;

    /// <summary>Builds the large dataset, puts the jumping zone first, fully recomputes it, and picks the zones to touch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = BulkDatasets.Create(zones: 30000, indicators: 40, years: 15, seed: 20240601);
        results = new BulkResults(dataset);
        year = dataset.YearCount / 2;
        int cells = dataset.IndicatorCount * dataset.YearCount;
        top = new double[cells];
        bottom = new double[cells];
        for (int i = 0, k = 0; i < dataset.IndicatorCount; i++)
        {
            bool reverse = dataset.GetPolarity(i) == Polarity.Reverse;
            for (int y = 0; y < dataset.YearCount; y++, k++)
            {
                double target = dataset.GetTarget(JumpingZone, i, y) ?? 1;
                dataset.SetTarget(JumpingZone, i, y, target);
                top[k] = reverse ? target / 1000 : target * 1000;
                bottom[k] = reverse ? target * 1000 : 0;
            }
        }
        top.CopyTo(dataset.Actual.Slice(JumpingZone * cells, cells));
        BulkEngine.Recompute(dataset, results, new BulkOptions());
        if (results.GetRank(JumpingZone, 0) != 1)
        {
            throw new InvalidOperationException("The jumping zone should start first.");
        }
        // Zones spread over the whole range, each with a value present at the changed cell.
        int picked = 0;
        for (int z = 7; picked < Zones; z = (z + 467) % dataset.ZoneCount)
        {
            if (dataset.GetActual(z, Indicator, year) is double value && value > 0 && Array.IndexOf(zones, z, 0, picked) < 0)
            {
                zones[picked] = z;
                original[picked++] = value;
            }
        }
    }

    /// <summary>
    /// The worst case: one zone jumps from first to last in all 15 years (every actual value far
    /// over target, then at 0 or far over a reverse ceiling), and back on the next call, so every
    /// call moves it across all 30,000 zones of every year and shifts every other zone's rank.
    /// </summary>
    [Benchmark]
    public BulkResults OneZoneJumpsFirstToLastInEveryYear()
    {
        jumpedDown = !jumpedDown;
        (jumpedDown ? bottom : top).CopyTo(dataset.Actual.Slice(JumpingZone * top.Length, top.Length));
        BulkEngine.RecomputeZone(dataset, results, JumpingZone);
        return results;
    }

    /// <summary>One zone's value set, then that zone recomputed.</summary>
    [Benchmark]
    public BulkResults OneZoneChanged()
    {
        int slot = next;
        next = (next + 1) % Zones;
        if (next == 0)
        {
            raised = !raised;
        }
        double value = raised ? original[slot] : original[slot] * 1.5;
        dataset.SetActual(zones[slot], Indicator, year, value);
        BulkEngine.RecomputeZone(dataset, results, zones[slot]);
        return results;
    }
}
