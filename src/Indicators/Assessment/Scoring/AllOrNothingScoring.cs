using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// All or nothing (目标完成计分法: "指标完成年度目标即得该项指标满分，未完成目标不得分"): the full weight when the target is
/// met, else 0. The target is judged with <see cref="Judgement"/> at the published precision: a floor for a positive
/// indicator, a ceiling for a reverse one.
/// </summary>
internal sealed class AllOrNothingScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal AllOrNothingScoring(int decimals, LimitComparison comparison)
    {
        Guard.Against.NotInRange(decimals, 0, Rounding.MaxDecimals);
        EnumCheck.Defined(comparison, nameof(comparison));
        Decimals = decimals;
        Comparison = comparison;
    }

    /// <inheritdoc />
    public string Name => "all-or-nothing";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "达标得分" : Name;

    /// <inheritdoc />
    /// <remarks>True: w or 0.</remarks>
    public bool IsProportionalToWeight => true;

    /// <inheritdoc />
    public bool IsRelative => false;

    /// <summary>The published precision at which the target is judged, in decimals.</summary>
    public int Decimals { get; }

    /// <summary>修约值比较法 (rounded value) or 全数值比较法 (full value).</summary>
    public LimitComparison Comparison { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The indicator has no target.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var target, out var met);
        return new IndicatorScore(points, null, Name,
            $"all or nothing (weight {N(input.Weight)}): {N(input.Value)} {(met ? "meets" : "misses")} the {(input.Polarity == Polarity.Reverse ? "ceiling" : "target")} {N(target)} → {N(points)}")
        {
            ChineseExplanation = input.Polarity == Polarity.Reverse
                ? $"达标得分（权重 {N(input.Weight)}）：实际值 {N(input.Value)} {(met ? "未超过" : "超过")}上限值 {N(target)} → {N(points)}"
                : $"达标得分（权重 {N(input.Weight)}）：实际值 {N(input.Value)} {(met ? "达到" : "未达到")}目标值 {N(target)} → {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _);

    private double Points(in ScoringInput input, out double target, out bool met)
    {
        Check(input);
        target = Require(input.Target, "target", Name);
        met = input.Polarity == Polarity.Reverse
            ? Judgement.IsAtMost(input.Value, target, Decimals, Comparison)
            : Judgement.IsAtLeast(input.Value, target, Decimals, Comparison);
        return met ? input.Weight : 0;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
