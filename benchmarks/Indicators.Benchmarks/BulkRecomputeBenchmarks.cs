using BenchmarkDotNet.Attributes;
using Indicators.Bulk;

namespace Indicators.Benchmarks;

/// <summary>
/// Full bulk recomputation (批量重算) of the zones-bulk outputs on a small-shaped dataset
/// (3,000 zones × 40 indicators × 15 years, 1.8M cells): growth, completion, overfulfilment,
/// attainment, scores and ranks, into result buffers reused between calls, with one and two
/// threads. The side-by-side figures against the references come from
/// <c>benchmarks/zones-bulk.sh</c>; this suite tracks the engine alone and its allocations
/// (steady state should allocate nothing but the parallel loop's bookkeeping).
/// </summary>
[MemoryDiagnoser]
public class BulkRecomputeBenchmarks
{
    private BulkDataset dataset = null!;
    private BulkResults results = null!;
    private BulkOptions options = null!;

    /// <summary>Worker threads (<see cref="BulkOptions.MaxDegreeOfParallelism"/>).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Builds the dataset and the result buffers, and fills them once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = BulkDatasets.Create(zones: 3000, indicators: 40, years: 15, seed: 20240601);
        results = new BulkResults(dataset);
        options = new BulkOptions { MaxDegreeOfParallelism = Threads };
        BulkEngine.Recompute(dataset, results, options);
    }

    /// <summary>Every cell, score and rank of the dataset recomputed.</summary>
    [Benchmark]
    public BulkResults FullRecompute()
    {
        BulkEngine.Recompute(dataset, results, options);
        return results;
    }
}

/// <summary>
/// Synthetic, seeded zones-bulk datasets built in memory, shaped like the <c>zbulk-v1</c>
/// workload of benchmarks/zones-bulk (log-normal levels drifting over the years, targets near the
/// trend, about 2% missing and 0.25% zero actual values, a few silent zone-years, 20% reverse
/// indicators) so that every status branch of the kernels is taken, without reading a file.
/// </summary>
internal static class BulkDatasets
{
    /// <summary>Builds a Z × I × Y dataset from <paramref name="seed"/>.</summary>
    public static BulkDataset Create(int zones, int indicators, int years, int seed)
    {
        var random = new Random(seed);
        var weights = new double[indicators];
        var polarities = new Polarity[indicators];
        var mu = new double[indicators];
        double total = 0;
        for (int i = 0; i < indicators; i++)
        {
            weights[i] = 0.5 + (1.5 * random.NextDouble());
            total += weights[i];
            mu[i] = 6 * random.NextDouble();
        }
        for (int i = 0; i < indicators; i++)
        {
            weights[i] *= 100 / total;
        }
        int reverseCount = (int)Math.Round(0.2 * indicators);
        foreach (int i in Enumerable.Range(0, indicators).OrderBy(_ => random.Next()).Take(reverseCount))
        {
            polarities[i] = Polarity.Reverse;
        }

        var dataset = new BulkDataset(zones, weights, polarities, years, firstYear: 2010);
        // Filled through the internal spans: 36M SetActual calls on the large shape would be most of
        // GlobalSetup's time, and the missing cells are left as the constructor made them.
        Span<double> actual = dataset.Actual;
        Span<double> target = dataset.Target;
        var silent = new bool[years];
        for (int z = 0; z < zones; z++)
        {
            for (int y = 0; y < years; y++)
            {
                silent[y] = random.NextDouble() < 0.001;
            }
            for (int i = 0; i < indicators; i++)
            {
                double drift = polarities[i] == Polarity.Reverse ? -0.03 : 0.05;
                double trend = mu[i] + (0.75 * Normal(random));
                double bias = polarities[i] == Polarity.Reverse ? -0.03 : 0.03;
                int k = ((z * indicators) + i) * years;
                for (int y = 0; y < years; y++, k++)
                {
                    if (y > 0)
                    {
                        trend += drift + (0.10 * Normal(random));
                    }
                    target[k] = Math.Exp(trend + bias + (0.12 * Normal(random)));
                    double u = random.NextDouble();
                    actual[k] = silent[y] || u < 0.02 ? double.NaN
                        : u < 0.0225 ? 0.0
                        : Math.Exp(trend + (0.08 * Normal(random)));
                }
            }
        }
        return dataset;
    }

    /// <summary>A standard normal draw (Box–Muller; one of the pair is enough here).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
