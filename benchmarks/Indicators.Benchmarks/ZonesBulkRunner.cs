using System.Diagnostics;
using System.Globalization;
using Indicators.Bulk;

namespace Indicators.Benchmarks;

/// <summary>
/// The zones-bulk runner: reads a zbulk-v1 file, follows the timing protocol of
/// benchmarks/zones-bulk/workload.md (load untimed, 1 warm-up, 5 timed full recomputes, GC before each outside
/// the timer) and prints the reference implementations' lines.
/// </summary>
public static class ZonesBulkRunner
{
    private const int TimedRuns = 5;

    /// <summary>Runs <c>zones-bulk PATH [--threads N]</c>, or a load of issue 14's side by side (<c>zones-bulk to-csv|load …</c>,
    /// <see cref="ZonesBulkLoads"/>); returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: zones-bulk PATH [--threads N]");
            return 2;
        }
        if (args[1] is "to-csv" or "load")
        {
            return ZonesBulkLoads.Run(args);
        }
        string path = args[1];
        int threads = Environment.ProcessorCount;
        for (int a = 2; a < args.Length; a++)
        {
            if (args[a] == "--threads" && a + 1 < args.Length && int.TryParse(args[a + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1)
            {
                threads = n;
                a++;
            }
            else
            {
                Console.Error.WriteLine($"zones-bulk: unknown or incomplete argument '{args[a]}'");
                return 2;
            }
        }

        Outcome<BulkDataset> read;
        try
        {
            read = ZbulkFile.Read(path);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"zones-bulk: {e.Message}");
            return 1;
        }
        if (!read.TryGetValue(out BulkDataset? dataset))
        {
            Console.Error.WriteLine($"zones-bulk: {read}");
            return 1;
        }
        var results = new BulkResults(dataset);
        var options = new BulkOptions { MaxDegreeOfParallelism = threads };

        BulkEngine.Recompute(dataset, results, options);
        var times = new double[TimedRuns];
        for (int r = 0; r < TimedRuns; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long t0 = Stopwatch.GetTimestamp();
            BulkEngine.Recompute(dataset, results, options);
            times[r] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }

        double[] checksums = ZonesBulkChecksums.Compute(results);
        double[] sorted = (double[])times.Clone();
        Array.Sort(sorted);
        long cells = dataset.CellCount;
        var inv = CultureInfo.InvariantCulture;
        string[] names = ZonesBulkChecksums.Names;
        Console.WriteLine("impl: indicators");
        Console.WriteLine(string.Create(inv, $"data: {path} Z={dataset.ZoneCount} I={dataset.IndicatorCount} Y={dataset.YearCount} cells={cells}"));
        Console.WriteLine("checksum6:" + string.Concat(names.Select((name, k) => $" {name}={PrintfG.Format(checksums[k], 6)}")));
        Console.WriteLine("checksum17:" + string.Concat(names.Select((name, k) => $" {name}={PrintfG.Format(checksums[k], 17)}")));
        Console.WriteLine(string.Create(inv, $"time_ms: best={sorted[0]:F3} median={sorted[TimedRuns / 2]:F3} runs={TimedRuns} warmup=1 all=")
            + string.Join(",", times.Select(t => t.ToString("F1", inv))));
        Console.WriteLine($"cells_per_s: best={PrintfG.Format(cells / sorted[0] * 1e3, 4)} median={PrintfG.Format(cells / sorted[TimedRuns / 2] * 1e3, 4)}");
        Console.WriteLine(string.Create(inv, $"peak_rss_mb: {Process.GetCurrentProcess().PeakWorkingSet64 / (double)(1 << 20):F0}"));
        Console.WriteLine(string.Create(inv, $"threads: {threads}"));
        return 0;
    }
}

/// <summary>The seven zones-bulk checksums, accumulated as bulk.c does (finite values only), with compensated sums.</summary>
internal static class ZonesBulkChecksums
{
    internal static readonly string[] Names = ["growth", "completion", "overf", "attained", "score", "ranksum", "rankdot"];

    internal static double[] Compute(BulkResults results)
    {
        var growth = new NeumaierSum();
        var completion = new NeumaierSum();
        var overf = new NeumaierSum();
        long attained = 0;
        ReadOnlySpan<double> g = results.Growth, c = results.Completion, o = results.Overfulfilment;
        ReadOnlySpan<byte> att = results.Attained;
        for (int k = 0; k < g.Length; k++)
        {
            growth.AddFinite(g[k]);
            completion.AddFinite(c[k]);
            overf.AddFinite(o[k]);
            attained += att[k];
        }
        var score = new NeumaierSum();
        foreach (double s in results.Scores)
        {
            score.AddFinite(s);
        }
        long rankSum = 0, rankDot = 0;
        ReadOnlySpan<int> ranks = results.Ranks;   // year-major: year · Z + zone
        for (int k = 0; k < ranks.Length; k++)
        {
            rankSum += ranks[k];
            rankDot += (long)ranks[k] * (k % results.ZoneCount + 1);
        }
        return [growth.Value, completion.Value, overf.Value, attained, score.Value, rankSum, rankDot];
    }

    private struct NeumaierSum
    {
        private double sum;
        private double compensation;

        public readonly double Value => sum + compensation;

        public void AddFinite(double x)
        {
            if (!double.IsFinite(x))
            {
                return;
            }
            double t = sum + x;
            compensation += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
    }
}
