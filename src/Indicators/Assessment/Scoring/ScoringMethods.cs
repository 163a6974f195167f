namespace Indicators.Assessment;

/// <summary>
/// The built-in scoring methods (计分方法) of assessment schemes, each validated at construction (an invalid parameter
/// throws, naming it), immutable and polarity-aware. Users add their own by implementing <see cref="IScoringMethod"/>.
/// </summary>
public static class ScoringMethods
{
    /// <summary>All or nothing (目标完成计分法): the full weight when the target is met, else 0.</summary>
    /// <param name="decimals">The published precision at which the target is judged (0 to <see cref="Rounding.MaxDecimals"/>).</param>
    /// <param name="comparison">修约值比较法 (default) or 全数值比较法.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static IScoringMethod AllOrNothing(int decimals, LimitComparison comparison = LimitComparison.RoundedValue) => new AllOrNothingScoring(decimals, comparison);

    /// <summary>Capped ratio: w × min(x / T, cap), floored at 0; T / x for a reverse indicator.</summary>
    /// <param name="cap">The largest ratio counted; positive (1 by default: no credit above the target).</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cap"/> is not positive and finite.</exception>
    public static IScoringMethod CappedRatio(double cap = 1) => new CappedRatioScoring(cap);

    /// <summary>Base points at the baseline, ± <paramref name="step"/> per <paramref name="per"/>, capped and floored at 0 (银川, rule 22).</summary>
    /// <param name="basePoints">The points at the baseline; not negative.</param>
    /// <param name="step">The points per step; positive.</param>
    /// <param name="per">The difference that makes a step, in the value's units; positive.</param>
    /// <param name="mode">Whole steps only (<see cref="StepMode.Floor"/>) or proportional.</param>
    /// <param name="max">The cap (封顶); null to cap at the indicator's weight.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static IScoringMethod BaseStep(double basePoints, double step, double per, StepMode mode, double? max = null) => new BaseStepScoring(basePoints, step, per, mode, max);

    /// <summary>A share of the weight at the target (80%), ± points per percentage point, capped at a multiple of the weight (rule S37).</summary>
    /// <param name="pointsPerPoint">The points per percentage point from the target (0.5); positive.</param>
    /// <param name="capMultiple">The cap as a multiple of the weight; positive.</param>
    /// <param name="shareAtTarget">The share of the weight at the target; 0.8 by default, at most <paramref name="capMultiple"/>.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static IScoringMethod EightyPercentAtTarget(double pointsPerPoint, double capMultiple, double shareAtTarget = 0.8) => new TargetShareScoring(pointsPerPoint, capMultiple, shareAtTarget);

    /// <summary>Interpolation between the base value and the target: w × clamp((x − base) / (target − base), 0, 1) (宁波).</summary>
    /// <returns>The method.</returns>
    public static IScoringMethod Interpolation() => new InterpolationScoring();

    /// <summary>The efficacy coefficient (功效系数法) against the population's best and worst: 60 + 40 (x − worst) / (best − worst).</summary>
    /// <returns>The relative method.</returns>
    public static IScoringMethod EfficacyCoefficient() => new EfficacyCoefficientScoring(null, null);

    /// <summary>The efficacy coefficient (功效系数法) against fixed 满意值 and 不允许值 (F13: 5.81 with 12 and 6 → 58.73).</summary>
    /// <param name="satisfactory">满意值; finite.</param>
    /// <param name="unacceptable">不允许值; finite and different from <paramref name="satisfactory"/>.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentException">A value is not finite, or the two are equal.</exception>
    public static IScoringMethod EfficacyCoefficient(double satisfactory, double unacceptable) => new EfficacyCoefficientScoring(satisfactory, unacceptable);

    /// <summary>
    /// The benchmark ratio (标杆值法) with the input's target as the benchmark, or — for a zone without a target — the best
    /// zone's value (最优值为标杆): min(100, 100 × x / benchmark). Relative: the scheme gives it the population.
    /// </summary>
    /// <returns>The method.</returns>
    public static IScoringMethod BenchmarkRatio() => new BenchmarkRatioScoring(null);

