namespace Indicators;

/// <summary>How a growth without a rate (a base that is not positive) is worded: as profit and loss (盈亏) or by sign (正负).</summary>
public enum NegativeValueWording
{
    /// <summary>Profit and loss, as profit releases write it: 扭亏为盈, 由盈转亏, 增亏, 减亏, 亏损持平, 从无到有, 由零转亏. The default.</summary>
    ProfitAndLoss = 0,

    /// <summary>By sign, for other indicators that can be negative (净增, 净出口, 净流入): 由负转正, 由正转负, 负值扩大, 负值收窄, 持平, 由零转正, 由零转负.</summary>
    Sign = 1,
}
