using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// Interpolation between a base value and a target (宁波 工业经济评价: 评分基数值15%, 评分目标值25%):
/// w × clamp((x − base) / (target − base), 0, 1). The base is the input's <see cref="ScoringInput.Baseline"/>, the target
/// its <see cref="ScoringInput.Target"/>; a reverse indicator has its target below its base. When target equals base
/// the score is w at or beyond the target and 0 short of it.
/// </summary>
internal sealed class InterpolationScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal InterpolationScoring()
    {
    }

    /// <inheritdoc />
    public string Name => "interpolation";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "插值法" : Name;

    /// <inheritdoc />
    /// <remarks>True: w × fraction, clamped.</remarks>
    public bool IsProportionalToWeight => true;

    /// <inheritdoc />
    public bool IsRelative => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The indicator has no target or no base, or the target lies on the wrong side of the base for its polarity.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var target, out var baseline);
        return new IndicatorScore(points, null, Name,
            $"interpolation: {N(input.Weight)} × clamp(({N(input.Value)} - {N(baseline)}) / ({N(target)} - {N(baseline)}), 0, 1) = {N(points)}")
        {
            ChineseExplanation = $"插值法：{N(input.Weight)} × ({N(input.Value)} - {N(baseline)}) / ({N(target)} - {N(baseline)})（比值限定在 0 至 1 之间）= {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _);

    private double Points(in ScoringInput input, out double target, out double baseline)
    {
        Check(input);
        target = Require(input.Target, "target", Name);
        baseline = Require(input.Baseline, "base value", Name);
        return Clamp(input.Weight * Fraction(input.Value, baseline, target, input.Polarity), input.Weight);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Where <paramref name="value"/> lies from <paramref name="low"/> (0) to <paramref name="high"/> (1), clamped; shared with the guaranteed/stretch method.</summary>
    internal static double Fraction(double value, double low, double high, Polarity polarity, string paramName = "input")
    {
        var sign = Sign(polarity);
        Guard.Against.False(Math.Sign(high - low) != -sign, paramName, $"For a {(sign > 0 ? "positive" : "reverse")} indicator the upper point ({N(high)}) must be {(sign > 0 ? "above" : "below")} the lower one ({N(low)}).");
        if (high == low)
        {
            return (value - high) * sign >= 0 ? 1 : 0;
        }
        return Math.Clamp(ContinuousPosition(value, low, high, low), 0, 1);
    }
}
