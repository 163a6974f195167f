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
public readonly record struct IndicatorScore(double Points, double? Index, string Method, string Explanation)
{
    /// <summary>
    /// How the points were reached, in Chinese (计分说明), with the arithmetic labelled in Chinese; every built-in method
    /// gives one. <see langword="null"/> when the method gives none: a Chinese explanation then shows <see cref="Explanation"/>.
    /// </summary>
    public string? ChineseExplanation { get; init; }

    /// <summary>The explanation in <paramref name="language"/>: <see cref="ChineseExplanation"/> in Chinese when the method gave one, else <see cref="Explanation"/>.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The explanation.</returns>
    public string GetExplanation(ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese && ChineseExplanation is { } chinese ? chinese : Explanation;
}
