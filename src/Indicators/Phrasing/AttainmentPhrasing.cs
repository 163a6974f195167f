namespace Indicators;

// This part of ChinesePhrasing phrases the attainment of a target. The verdict follows the attainment's judging
// policy (修约值比较法 by default); when rounding decided it, the phrase says so ("按修约值比较法为下降3.0%").
public static partial class ChinesePhrasing
{
    /// <summary>
    /// The attainment of a target as a report writes it: "完成年度目标，超额完成10%", "增长9%，完成确保目标（8%），未完成力争目标（10%）",
    /// "控制在66人以内，完成目标", "下降2.96%，按修约值比较法为下降3.0%，完成目标", "增长7.5%，未完成目标，差0.5个百分点".
    /// </summary>
    /// <param name="attainment">The attainment.</param>
    /// <param name="options">The options (decimals of rates and points); <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <param name="targetName">How the target is called: "目标" by default, "年度目标", "计划"…</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(Attainment attainment, PhrasingOptions? options = null, string? targetName = null)
    {
        options ??= PhrasingOptions.Default;
        var name = string.IsNullOrEmpty(targetName) ? DefaultTargetName : targetName;
        var target = attainment.Target;
        var actual = ActualWords(attainment, target, options);
        var rounding = attainment.Policy.Comparison == LimitComparison.RoundedValue && target.IsRate
            && !Rounding.SnapEquals(attainment.Judged, attainment.Compared)
            ? "按修约值比较法为" + RateWords(target.Kind, attainment.Judged, options.Format(Math.Abs(attainment.Judged), attainment.Policy.Decimals ?? 0))
            : null;
        var verdict = Verdict(attainment, target, options, name);
        return string.Join("，", new[] { actual, rounding, verdict }.Where(part => part is not null));
    }

    private static string? ActualWords(Attainment attainment, Target target, PhrasingOptions options)
    {
        var value = attainment.Compared;
        // One decimal more than the judging precision, so that the rounding that decided the verdict can be seen
        // ("下降2.96%，按修约值比较法为下降3.0%"); rounded once, trailing zeros dropped.
        var places = Math.Min(Math.Max(options.Decimals, (attainment.Policy.Decimals ?? 0) + 1), Rounding.MaxDecimals);
        var magnitude = NumberText.Format(Math.Abs(options.Round(value, places)));
        var signed = value < 0 ? "-" + magnitude : magnitude;
        return target.Kind switch
        {
            TargetKind.ZeroControl => value == 0 ? "实现零控制" : "实际" + signed,
            _ when target.IsRate => RateWords(target.Kind, value, magnitude),
            _ when target.IsCeiling => attainment.IsMet && !target.HasStretch ? target.TierText(target.Guaranteed) : "实际" + signed + target.Unit.Symbol,
            _ => null,
        };
    }

    // value is in the target's terms (a decline for a decline target); magnitude is its absolute value, already written.
    private static string RateWords(TargetKind kind, double value, string magnitude) => kind switch
    {
        TargetKind.Growth => value > 0 ? "增长" + magnitude + "%" : value < 0 ? "下降" + magnitude + "%" : "持平",
        TargetKind.Decline => value > 0 ? "下降" + magnitude + "%" : value < 0 ? "上升" + magnitude + "%" : "持平",
        TargetKind.Share => "占比" + (value < 0 ? "-" : string.Empty) + magnitude + "%",
        _ => "实际" + (value < 0 ? "-" : string.Empty) + magnitude + "%",
    };

    private static string Verdict(Attainment attainment, Target target, PhrasingOptions options, string name)
    {
        if (target.HasStretch)
        {
            return (attainment.IsMet ? "完成" : "未完成") + "确保" + name + "（" + target.StatedNumber(target.Guaranteed) + target.Unit.Symbol + "），"
                + (attainment.IsStretchMet ? "完成" : "未完成") + "力争" + name + "（" + target.StatedNumber(target.Stretch!.Value) + target.Unit.Symbol + "）";
        }
        var completion = attainment.Completion;
        var rate = completion is { } c && c.TryGetRate(out var r) ? r.Percent : (double?)null;
        var gap = attainment.Gap?.Gap.Points;
        switch (attainment.Status)
        {
            case AttainmentStatus.NotCompleted:
                // A ceiling or an exclusive limit is quoted; a negative rate (a rise against a decline target) gives way to the gap.
                return "未完成" + name + (target.IsCeiling || !target.IsInclusive ? "（" + target.TierText(target.Guaranteed) + "）"
                    : rate is double missedRate && missedRate >= 0 ? "，完成率" + Shortest(missedRate, options) + "%"
                    : gap is double missedGap ? "，差" + Shortest(-missedGap, options) + "个百分点"
                    : string.Empty);
            case AttainmentStatus.Overfulfilled when !target.IsCeiling:
                var beyond = rate is double overRate ? "超额完成" + Shortest(overRate - 100, options) + "%"
                    : gap is double overGap ? "超" + Shortest(overGap, options) + "个百分点"
                    : null;
                // A margin that rounds away is not written as "超额完成0%".
                return "完成" + name + (beyond is null || beyond.Contains("完成0%", StringComparison.Ordinal) || beyond == "超0个百分点" ? string.Empty : "，" + beyond);
            default:
                return "完成" + name;
        }
    }

    // Rounded once at the options' precision, written without trailing zeros: "超额完成10%", "差0.5个百分点".
    private static string Shortest(double value, PhrasingOptions options) => NumberText.Format((double)options.Round(value));
}
