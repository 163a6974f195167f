namespace Indicators;

/// <summary>
/// Values implied by stated rates (由增速、占比、完成率推算), for checking and completing reports:
/// the base behind a growth rate, the target behind an overfulfilment, the whole behind a share,
/// the stock before a net increase.
/// </summary>
/// <remarks>
/// Rates are applied in percent form (current × 100 / (100 + growth)), so that figures written
/// with few decimals divide with one rounding. Inputs are validated (NaN or an infinity throws,
/// naming the parameter); a value the figures cannot imply is a status, never NaN or an infinity.
/// </remarks>
public static class Implied
{
    /// <summary>
    /// The previous (base) value behind a growth rate: previous = current / (1 + growth).
    /// F5: 27298.3 with 同比增长16.5% implies a comparable base of 23432.0.
    /// </summary>
    /// <param name="current">The current value.</param>
    /// <param name="growth">The stated growth.</param>
    /// <returns>The base; <see cref="ImpliedValueStatus.RateOutOfRange"/> when 1 + growth ≤ 0,
    /// <see cref="ImpliedValueStatus.BaseNotPositive"/> when the base would not be positive (no growth rate exists then).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="current"/> is NaN or infinite.</exception>
    public static ImpliedValue PreviousFromGrowth(double current, Percentage growth) =>
        Divide(ImpliedValueKind.PreviousFromGrowth, Guard.Against.NotFinite(current), growth.Percent, 100 + growth.Percent, divisorMayBeNegative: false);

    /// <summary>The current value from the previous one and a growth rate: current = previous × (1 + growth).</summary>
    /// <param name="previous">The previous value; a growth rate needs a positive one.</param>
    /// <param name="growth">The growth; −100% at the lowest.</param>
    /// <returns>The current value; a status when the previous value is not positive or the growth is below −100%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previous"/> is NaN or infinite.</exception>
    public static ImpliedValue CurrentFromGrowth(double previous, Percentage growth)
    {
        Guard.Against.NotFinite(previous);
        var kind = ImpliedValueKind.CurrentFromGrowth;
        if (previous <= 0)
        {
            return new ImpliedValue(kind, previous, growth.Percent, ImpliedValueStatus.BaseNotPositive, 0);
        }
        var factor = 100 + growth.Percent;
        return Finish(kind, previous, growth.Percent, factor < 0 ? double.NaN : previous * factor / 100, resultMustBePositive: false);
    }

    /// <summary>
    /// The target behind an overfulfilment (超额完成): target = actual / (1 + overfulfilment).
    /// 5000万元 with 超额完成67% implies a target of 5000 / 1.67 = 2994万元.
    /// </summary>
    /// <param name="actual">The actual value.</param>
    /// <param name="overfulfilment">The stated overfulfilment.</param>
    /// <returns>The target; a status when 1 + overfulfilment ≤ 0 or the target would not be positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actual"/> is NaN or infinite.</exception>
    public static ImpliedValue TargetFromOverfulfilment(double actual, Percentage overfulfilment) =>
        Divide(ImpliedValueKind.TargetFromOverfulfilment, Guard.Against.NotFinite(actual), overfulfilment.Percent, 100 + overfulfilment.Percent, divisorMayBeNegative: false);

    /// <summary>The target behind a completion rate (完成率): target = actual / completion. 截至6月底完成50.22%…</summary>
    /// <param name="actual">The actual value.</param>
    /// <param name="completion">The stated completion rate.</param>
    /// <returns>The target; a status when the completion rate is not positive or the target would not be positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actual"/> is NaN or infinite.</exception>
    public static ImpliedValue TargetFromCompletion(double actual, Percentage completion) =>
        Divide(ImpliedValueKind.TargetFromCompletion, Guard.Against.NotFinite(actual), completion.Percent, completion.Percent, divisorMayBeNegative: false);

