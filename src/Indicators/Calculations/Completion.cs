namespace Indicators;

/// <summary>
/// Completion of targets (目标完成情况): completion rate (完成率), overfulfilment (超额完成) and
/// shortfall (差额), for positive and reverse (逆向) indicators.
/// </summary>
/// <remarks>
/// Every method validates its inputs (NaN or an infinity throws, naming the parameter), allocates
/// nothing and returns a result that explains itself. An undefined rate is a status, never NaN,
/// an infinity or an exception.
/// </remarks>
public static class Completion
{
    /// <summary>
    /// Completion of a level target (完成率 = 实际 / 目标): 220 against 200 is 110% (超额完成10%).
    /// For <see cref="Polarity.Reverse"/> the target is a ceiling: see <see cref="OfCeiling"/>.
    /// </summary>
    /// <param name="actual">The actual value (实际完成数).</param>
    /// <param name="target">The target (计划数), or the ceiling of a reverse indicator.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <returns>The completion; no rate (a status) when the target is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN or infinite, the two are too far apart for a finite difference, or <paramref name="polarity"/> is not defined.</exception>
    public static CompletionResult OfLevel(double actual, double target, Polarity polarity = Polarity.Positive)
    {
        Guard.Against.NotFinite(actual);
        Guard.Against.NotFinite(target);
        CheckPolarity(polarity);
        return CompletionResult.Create(actual, target, polarity, CompletionBasis.Level);
    }

    /// <summary>
    /// Completion of a ceiling (控制在…以内) of a reverse indicator: inclusive, so 66 against
    /// "66人以内" is met (100%) and 67 is missed (98.5%). The rate is ceiling / actual; actual 0
    /// against a positive ceiling is <see cref="CompletionStatus.MetWithZero"/>.
    /// </summary>
    /// <param name="actual">The actual value.</param>
    /// <param name="ceiling">The ceiling.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN or infinite, or the two are too far apart for a finite difference.</exception>
    public static CompletionResult OfCeiling(double actual, double ceiling)
    {
        Guard.Against.NotFinite(actual);
        Guard.Against.NotFinite(ceiling);
        return CompletionResult.Create(actual, ceiling, Polarity.Reverse, CompletionBasis.Level);
    }

    /// <summary>
    /// Completion of a decline target of a reverse indicator (目标完成率 = 降低率实际数 / 降低率目标数):
    /// 降3.3% against 降3% is 110% (F16). Both declines are written as positive rates; a rise is a
    /// negative decline.
    /// </summary>
    /// <param name="actualDecline">The actual decline, e.g. 3.3% for 下降3.3%.</param>
    /// <param name="targetDecline">The target decline, e.g. 3% for 下降3%以上.</param>
    /// <returns>The completion; no rate (a status) when the target decline is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The two declines are too far apart for a finite difference.</exception>
    public static CompletionResult OfDecline(Percentage actualDecline, Percentage targetDecline) =>
        CompletionResult.Create(actualDecline.Percent, targetDecline.Percent, Polarity.Reverse, CompletionBasis.Decline);

    /// <summary>
    /// A growth target judged by the percentage-point gap: 8.5% against 8% is 超0.5个百分点. For a
    /// reverse indicator the target rate is a ceiling.
    /// </summary>
    /// <param name="actualGrowth">The actual growth rate.</param>
    /// <param name="targetGrowth">The target growth rate.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <returns>The gap and the judgement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is not defined, or the rates are too far apart for a finite gap.</exception>
    public static CompletionGapResult OfGrowthTarget(Percentage actualGrowth, Percentage targetGrowth, Polarity polarity = Polarity.Positive)
    {
        CheckPolarity(polarity);
        Guard.Against.NotInRange(double.IsFinite(actualGrowth.Percent - targetGrowth.Percent), nameof(actualGrowth), actualGrowth, "The actual and target rates are too far apart for their gap to be a finite number.");
        return new CompletionGapResult(actualGrowth, targetGrowth, polarity);
    }

    private static void CheckPolarity(Polarity polarity)
    {
        Guard.Against.NotInRange(polarity is (Polarity.Positive or Polarity.Reverse), nameof(polarity), polarity, "Unknown polarity.");
    }
}