    /// <summary>The benchmark ratio (标杆值法) against a fixed benchmark (F14: 10391 against 19470.05 → 53.37).</summary>
    /// <param name="benchmark">标杆值; positive.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="benchmark"/> is not positive and finite.</exception>
    public static IScoringMethod BenchmarkRatio(double benchmark) => new BenchmarkRatioScoring(benchmark);

    /// <summary>The rank ladder by shares (第二位得满分的95%…): each place below the first loses a share of the weight (F21).</summary>
    /// <param name="shareOfWeightPerPlace">The share lost per place; 0.05 by default; positive.</param>
    /// <returns>The relative method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share is not positive and finite.</exception>
    public static IScoringMethod RankLadder(double shareOfWeightPerPlace = 0.05) => new RankLadderScoring(shareOfWeightPerPlace, isShareOfWeight: true);

    /// <summary>The rank ladder by points (相差一名扣0.2分): each place below the first loses a fixed number of points.</summary>
    /// <param name="pointsPerPlace">The points lost per place; positive.</param>
    /// <returns>The relative method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The points are not positive and finite.</exception>
    public static IScoringMethod RankLadderByPoints(double pointsPerPlace) => new RankLadderScoring(pointsPerPlace, isShareOfWeight: false);

    /// <summary>A two-tier target (确保/力争): base points at 确保, the full weight at 力争, linear between, 0 short of 确保 (rule 17).</summary>
    /// <param name="baseShare">The share of the weight earned at 确保, 0 to 1.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseShare"/> is out of range.</exception>
    public static IScoringMethod GuaranteedStretch(double baseShare) => new GuaranteedStretchScoring(baseShare);

    /// <summary>Completion steps (节能 rule, F16): the weight when the target is met, + points per full step of overfulfilment, at most a bonus.</summary>
    /// <param name="pointsPerStep">The points per full step; 1 by default; positive.</param>
    /// <param name="stepPercent">A step in percent of the target; 10 by default; positive.</param>
    /// <param name="maxBonus">The most bonus points; 5 by default; not negative.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static IScoringMethod CompletionSteps(double pointsPerStep = 1, double stepPercent = 10, double maxBonus = 5) => new CompletionStepScoring(pointsPerStep, stepPercent, maxBonus);

    /// <summary>
    /// The ratio to the population's best, mean, median or total (参照比值法, 科技部火炬中心): w × min(cap, x / R), or
    /// w × min(cap, R / x) for a reverse indicator, floored at 0; against the total, the zone's share of it × w (best 20,
    /// x = 15, w = 3 → 2.25). Relative: the scheme gives it the population of the zones with a value. A reference of 0 or
    /// below, and the total of a reverse indicator, are refused when a zone is scored.
    /// </summary>
    /// <param name="reference">Which value of the population is the reference (参照值).</param>
    /// <param name="cap">The largest ratio counted, a multiple of the weight; 1 by default (at most the weight); positive.</param>
    /// <returns>The relative method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reference"/> is not defined, or <paramref name="cap"/> is not positive and finite.</exception>
    public static IScoringMethod RatioTo(RelativeReference reference, double cap = 1) => new RatioToScoring(reference, cap);

    /// <summary>The ratio to a stated reference (参照比值法 against a provincial average): w × min(cap, x / R), R / x for a reverse indicator, floored at 0.</summary>
    /// <param name="reference">The reference (参照值) in the indicator's unit (12.5); positive.</param>
    /// <param name="cap">The largest ratio counted, a multiple of the weight; 1 by default; positive.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reference"/> or <paramref name="cap"/> is not positive and finite.</exception>
    public static IScoringMethod RatioTo(double reference, double cap = 1) => new RatioToScoring(reference, cap);
}
