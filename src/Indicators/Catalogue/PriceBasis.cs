namespace Indicators;

/// <summary>Which prices an indicator's growth is published at (价格口径).</summary>
public enum PriceBasis
{
    /// <summary>Not a money value, or the distinction does not apply.</summary>
    NotApplicable = 0,

    /// <summary>现价: current prices; published growth is nominal.</summary>
    Current = 1,

    /// <summary>可比价: comparable (constant) prices; published growth is real and differs from the ratio of current-price levels (GDP, 工业增加值).</summary>
    Comparable = 2,
}
