namespace Indicators;

/// <summary>A share (占比, 比重) of a whole: <c>part / whole</c>; 1000 of 5000 is 20%. No share of a whole ≤ 0.</summary>
public readonly struct ShareResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    private const string ShareFormula = "share = part / whole";

    private readonly double part;
    private readonly double whole;

    internal ShareResult(double part, double whole)
    {
        this.part = part + 0.0;
        this.whole = whole + 0.0;
    }

    /// <summary>The part (其中).</summary>
    public double Part => part;

    /// <summary>The whole.</summary>
    public double Whole => whole;

    /// <summary>Whether the share exists.</summary>
    public ShareStatus Status => HasValue ? ShareStatus.Share : ShareStatus.WholeNotPositive;

    /// <inheritdoc />
    public bool HasValue => whole > 0 && double.IsFinite(part / whole * 100);

    /// <summary>The share, or null when there is none.</summary>
    public Percentage? Share => HasValue ? Percentage.FromFraction(part / whole) : null;

    /// <inheritdoc />
    public string Formula => ShareFormula;

    /// <summary>The share, without throwing.</summary>
    /// <param name="share">The share, or zero when there is none.</param>
    /// <returns>Whether the share exists.</returns>
    public bool TryGetShare(out Percentage share)
    {
        share = HasValue ? Percentage.FromFraction(part / whole) : default;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.Pick(language, ShareFormula, "比重 = 部分 / 总体"),
        ExplainText.Inputs(language, ("part", "部分", part), ("whole", "总体", whole)),
        TryGetShare(out var share)
            ? ExplainText.Pick(language, share.ToString(), "占比" + share)
            : ExplainText.NoValue(language, "the whole is not positive", "总体不为正数"));

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
