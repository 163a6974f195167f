using BenchmarkDotNet.Attributes;

namespace Indicators.Benchmarks;

/// <summary>Completion must run in a few nanoseconds and allocate nothing: <c>--filter '*CompletionBenchmarks*'</c>.</summary>
[MemoryDiagnoser]
public class CompletionBenchmarks
{
    private double actual = 220;
    private double target = 200;
    private double ceiling = 66;
    private readonly MonthlySeries months = MonthlySeries.FromMonths(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120);

    /// <summary>Inputs set once, so the JIT cannot fold them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        actual = 220;
        target = 200;
        ceiling = 66;
    }

    /// <summary>Completion of a level target, reading its rate.</summary>
    [Benchmark(Baseline = true)]
    public double Level() => Completion.OfLevel(actual, target).TryGetRate(out var rate) ? rate.Percent : 0;

    /// <summary>Completion of a ceiling, reading the judgement.</summary>
    [Benchmark]
    public bool Ceiling() => Completion.OfCeiling(actual, ceiling).IsMet;

    /// <summary>The base implied by a growth rate.</summary>
    [Benchmark]
    public double ImpliedPrevious() => Implied.PreviousFromGrowth(actual, Percentage.FromPercent(16.5)).TryGetValue(out var value) ? value : 0;

    /// <summary>A flow's year to date through December.</summary>
    [Benchmark]
    public double YearToDateThroughDecember() => YearToDate.Through(months, 12, IndicatorNature.Flow).TryGetValue(out var value) ? value : 0;
}
