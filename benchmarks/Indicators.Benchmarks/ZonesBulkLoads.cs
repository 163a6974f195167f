using System.Diagnostics;
using System.Globalization;
using System.Text;
using Indicators.Bulk;

namespace Indicators.Benchmarks;

/// <summary>
/// The load paths of issue 14's side by side (benchmarks/load-side-by-side.sh), one per process so each has its own
/// peak RSS: the zones-bulk data as long-format CSV through <see cref="BulkCsv"/>, the same CSV split and parsed with
/// no checks (the naive floor of CSV), the zbulk-v1 file through <see cref="ZbulkFile"/>, and a plain read of that file
/// into fresh memory (the binary floor); and the converter that writes the CSV from a zbulk-v1 file.
/// </summary>
/// <remarks>
/// Each load prints <c>impl</c>, <c>input</c> (path, bytes, cells), <c>load_s</c>, <c>end_to_end_s</c> (load, then one
/// <see cref="BulkEngine.Recompute"/> with ranks, on every core; "-" where the path makes no dataset), the checksums of
/// workload.md after an end to end, <c>load_peak_rss_mb</c> (VmHWM when the load is done) and <c>peak_rss_mb</c> (at the
/// end, an end to end's results included), as the DuckDB peer and load_pandas.py do.
/// </remarks>
internal static class ZonesBulkLoads
{
    /// <summary>The unit every indicator of the converted data is in; the CSV's unit column repeats it on every row, as a
    /// user's export would.</summary>
    private const string UnitText = "亿元";

    /// <summary>Runs <c>to-csv FILE.bin DIR</c> or <c>load csv|naive DIR</c> or <c>load zbulk|plain FILE.bin</c>
    /// (after <c>zones-bulk</c>); returns the exit code.</summary>
    internal static int Run(string[] args)
    {
        try
        {
            return args switch
            {
                [_, "to-csv", var bin, var dir] => ToCsv(bin, dir),
                [_, "load", "csv", var dir] => LoadCsv(dir, null),
                [_, "load", "csv", var dir, "--same-as", var bin] => LoadCsv(dir, bin),
                [_, "load", "naive", var dir] => LoadNaive(dir),
                [_, "load", "zbulk", var bin] => LoadZbulk(bin),
                [_, "load", "plain", var bin] => LoadPlain(bin),
                _ => Usage(),
            };
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"zones-bulk: {e.Message}");
            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: zones-bulk to-csv FILE.bin DIR | zones-bulk load csv DIR [--same-as FILE.bin] | zones-bulk load naive DIR | zones-bulk load zbulk FILE.bin | zones-bulk load plain FILE.bin");
        return 2;
    }

    /// <summary>
    /// Writes DIR/values.csv (<c>zone,indicator,period,kind,value,unit</c>: one row per actual and per target, zone by
    /// zone, indicator by indicator, year by year; a missing actual an empty value), DIR/indicators.csv
    /// (<c>indicator,weight,reverse</c>) and DIR/shape.csv (zones, indicators, years, first year: only the naive reader,
    /// which checks nothing, takes the shape on trust). Values are written shortest round-trip, so they read back bit for bit.
    /// </summary>
    private static int ToCsv(string bin, string dir)
    {
        var dataset = ReadZbulk(bin);
        if (dataset is null)
        {
            return 1;
        }
        Directory.CreateDirectory(dir);
        var inv = CultureInfo.InvariantCulture;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        int zoneDigits = Math.Max(5, (dataset.ZoneCount - 1).ToString(inv).Length);
        string[] zones = [.. Enumerable.Range(0, dataset.ZoneCount).Select(z => "Z" + z.ToString("D" + zoneDigits, inv))];
        string[] codes = [.. Enumerable.Range(0, dataset.IndicatorCount).Select(i => "X" + i.ToString(inv))];
        using (var w = new StreamWriter(Path.Combine(dir, "indicators.csv"), false, utf8))
        {
            w.Write("indicator,weight,reverse\n");
            for (int i = 0; i < codes.Length; i++)
            {
                w.Write(string.Create(inv, $"{codes[i]},{dataset.GetWeight(i):R},{(dataset.GetPolarity(i) == Polarity.Reverse ? "true" : "false")}\n"));
            }
        }
        File.WriteAllText(Path.Combine(dir, "shape.csv"), string.Create(inv,
            $"zones,indicators,years,first_year\n{dataset.ZoneCount},{dataset.IndicatorCount},{dataset.YearCount},{dataset.FirstYear}\n"), utf8);
        using (var w = new StreamWriter(Path.Combine(dir, "values.csv"), false, utf8, 1 << 20))
        {
            w.Write("zone,indicator,period,kind,value,unit\n");
            Span<char> number = stackalloc char[32];
            for (int z = 0; z < dataset.ZoneCount; z++)
            {
                for (int i = 0; i < dataset.IndicatorCount; i++)
                {
                    for (int y = 0; y < dataset.YearCount; y++)
                    {
                        string prefix = string.Create(inv, $"{zones[z]},{codes[i]},{dataset.FirstYear + y},");
                        foreach (var (kind, value) in new[] { ("actual", dataset.GetActual(z, i, y)), ("target", dataset.GetTarget(z, i, y)) })
                        {
                            w.Write(prefix);
                            w.Write(kind);
                            w.Write(',');
                            if (value is double v)
                            {
                                v.TryFormat(number, out int written, "R", inv);
                                w.Write(number[..written]);
                            }
                            w.Write(',');
                            w.Write(UnitText);
                            w.Write('\n');
                        }
                    }
                }
            }
        }
        Console.WriteLine(string.Create(inv, $"wrote {Path.Combine(dir, "values.csv")}: {new FileInfo(Path.Combine(dir, "values.csv")).Length} bytes, {2L * dataset.CellCount} rows"));
        return 0;
    }

