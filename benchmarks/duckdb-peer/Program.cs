using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using DuckDB.NET.Data;
using Indicators.Benchmarks;

namespace DuckDbPeer;

/// <summary>
/// The DuckDB peer of issue 14: the zones-bulk workload (benchmarks/zones-bulk/workload.md) in SQL, in-process DuckDB.
/// Missing values are SQL NULL, never NaN: DuckDB orders NaN above every number and takes NaN = NaN as true, so a NaN
/// would rank first and tie with itself.
/// <list type="bullet">
/// <item><c>zones-bulk FILE</c>: the timing protocol of workload.md on a zbulk-v1 file (load into tables untimed,
/// 1 warm-up, 5 timed recomputes) and the reference implementations' lines, so zones-bulk.sh compares the checksums
/// with C's.</item>
/// <item><c>load-csv DIR</c>: the load side by side (benchmarks/load-side-by-side.sh): DIR's long-format
/// <c>values.csv</c> through <c>read_csv</c> and a pivot to one row per cell, then one recompute (end to end).</item>
/// </list>
/// </summary>
public static class Program
{
    private const int TimedRuns = 5;

    private static readonly string[] Names = ["growth", "completion", "overf", "attained", "score", "ranksum", "rankdot"];

    /// <summary>The per-cell outputs, then the per (zone, year) score and competition rank ("1224"), NULLs last.</summary>
    /// <remarks>Works on any key types: cells(zone, indicator, year, actual, target) and ind(indicator, weight, reverse).
    /// Each CASE is the rule of workload.md for a value that is not NULL; NULL stands for C's NaN. least() and greatest()
    /// skip NULLs in DuckDB, hence the FILTERs and the CASE around greatest().</remarks>
    private const string RecomputeSql = """
        CREATE OR REPLACE TABLE cell_out AS
        SELECT zone, indicator, year, growth, completion,
               CASE WHEN completion IS NOT NULL THEN greatest(completion - 1.0, 0.0) END AS overf,
               coalesce(completion >= 1.0, false) AS attained
        FROM (
          SELECT c.zone, c.indicator, c.year,
                 CASE WHEN lag(c.actual) OVER w > 0 THEN c.actual / lag(c.actual) OVER w - 1.0 END AS growth,
                 CASE WHEN i.reverse THEN CASE WHEN c.actual > 0 THEN c.target / c.actual END
                      ELSE CASE WHEN c.target > 0 THEN c.actual / c.target END END AS completion
          FROM cells c JOIN ind i ON c.indicator = i.indicator
          WINDOW w AS (PARTITION BY c.zone, c.indicator ORDER BY c.year)
        );
        CREATE OR REPLACE TABLE zy_out AS
        SELECT zone, year, score, rank() OVER (PARTITION BY year ORDER BY score DESC NULLS LAST) AS rank
        FROM (
          SELECT o.zone, o.year,
                 CASE WHEN sum(i.weight) FILTER (WHERE o.completion IS NOT NULL) > 0
                      THEN sum(i.weight * least(o.completion, 1.2)) FILTER (WHERE o.completion IS NOT NULL)
                           / sum(i.weight) FILTER (WHERE o.completion IS NOT NULL) * 100.0 END AS score
          FROM cell_out o JOIN ind i ON o.indicator = i.indicator
          GROUP BY o.zone, o.year
        );
        """;

    /// <summary>The seven checksums of workload.md: finite sums (fsum: compensated, as C's long double and our runner's
    /// Neumaier sums), the attained count, Σ rank and Σ rank · (z + 1), z the zone's 0-based place in key order.</summary>
    private const string ChecksumSql = """
        SELECT (SELECT fsum(growth) FROM cell_out), (SELECT fsum(completion) FROM cell_out),
               (SELECT fsum(overf) FROM cell_out), (SELECT count(*) FILTER (WHERE attained) FROM cell_out),
               (SELECT fsum(score) FROM zy_out), (SELECT sum(rank)::BIGINT FROM zy_out),
               (SELECT sum(rank * z)::BIGINT FROM (SELECT rank, dense_rank() OVER (ORDER BY zone) AS z FROM zy_out))
        """;

