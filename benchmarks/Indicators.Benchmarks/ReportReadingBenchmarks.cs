using BenchmarkDotNet.Attributes;
using Indicators.Reports;

namespace Indicators.Benchmarks;

/// <summary>
/// Reading the five bundled reports (data/reports/*.txt: 139,953 bytes of UTF-8, about 49,300 characters) with
/// <see cref="ReportReader.Standard"/>: text → statements → facts. Issue 12's goal is at least 20 MB of report text per
/// second per core, so one <see cref="ReadAll"/> should take well under 7 ms (140 KB / 20 MB/s). BenchmarkDotNet does not
/// report bytes per second: divide the bytes above by the mean.
/// </summary>
[MemoryDiagnoser]
public class ReportReadingBenchmarks
{
    private string[] reports = null!;

    /// <summary>Loads the reports once, from the repository root (the folder holding Indicators.sln).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Indicators.sln")))
        {
            directory = directory.Parent;
        }
        var folder = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Indicators.sln not found above " + AppContext.BaseDirectory), "data", "reports");
        reports = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    }

    /// <summary>One read of all five reports; returns the facts read so that the work is not optimised away.</summary>
    /// <returns>The number of facts.</returns>
    [Benchmark]
    public int ReadAll()
    {
        var facts = 0;
        foreach (var report in reports)
        {
            facts += ReportReader.Standard.Read(report).Facts.Count;
        }
        return facts;
    }

    /// <summary>One read and audit (<see cref="ReportAudit.Of"/>, every check) of all five reports.</summary>
    /// <returns>The number of checks made.</returns>
    [Benchmark]
    public int ReadAndAuditAll()
    {
        var checks = 0;
        foreach (var report in reports)
        {
            checks += ReportAudit.Of(ReportReader.Standard.Read(report)).Checks.Count;
        }
        return checks;
    }
}
