using static Indicators.ScoringChecks;

namespace Indicators;

/// <summary>
/// Completion steps (节能 rule): the full weight when the target is met, plus points per full step of overfulfilment, up
/// to a maximum; 0 when the target is missed. Completion is x / T (T / x for a reverse indicator against a ceiling; a
/// value of 0 or below then earns the most). A decline target is scored on the declines as positive values with
/// <see cref="Polarity.Positive"/>: 降3.3% against 降3% is 110% → 30 + 1 = 31 (F16).
/// </summary>
internal sealed class CompletionStepScoring : IScoringMethod, IPointsOnly
{
    internal CompletionStepScoring(double pointsPerStep, double stepPercent, double maxBonus)
    {
        PointsPerStep = CheckPositive(pointsPerStep, nameof(pointsPerStep));
        StepPercent = CheckPositive(stepPercent, nameof(stepPercent));
        MaxBonus = CheckNotNegative(maxBonus, nameof(maxBonus));
    }

    /// <inheritdoc />
    public string Name => "completion-steps";

    /// <inheritdoc />
    public bool IsRelative => false;

    /// <summary>The points per full step of overfulfilment (1).</summary>
    public double PointsPerStep { get; }

    /// <summary>A step, in percent of the target (10: each full 10% of overfulfilment).</summary>
    public double StepPercent { get; }

    /// <summary>The most bonus points (5).</summary>
    public double MaxBonus { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The indicator has no target, or the target is not positive.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var percent, out var steps);
        var completion = double.IsFinite(percent) ? N(percent) + "%" : "unbounded (nothing against a ceiling)";
        if (percent < 100)
        {
            return new IndicatorScore(points, null, Name, $"completion steps: completion {completion} misses the target → 0");
        }
        return new IndicatorScore(points, null, Name,
            $"completion steps: completion {completion}, {N(input.Weight)} + min({N(PointsPerStep)} × {(double.IsFinite(steps) ? N(steps) : "unbounded")} steps of {N(StepPercent)}%, {N(MaxBonus)}) = {N(points)}");
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _);

    private double Points(in ScoringInput input, out double percent, out double steps)
    {
        Check(input);
        var target = RequirePositive(input.Target, "target", Name);
        percent = 100 * CompletionRatio(input.Value, target, input.Polarity);
        if (percent < 100)
        {
            steps = 0;
            return 0;
        }
        steps = double.IsFinite(percent) ? Math.Floor(StepsBetween(percent, 100, StepPercent)) : double.PositiveInfinity;
        return input.Weight + Math.Min(PointsPerStep * steps, MaxBonus);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
