namespace Indicators;

/// <summary>Which direction of an indicator is better (指标方向).</summary>
public enum Polarity
{
    /// <summary>正向指标: higher is better (output, revenue, investment).</summary>
    Positive = 0,

    /// <summary>逆向指标: lower is better (energy per 万元 of value added, accidents, unemployment).</summary>
    Reverse = 1,
}
