namespace Indicators.Assessment;

/// <summary>
/// A scoring method (计分方法) of an assessment scheme: turns one zone's value of one indicator
/// into points. The built-in methods are in <c>ScoringMethods</c>; users add their own by
/// implementing this interface and registering the instance in their scheme.
/// </summary>
/// <remarks>
/// A method sees only present values: a missing value is handled by the scheme's missing-data
/// policy before any method is called, so no method can turn missing into zero. Implementations
/// must be immutable and thread-safe: one instance scores every zone, possibly in parallel.
/// </remarks>
public interface IScoringMethod
{
    /// <summary>A short, stable name for explanations and rule text, e.g. <c>capped-ratio</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The method's name for people in <paramref name="language"/>: 功效系数法 in Chinese, <c>efficacy-coefficient</c> in
    /// English. The default is <see cref="Name"/> in both languages; a method of one's own overrides it to give its
    /// Chinese name, and sets <see cref="IndicatorScore.ChineseExplanation"/> so that Chinese explanations stay Chinese.
    /// </summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The name.</returns>
    string GetName(ExplanationLanguage language) => Name;

    /// <summary>
    /// Whether the score depends on the other zones' values (功效系数 against the sample's best
    /// and worst, a rank ladder): the scheme then fills <see cref="ScoringInput.Population"/>.
    /// </summary>
    bool IsRelative { get; }

    /// <summary>Scores one zone's value.</summary>
    /// <param name="input">The value, the indicator's weight and polarity, its targets and, for relative methods, the population.</param>
    /// <returns>The points, with the explanation of how they were reached.</returns>
    IndicatorScore Score(in ScoringInput input);
}
