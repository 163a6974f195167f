namespace Indicators.Assessment;

/// <summary>
/// The score of one indicator for one zone (单项得分): the points, the 0–100 index some methods
/// compute before weighting (功效系数 58.73, 标杆值 53.37), the method and a one-line explanation
/// of how the points were reached.
/// </summary>
/// <param name="Points">The points awarded, in the scheme's points (never NaN).</param>
/// <param name="Index">The method's index before weighting (0–100 or 60–100), or null when the method awards points directly.</param>
/// <param name="Method">The <see cref="IScoringMethod.Name"/> of the method that scored.</param>
/// <param name="Explanation">How the points were reached, in invariant English: inputs, formula and result.</param>
/// <remarks>A score of a built-in method in an <see cref="AssessmentResult"/> formats its index and explanations when one
/// of them is first read, by the method's own <see cref="IScoringMethod.Score"/> on the same input: the same text and bits
/// as an eager score, and equal to it.</remarks>
public readonly record struct IndicatorScore(double Points, double? Index, string Method, string Explanation)
{
    // Where the index and the texts come from when they were not given: the assessment of the indicator, which scores its
    // input again on first read (2,800 zones × 60 indicators are scored per year; few explanations are ever read).
    private readonly IndicatorAssessment? deferred;
    private readonly double? index = Index;
    private readonly string explanation = Explanation;
    private readonly string? chinese;

    /// <summary>A score whose index and explanations <paramref name="deferred"/> gives when first read.</summary>
    internal IndicatorScore(double points, string method, IndicatorAssessment deferred)
        : this(points, null, method, null!)
    {
        this.deferred = deferred;
    }

    /// <summary>The method's index before weighting (0–100 or 60–100), or null when the method awards points directly.</summary>
    public double? Index
    {
        get => deferred is null ? index : deferred.EagerScore.Index;
        init
        {
            (index, explanation, chinese, deferred) = Resolved;
            index = value;
        }
    }

    /// <summary>How the points were reached, in invariant English: inputs, formula and result.</summary>
    public string Explanation
    {
        get => deferred is null ? explanation : deferred.EagerScore.Explanation;
        init
        {
            (index, explanation, chinese, deferred) = Resolved;
            explanation = value;
        }
    }

    /// <summary>
    /// How the points were reached, in Chinese (计分说明), with the arithmetic labelled in Chinese; every built-in method
    /// gives one. <see langword="null"/> when the method gives none: a Chinese explanation then shows <see cref="Explanation"/>.
    /// </summary>
    public string? ChineseExplanation
    {
        get => deferred is null ? chinese : deferred.EagerScore.ChineseExplanation;
        init
        {
            (index, explanation, chinese, deferred) = Resolved;
            chinese = value;
        }
    }

    /// <summary>The parts as read, with no deferral left: what a <c>with</c> copy keeps of the parts it does not set.</summary>
    private (double? Index, string Explanation, string? Chinese, IndicatorAssessment? Deferred) Resolved => (Index, Explanation, ChineseExplanation, null);

    /// <summary>The explanation in <paramref name="language"/>: <see cref="ChineseExplanation"/> in Chinese when the method gave one, else <see cref="Explanation"/>.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The explanation.</returns>
    public string GetExplanation(ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese && ChineseExplanation is { } chineseText ? chineseText : Explanation;

    /// <summary>Whether both scores have the same points, index, method and explanations (a deferred text is formatted to compare).</summary>
    /// <param name="other">The other score.</param>
    /// <returns>Whether the five properties are equal.</returns>
    public bool Equals(IndicatorScore other) =>
        Points.Equals(other.Points) && Nullable.Equals(Index, other.Index) && string.Equals(Method, other.Method, StringComparison.Ordinal)
        && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal)
        && string.Equals(ChineseExplanation, other.ChineseExplanation, StringComparison.Ordinal);

    /// <inheritdoc />
    /// <remarks>Of the points and the method only, so that hashing formats no deferred text; equal scores have equal hashes.</remarks>
    public override int GetHashCode() => HashCode.Combine(Points, Method);
}
