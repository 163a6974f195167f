using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// The efficacy coefficient (功效系数法): index d = 60 + 40 (x − worst) / (best − worst), points = w × d / 100. Best and
/// worst come from the population (relative: the sample's best and worst, already by polarity, so a reverse indicator's
/// best is its smallest value) or are fixed as 满意值 and 不允许值. 5.81 with 满意值 12 and 不允许值 6 → 58.73 (F13).
/// </summary>
/// <remarks>
/// With fixed values the index is clamped to [0, 100]: a value beyond 满意值 scores 100, and one far below 不允许值 does not
/// go negative (5.81 against 6 still gives 58.73). When every zone has the same value (best = worst) the index is 100:
/// no zone is worse than another. The index is invariant under a positive linear rescaling of the indicator.
/// </remarks>
internal sealed class EfficacyCoefficientScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal EfficacyCoefficientScoring(double? satisfactory, double? unacceptable)
    {
        if (satisfactory is { } s && unacceptable is { } u)
        {
            Guard.Against.NotFinite(s, nameof(satisfactory));
            Guard.Against.NotFinite(u, nameof(unacceptable));
            Guard.Against.False(s != u, nameof(unacceptable), "满意值 and 不允许值 must differ.");
        }
        Satisfactory = satisfactory;
        Unacceptable = unacceptable;
    }

    /// <inheritdoc />
    public string Name => "efficacy-coefficient";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "功效系数法" : Name;

    /// <inheritdoc />
    /// <remarks>True: w × index ÷ 100, clamped.</remarks>
    public bool IsProportionalToWeight => true;

    /// <inheritdoc />
    public bool IsRelative => Satisfactory is null;

    /// <summary>The fixed satisfactory value (满意值); null when the population's best is used.</summary>
    public double? Satisfactory { get; }

    /// <summary>The fixed unacceptable value (不允许值); null when the population's worst is used.</summary>
    public double? Unacceptable { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The method is relative and the input has no population, or the fixed values contradict the polarity.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var best, out var worst, out var index);
        return new IndicatorScore(points, index, Name,
            $"efficacy coefficient: 60 + 40 × ({N(input.Value)} - {N(worst)}) / ({N(best)} - {N(worst)}) = {N(index)}; {N(input.Weight)} × {N(index)} / 100 = {N(points)}")
        {
            ChineseExplanation = $"功效系数法：60 + 40 × ({N(input.Value)} - {N(worst)}) / ({N(best)} - {N(worst)})，限定在 0 至 100 之间，得功效系数 {N(index)}（{(IsRelative ? "最优值" : "满意值")} {N(best)}，{(IsRelative ? "最差值" : "不允许值")} {N(worst)}）；{N(input.Weight)} × {N(index)} / 100 = {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _, out _);

    private double Points(in ScoringInput input, out double best, out double worst, out double index)
    {
        Check(input);
        if (Satisfactory is { } s && Unacceptable is { } u)
        {
            Guard.Against.False(Math.Sign(s - u) == Sign(input.Polarity), nameof(input), $"For a {input.Polarity} indicator 满意值 {N(s)} must be better than 不允许值 {N(u)}.");
            (best, worst) = (s, u);
        }
        else
        {
            var population = RequirePopulation(input, Name);
            (best, worst) = (population.Best, population.Worst);
        }
        return Points(input.Weight, input.Value, best, worst, out index);
    }

    /// <summary>
    /// The index and points of a checked value between best and worst: the one formula of the scalar method, which the
    /// bulk vector path performs four years at a time (and calls for a lane whose difference overflows).
    /// </summary>
    internal static double Points(double weight, double value, double best, double worst, out double index)
    {
        index = best == worst ? 100 : Math.Clamp(60 + (40 * ContinuousPosition(value, worst, best, worst)), 0, 100);
        return Clamp(weight * index / 100, weight);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