    /// <summary>The CSV through <see cref="BulkCsv.Read(string, IndicatorCatalog, IEnumerable{KeyValuePair{string, double}})"/>
    /// with a catalogue of the file's indicators (X0, X1, … in 亿元, with their polarities) and their weights; every check
    /// of the loader runs. With <c>--same-as</c>, the dataset must equal the zbulk file's bit for bit.</summary>
    private static int LoadCsv(string dir, string? sameAs)
    {
        string values = Path.Combine(dir, "values.csv");
        long t0 = Stopwatch.GetTimestamp();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var indicators = ReadIndicators(dir);
        var catalog = IndicatorCatalog.Empty.With([.. indicators.Select(d => IndicatorDefinition.Create(d.Code, "指标" + d.Code, "Indicator " + d.Code,
            Units.HundredMillionYuan, IndicatorNature.Flow, d.Reverse ? Polarity.Reverse : Polarity.Positive))]);
        var read = BulkCsv.Read(values, catalog, indicators.Select(d => KeyValuePair.Create(d.Code, d.Weight)));
        double load = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        // The load's CPU time, all threads: against cores × load_s, how busy the cores were.
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load_cpu_s: {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:F3}"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load_gc: gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
        double loadPeak = PeakMiB();
        if (read.HasErrors || !read.TryGetValue(out BulkDataset? dataset))
        {
            Console.Error.WriteLine(string.Join('\n', read.Errors.Take(5)));
            Console.Error.WriteLine($"zones-bulk: the CSV did not load cleanly ({read.Errors.Count} diagnostics)");
            return 1;
        }
        double endToEnd = RecomputeOnce(dataset, out double[] checksums, t0);
        Print("indicators-csv", values, dataset.CellCount, load, loadPeak, endToEnd, checksums);
        if (sameAs is not null)
        {
            var reference = ReadZbulk(sameAs);
            bool same = reference is not null && Same(dataset, reference);
            Console.WriteLine("same_as_zbulk: " + (same ? "yes" : "NO"));
            return same ? 0 : 1;
        }
        return 0;
    }

    /// <summary>The naive floor of CSV: <c>Split(',')</c> and <c>double.Parse</c>, the shape taken on trust from
    /// shape.csv, zones and indicators by dictionary, no check of any kind (no units, no duplicates, no positions).</summary>
    private static int LoadNaive(string dir)
    {
        string values = Path.Combine(dir, "values.csv");
        long t0 = Stopwatch.GetTimestamp();
        string[] shape = File.ReadAllLines(Path.Combine(dir, "shape.csv"))[1].Split(',');
        int zoneCount = int.Parse(shape[0], CultureInfo.InvariantCulture), indicatorCount = int.Parse(shape[1], CultureInfo.InvariantCulture);
        int yearCount = int.Parse(shape[2], CultureInfo.InvariantCulture), firstYear = int.Parse(shape[3], CultureInfo.InvariantCulture);
        var indicators = ReadIndicators(dir).Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var zones = new Dictionary<string, int>();
        var actual = new double[(long)zoneCount * indicatorCount * yearCount];
        var target = new double[actual.Length];
        foreach (string line in File.ReadLines(values).Skip(1))
        {
            string[] f = line.Split(',');
            if (!zones.TryGetValue(f[0], out int z))
            {
                zones.Add(f[0], z = zones.Count);
            }
            long k = (((long)z * indicatorCount) + indicators[f[1]]) * yearCount + int.Parse(f[2], CultureInfo.InvariantCulture) - firstYear;
            (f[3] == "target" ? target : actual)[k] = f[4].Length == 0 ? double.NaN : double.Parse(f[4], CultureInfo.InvariantCulture);
        }
        double load = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        double loadPeak = PeakMiB();
        Print("naive-csv", values, actual.Length, load, loadPeak, double.NaN, null);
        return 0;
    }

