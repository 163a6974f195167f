namespace Indicators;

/// <summary>
/// A pull on growth (拉动x个百分点): the part's increase over the whole's earlier level, in percentage points,
/// <c>Δpart / whole(t−1)</c>. The pulls of all parts add up to the whole's growth; pull = growth × contribution.
/// </summary>
public readonly struct PullResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    private const string PullFormula = "pull = Δpart / whole(t−1), in percentage points";

    private readonly double partIncrease;
    private readonly double wholePrevious;

    internal PullResult(double partIncrease, double wholePrevious)
    {
        this.partIncrease = partIncrease + 0.0;
        this.wholePrevious = wholePrevious + 0.0;
    }

    /// <summary>The part's increase (增量).</summary>
    public double PartIncrease => partIncrease;

    /// <summary>The whole's level in the earlier period.</summary>
    public double WholePrevious => wholePrevious;

    /// <summary>Whether the pull exists.</summary>
    public ContributionStatus Status => HasValue ? ContributionStatus.Value : ContributionStatus.WholeNotPositive;

    /// <inheritdoc />
    public bool HasValue => wholePrevious > 0 && double.IsFinite(partIncrease / wholePrevious * 100);

    /// <summary>The pull, or null when the whole's earlier level is not positive.</summary>
    public PercentagePoints? Pull => TryGetPull(out var value) ? value : null;

    /// <inheritdoc />
    public string Formula => PullFormula;

    /// <summary>The pull, without throwing.</summary>
    /// <param name="pull">The pull, or zero without a value.</param>
    /// <returns>Whether the pull exists.</returns>
    public bool TryGetPull(out PercentagePoints pull)
    {
        pull = HasValue ? PercentagePoints.FromPoints(partIncrease / wholePrevious * 100) : default;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.Pick(language, PullFormula, "拉动 = 部分增量 / 总体上期水平，单位为百分点"),
        ExplainText.Inputs(language, ("Δpart", "部分增量", partIncrease), ("whole(t−1)", "总体上期水平", wholePrevious)),
        TryGetPull(out var value)
            ? ExplainText.Pick(language, value.ToString(), "拉动增长" + ExplainText.Points(language, value))
            : ExplainText.NoValue(language, "the whole's earlier level is not positive", "总体上期水平不为正数"));

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
