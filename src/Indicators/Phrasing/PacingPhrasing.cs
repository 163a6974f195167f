using System.Globalization;

namespace Indicators;

// This part of ChinesePhrasing writes pacing (序时进度) and plan progress (规划进度) as work reports do. Gaps are
// rounded once, here; a gap that rounds to zero is written as on pace (与…持平).
public static partial class ChinesePhrasing
{
    private const string PacingHalfTimeHalfTask = "实现“时间过半、任务过半”";

    /// <summary>
    /// Pacing (序时进度): "截至6月底完成年度目标的50.2%，快于序时进度0.2个百分点，实现“时间过半、任务过半”",
    /// "截至9月底完成年度目标的70.0%，慢于序时进度5.0个百分点"; by days "截至6月15日…".
    /// </summary>
    /// <param name="pacing">The pacing.</param>
    /// <param name="options">The options (decimals of the completion and the gap); <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(PacingResult pacing, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var asOf = pacing.AsOf is { } date
            ? "截至" + date.Month.ToString(CultureInfo.InvariantCulture) + "月" + date.Day.ToString(CultureInfo.InvariantCulture) + "日"
            : "截至" + pacing.Month.ToString(CultureInfo.InvariantCulture) + "月底";
        if (!pacing.TryGetGap(out var completion, out var gap))
        {
            return asOf + "累计完成" + Amount(pacing.YearToDate) + (pacing.AnnualTarget > 0 ? "，完成率" + TooLarge : "，年度目标不为正数，无完成率");
        }
        var text = asOf + "完成年度目标的" + options.Format(completion.Percent) + "%，" + PacePhrase(gap.Points, "序时进度", options);
        return pacing.IsHalfTimeHalfTask ? text + "，" + PacingHalfTimeHalfTask : text;
    }

    /// <summary>
    /// The monthly run rate still needed: "余下3个月需月均完成37.5亿元"; "已完成全年目标" when the target is met;
    /// "全年未完成目标" when no months are left; "年度目标不为正数" when there is no target to reach; "…（超出可表示范围）" when
    /// the amount still needed overflows a double.
    /// </summary>
    /// <param name="pacing">The pacing.</param>
    /// <param name="options">The options (decimals of the amount); <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <param name="unit">The unit written after the amount, such as "亿元"; none when null.</param>
    /// <returns>The phrase.</returns>
    public static string PhraseRunRate(PacingResult pacing, PhrasingOptions? options = null, string? unit = null)
    {
        options ??= PhrasingOptions.Default;
        return pacing.RunRateStatus switch
        {
            RunRateStatus.Required => "余下" + pacing.MonthsRemaining.ToString(CultureInfo.InvariantCulture) + "个月需月均完成"
                + options.Format(pacing.RequiredMonthlyRunRate!.Value) + unit,
            RunRateStatus.TargetAlreadyMet => "已完成全年目标",
            RunRateStatus.NoMonthsLeft => "全年未完成目标",
            RunRateStatus.TooLarge => "余下" + pacing.MonthsRemaining.ToString(CultureInfo.InvariantCulture) + "个月需完成的量" + TooLarge,
            _ => "年度目标不为正数",
        };
    }

    /// <summary>The pacing of a growth target: "累计增长8.5%，高于全年目标0.5个百分点", "累计下降1.0%，低于全年目标9.0个百分点".</summary>
    /// <param name="pacing">The pacing.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(GrowthPacingResult pacing, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var rate = PhraseGrowthRate(pacing.YearToDateGrowth, options with { Prefix = GrowthPrefix.None, UseMultiples = false });
        var rounded = options.Round(pacing.Gap.Points);
        return "累计" + rate + "，" + (rounded == 0 ? "与全年目标持平"
            : (rounded > 0 ? "高于" : "低于") + "全年目标" + options.Format(Math.Abs(pacing.Gap.Points)) + "个百分点");
    }

    /// <summary>
    /// Plan progress (规划进度): "按年均增长7%，2023年应达到612.5；实际620.0，快于规划进度7.5（1.5个百分点），后两年需年均增长6.4%";
    /// for a level target "按2025年达到1000.0的目标，2023年应达到…".
    /// </summary>
    /// <param name="progress">The progress.</param>
    /// <param name="options">The options (decimals of levels, rates and points); <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <param name="unit">The unit written after levels, such as "亿元"; none when null.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(PlanProgressResult progress, PhrasingOptions? options = null, string? unit = null)
    {
        options ??= PhrasingOptions.Default;
        var target = progress.Target;
        var basis = target.Kind == PlanTargetKind.AverageGrowth
            ? "按年均增长" + NumberText.Format(target.AnnualGrowth!.Value.Percent) + "%"
            : "按" + target.FinalYear.ToString(CultureInfo.InvariantCulture) + "年达到" + options.Format(target.TargetLevel) + unit + "的目标";
        var year = progress.Year.ToString(CultureInfo.InvariantCulture) + "年";
        var actual = "实际" + options.Format(progress.Actual) + unit;
        if (progress.PathLevel is not { } path)
        {
            return basis + "，基期水平不为正数，无规划路径；" + year + actual + "，" + PhraseRequirement(progress, options);
        }
        // The level gap is written only when it does not round to zero at the published precision.
        var levelGap = progress.LevelGap!.Value;
        var levelText = options.Round(levelGap) == 0 ? null : options.Format(Math.Abs(levelGap)) + unit;
        return basis + "，" + year + "应达到" + options.Format(path) + unit + "；" + actual + "，"
            + PacePhrase(progress.GrowthGap!.Value.Points, "规划进度", options, levelText) + "，" + PhraseRequirement(progress, options);
    }

    /// <summary>The growth still needed: "后两年需年均增长6.4%", "后一年需增长9.2%", "已提前完成规划目标", "规划期已结束，未完成规划目标".</summary>
    /// <param name="progress">The progress.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string PhraseRequirement(PlanProgressResult progress, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var years = progress.YearsRemaining;
        var count = years <= 10 ? ChineseNumerals.FormatCount(years) : years.ToString(CultureInfo.InvariantCulture);
        return progress.RequirementStatus switch
        {
            PlanRequirementStatus.Required => "后" + count + "年需" + (years == 1 ? string.Empty : "年均")
                + PhraseGrowthRate(progress.RequiredGrowth!.Value, options with { Prefix = GrowthPrefix.None, UseMultiples = false }),
            PlanRequirementStatus.TargetAlreadyMet => "已提前完成规划目标",
            PlanRequirementStatus.NoYearsLeft => "规划期已结束，未完成规划目标",
            PlanRequirementStatus.TooLarge => "所需增速" + TooLarge,
            _ => "实际水平不为正数，无法计算所需增速",
        };
    }

    // "快于序时进度0.2个百分点", "慢于…", "与…持平"; the plan adds the level gap: "快于规划进度7.5（1.5个百分点）".
    private static string PacePhrase(double points, string pace, PhrasingOptions options, string? levelGap = null)
    {
        var rounded = options.Round(points);
        if (rounded == 0 && levelGap is null)
        {
            return "与" + pace + "持平";
        }
        var direction = (rounded != 0 ? rounded > 0 : points > 0) ? "快于" : "慢于";
        var gap = options.Format(Math.Abs(points)) + "个百分点";
        return direction + pace + (levelGap is null ? gap : levelGap + "（" + gap + "）");
    }
}
