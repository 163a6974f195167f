namespace Indicators;

/// <summary>
/// A change of share in percentage points (比重提高/下降x个百分点), from the levels of both periods or from the
/// current share and the growth rates of part and whole: <c>Δ = (A/B)(a − b)/(1 + a)</c> (30%, a = 20%, b = 10% → +2.5pp).
/// </summary>
public readonly struct ShareChangeResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    private const string ShareChangeFormula = "change = later share − earlier share; from growth rates: (A/B)(a − b)/(1 + a)";

    private readonly double earlier;
    private readonly double later;
    private readonly ShareStatus status;

    /// <summary>The change between two shares (fractions), or <see cref="ShareStatus.TooLarge"/> when its points overflow.</summary>
    internal static ShareChangeResult Between(double earlierFraction, double laterFraction) =>
        double.IsFinite(earlierFraction * 100) && double.IsFinite(laterFraction * 100) && double.IsFinite((laterFraction - earlierFraction) * 100)
            ? new(earlierFraction, laterFraction, ShareStatus.Share)
            : new(0, 0, ShareStatus.TooLarge);

    internal ShareChangeResult(double earlierFraction, double laterFraction, ShareStatus status)
    {
        earlier = earlierFraction + 0.0;
        later = laterFraction + 0.0;
        this.status = status;
    }

    /// <summary>Whether the change exists.</summary>
    public ShareStatus Status => status;

    /// <inheritdoc />
    public bool HasValue => status == ShareStatus.Share;

    /// <summary>The earlier share, or null without a value.</summary>
    public Percentage? Earlier => HasValue ? Percentage.FromFraction(earlier) : null;

    /// <summary>The later share, or null without a value.</summary>
    public Percentage? Later => HasValue ? Percentage.FromFraction(later) : null;

    /// <summary>The change, or null without a value.</summary>
    public PercentagePoints? Change => TryGetChange(out var change) ? change : null;

    /// <inheritdoc />
    public string Formula => ShareChangeFormula;

    /// <summary>The change in percentage points, without throwing.</summary>
    /// <param name="change">The change, or zero without a value.</param>
    /// <returns>Whether the change exists.</returns>
    public bool TryGetChange(out PercentagePoints change)
    {
        change = HasValue ? PercentagePoints.FromPoints((later - earlier) * 100) : default;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.Pick(language, ShareChangeFormula, "比重变化 = 本期比重 − 上期比重；由增速：(A/B)(a − b)/(1 + a)"),
        HasValue
            ? ExplainText.Pick(language, "earlier share = " + Earlier + ", later share = " + Later, "上期比重 = " + Earlier + "，本期比重 = " + Later)
            : ExplainText.Pick(language, "status = ", "状态 = ") + status,
        TryGetChange(out var change)
            ? ExplainText.Pick(language, change.ToString(), "比重" + ExplainText.PointsWords(change))
            : status switch
            {
                ShareStatus.PartVanished => ExplainText.NoValue(language, "the part fell by 100% or more", "部分下降100%或以上"),
                ShareStatus.TooLarge => ExplainText.NoValue(language, "the change is beyond the range of a double", "变化超出可表示范围"),
                _ => ExplainText.NoValue(language, "a whole is not positive", "总体不为正数"),
            });

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
