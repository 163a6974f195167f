namespace Indicators;

/// <summary>How a value is rounded (修约) to a number of decimals.</summary>
public enum RoundingMode
{
    /// <summary>四舍五入: a dropped part of exactly one half rounds away from zero (2.675 → 2.68, −2.5 → −3). The default.</summary>
    HalfAwayFromZero = 0,

    /// <summary>
    /// GB/T 8170-2008 数值修约规则: below 5 drop, above 5 round up, exactly 5 (followed by nothing or zeros) round
    /// to the even digit (0.35 → 0.4, 1.050 → 1.0); a negative number rounds by its absolute value.
    /// </summary>
    GbT8170 = 1,
}
