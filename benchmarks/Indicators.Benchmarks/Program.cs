using BenchmarkDotNet.Running;

namespace Indicators.Benchmarks;

/// <summary>Runs the suites: <c>dotnet run -c Release --project benchmarks/Indicators.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point: <c>zones-bulk PATH [--threads N]</c> runs the zones-bulk runner; other arguments go to BenchmarkDotNet's switcher.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "zones-bulk")
        {
            return ZonesBulkRunner.Run(args);
        }
        if (args.Length > 1 && args[0] == "bulkcsv")
        {
            return BulkCsvBenchmarks.RunOnce(args);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
