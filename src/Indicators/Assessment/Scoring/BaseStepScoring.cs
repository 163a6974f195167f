using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// Base points and steps around a baseline (银川: "园区工业固定资产投资达到上年水平得2分，每增长（减少）2个百分点加（减）0.1分，
/// 4分封顶"): base points at the baseline, ± step points per <see cref="Per"/> of difference, capped at the maximum and
/// floored at 0. The baseline is the input's <see cref="ScoringInput.Baseline"/> (0 for a growth rate at last year's
/// level, 60 for "占比达到60%"). Growth 15% against 0: 2 + 0.1 × 7 = 2.7 (<see cref="StepMode.Floor"/>) or 2.75
/// (<see cref="StepMode.Proportional"/>). For a reverse indicator a value below the baseline earns the steps.
/// </summary>
internal sealed class BaseStepScoring : IScoringMethod, IPointsOnly
{
    internal BaseStepScoring(double basePoints, double step, double per, StepMode mode, double? max)
    {
        BasePoints = Guard.Against.NegativeOrNotFinite(basePoints, nameof(basePoints));
        Step = Guard.Against.NegativeOrZeroOrNotFinite(step, nameof(step));
        Per = Guard.Against.NegativeOrZeroOrNotFinite(per, nameof(per));
        EnumCheck.Defined(mode, nameof(mode));
        Mode = mode;
        if (max is { } m)
        {
            Guard.Against.NegativeOrNotFinite(m, nameof(max));
        }
        Max = max;
    }

    /// <inheritdoc />
    public string Name => "base-step";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "基础分加减分" : Name;

    /// <inheritdoc />
    public bool IsRelative => false;

    /// <summary>The points at the baseline (2 in "达到上年水平得2分").</summary>
    public double BasePoints { get; }

    /// <summary>The points added or taken per step (0.1).</summary>
    public double Step { get; }

    /// <summary>The difference that makes one step, in the value's units (2 percentage points).</summary>
    public double Per { get; }

    /// <summary>Whole steps only, or proportional.</summary>
    public StepMode Mode { get; }

    /// <summary>The cap (封顶); null to cap at the indicator's weight.</summary>
    public double? Max { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The indicator has no baseline.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var baseline, out var max, out var steps);
        return new IndicatorScore(points, null, Name,
            $"base and step: {N(BasePoints)} {(steps < 0 ? "-" : "+")} {N(Step)} × {N(Math.Abs(steps))} steps of {N(Per)} from {N(baseline)} to {N(input.Value)}, within [0, {N(max)}] = {N(points)}")
        {
            ChineseExplanation = $"基础分加减分：基础分 {N(BasePoints)} {(steps < 0 ? "-" : "+")} 每档 {N(Step)} 分 × {N(Math.Abs(steps))} 档（每档 {N(Per)}，由基数值 {N(baseline)} 到实际值 {N(input.Value)}），限定在 0 至 {N(max)} 之间 = {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _, out _);

    private double Points(in ScoringInput input, out double baseline, out double max, out double steps)
    {
        Check(input);
        baseline = Require(input.Baseline, "baseline", Name);
        max = Max ?? input.Weight;
        var raw = StepsBetween(input.Value, baseline, Per) * Sign(input.Polarity);
        steps = Mode == StepMode.Floor ? Math.Truncate(raw) : raw;
        return Clamp(BasePoints + (Step * steps), max);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
