namespace Indicators;

/// <summary>
/// The currency of a money unit (币种). Amounts in different currencies never mix implicitly:
/// converting between them takes an explicit <see cref="ExchangeRate"/> for a period.
/// </summary>
public enum Currency
{
    /// <summary>人民币 (CNY): 元, 万元, 亿元.</summary>
    Cny = 0,

    /// <summary>美元 (USD): 美元, 万美元, 亿美元; 实际使用外资 is usually reported in 万美元.</summary>
    Usd = 1,

    /// <summary>港元 (HKD).</summary>
    Hkd = 2,

    /// <summary>欧元 (EUR).</summary>
    Eur = 3,

    /// <summary>日元 (JPY).</summary>
    Jpy = 4,
}
