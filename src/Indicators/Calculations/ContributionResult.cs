namespace Indicators;

/// <summary>
/// A contribution to growth (贡献率): the part's increase over the whole's, <c>Δpart / Δwhole</c>. It may be
/// negative or above 100% (广东 1983: consumption 124.4%); none when the whole did not change.
/// </summary>
/// <remarks>Official contributions use constant-price (不变价) increments: pass those, not current-price ones.</remarks>
public readonly struct ContributionResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    private const string ContributionFormula = "contribution = Δpart / Δwhole";

    private readonly double partIncrease;
    private readonly double wholeIncrease;

    internal ContributionResult(double partIncrease, double wholeIncrease)
    {
        this.partIncrease = partIncrease + 0.0;
        this.wholeIncrease = wholeIncrease + 0.0;
    }

    /// <summary>The part's increase (增量), at constant prices where the whole's growth is real.</summary>
    public double PartIncrease => partIncrease;

    /// <summary>The whole's increase.</summary>
    public double WholeIncrease => wholeIncrease;

    /// <summary>Whether the contribution exists.</summary>
    public ContributionStatus Status => HasValue ? ContributionStatus.Value : ContributionStatus.WholeUnchanged;

    /// <inheritdoc />
    public bool HasValue => wholeIncrease != 0 && double.IsFinite(partIncrease / wholeIncrease * 100);

    /// <summary>The contribution, or null when the whole did not change.</summary>
    public Percentage? Contribution => TryGetContribution(out var value) ? value : null;

    /// <inheritdoc />
    public string Formula => ContributionFormula;

    /// <summary>The contribution, without throwing.</summary>
    /// <param name="contribution">The contribution, or zero without a value.</param>
    /// <returns>Whether the contribution exists.</returns>
    public bool TryGetContribution(out Percentage contribution)
    {
        contribution = HasValue ? Percentage.FromFraction(partIncrease / wholeIncrease) : default;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.Pick(language, ContributionFormula, "贡献率 = 部分增量 / 总体增量"),
        ExplainText.Inputs(language, ("Δpart", "部分增量", partIncrease), ("Δwhole", "总体增量", wholeIncrease)),
        TryGetContribution(out var value)
            ? ExplainText.Pick(language, value.ToString(), "贡献率" + value)
            : ExplainText.NoValue(language, "the whole did not change", "总体没有变化"));

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
