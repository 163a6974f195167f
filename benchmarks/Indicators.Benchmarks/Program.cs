using BenchmarkDotNet.Running;

namespace Indicators.Benchmarks;

/// <summary>Runs the suites: <c>dotnet run -c Release --project benchmarks/Indicators.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
