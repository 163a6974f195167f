using System.Globalization;
using BenchmarkDotNet.Attributes;
using Indicators.Bulk;

namespace Indicators.Benchmarks;

/// <summary>
/// Issue 14, item 2: <see cref="ZbulkFile.Read(string)"/> against a plain read of the same file into fresh memory
/// (读取批量数据文件; bar: within 1.5×). GlobalSetup writes the small zones-bulk shape (3,000 zones × 40 indicators ×
/// 15 years, 28.8 MB) with <see cref="ZbulkFile.Write(string, BulkDataset)"/> from <see cref="BulkDatasets"/>.
/// <see cref="PlainRead"/> (baseline) opens the file and reads it whole into a new <c>byte[]</c> of its size with
/// <see cref="RandomAccess"/>; <see cref="PlainReadThenTouch"/> also reads one byte of every page, the least any consumer
/// of the bytes does (on this VM the kernel's write does not map a page for the process, so the first touch from the
/// process is a second fault; docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class ZbulkReadBenchmarks
{
    private string path = null!;

    /// <summary>Writes the file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), "indicators-zbulk-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".zbulk");
        ZbulkFile.Write(path, BulkDatasets.Create(zones: 3_000, indicators: 40, years: 15, seed: 20240601));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>The file's bytes into a new array: the floor.</summary>
    [Benchmark(Baseline = true)]
    public byte[] PlainRead()
    {
        using var handle = File.OpenHandle(path);
        var bytes = new byte[RandomAccess.GetLength(handle)];
        int filled = 0;
        while (filled < bytes.Length)
        {
            int read = RandomAccess.Read(handle, bytes.AsSpan(filled), filled);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }
            filled += read;
        }
        return bytes;
    }

    /// <summary>The plain read, then one byte of every 4 KiB page read by the process.</summary>
    [Benchmark]
    public int PlainReadThenTouch()
    {
        var bytes = PlainRead();
        int sum = 0;
        for (int k = 0; k < bytes.Length; k += 4096)
        {
            sum += bytes[k];
        }
        return sum;
    }

    /// <summary>The checked read into a dataset.</summary>
    [Benchmark]
    public BulkDataset ZbulkRead() => ZbulkFile.Read(path).GetValueOrThrow();
}
