namespace Indicators;

/// <summary>
/// How an indicator's values add up over time. It decides what 累计 means: a flow's
/// year-to-date value is the sum of its months, a stock's is its latest value.
/// </summary>
public enum IndicatorNature
{
    /// <summary>流量/时期指标: accumulates over a period (output, investment, new firms).</summary>
    Flow = 0,

    /// <summary>存量/时点指标: a level at a moment (firms in the zone, 累计达76家).</summary>
    Stock = 1,

    /// <summary>比率指标: a ratio of two other values (R&amp;D intensity, share, rate); never summed.</summary>
    Ratio = 2,

    /// <summary>指数: an index against a base (price index, composite index); never summed.</summary>
    Index = 3,
}
