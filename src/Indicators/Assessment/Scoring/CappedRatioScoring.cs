using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// Capped ratio (按完成比例计分: "未完成的按实际完成率乘以标准分计分"): w × min(x / T, cap), floored at 0. A reverse
/// indicator uses T / x, and a value of 0 or below (nothing of a bad thing) earns the cap. w = 10, cap 1.2,
/// x / T = 1.3 → 12 (rule 21).
/// </summary>
internal sealed class CappedRatioScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal CappedRatioScoring(double cap) => Cap = Guard.Against.NegativeOrZeroOrNotFinite(cap, nameof(cap));

    /// <inheritdoc />
    public string Name => "capped-ratio";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "按完成比例计分" : Name;

    /// <inheritdoc />
    /// <remarks>True: w × min(ratio, cap), clamped.</remarks>
    public bool IsProportionalToWeight => true;

    /// <inheritdoc />
    public bool IsRelative => false;

    /// <summary>The largest ratio counted (1: no credit above the target; 1.2: up to 120%).</summary>
    public double Cap { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The indicator has no target, or the target is not positive.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var target);
        var ratio = N(input.Polarity == Polarity.Reverse ? target : input.Value) + " / " + N(input.Polarity == Polarity.Reverse ? input.Value : target);
        return new IndicatorScore(points, null, Name, $"capped ratio: {N(input.Weight)} × min({ratio}, {N(Cap)}) = {N(points)}")
        {
            ChineseExplanation = $"按完成比例计分：{N(input.Weight)} × {ratio}（比值不超过 {N(Cap)}）= {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _);

    private double Points(in ScoringInput input, out double target)
    {
        Check(input);
        target = RequirePositive(input.Target, "target", Name);
        return Points(input.Weight, ContinuousRatio(input.Value, target, input.Polarity), Cap);
    }

    /// <summary>The points of a ratio: weight × min(ratio, cap), clamped to [0, weight × cap].</summary>
    internal static double Points(double weight, double ratio, double cap) => Clamp(weight * Math.Min(ratio, cap), weight * cap);

    /// <summary>
    /// <see cref="Points(double, double, double)"/> lane by lane, with its bits for every ratio that is a number (the
    /// bulk paths mask out the lanes without one); the one formula of the capped ratio on the vector paths.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Points(Vector256<double> weight, Vector256<double> ratio, Vector256<double> cap) =>
        Clamp(weight * Vector256.ConditionalSelect(Vector256.LessThan(ratio, cap), ratio, cap), weight * cap);

    /// <summary>
    /// <see cref="Points(Vector256{double}, Vector256{double}, Vector256{double})"/> for a weight that is +0 or positive
    /// and finite and a ratio that is finite, and +0 where the ratio is NaN (no completion: the bulk score adds nothing for it), in four instructions instead of
    /// eleven. Same bits: w × min(r, cap) is never above w × cap (rounding is monotone), so the upper clamp never acts; w × r
    /// is below 0 exactly when r is, so flooring the ratio at 0 floors the product; and a −0 that the product may give
    /// becomes +0 here, as the clamp's + 0.0 makes it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> PointsOrZero(Vector256<double> weight, Vector256<double> ratio, Vector256<double> cap)
    {
        if (Avx.IsSupported)
        {
            // vminpd(cap, r) is r when r is NaN (the second operand), then vmaxpd(NaN, 0) is 0, and vmaxpd(−0, 0) is 0.
            return weight * Avx.Max(Avx.Min(cap, ratio), Vector256<double>.Zero);
        }
        Vector256<double> points = Points(weight, ratio, cap);
        return points & Vector256.Equals(ratio, ratio);
    }

    /// <inheritdoc />
    public override string ToString() => Name + " (cap " + N(Cap) + ")";
}