    /// <summary>Runs a mode; returns the exit code.</summary>
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "zones-bulk")
        {
            return ZonesBulk(args[1]);
        }
        if (args.Length == 2 && args[0] == "load-csv")
        {
            return LoadCsv(args[1]);
        }
        Console.Error.WriteLine("usage: duckdb-peer zones-bulk FILE.bin | load-csv DIR (values.csv and indicators.csv, from 'zones-bulk to-csv')");
        return 2;
    }

    private static int ZonesBulk(string path)
    {
        var (z, i, y, year0, weight, reverse, actual, target) = ReadZbulk(path);
        using var connection = Open();
        Execute(connection, "CREATE TABLE ind (indicator INTEGER, weight DOUBLE, reverse BOOLEAN); CREATE TABLE cells (zone INTEGER, indicator INTEGER, year INTEGER, actual DOUBLE, target DOUBLE)");
        using (var appender = connection.CreateAppender("ind"))
        {
            for (int k = 0; k < i; k++)
            {
                appender.CreateRow().AppendValue(k).AppendValue(weight[k]).AppendValue(reverse[k] != 0).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("cells"))
        {
            for (int zone = 0, k = 0; zone < z; zone++)
            {
                for (int indicator = 0; indicator < i; indicator++)
                {
                    for (int year = 0; year < y; year++, k++)
                    {
                        // NaN becomes NULL here, at the boundary (the ecosystem note: DuckDB's NaN is not missing).
                        appender.CreateRow().AppendValue(zone).AppendValue(indicator).AppendValue(year0 + year)
                            .AppendValue(double.IsNaN(actual[k]) ? null : actual[k])
                            .AppendValue(double.IsNaN(target[k]) ? null : target[k]).EndRow();
                    }
                }
            }
        }
        Execute(connection, RecomputeSql);   // warm-up
        var times = new double[TimedRuns];
        for (int r = 0; r < TimedRuns; r++)
        {
            GC.Collect();
            long t0 = Stopwatch.GetTimestamp();
            Execute(connection, RecomputeSql);
            times[r] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        double[] sorted = (double[])times.Clone();
        Array.Sort(sorted);
        long cells = (long)z * i * y;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("impl: duckdb");
        Console.WriteLine(string.Create(inv, $"data: {path} Z={z} I={i} Y={y} cells={cells}"));
        PrintChecksums(connection);
        Console.WriteLine(string.Create(inv, $"time_ms: best={sorted[0]:F3} median={sorted[TimedRuns / 2]:F3} runs={TimedRuns} warmup=1 all=")
            + string.Join(",", times.Select(t => t.ToString("F1", inv))));
        Console.WriteLine($"cells_per_s: best={PrintfG.Format(cells / sorted[0] * 1e3, 4)} median={PrintfG.Format(cells / sorted[TimedRuns / 2] * 1e3, 4)}");
        PrintFooter(connection);
        return 0;
    }

    private static int LoadCsv(string dir)
    {
        string values = Path.Combine(dir, "values.csv"), indicators = Path.Combine(dir, "indicators.csv");
        using var connection = Open();
        long t0 = Stopwatch.GetTimestamp();
        // The long rows pivoted to one row per cell (zone, indicator, year): the shape the recompute reads. Types given,
        // as a careful user would; the unit column is read and not checked (DuckDB knows no units).
        Execute(connection, $"""
            CREATE TABLE ind AS SELECT * FROM read_csv('{Quote(indicators)}', header = true,
              columns = {"{"}'indicator': 'VARCHAR', 'weight': 'DOUBLE', 'reverse': 'BOOLEAN'{"}"});
            CREATE TABLE cells AS
            SELECT zone, indicator, period AS year,
                   first(value) FILTER (WHERE kind = 'actual') AS actual,
                   first(value) FILTER (WHERE kind = 'target') AS target
            FROM read_csv('{Quote(values)}', header = true,
              columns = {"{"}'zone': 'VARCHAR', 'indicator': 'VARCHAR', 'period': 'INTEGER', 'kind': 'VARCHAR', 'value': 'DOUBLE', 'unit': 'VARCHAR'{"}"})
            GROUP BY zone, indicator, period;
            """);
        double load = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        long loadPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        Execute(connection, RecomputeSql);
        double endToEnd = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("impl: duckdb-csv");
        Console.WriteLine(string.Create(inv, $"input: {values} bytes={new FileInfo(values).Length} cells={Scalar(connection, "SELECT count(*) FROM cells")}"));
        Console.WriteLine(string.Create(inv, $"load_s: {load:F3}"));
        Console.WriteLine(string.Create(inv, $"load_peak_rss_mb: {loadPeak / (double)(1 << 20):F0}"));
        Console.WriteLine(string.Create(inv, $"end_to_end_s: {endToEnd:F3}"));
        PrintChecksums(connection);
        PrintFooter(connection);
        return 0;
    }

    private static string Quote(string path) => path.Replace("'", "''", StringComparison.Ordinal);

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private static void PrintChecksums(DuckDBConnection connection)
    {
        var v = new double[Names.Length];
        using (var command = connection.CreateCommand())
        {
            command.CommandText = ChecksumSql;
            using var reader = command.ExecuteReader();
            reader.Read();
            for (int k = 0; k < v.Length; k++)
            {
                v[k] = Convert.ToDouble(reader.GetValue(k), CultureInfo.InvariantCulture);
            }
        }
        Console.WriteLine("checksum6:" + string.Concat(Names.Select((name, k) => $" {name}={PrintfG.Format(v[k], 6)}")));
        Console.WriteLine("checksum17:" + string.Concat(Names.Select((name, k) => $" {name}={PrintfG.Format(v[k], 17)}")));
    }

    private static void PrintFooter(DuckDBConnection connection)
    {
        var inv = CultureInfo.InvariantCulture;
        // VmHWM: the process's peak resident set, DuckDB's native memory included.
        Console.WriteLine(string.Create(inv, $"peak_rss_mb: {Process.GetCurrentProcess().PeakWorkingSet64 / (double)(1 << 20):F0}"));
        Console.WriteLine(string.Create(inv, $"threads: {Scalar(connection, "SELECT current_setting('threads')")}"));
        Console.WriteLine(string.Create(inv, $"duckdb: {Scalar(connection, "SELECT version()")}"));
    }

    /// <summary>A zbulk-v1 file (workload.md, "Data file format"): the shape from its JSON header, the four arrays.</summary>
    private static (int Z, int I, int Y, int Year0, double[] Weight, double[] Reverse, double[] Actual, double[] Target) ReadZbulk(string path)
    {
        using var file = File.OpenRead(path);
        using var reader = new BinaryReader(file);
        if (!reader.ReadBytes(8).AsSpan().SequenceEqual("ZBULKv1\n"u8))
        {
            throw new InvalidDataException($"{path} is not a zbulk-v1 file");
        }
        int headerLength = (int)reader.ReadUInt32();
        using var header = JsonDocument.Parse(reader.ReadBytes(headerLength));
        int Int(string name) => header.RootElement.GetProperty(name).GetInt32();
        int z = Int("Z"), i = Int("I"), y = Int("Y");
        double[] Array(int count)
        {
            var a = new double[count];
            file.ReadExactly(MemoryMarshal.AsBytes(a.AsSpan()));
            return a;
        }
        double[] weight = Array(i), reverse = Array(i), actual = Array(z * i * y), target = Array(z * i * y);
        return (z, i, y, Int("year0"), weight, reverse, actual, target);
    }
}
