using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// A share of the weight at the target, ± points per percentage point (rule S37: "增长率达到…预期目标数的，各得80%标准分；
/// 每增加或减少1个百分点，相应增加或扣减得分0.5分；…各单项得分不超过其标准分的…倍"): s = 0.8w + k (x − T), capped at c·w and
/// floored at 0. Value and target are rates in percent; a reverse indicator gains points below its target.
/// </summary>
internal sealed class TargetShareScoring : IScoringMethod, IPointsOnly
{
    internal TargetShareScoring(double pointsPerPoint, double capMultiple, double shareAtTarget)
    {
        PointsPerPoint = Guard.Against.NegativeOrZeroOrNotFinite(pointsPerPoint, nameof(pointsPerPoint));
        CapMultiple = Guard.Against.NegativeOrZeroOrNotFinite(capMultiple, nameof(capMultiple));
        shareAtTarget = Guard.Against.NegativeOrNotFinite(shareAtTarget, nameof(shareAtTarget));
        Guard.Against.GreaterThan(shareAtTarget, capMultiple, nameof(shareAtTarget));
        ShareAtTarget = shareAtTarget;
    }

    /// <inheritdoc />
    public string Name => "share-at-target";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "目标得分比例加减分" : Name;

    /// <inheritdoc />
    public bool IsRelative => false;

    /// <summary>The share of the weight at the target (0.8).</summary>
    public double ShareAtTarget { get; }

    /// <summary>The points per percentage point of difference from the target (0.5).</summary>
    public double PointsPerPoint { get; }

    /// <summary>The cap as a multiple of the weight (不超过标准分的c倍).</summary>
    public double CapMultiple { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The indicator has no target.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var target, out var gap, out var cap);
        return new IndicatorScore(points, null, Name,
            $"share at target: {N(ShareAtTarget)} × {N(input.Weight)} {(gap < 0 ? "-" : "+")} {N(PointsPerPoint)} × {N(Math.Abs(gap))} points from the target {N(target)}, within [0, {N(cap)}] = {N(points)}")
        {
            ChineseExplanation = $"目标得分比例加减分：{N(ShareAtTarget)} × {N(input.Weight)} {(gap < 0 ? "-" : "+")} 每个百分点 {N(PointsPerPoint)} 分 × {N(Math.Abs(gap))} 个百分点（距目标值 {N(target)}），限定在 0 至 {N(cap)} 之间 = {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _, out _);

    private double Points(in ScoringInput input, out double target, out double gap, out double cap)
    {
        Check(input);
        target = Require(input.Target, "target", Name);
        gap = StepsBetween(input.Value, target, 1) * Sign(input.Polarity);
        cap = CapMultiple * input.Weight;
        return Clamp((ShareAtTarget * input.Weight) + (PointsPerPoint * gap), cap);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
