using BenchmarkDotNet.Attributes;

namespace Indicators.Benchmarks;

/// <summary>
/// The scalar calculations one call at a time: compute the result and read its number, as a
/// report loop does. Each invocation runs over <see cref="N"/> varied inputs so that neither
/// the JIT nor the branch predictor sees one constant case; figures are per call.
/// </summary>
[MemoryDiagnoser]
public class ScalarBenchmarks
{
    private const int N = 1024;
    private readonly double[] current = new double[N];
    private readonly double[] previous = new double[N];

    /// <summary>Inputs like a zone table's: mostly positive levels, some zero or negative bases.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        for (var i = 0; i < N; i++)
        {
            previous[i] = i % 50 == 0 ? -random.NextDouble() * 10 : random.NextDouble() * 1000;
            current[i] = previous[i] * (0.8 + random.NextDouble() * 0.5) + (i % 97 == 0 ? 5 : 0);
        }
    }

    /// <summary>同比增长: growth = current / base − 1, with its status.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double YearOnYearGrowth()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            if (Growth.YearOnYear(current[i], previous[i]).TryGetRate(out var rate))
            {
                sum += rate.Fraction;
            }
        }
        return sum;
    }

    /// <summary>完成率: completion = actual / target, with its status.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double CompletionRate()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            if (Completion.OfLevel(current[i], previous[i]).TryGetRate(out var rate))
            {
                sum += rate.Fraction;
            }
        }
        return sum;
    }

    /// <summary>占比: share = part / whole, with its status.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double ShareOfWhole()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            if (Share.Of(previous[i], current[i]).TryGetShare(out var share))
            {
                sum += share.Fraction;
            }
        }
        return sum;
    }

    /// <summary>The floor: the same loop dividing two doubles, no result type.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public double RawDivision()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            if (previous[i] > 0)
            {
                sum += current[i] / previous[i] - 1;
            }
        }
        return sum;
    }
}
