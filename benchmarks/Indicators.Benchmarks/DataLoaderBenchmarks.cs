using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Indicators.Data;
using Indicators.Rules;

namespace Indicators.Benchmarks;

/// <summary>
/// Issue 13/14: the long observation CSV of <see cref="AssessFromFilesBenchmarks"/> (2,800 zones × 60 indicators × 10
/// years = 1.68M rows, 2% missing, values written round-trip) loaded three ways in one run, so that the ratios hold on a
/// busy host: the long-CSV reader on every core (what <see cref="DataLoader.Load(IEnumerable{string})"/> does), the same
/// on one thread, and the general path (Sep, row by row, strings per cell), which is the loader before issue 13's work.
/// </summary>
[MemoryDiagnoser]
public class DataLoaderBenchmarks
{
    private string directory = null!;
    private string[] files = null!;

    /// <summary>The file's size in bytes (for MB/s).</summary>
    public long Bytes { get; private set; }

    /// <summary>Writes the file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "indicators-loader-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "values.csv");
        var random = new Random(20261205);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            writer.WriteLine("zone,year,indicator,value,unit");
            for (var zone = 0; zone < 2800; zone++)
            {
                var name = AssessFromFilesBenchmarks.ZoneName(zone);
                for (var indicator = 0; indicator < 60; indicator++)
                {
                    for (var year = 2010; year < 2020; year++)
                    {
                        var value = random.NextDouble() < 0.02 ? "" : Math.Exp(random.NextDouble() * 6).ToString("R", CultureInfo.InvariantCulture);
                        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name},{year},W{indicator},{value},项"));
                    }
                }
            }
        }
        files = [path];
        Bytes = new FileInfo(path).Length;
        Console.WriteLine($"// values.csv: {Bytes} bytes");
    }

    /// <summary>Removes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    /// <summary>The long-CSV reader, one thread per core (the default).</summary>
    [Benchmark(Baseline = true)]
    public ZoneData LongCsvAllCores() => DataLoader.Load(files).GetValueOrThrow();

    /// <summary>The long-CSV reader on one thread.</summary>
    [Benchmark]
    public ZoneData LongCsvOneThread() => DataLoader.Load(files, new LongCsvOptions(Threads: 1)).GetValueOrThrow();

    /// <summary>The general path: Sep over the whole text, row by row (the loader before the long-CSV reader).</summary>
    [Benchmark]
    public ZoneData GeneralPath() => DataLoader.Load(files, LongCsvOptions.Off).GetValueOrThrow();
}
