namespace Indicators;

/// <summary>Whether a stated rate implies a value (推算结果).</summary>
public enum ImpliedValueStatus
{
    /// <summary>The value exists.</summary>
    Defined = 0,

    /// <summary>
    /// The stated rate cannot give the value: 1 + growth ≤ 0 (1 + growth &lt; 0 for a current value
    /// from a previous one), a share of 0, 1 + overfulfilment ≤ 0 or a completion rate ≤ 0 (or the
    /// result is too large to represent).
    /// </summary>
    RateOutOfRange = 1,

    /// <summary>
    /// The base the rate is measured against would be zero or negative, where no such rate exists
    /// (a growth rate needs a positive base, a share a positive whole, a completion rate a positive
    /// target): the stated figures contradict each other.
    /// </summary>
    BaseNotPositive = 2,
}
