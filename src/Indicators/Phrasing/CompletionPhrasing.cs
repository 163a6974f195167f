using System.Globalization;

namespace Indicators;

// This part of ChinesePhrasing phrases completion results. The judgement in a phrase follows
// the rounded figure (修约值比较法, the library's default): a completion of 99.96% written at one
// decimal is 100.0%, and the phrase says the target is met. Ceilings are judged on the values
// themselves, which reports state at their own precision.
public static partial class ChinesePhrasing
{
    private const string DefaultTargetName = "目标";

    /// <summary>
    /// The judgement: "超额完成10.0%", "完成目标", "未完成目标，差1.0个百分点"; for a decline target
    /// "降低3.3%，完成目标的110.0%"; for a ceiling "控制在目标以内" or "超出目标1".
    /// </summary>
    /// <param name="completion">The completion.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <param name="targetName">How the target is called: "目标" by default, "年度目标", "计划"…</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(CompletionResult completion, PhrasingOptions? options = null, string? targetName = null)
    {
        options ??= PhrasingOptions.Default;
        var target = string.IsNullOrEmpty(targetName) ? DefaultTargetName : targetName;
        if (completion.Basis == CompletionBasis.Decline)
        {
            var decline = completion.Actual >= 0 ? "降低" + options.Format(completion.Actual) + "%" : "上升" + options.Format(-completion.Actual) + "%";
            // A rise against a decline target is a negative completion: written as missed, not as "完成目标的-33.3%".
            return decline + "，" + (completion.TryGetRate(out var declineRate) && declineRate.Percent >= 0
                ? "完成" + target + "的" + options.Format(declineRate.Percent) + "%"
                : (completion.IsMet ? "完成" : "未完成") + target);
        }
        if (completion.Polarity == Polarity.Reverse)
        {
            return completion.IsMet ? "控制在" + target + "以内" : "超出" + target + Amount(completion.Shortfall);
        }
        if (!completion.TryGetRate(out var rate))
        {
            return (completion.IsMet ? "完成" : "未完成") + target;
        }
        var rounded = options.Round(rate.Percent);
        return rounded > 100 ? "超额完成" + options.Format(rate.Percent - 100) + "%"
            : rounded == 100 ? "完成" + target
            : "未完成" + target + "，差" + options.Format(100 - rate.Percent) + "个百分点";
    }

    /// <summary>
    /// The completion rate: "完成率110.0%"; for a decline target "完成目标的110.0%". Where no rate exists
    /// (<see cref="CompletionResult.HasValue"/> is false) the judgement of <see cref="Phrase(CompletionResult, PhrasingOptions?, string?)"/> instead.
    /// A negative rate (a loss against a profit target) is written with its sign: "完成率-20.0%".
    /// </summary>
    /// <param name="completion">The completion.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string PhraseRate(CompletionResult completion, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        if (!completion.TryGetRate(out var rate))
        {
            return Phrase(completion, options);
        }
        var prefix = completion.Basis == CompletionBasis.Decline ? "完成" + DefaultTargetName + "的" : "完成率";
        return prefix + options.Format(rate.Percent) + "%";
    }

    /// <summary>A growth target's gap: "超0.5个百分点", "差0.5个百分点", or "完成目标" when the gap rounds to zero.</summary>
    /// <param name="gap">The gap.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <param name="targetName">How the target is called: "目标" by default.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(CompletionGapResult gap, PhrasingOptions? options = null, string? targetName = null)
    {
        options ??= PhrasingOptions.Default;
        var points = gap.Gap.Points;
        var rounded = options.Round(points);
        return rounded == 0 ? "完成" + (string.IsNullOrEmpty(targetName) ? DefaultTargetName : targetName)
            : (rounded > 0 ? "超" : "差") + options.Format(Math.Abs(points)) + "个百分点";
    }

    // Amounts are written as the decimal they stand for (67 − 66 = 1, 0.1 + 0.2 = 0.3), not at the rate precision.
    // Beyond decimal's range the double is written as it is.
    private static string Amount(double amount) =>
        Rounding.TrySnap(amount, out var snapped) ? snapped.ToString(CultureInfo.InvariantCulture) : NumberText.Format(amount);
}
