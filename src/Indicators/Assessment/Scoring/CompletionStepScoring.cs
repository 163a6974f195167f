using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

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
        PointsPerStep = Guard.Against.NegativeOrZeroOrNotFinite(pointsPerStep, nameof(pointsPerStep));
        StepPercent = Guard.Against.NegativeOrZeroOrNotFinite(stepPercent, nameof(stepPercent));
        MaxBonus = Guard.Against.NegativeOrNotFinite(maxBonus, nameof(maxBonus));
    }

    /// <inheritdoc />
    public string Name => "completion-steps";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "按完成率阶梯加分" : Name;

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
        var chineseCompletion = double.IsFinite(percent) ? N(percent) + "%" : "无穷大（实际值不大于零，相对上限无从计算比值）";
        if (percent < 100)
        {
            return new IndicatorScore(points, null, Name, $"completion steps: completion {completion} misses the target → 0")
            {
                ChineseExplanation = $"按完成率阶梯加分：完成率 {chineseCompletion}，未完成目标 → 0",
            };
        }
        if (!double.IsFinite(steps))
        {
            // Without a finite completion there is no count of steps to show, only the most bonus it earns.
            return new IndicatorScore(points, null, Name, $"completion steps: completion {completion}, {N(input.Weight)} + the most bonus {N(MaxBonus)} = {N(points)}")
            {
                ChineseExplanation = $"按完成率阶梯加分：完成率 {chineseCompletion}，{N(input.Weight)} + 加分上限 {N(MaxBonus)} = {N(points)}",
            };
        }
        return new IndicatorScore(points, null, Name,
            $"completion steps: completion {completion}, {N(input.Weight)} + min({N(PointsPerStep)} × {N(steps)} steps of {N(StepPercent)}%, {N(MaxBonus)}) = {N(points)}")
        {
            ChineseExplanation = $"按完成率阶梯加分：完成率 {chineseCompletion}，{N(input.Weight)} + 每档 {N(PointsPerStep)} 分 × {N(steps)} 档（每档 {N(StepPercent)}%，加分不超过 {N(MaxBonus)}）= {N(points)}",
        };
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
