using System.Globalization;

namespace Indicators;

/// <summary>
/// A zone's progress in one year of a plan (规划进度): the actual level against the level the plan's path sets for the
/// year (快/慢于规划进度), in the level and in percentage points of cumulative growth since the base year, and the growth
/// still needed each remaining year to reach the target (后n年需年均增长x%).
/// </summary>
/// <remarks>
/// Gap in level = actual − path level; gap in points = (actual − path level) / base × 100, the difference of the
/// cumulative growths actual / base − 1 and path / base − 1. Required growth = (target / actual)^(1/years left) − 1
/// (<see cref="AverageGrowth.RequiredToReach"/>). Undefined parts carry a status, never NaN.
/// </remarks>
public readonly struct PlanProgressResult : ICalculationResult
{
    internal PlanProgressResult(PlanTarget target, int year, double actual)
    {
        Target = target;
        Year = year;
        Actual = actual + 0.0;
        tooLarge = target.HasPath && !Fits(target, year, actual);
        Status = target.HasPath && !tooLarge ? PaceComparison.Of(actual, target.LevelAt(year)) : PaceStatus.Undefined;
    }

    private readonly bool tooLarge; // a gap or a cumulative growth overflows a double: no value rather than an infinity

    // Every figure derived from the actual and the path is finite: the level gap, both cumulative growths in percent and
    // the growth gap in points.
    private static bool Fits(PlanTarget target, int year, double actual)
    {
        var path = target.LevelAt(year);
        var gap = actual - path;
        return double.IsFinite(gap) && double.IsFinite(gap / target.BaseLevel * 100)
            && double.IsFinite(((actual / target.BaseLevel) - 1) * 100) && double.IsFinite(((path / target.BaseLevel) - 1) * 100);
    }

    /// <summary>The plan target.</summary>
    public PlanTarget Target { get; }

    /// <summary>The year judged.</summary>
    public int Year { get; }

    /// <summary>The actual level of <see cref="Year"/> (实际).</summary>
    public double Actual { get; }

    /// <summary>Ahead of, on or behind the path; <see cref="PaceStatus.Undefined"/> when the plan has no path (a base ≤ 0), or the gap to the path or a cumulative growth overflows a double.</summary>
    public PaceStatus Status { get; }

    /// <inheritdoc />
    public bool HasValue => Status != PaceStatus.Undefined;

    /// <summary>The years after <see cref="Year"/> up to the plan's last year (剩余年数).</summary>
    public int YearsRemaining => Target.FinalYear - Year;

    /// <summary>The level the path sets for <see cref="Year"/> (应达到), or null without a path.</summary>
    public double? PathLevel => HasValue ? Target.LevelAt(Year) : null;

    /// <summary>Actual − path level, or null without a path.</summary>
    public double? LevelGap => HasValue ? Actual - Target.LevelAt(Year) : null;

    /// <summary>The actual cumulative growth since the base year (比基期增长), or null when the base is not positive.</summary>
    public Percentage? CumulativeGrowth => HasValue ? Percentage.FromFraction((Actual / Target.BaseLevel) - 1) : null;

    /// <summary>The path's cumulative growth since the base year, or null without a path.</summary>
    public Percentage? PathCumulativeGrowth => HasValue ? Percentage.FromFraction((Target.LevelAt(Year) / Target.BaseLevel) - 1) : null;

    /// <summary>Actual − path cumulative growth in percentage points (快/慢于规划进度x个百分点), or null without a path.</summary>
    public PercentagePoints? GrowthGap => HasValue ? PercentagePoints.FromPoints((Actual - Target.LevelAt(Year)) / Target.BaseLevel * 100) : null;

    /// <summary>Whether the growth still needed each remaining year exists, and why not.</summary>
    public PlanRequirementStatus RequirementStatus =>
        Actual >= Target.TargetLevel ? PlanRequirementStatus.TargetAlreadyMet
        : YearsRemaining == 0 ? PlanRequirementStatus.NoYearsLeft
        : Required().HasValue ? PlanRequirementStatus.Required
        : Actual > 0 && Target.TargetLevel >= 0 ? PlanRequirementStatus.TooLarge
        : PlanRequirementStatus.NoRate;

    /// <summary>The growth still needed each remaining year (后n年需年均增长): (target / actual)^(1/years left) − 1, or null (see <see cref="RequirementStatus"/>).</summary>
    public Percentage? RequiredGrowth => RequirementStatus == PlanRequirementStatus.Required ? Required().Rate : null;

    /// <inheritdoc />
    public string Formula => "gap = actual − base × (1 + r)^(year − base year); required growth = (target / actual)^(1 / years left) − 1";

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        var zh = ExplainText.IsChinese(language);
        var comma = ExplainText.Comma(language);
        var inputs = zh
            ? ExplainText.Count(Target.BaseYear) + "年基期 = " + NumberText.Format(Target.BaseLevel)
              + "，" + ExplainText.Count(Target.FinalYear) + "年目标 = " + NumberText.Format(Target.TargetLevel)
              + (Target.AnnualGrowth is { } zr ? "，年均增速 r = " + zr : string.Empty)
              + "，" + ExplainText.Count(Year) + "年实际 = " + NumberText.Format(Actual)
            : ExplainText.Input("base", Target.BaseLevel) + " in " + ExplainText.Count(Target.BaseYear)
              + comma + ExplainText.Input("target", Target.TargetLevel) + " in " + ExplainText.Count(Target.FinalYear)
              + (Target.AnnualGrowth is { } r ? ", r = " + r.ToString() : string.Empty)
              + comma + ExplainText.Input("actual", Actual) + " in " + ExplainText.Count(Year);
        var outcome = HasValue
            ? zh
                ? "规划路径 " + NumberText.Format(PathLevel!.Value) + "，差距 " + NumberText.Format(LevelGap!.Value) + "（" + ExplainText.Points(language, GrowthGap!.Value) + "），" + PaceComparison.DescribeChinese(Status, "规划进度")
                : "path " + NumberText.Format(PathLevel!.Value) + ", gap " + NumberText.Format(LevelGap!.Value) + " (" + GrowthGap!.Value.ToString() + ") " + PaceComparison.Describe(Status) + " the path"
            : tooLarge
                ? ExplainText.NoValue(language, "the gap to the path overflows a double", "与规划路径的差距超出可表示范围")
                : ExplainText.NoValue(language, "the plan has no path (the base is not positive or the target is negative)", "无规划路径（基期不为正数或目标为负数）");
        var years = ExplainText.Count(YearsRemaining);
        outcome += RequirementStatus switch
        {
            PlanRequirementStatus.Required => zh
                ? "；后" + years + "年需年均" + ExplainText.GrowthWords(RequiredGrowth!.Value)
                : "; needs " + RequiredGrowth!.Value.ToString() + " a year over the " + years + " years left",
            PlanRequirementStatus.TargetAlreadyMet => ExplainText.Pick(language, "; the target level is already reached", "；已提前完成规划目标"),
            PlanRequirementStatus.NoYearsLeft => ExplainText.Pick(language, "; no years left", "；规划期已结束"),
            PlanRequirementStatus.TooLarge => ExplainText.Pick(language, "; the growth needed overflows a double", "；所需增速超出可表示范围"),
            _ => ExplainText.Pick(language, "; no growth rate reaches the target from a level ≤ 0", "；实际水平 ≤ 0，任何增速都达不到目标"),
        };
        var formula = zh ? "差距 = 实际 − 基期 × (1 + r)^(年份 − 基期年份)；所需增速 = (目标 / 实际)^(1 / 剩余年数) − 1" : Formula;
        return ExplainText.Line(language, formula, inputs, outcome);
    }

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    private AverageGrowthResult Required() => AverageGrowth.RequiredToReach(Actual, Target.TargetLevel, Math.Max(1, YearsRemaining));
}
