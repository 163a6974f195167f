using System.Runtime.CompilerServices;

namespace Indicators;

/// <summary>
/// A completion rate (完成率) with its overfulfilment (超额完成) or shortfall (差额), from
/// <see cref="Completion.OfLevel"/>, <see cref="Completion.OfCeiling"/> or <see cref="Completion.OfDecline"/>.
/// </summary>
/// <remarks>
/// <para>
/// Positive indicator, level target: completion = actual / target (220 of 200 = 110%, 超额完成10%;
/// 198 of 200 = 99%, 未完成, short by 2 and by 1 percentage point).
/// </para>
/// <para>
/// Reverse indicator, ceiling (以内, inclusive): completion = ceiling / actual, so 66 against
/// "66人以内" is 100% (met) and 67 is 98.5% (missed); 33 is 200%. This is the target/actual rule
/// of the assessment schemes (domain-research §3.4). Actual 0 against a positive ceiling is
/// <see cref="CompletionStatus.MetWithZero"/>: met, with no finite rate.
/// </para>
/// <para>
/// Polarity symmetry: for positive values, a reverse indicator judged on (actual, ceiling) has the
/// same rate, status and overfulfilment as a positive one judged on the reciprocals
/// (1 / actual, 1 / ceiling); and its <see cref="Margin"/>, <see cref="Shortfall"/> and
/// <see cref="IsMet"/> equal those of a positive one judged on the negations (−actual, −ceiling).
/// </para>
/// <para>
/// Decline target: completion = actual decline / target decline, both written as positive
/// percent numbers (降3.3% against 降3% = 110%, F16). <see cref="Actual"/> and <see cref="Target"/>
/// then hold the percent numbers 3.3 and 3.
/// </para>
/// </remarks>
public readonly struct CompletionResult : ICalculationResult
{
    /// <summary>The formula of a positive indicator's level target.</summary>
    public const string LevelFormula = "completion = actual / target";

    /// <summary>The formula of a reverse indicator's ceiling.</summary>
    public const string CeilingFormula = "completion = ceiling / actual";

    /// <summary>The formula of a decline target.</summary>
    public const string DeclineFormula = "completion = actual decline / target decline";

    private readonly double percent;

    internal CompletionResult(double actual, double target, Polarity polarity, CompletionBasis basis, CompletionStatus status, double percent)
    {
        Actual = actual;
        Target = target;
        Polarity = polarity;
        Basis = basis;
        Status = status;
        this.percent = percent;
    }

    /// <summary>The actual value (实际完成数); for a decline target the actual decline as a percent number.</summary>
    public double Actual { get; }

    /// <summary>The target (目标/计划数) or ceiling; for a decline target the target decline as a percent number.</summary>
    public double Target { get; }

    /// <summary>
    /// Which direction of the indicator is better. With <see cref="CompletionBasis.Level"/>,
    /// <see cref="Polarity.Reverse"/> makes the target a ceiling; a decline target belongs to a
    /// reverse indicator, and a larger decline is better.
    /// </summary>
    public Polarity Polarity { get; }

    /// <summary>Whether a level or a decline is compared.</summary>
    public CompletionBasis Basis { get; }

    /// <summary>How the actual value stands against the target, and whether a rate exists.</summary>
    public CompletionStatus Status { get; }

    /// <inheritdoc />
    public bool HasValue => Status <= CompletionStatus.Overfulfilled;

    /// <summary>
    /// Whether the target is met (inclusive, like 以上/以内): actual ≥ target for a positive indicator
    /// or a decline, actual ≤ ceiling for a reverse one. Known even when no rate exists.
    /// </summary>
    public bool IsMet => Margin >= 0;

    /// <summary>
    /// By how much the target is beaten, in the indicator's unit: actual − target, or ceiling − actual
    /// for a reverse indicator. Negative when missed (198 against 200: −2).
    /// </summary>
    public double Margin => IsCeilingOf(Polarity, Basis) ? Target - Actual : Actual - Target;

    /// <summary>The amount still missing (差额): −<see cref="Margin"/> when the target is missed, else 0.</summary>
    public double Shortfall => Math.Max(0, -Margin);

    /// <summary>The completion rate (完成率), or null when <see cref="HasValue"/> is false.</summary>
    public Percentage? Rate => HasValue ? Percentage.FromPercent(percent) : null;

    /// <summary>超额完成: completion − 100% when overfulfilled (5000 against 2994 is 超额完成67%); otherwise null.</summary>
    public Percentage? Overfulfilment => Status == CompletionStatus.Overfulfilled ? Percentage.FromPercent(percent - 100) : null;

    /// <summary>The shortfall in percentage points, 100% − completion, when not completed (99% is 1个百分点 short); otherwise null.</summary>
    public PercentagePoints? ShortfallPoints => Status == CompletionStatus.NotCompleted ? PercentagePoints.FromPoints(100 - percent) : null;

    /// <inheritdoc />
    public string Formula => Basis == CompletionBasis.Decline ? DeclineFormula : IsCeilingOf(Polarity, Basis) ? CeilingFormula : LevelFormula;

    /// <summary>Gets the completion rate without allocating or throwing.</summary>
    /// <param name="rate">The rate, or 0% when there is none.</param>
    /// <returns>Whether a rate exists.</returns>
    public bool TryGetRate(out Percentage rate)
    {
        rate = HasValue ? Percentage.FromPercent(percent) : Percentage.Zero;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        var zh = ExplainText.IsChinese(language);
        var ceiling = IsCeilingOf(Polarity, Basis);
        var inputs = Basis == CompletionBasis.Decline
            ? ExplainText.Pick(language, "actual decline = ", "实际降幅 = ") + ExplainText.Percent(Actual) + ExplainText.Comma(language)
              + ExplainText.Pick(language, "target decline = ", "目标降幅 = ") + ExplainText.Percent(Target)
            : ExplainText.Input(language, "actual", "实际", Actual) + ExplainText.Comma(language)
              + (ceiling ? ExplainText.Input(language, "ceiling", "上限", Target) : ExplainText.Input(language, "target", "目标", Target));
        var rate = ExplainText.Percent(percent);
        var outcome = Status switch
        {
            CompletionStatus.Overfulfilled => zh
                ? "完成率" + rate + "，超额完成" + ExplainText.Percent(percent - 100)
                : $"{rate}, overfulfilled by {ExplainText.Percent(percent - 100)} (超额完成)",
            CompletionStatus.Completed => zh ? "完成率" + rate + "，完成目标" : $"{rate}, completed (完成)",
            CompletionStatus.NotCompleted => zh
                ? "完成率" + rate + "，未完成目标，差" + NumberText.Format(Shortfall) + "，差" + NumberText.Format(100 - percent) + "个百分点"
                : $"{rate}, not completed (未完成), short by {NumberText.Format(Shortfall)} and by {NumberText.Format(100 - percent)} percentage points",
            CompletionStatus.MetWithZero => ExplainText.NoValue(language, "met with zero against a positive ceiling", "实际为零，控制在正的上限以内"),
            _ => ExplainText.NoValue(language, "no completion rate exists for these values; the target is " + (IsMet ? "met" : "missed"),
                "这些数值没有完成率；" + (IsMet ? "完成" : "未完成") + "目标"),
        };
        return ExplainText.Line(language, FormulaIn(language), inputs, outcome);
    }

    /// <summary><see cref="Formula"/> in <paramref name="language"/>.</summary>
    internal string FormulaIn(ExplanationLanguage language) => !ExplainText.IsChinese(language) ? Formula
        : Basis == CompletionBasis.Decline ? "完成率 = 实际降幅 / 目标降幅"
        : IsCeilingOf(Polarity, Basis) ? "完成率 = 上限 / 实际"
        : "完成率 = 实际 / 目标";

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    /// <summary>Builds a result from validated inputs; the status comes from comparing, the rate from dividing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CompletionResult Create(double actual, double target, Polarity polarity, CompletionBasis basis)
    {
        if (!TryCreate(actual, target, polarity, basis, out var result))
        {
            ThrowTooFarApart();
        }
        return result;
    }

    /// <summary>
    /// <see cref="Create"/> without the exception: false when the two values are too far apart for their difference
    /// to be a finite number (bad data in a bulk cell has no result, where a scalar caller gets an exception).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryCreate(double actual, double target, Polarity polarity, CompletionBasis basis, out CompletionResult result)
    {
        var ceiling = IsCeilingOf(polarity, basis);
        // Compare the values themselves: a/t can round to exactly 1 when a ≠ t.
        var margin = ceiling ? target - actual : actual - target;
        if (!double.IsFinite(margin))
        {
            result = default;
            return false;
        }
        var status = margin > 0 ? CompletionStatus.Overfulfilled : margin == 0 ? CompletionStatus.Completed : CompletionStatus.NotCompleted;
        var (numerator, denominator) = ceiling ? (target, actual) : (actual, target);
        if (denominator > 0 && (numerator >= 0 || !ceiling))
        {
            // 100·n/d rather than n/d·100: 220/200 is then exactly 110, not 110.00000000000001.
            // On target is exactly 100%, whatever the rounding of 100·n.
            var percent = margin == 0 ? 100 : 100 * numerator / denominator;
            result = double.IsFinite(percent)
                ? new CompletionResult(actual, target, polarity, basis, status, percent)
                : new CompletionResult(actual, target, polarity, basis, CompletionStatus.NoCompletionRate, 0);
            return true;
        }
        status = ceiling && denominator == 0 && numerator > 0 ? CompletionStatus.MetWithZero : CompletionStatus.NoCompletionRate;
        result = new CompletionResult(actual, target, polarity, basis, status, 0);
        return true;
    }

    private static void ThrowTooFarApart() =>
        throw new ArgumentOutOfRangeException("actual", "The actual value and the target are too far apart for their difference to be a finite number.");

    private static bool IsCeilingOf(Polarity polarity, CompletionBasis basis) => polarity == Polarity.Reverse && basis == CompletionBasis.Level;
}
