namespace Indicators;

/// <summary>How a value is judged against a limit (极限数值的判定, GB/T 8170-2008).</summary>
public enum LimitComparison
{
    /// <summary>
    /// 修约值比较法, the default: round the value to the published precision, then compare. −2.96% meets
    /// "下降3%以上" at one decimal, because it is published as 下降3.0%.
    /// </summary>
    RoundedValue = 0,

    /// <summary>
    /// 全数值比较法: compare the unrounded value. Two doubles that agree to 15 significant digits are equal, so that
    /// a tie in decimal arithmetic stays a tie (115 on a base of 100 meets a 15% target).
    /// </summary>
    FullValue = 1,
}
