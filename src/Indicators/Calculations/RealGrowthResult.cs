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
    private const string RealFormula = "real = (1 + nominal) / (1 + price change) − 1";

    private readonly Percentage nominal;
    private readonly Percentage priceChange;
    private readonly double real; // a fraction; zero when it overflows a double

    internal RealGrowthResult(Percentage nominal, Percentage priceChange)
    {
        this.nominal = nominal;
        this.priceChange = priceChange;
        var value = ((1 + nominal.Fraction) / (1 + priceChange.Fraction)) - 1;
        real = double.IsFinite(value * 100) ? value : 0;
        HasValue = double.IsFinite(value * 100);
    }

    /// <summary>The nominal growth (名义增长, at current prices).</summary>
    public Percentage Nominal => nominal;

    /// <summary>The price change (价格指数 − 100%, e.g. the GDP deflator or 工业生产者出厂价格指数).</summary>
    public Percentage PriceChange => priceChange;

    /// <summary>The real growth (实际增长, at comparable prices), or null in the one case it has no value: prices so near −100% that it overflows a double.</summary>
    public Percentage? Real => HasValue ? Percentage.FromFraction(real) : null;

    /// <summary>Whether the real growth exists: true unless it overflows a double.</summary>
    public bool HasValue { get; }

    /// <inheritdoc />
    public string Formula => RealFormula;

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.Pick(language, RealFormula, "实际增速 = (1 + 名义增速) / (1 + 价格变动) − 1"),
        ExplainText.Pick(language, "nominal = " + nominal + ", price change = " + priceChange, "名义增速 = " + nominal + "，价格变动 = " + priceChange),
        HasValue
            ? ExplainText.Pick(language, Real.ToString()!, "按可比价格计算" + ExplainText.GrowthWords(Real!.Value))
            : ExplainText.NoValue(language, "the real growth overflows a double", "实际增速超出可表示范围"));

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
