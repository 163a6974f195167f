using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// The benchmark ratio (标杆值法): index = 100 × x / benchmark, capped at 100 and floored at 0; points = w × index / 100.
/// 10391 against 19470.05 → 53.37; 54.08 against 35.12 → 100 (F14). A reverse indicator uses benchmark / x, and a value
/// of 0 or below earns 100. The benchmark is fixed, or the input's <see cref="ScoringInput.Target"/>, or — when neither
/// is given — the best zone's value (标杆：最优开发区), so the method is relative when no benchmark is fixed.
/// </summary>
internal sealed class BenchmarkRatioScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal BenchmarkRatioScoring(double? benchmark)
    {
        if (benchmark is { } b)
        {
            Guard.Against.NegativeOrZeroOrNotFinite(b, nameof(benchmark));
        }
        Benchmark = benchmark;
    }

    /// <inheritdoc />
    public string Name => "benchmark-ratio";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "标杆值法" : Name;

    /// <inheritdoc />
    /// <remarks>True: w × index ÷ 100, clamped.</remarks>
    public bool IsProportionalToWeight => true;

    /// <inheritdoc />
    public bool IsRelative => Benchmark is null;

    /// <summary>The fixed benchmark (标杆值); null when the input's target, or without one the best zone's value, is the benchmark.</summary>
    public double? Benchmark { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">No benchmark is fixed, the indicator has no target and no population is given; or the benchmark is not positive.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var benchmark, out var index);
        // Say where the benchmark came from: a reader cannot tell a fixed 标杆值 from the best zone's value by the number.
        var (source, sourceZh) = Benchmark is not null ? ("", "")
            : input.Target is not null ? ($" (benchmark: the target {N(benchmark)})", $"（标杆值取目标值 {N(benchmark)}）")
            : ($" (benchmark: the best zone's value {N(benchmark)})", $"（标杆值取最优开发区的值 {N(benchmark)}）");
        return new IndicatorScore(points, index, Name,
            $"benchmark ratio{source}: min(100, 100 × {Ratio(input, benchmark)}) = {N(index)}; {N(input.Weight)} × {N(index)} / 100 = {N(points)}")
        {
            ChineseExplanation = $"标杆值法{sourceZh}：100 × {Ratio(input, benchmark)}，不超过 100，得指数 {N(index)}；{N(input.Weight)} × {N(index)} / 100 = {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _);

    /// <summary>The ratio as the explanation writes it: value / benchmark, or benchmark / value for a reverse indicator.</summary>
    private static string Ratio(in ScoringInput input, double benchmark) =>
        input.Polarity == Polarity.Reverse ? N(benchmark) + " / " + N(input.Value) : N(input.Value) + " / " + N(benchmark);

    private double Points(in ScoringInput input, out double benchmark, out double index)
    {
        // The population is read only when neither a benchmark nor a target is given; one the method does not read cannot refuse the zone.
        Check(Benchmark is null && input.Target is null ? input : input with { Population = null });
        benchmark = Benchmark
            ?? (input.Target is { } target
                ? RequirePositive(target, "benchmark (target)", Name)
                : RequirePositive(RequirePopulation(input, Name).Best, "benchmark (the best zone's value)", Name));
        index = Math.Clamp(100 * ContinuousRatio(input.Value, benchmark, input.Polarity), 0, 100) + 0.0;
        return Clamp(input.Weight * index / 100, input.Weight);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