    /// <summary>The whole behind a share (占比): whole = part / share. 1000 that is 20% of a whole implies 5000.</summary>
    /// <param name="part">The part; may be negative (a loss-making part of a total profit).</param>
    /// <param name="share">The stated share; not zero.</param>
    /// <returns>The whole; a status when the share is 0 or the whole would not be positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is NaN or infinite.</exception>
    public static ImpliedValue WholeFromShare(double part, Percentage share) =>
        Divide(ImpliedValueKind.WholeFromShare, Guard.Against.NotFinite(part), share.Percent, share.Percent, divisorMayBeNegative: true);

    /// <summary>A part from the whole and its share: part = whole × share (20% of 5000 is 1000).</summary>
    /// <param name="whole">The whole; a share needs a positive one.</param>
    /// <param name="share">The share.</param>
    /// <returns>The part; a status when the whole is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is NaN or infinite.</exception>
    public static ImpliedValue PartFromShare(double whole, Percentage share)
    {
        Guard.Against.NotFinite(whole);
        return whole <= 0
            ? new ImpliedValue(ImpliedValueKind.PartFromShare, whole, share.Percent, ImpliedValueStatus.BaseNotPositive, 0)
            : Finish(ImpliedValueKind.PartFromShare, whole, share.Percent, whole * share.Percent / 100, resultMustBePositive: false);
    }

    /// <summary>
    /// The stock at the start of a period from the stock at its end and the net increase (净增 =
    /// end − start): 累计达76家 after a net increase of 14 implies 62 before. 新认定 (newly certified)
    /// equals the net increase only when nothing left the stock (certificates expire).
    /// </summary>
    /// <param name="endStock">The stock at the end (累计达).</param>
    /// <param name="netIncrease">The net increase (净增) over the period.</param>
    /// <returns>The start stock.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN or infinite.</exception>
    public static ImpliedValue PreviousStock(double endStock, double netIncrease)
    {
        Guard.Against.NotFinite(endStock);
        Guard.Against.NotFinite(netIncrease);
        return Finish(ImpliedValueKind.PreviousStock, endStock, netIncrease, endStock - netIncrease, resultMustBePositive: false);
    }

    /// <summary>
    /// Checks that a count's growth rate, stated at <paramref name="decimals"/> decimals, can come
    /// from a whole previous count (domain.md §11): 3家 "同比增长300%" implies 0.75家, and no whole
    /// count gives 300%, so it is flagged; 76家 "增长22.6%" fits 62家 (22.58%).
    /// </summary>
    /// <param name="currentCount">The current count.</param>
    /// <param name="statedGrowth">The stated growth.</param>
    /// <param name="decimals">The decimals the growth is stated with (0 to 10).</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="currentCount"/> is NaN or infinite, or <paramref name="decimals"/> is out of range.</exception>
    public static CountBaseCheck CheckCountBase(double currentCount, Percentage statedGrowth, int decimals)
    {
        Guard.Against.NotFinite(currentCount);
        Guard.Against.NotInRange(decimals, 0, 10);
        return CountBaseCheck.Create(currentCount, statedGrowth, decimals);
    }

    private static ImpliedValue Divide(ImpliedValueKind kind, double known, double stated, double divisorPercent, bool divisorMayBeNegative)
    {
        var invertible = divisorMayBeNegative ? divisorPercent != 0 : divisorPercent > 0;
        return Finish(kind, known, stated, invertible ? known * 100 / divisorPercent : double.NaN, resultMustBePositive: true);
    }

    private static ImpliedValue Finish(ImpliedValueKind kind, double known, double stated, double result, bool resultMustBePositive)
    {
        var status = !double.IsFinite(result) ? ImpliedValueStatus.RateOutOfRange
            : resultMustBePositive && result <= 0 ? ImpliedValueStatus.BaseNotPositive
            : ImpliedValueStatus.Defined;
        return new ImpliedValue(kind, known, stated, status, result);
    }
}
