namespace Indicators;

/// <summary>
/// Real growth (按可比价计算的实际增长) and nominal growth (名义增长, 现价) linked by a price change:
/// <c>(1 + real) = (1 + nominal) / (1 + price change)</c>. Nominal +8% with prices +3% is real +4.85%.
/// </summary>
/// <remarks>
/// GDP (地区生产总值) and 规上工业增加值 growth are real; the level printed beside them is at current prices, so
/// their growth cannot be derived from two levels. Pass the official real rate, or the price index, in.
/// </remarks>
public readonly struct RealGrowthResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    public const string RealFormula = "real = (1 + nominal) / (1 + price change) − 1";

    private readonly Percentage nominal;
    private readonly Percentage priceChange;

    internal RealGrowthResult(Percentage nominal, Percentage priceChange)
    {
        this.nominal = nominal;
        this.priceChange = priceChange;
    }

    /// <summary>The nominal growth (名义增长, at current prices).</summary>
    public Percentage Nominal => nominal;

    /// <summary>The price change (价格指数 − 100%, e.g. the GDP deflator or 工业生产者出厂价格指数).</summary>
    public Percentage PriceChange => priceChange;

    /// <summary>The real growth (实际增长, at comparable prices).</summary>
    public Percentage Real => Percentage.FromFraction((1 + nominal.Fraction) / (1 + priceChange.Fraction) - 1);

    /// <summary>Always true: both inputs were checked when the result was made.</summary>
    public bool HasValue => true;

    /// <inheritdoc />
    public string Formula => RealFormula;

    /// <inheritdoc />
    public string Explain() => ExplainText.Line(
        RealFormula,
        "nominal = " + nominal + ", price change = " + priceChange,
        Real.ToString());

    /// <summary>The explanation.</summary>
    /// <returns><see cref="Explain"/>.</returns>
    public override string ToString() => Explain();
}
