namespace Indicators;

/// <summary>
/// A growth-rate target judged by the percentage-point gap (差距, 百分点), from
/// <see cref="Completion.OfGrowthTarget"/>: 8.5% against a target of 8% is 超0.5个百分点.
/// </summary>
/// <remarks>
/// Reports judge growth targets by comparing rates, not by dividing them (domain-research §3.3):
/// a ratio of two rates is meaningless when the target is zero or negative, and unstable near
/// zero. The ratio is offered separately, through <see cref="TryGetRatioOfRates"/>, for the
/// scoring schemes that ask for it. For a reverse indicator the target rate is a ceiling
/// ("增长控制在3%以内"), and a lower rate beats it.
/// </remarks>
public readonly struct CompletionGapResult : ICalculationResult
{
    private const string PositiveFormula = "gap = actual rate − target rate";
    private const string ReverseFormula = "gap = target rate − actual rate";

    internal CompletionGapResult(Percentage actual, Percentage target, Polarity polarity)
    {
        Actual = actual;
        Target = target;
        Polarity = polarity;
    }

    /// <summary>The actual growth rate.</summary>
    public Percentage Actual { get; }

    /// <summary>The target growth rate (or the ceiling on it, for a reverse indicator).</summary>
    public Percentage Target { get; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>
    /// By how many percentage points the target is beaten (超x个百分点); negative when missed
    /// (差x个百分点). Actual − target, or target − actual for a reverse indicator.
    /// </summary>
    public PercentagePoints Gap => Polarity == Polarity.Reverse ? Target - Actual : Actual - Target;

    /// <summary>Whether the target is met, inclusive (a gap of zero meets it).</summary>
    public bool IsMet => Gap.Points >= 0;

    /// <summary>未完成, 完成 or 超额完成, by the sign of <see cref="Gap"/>.</summary>
    public CompletionStatus Status => Gap.Points switch
    {
        > 0 => CompletionStatus.Overfulfilled,
        0 => CompletionStatus.Completed,
        _ => CompletionStatus.NotCompleted,
    };

    /// <summary>Always true: two finite rates always have a gap.</summary>
    public bool HasValue => true;

    /// <inheritdoc />
    public string Formula => Polarity == Polarity.Reverse ? ReverseFormula : PositiveFormula;

    /// <summary>
    /// The ratio of the rates, actual / target (8.5% against 8% is 106.25%), for a positive indicator
    /// with a positive target only; used by some scoring schemes, not by reports.
    /// </summary>
    /// <param name="ratio">The ratio, or 0% when it does not exist.</param>
    /// <returns>Whether the ratio exists.</returns>
    public bool TryGetRatioOfRates(out Percentage ratio)
    {
        var percent = 100 * Actual.Percent / Target.Percent;
        var exists = Polarity == Polarity.Positive && Target.Percent > 0 && double.IsFinite(percent);
        ratio = exists ? Percentage.FromPercent(percent) : Percentage.Zero;
        return exists;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        FormulaIn(language),
        ExplainText.Pick(language, $"actual rate = {Actual}, target rate = {Target}", $"实际增速 = {Actual}，目标增速 = {Target}"),
        ExplainText.IsChinese(language) ? ExplainText.Points(language, Gap) + "，" + DescribeChinese(Status) : $"{Gap}, {Describe(Status)}");

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    private static string Describe(CompletionStatus status) => status switch
    {
        CompletionStatus.Overfulfilled => "target beaten (超额完成)",
        CompletionStatus.Completed => "target met exactly (完成)",
        _ => "target missed (未完成)",
    };

    /// <summary><see cref="Formula"/> in <paramref name="language"/>.</summary>
    internal string FormulaIn(ExplanationLanguage language) => !ExplainText.IsChinese(language) ? Formula
        : Polarity == Polarity.Reverse ? "差距 = 目标增速 − 实际增速"
        : "差距 = 实际增速 − 目标增速";

    private static string DescribeChinese(CompletionStatus status) => status switch
    {
        CompletionStatus.Overfulfilled => "超额完成目标",
        CompletionStatus.Completed => "恰好完成目标",
        _ => "未完成目标",
    };
}
