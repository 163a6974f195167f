namespace Indicators;

/// <summary>
/// Builds the one-line explanations of results, in Chinese (the default) or English. Both languages write every number
/// with the one invariant formatter (<c>NumberText.Format</c>: the shortest round-trip form, unrounded), so
/// the two explanations of a result show the same figures.
/// </summary>
internal static class ExplainText
{
    /// <summary>Whether <paramref name="language"/> is Chinese; any other value is explained in English.</summary>
    internal static bool IsChinese(ExplanationLanguage language) => language == ExplanationLanguage.Chinese;

    /// <summary>The text for <paramref name="language"/>.</summary>
    internal static string Pick(ExplanationLanguage language, string english, string chinese) => IsChinese(language) ? chinese : english;

    /// <summary>"formula with a = 1, b = 2: outcome" / "formula，其中a = 1，b = 2：outcome".</summary>
    internal static string Line(ExplanationLanguage language, string formula, string inputs, string outcome) => IsChinese(language)
        ? formula + "，其中" + inputs + "：" + outcome
        : formula + " with " + inputs + ": " + outcome;

    /// <summary>"name = value" in the invariant round-trip form.</summary>
    internal static string Input(string name, double value) => name + " = " + NumberText.Format(value);

    /// <summary>"name = value" with the name in <paramref name="language"/>.</summary>
    internal static string Input(ExplanationLanguage language, string english, string chinese, double value) => Input(Pick(language, english, chinese), value);

    /// <summary>Two named inputs, as most results have them: "part = 30, whole = 100" or "部分 = 30，总体 = 100".</summary>
    internal static string Inputs(ExplanationLanguage language, (string English, string Chinese, double Value) first, (string English, string Chinese, double Value) second) =>
        Input(language, first.English, first.Chinese, first.Value) + Comma(language) + Input(language, second.English, second.Chinese, second.Value);

    /// <summary>The separator of the inputs and clauses of one line: ", " / "，".</summary>
    internal static string Comma(ExplanationLanguage language) => IsChinese(language) ? "，" : ", ";

    /// <summary>The separator of the parts of an outcome: "; " / "；".</summary>
    internal static string Semicolon(ExplanationLanguage language) => IsChinese(language) ? "；" : "; ";

    /// <summary>The outcome when the domain has no number: "no value, reason" / "无数值，原因".</summary>
    internal static string NoValue(ExplanationLanguage language, string english, string chinese) => IsChinese(language)
        ? "无数值，" + chinese
        : "no value, " + english;

    /// <summary>A percent number: "23.5%".</summary>
    internal static string Percent(double percent) => NumberText.Format(percent) + "%";

    /// <summary>Percentage points: "2.6pp" / "2.6个百分点".</summary>
    internal static string Points(ExplanationLanguage language, PercentagePoints points) =>
        IsChinese(language) ? NumberText.Format(points.Points) + "个百分点" : points.ToString();

    /// <summary>A growth rate as a report words it: "增长23.5%", "下降3.7%", "持平" (unrounded, as in English).</summary>
    internal static string GrowthWords(Percentage rate) =>
        rate.Percent > 0 ? "增长" + Percent(rate.Percent) : rate.Percent < 0 ? "下降" + Percent(-rate.Percent) : "持平";

    /// <summary>A change in points as a report words it: "提高2.6个百分点", "下降2.6个百分点", "持平".</summary>
    internal static string PointsWords(PercentagePoints change) => change.Points > 0 ? "提高" + NumberText.Format(change.Points) + "个百分点"
        : change.Points < 0 ? "下降" + NumberText.Format(-change.Points) + "个百分点"
        : "持平";

    /// <summary>A whole number, invariantly.</summary>
    internal static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