    /// <summary>The zbulk-v1 file through <see cref="ZbulkFile.Read(string)"/>, then one recompute.</summary>
    private static int LoadZbulk(string bin)
    {
        long t0 = Stopwatch.GetTimestamp();
        var dataset = ReadZbulk(bin);
        double load = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        double loadPeak = PeakMiB();
        if (dataset is null)
        {
            return 1;
        }
        double endToEnd = RecomputeOnce(dataset, out double[] checksums, t0);
        Print("indicators-zbulk", bin, dataset.CellCount, load, loadPeak, endToEnd, checksums);
        return 0;
    }

    /// <summary>The floor of any load of the binary file: its bytes read into memory the process has not touched yet
    /// (on this virtual machine, the first-touch page faults are most of it).</summary>
    private static int LoadPlain(string bin)
    {
        long t0 = Stopwatch.GetTimestamp();
        using (var file = new FileStream(bin, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            byte[] bytes = GC.AllocateUninitializedArray<byte>(checked((int)file.Length));
            file.ReadExactly(bytes);
            GC.KeepAlive(bytes);
        }
        double load = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        double loadPeak = PeakMiB();
        Print("plain-read", bin, -1, load, loadPeak, double.NaN, null);
        return 0;
    }

    private static List<(string Code, double Weight, bool Reverse)> ReadIndicators(string dir) =>
        [.. File.ReadLines(Path.Combine(dir, "indicators.csv")).Skip(1).Select(line => line.Split(','))
            .Select(f => (f[0], double.Parse(f[1], CultureInfo.InvariantCulture), f[2] == "true"))];

    private static BulkDataset? ReadZbulk(string bin)
    {
        var read = ZbulkFile.Read(bin);
        if (read.TryGetValue(out BulkDataset? dataset))
        {
            return dataset;
        }
        Console.Error.WriteLine($"zones-bulk: {read}");
        return null;
    }

    /// <summary>One full recompute (cells, scores, ranks) on every core, as a user's first run after loading; returns the
    /// seconds since <paramref name="t0"/>, and the checksums (not timed).</summary>
    private static double RecomputeOnce(BulkDataset dataset, out double[] checksums, long t0)
    {
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results, new BulkOptions());
        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        checksums = ZonesBulkChecksums.Compute(results);
        return seconds;
    }

    /// <summary>Weights, polarities and every actual and target equal, bit for bit (a missing value missing in both).</summary>
    private static bool Same(BulkDataset a, BulkDataset b)
    {
        if ((a.ZoneCount, a.IndicatorCount, a.YearCount, a.FirstYear) != (b.ZoneCount, b.IndicatorCount, b.YearCount, b.FirstYear))
        {
            return false;
        }
        for (int i = 0; i < a.IndicatorCount; i++)
        {
            if (BitConverter.DoubleToInt64Bits(a.GetWeight(i)) != BitConverter.DoubleToInt64Bits(b.GetWeight(i)) || a.GetPolarity(i) != b.GetPolarity(i))
            {
                return false;
            }
        }
        static bool Equal(double? x, double? y) => x is null ? y is null : y is not null && BitConverter.DoubleToInt64Bits(x.Value) == BitConverter.DoubleToInt64Bits(y.Value);
        for (int z = 0; z < a.ZoneCount; z++)
        {
            for (int i = 0; i < a.IndicatorCount; i++)
            {
                for (int y = 0; y < a.YearCount; y++)
                {
                    if (!Equal(a.GetActual(z, i, y), b.GetActual(z, i, y)) || !Equal(a.GetTarget(z, i, y), b.GetTarget(z, i, y)))
                    {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /// <summary>The process's peak resident set so far (VmHWM), MiB.</summary>
    private static double PeakMiB() => Process.GetCurrentProcess().PeakWorkingSet64 / (double)(1 << 20);

    private static void Print(string impl, string path, long cells, double load, double loadPeak, double endToEnd, double[]? checksums)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("impl: " + impl);
        Console.WriteLine(string.Create(inv, $"input: {path} bytes={new FileInfo(path).Length} cells={(cells < 0 ? "-" : cells.ToString(inv))}"));
        Console.WriteLine(string.Create(inv, $"load_s: {load:F3}"));
        Console.WriteLine(string.Create(inv, $"load_peak_rss_mb: {loadPeak:F0}"));
        Console.WriteLine(double.IsNaN(endToEnd) ? "end_to_end_s: -" : string.Create(inv, $"end_to_end_s: {endToEnd:F3}"));
        if (checksums is not null)
        {
            string[] names = ZonesBulkChecksums.Names;
            Console.WriteLine("checksum6:" + string.Concat(names.Select((name, k) => $" {name}={PrintfG.Format(checksums[k], 6)}")));
            Console.WriteLine("checksum17:" + string.Concat(names.Select((name, k) => $" {name}={PrintfG.Format(checksums[k], 17)}")));
        }
        Console.WriteLine(string.Create(inv, $"peak_rss_mb: {PeakMiB():F0}"));
    }
}
