namespace Indicators;

/// <summary>
/// Whether a growth rate exists and, when it does not, what the official wording says instead
/// (国家统计局 profit releases publish a status, never a percentage, when the base is not positive).
/// </summary>
public enum GrowthStatus
{
    /// <summary>A rate exists (增长 / 下降 / 持平): the base is positive and the current value not negative. A fall to zero is −100%.</summary>
    Rate = 0,

    /// <summary>扭亏为盈: from a loss (base &lt; 0) to a profit (current &gt; 0).</summary>
    TurnedProfit = 1,

    /// <summary>由盈转亏: from a profit (base &gt; 0) to a loss (current &lt; 0).</summary>
    TurnedLoss = 2,

    /// <summary>增亏 (亏损增加): a loss both times, larger now.</summary>
    LossWidened = 3,

    /// <summary>减亏: a loss before, a smaller loss now; also a loss that shrank to exactly zero (it did not become a profit, so it is not 扭亏为盈).</summary>
    LossNarrowed = 4,

    /// <summary>亏损持平: the same loss both times.</summary>
    LossUnchanged = 5,

    /// <summary>从无到有: the base is zero and the current value is not.</summary>
    FromZero = 6,

    /// <summary>Both values are zero: nothing to compare, read as 持平.</summary>
    BothZero = 7,

    /// <summary>The base is positive but so close to zero that the rate overflows a double: treated as no rate rather than an infinity.</summary>
    TooLarge = 8,
}
