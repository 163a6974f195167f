namespace Indicators;

/// <summary>
/// Growth against a comparable base (可比口径), kept apart from the value published a year earlier. The statistics
/// bureau computes growth against last year's value for the same set of units (同口径), which may differ from last
/// year's published figure; the published growth is the comparable one, and the level ratio is for reference only.
/// </summary>
/// <remarks>
/// Example (F5, 国家统计局 2018): profits 1—5月 27298.3亿元 were published as +16.5% although 29047.6亿元 had been
/// published a year earlier; the naive level ratio gives −6.02%. Never "fix" a published comparable rate to the levels.
/// </remarks>
public readonly struct ComparableGrowthResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    private const string ComparableFormula = "growth = current / comparable base − 1 (可比口径); reference: current / published previous − 1 (名义口径)";

    private readonly double publishedPrevious;
    private readonly GrowthResult comparable;

    internal ComparableGrowthResult(double current, double comparableBase, double publishedPrevious)
    {
        comparable = new GrowthResult(current, comparableBase, GrowthKind.YearOnYear);
        this.publishedPrevious = publishedPrevious + 0.0;
    }

    /// <summary>The current value (本期).</summary>
    public double Current => comparable.Current;

    /// <summary>Last year's value for the same scope (上年同期可比数).</summary>
    public double ComparableBase => comparable.Base;

    /// <summary>The value published a year earlier (上年公布数).</summary>
    public double PublishedPrevious => publishedPrevious;

    /// <summary>The growth on the comparable base (可比口径): the one to publish.</summary>
    public GrowthResult Comparable => comparable;

    /// <summary>The growth on the published previous value (名义口径 / 自然口径): for reference, not for publication.</summary>
    public GrowthResult AgainstPublished => new(comparable.Current, publishedPrevious, GrowthKind.YearOnYear);

    /// <summary>Whether the comparable growth has a rate.</summary>
    public bool HasValue => comparable.HasValue;

    /// <inheritdoc />
    public string Formula => ComparableFormula;

    /// <summary>The comparable growth rate, without throwing.</summary>
    /// <param name="rate">The rate, or zero when there is none.</param>
    /// <returns>Whether a rate exists.</returns>
    public bool TryGetRate(out Percentage rate) => comparable.TryGetRate(out rate);

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.IsChinese(language)
        ? ExplainText.Line(
            language,
            "可比口径增速 = 本期 / 可比基期 − 1；参考：本期 / 上年公布数 − 1（名义口径）",
            ExplainText.Input("本期", Current) + "，" + ExplainText.Input("可比基期", ComparableBase) + "，" + ExplainText.Input("上年公布数", publishedPrevious),
            "按可比口径" + comparable.Outcome(language) + "；按上年公布数计算" + AgainstPublished.Outcome(language) + "（名义口径，仅供参考）")
        : ExplainText.Line(
            language,
            ComparableFormula,
            ExplainText.Input("current", Current) + ", " + ExplainText.Input("comparable base", ComparableBase) + ", " + ExplainText.Input("published previous", publishedPrevious),
            comparable.Outcome(language) + " (可比口径); against the published previous value " + AgainstPublished.Outcome(language) + " (名义口径, reference only)");

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
