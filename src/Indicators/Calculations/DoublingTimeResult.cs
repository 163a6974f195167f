namespace Indicators;

/// <summary>The years a constant yearly growth needs to double a level (翻一番所需年数); none when the rate is not positive.</summary>
public readonly struct DoublingTimeResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    private const string DoublingFormula = "years = ln 2 / ln(1 + rate)";

    private readonly Percentage rate;

    internal DoublingTimeResult(Percentage rate) => this.rate = rate;

    /// <summary>The yearly growth rate.</summary>
    public Percentage Rate => rate;

    /// <summary>Whether the level ever doubles: the rate is positive.</summary>
    public bool HasValue => rate.Percent > 0 && double.IsFinite(Math.Log(2) / Math.Log(1 + rate.Fraction));

    /// <inheritdoc />
    public string Formula => DoublingFormula;

    /// <summary>The doubling time in years, without throwing.</summary>
    /// <param name="years">The years, or zero when the level never doubles.</param>
    /// <returns>Whether the level doubles.</returns>
    public bool TryGetYears(out double years)
    {
        years = HasValue ? Math.Log(2) / Math.Log(1 + rate.Fraction) : 0;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.Pick(language, DoublingFormula, "翻一番所需年数 = ln 2 / ln(1 + 增速)"),
        ExplainText.Pick(language, "rate = ", "增速 = ") + rate,
        TryGetYears(out var years)
            ? NumberText.Format(years) + ExplainText.Pick(language, " years", "年翻一番")
            : ExplainText.NoValue(language, "a rate that is not positive never doubles", "增速不为正，不会翻番"));

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
