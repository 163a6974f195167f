using BenchmarkDotNet.Attributes;
using Indicators.Bulk;
using Indicators.Data;

namespace Indicators.Benchmarks;

/// <summary>
/// Issue 14, item 3: <see cref="ResultWriter.WriteCsv(Stream, BulkDataset, BulkResults)"/> on the small zones-bulk shape
/// (3,000 zones × 40 indicators × 15 years: 1.845M rows, about 190 MB of CSV) to <see cref="Stream.Null"/>, so that the
/// figure is the formatting, not the disk (结果写出); <see cref="ToFile"/> adds the file, the flush to disk and the rename.
/// </summary>
[MemoryDiagnoser]
public class ResultWriterBenchmarks
{
    private BulkDataset dataset = null!;
    private BulkResults results = null!;
    private string path = null!;

    /// <summary>Builds the dataset with zone ids and indicator codes and computes it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = RuleBulkBenchmarks.Coded(BulkDatasets.Create(zones: 3_000, indicators: 40, years: 15, seed: 20240601));
        results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results);
        path = Path.Combine(Path.GetTempPath(), "indicators-results-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".csv");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>The rows formatted and handed to a stream that keeps nothing.</summary>
    [Benchmark(Baseline = true)]
    public void ToNull() => ResultWriter.WriteCsv(Stream.Null, dataset, results);

    /// <summary>The rows written atomically to a file.</summary>
    [Benchmark]
    public void ToFile() => ResultWriter.WriteCsv(path, dataset, results);
}
