using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Indicators.Bulk;
using Indicators.Tests.Bulk.Oracle;
using nietras.SeparatedValues;

namespace Indicators.Benchmarks;

/// <summary>
/// Issue 14: the long-format CSV loader on the zones-bulk workload written as long CSV (one row per value: zone,
/// indicator, year, actual or target, value, unit; missing actuals as empty values). The small workload (3,000 × 40 ×
/// 15, 3.6M rows) by default; <c>BULKCSV_ZONES=30000</c> for the large one. <c>Oracle</c> is the loader before issue
/// 14 (the tests' copy, compiled in here), <c>Blocks</c> the block loader on 1 and 2 threads, <c>SepValuesOnly</c>
/// Sep (the data package's CSV reader) splitting the same file and parsing every value with no check and no store:
/// the floor of a reader, not a loader.
/// </summary>
[MemoryDiagnoser]
public class BulkCsvBenchmarks
{
    private string path = "";
    private IndicatorCatalog catalog = IndicatorCatalog.Empty;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int zones = int.Parse(Environment.GetEnvironmentVariable("BULKCSV_ZONES") ?? "3000", CultureInfo.InvariantCulture);
        catalog = Catalog(40);
        path = Path.Combine(Path.GetTempPath(), $"bulkcsv-bench-{zones}.csv");
        if (!File.Exists(path))
        {
            Write(BulkDatasets.Create(zones, 40, 15, seed: 20240601), path);
        }
        Console.WriteLine($"// {path}: {new FileInfo(path).Length:N0} bytes; load average {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    /// <summary>The loader before issue 14 (it has one thread: with <see cref="Threads"/> = 2 it returns at once).</summary>
    [Benchmark]
    public int Oracle() => Threads == 1 ? Cells(BulkCsvOracle.Read(path, catalog)) : 0;

    [Benchmark]
    public int Blocks() => Cells(BulkCsvBlocks.ReadFile(path, catalog, null, BulkCsvBlocks.Options.Default with { Threads = Threads }));

    [Benchmark]
    public double SepValuesOnly()
    {
        using var reader = Sep.Reader().FromFile(path);
        int value = reader.Header.IndexOf("value");
        double sum = 0;
        foreach (var row in reader)
        {
            if (double.TryParse(row[value].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                sum += v;
            }
        }
        return sum;
    }

    private static int Cells(Outcome<BulkDataset> outcome) => outcome.Errors.Count == 0 ? outcome.Value!.CellCount : throw new InvalidOperationException(outcome.Errors[0].ToString());

    /// <summary>Indicators I00…I(n-1) in 亿元.</summary>
    internal static IndicatorCatalog Catalog(int count) =>
        IndicatorCatalog.Empty.With([.. Enumerable.Range(0, count).Select(i => IndicatorDefinition.Create(
            "I" + i.ToString("00", CultureInfo.InvariantCulture), "指标" + i.ToString(CultureInfo.InvariantCulture), "Indicator " + i.ToString(CultureInfo.InvariantCulture),
            Units.HundredMillionYuan, IndicatorNature.Flow, Polarity.Positive))]);

    /// <summary>Writes a dataset as long CSV, zone by zone, indicator by indicator, year by year, actual then target.</summary>
    internal static void Write(BulkDataset dataset, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("zone,indicator,period,kind,value,unit\n");
        for (int z = 0; z < dataset.ZoneCount; z++)
        {
            for (int i = 0; i < dataset.IndicatorCount; i++)
            {
                for (int y = 0; y < dataset.YearCount; y++)
                {
                    string prefix = string.Create(CultureInfo.InvariantCulture, $"Z{z:00000},I{i:00},{dataset.FirstYear + y},");
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{prefix}actual,{dataset.GetActual(z, i, y)?.ToString("R", CultureInfo.InvariantCulture)},亿元\n"));
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{prefix}target,{dataset.GetTarget(z, i, y)?.ToString("R", CultureInfo.InvariantCulture)},亿元\n"));
                }
            }
        }
    }

    /// <summary>
    /// <c>bulkcsv PATH [--threads N] [--write ZONES]</c>: one load of a long CSV file (written first from the synthetic
    /// workload with <c>--write</c>), timed, with the process's peak resident memory.
    /// </summary>
    internal static int RunOnce(string[] args)
    {
        string file = args[1];
        int threads = args.Contains("--threads") ? int.Parse(args[Array.IndexOf(args, "--threads") + 1], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        if (args.Contains("--write"))
        {
            Write(BulkDatasets.Create(int.Parse(args[Array.IndexOf(args, "--write") + 1], CultureInfo.InvariantCulture), 40, 15, seed: 20240601), file);
            return 0;
        }
        bool oracle = args.Contains("--oracle");
        var catalog = Catalog(40);
        var watch = Stopwatch.StartNew();
        var outcome = oracle ? BulkCsvOracle.Read(file, catalog) : BulkCsvBlocks.ReadFile(file, catalog, null, BulkCsvBlocks.Options.Default with { Threads = threads });
        watch.Stop();
        long bytes = new FileInfo(file).Length;
        string peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(oracle ? "oracle" : $"blocks, {threads} threads")}: {bytes:N0} bytes in {watch.Elapsed.TotalSeconds:F2} s = {bytes / watch.Elapsed.TotalSeconds / 1e6:F0} MB/s; {outcome.Value?.CellCount:N0} cells, {outcome.Errors.Count} errors; dataset {2L * 8 * (outcome.Value?.CellCount ?? 0) / (1 << 20):N0} MiB; {peak}; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }
}
