using System.Globalization;
using NodaTime;

namespace Indicators;

/// <summary>
/// A year-to-date actual against the annual target and the elapsed share of the year (序时进度): the completion so far,
/// the expected share, the gap in percentage points (快/慢于序时进度), whether time and task are both half done
/// (时间过半、任务过半), and the monthly run rate still needed.
/// </summary>
/// <remarks>
/// Completion = year-to-date / target; gap = completion − expected share; run rate = (target − year-to-date) / months left.
/// With a target ≤ 0 there is no completion rate: the status is <see cref="PaceStatus.Undefined"/>, never NaN.
/// </remarks>
public readonly struct PacingResult : ICalculationResult
{
    private readonly double completion; // Percent; meaningful only when Status is not Undefined.

    internal PacingResult(double yearToDate, double annualTarget, int month, Percentage expectedShare, PacingBasis basis, LocalDate? asOf)
    {
        YearToDate = yearToDate + 0.0;
        AnnualTarget = annualTarget + 0.0;
        Month = month;
        ExpectedShare = expectedShare;
        Basis = basis;
        AsOf = asOf;
        var percent = yearToDate / annualTarget * 100;
        var defined = annualTarget > 0 && double.IsFinite(percent - expectedShare.Percent);
        completion = defined ? percent : 0;
        Status = defined ? PaceComparison.Of(percent, expectedShare.Percent) : PaceStatus.Undefined;
    }

    /// <summary>The year-to-date actual (1-N月累计完成).</summary>
    public double YearToDate { get; }

    /// <summary>The annual target (年度目标).</summary>
    public double AnnualTarget { get; }

    /// <summary>The completed months of the year (0 to 12); for pacing by days, the whole months up to <see cref="AsOf"/>.</summary>
    public int Month { get; }

    /// <summary>The months not yet completed (余下月份): 12 − <see cref="Month"/>.</summary>
    public int MonthsRemaining => 12 - Month;

    /// <summary>The date of the figure for pacing by days; null otherwise.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>How <see cref="ExpectedShare"/> was measured.</summary>
    public PacingBasis Basis { get; }

    /// <summary>The expected share of the year (序时进度): 50% at the end of June by months.</summary>
    public Percentage ExpectedShare { get; }

    /// <summary>Ahead of, on or behind the pace; <see cref="PaceStatus.Undefined"/> when the target is not positive or the completion overflows a double.</summary>
    public PaceStatus Status { get; }

    /// <inheritdoc />
    public bool HasValue => Status != PaceStatus.Undefined;

    /// <summary>The completion of the annual target so far (完成年度目标的x%), or null when the target is not positive.</summary>
    public Percentage? Completion => HasValue ? Percentage.FromPercent(completion) : null;

    /// <summary>Completion − expected share (快于序时进度 when positive, 慢于 when negative), or null when the target is not positive.</summary>
    public PercentagePoints? Gap => HasValue ? PercentagePoints.FromPoints(completion - ExpectedShare.Percent) : null;

    /// <summary>
    /// 时间过半、任务过半: six months have passed (the end of June) and at least half of the annual target is done
    /// (compared on the full value; a completion that agrees with 50% to 15 significant digits counts).
    /// </summary>
    public bool IsHalfTimeHalfTask => Month == 6 && HasValue && PaceComparison.Of(completion, 50) != PaceStatus.Behind;

    /// <summary>Whether the monthly run rate still needed exists, and why not.</summary>
    public RunRateStatus RunRateStatus =>
        AnnualTarget <= 0 ? RunRateStatus.TargetNotPositive
        : YearToDate >= AnnualTarget ? RunRateStatus.TargetAlreadyMet
        : MonthsRemaining == 0 ? RunRateStatus.NoMonthsLeft
        : double.IsFinite(AnnualTarget - YearToDate) ? RunRateStatus.Required
        : RunRateStatus.TooLarge;

    /// <summary>The monthly run rate still needed (余下月份需月均完成): (target − year-to-date) / months left, or null (see <see cref="RunRateStatus"/>).</summary>
    public double? RequiredMonthlyRunRate => RunRateStatus == RunRateStatus.Required ? (AnnualTarget - YearToDate) / MonthsRemaining : null;

    /// <inheritdoc />
    public string Formula => "completion = year-to-date / annual target; gap = completion − expected share; run rate = (annual target − year-to-date) / months left";

    /// <summary>The completion and the gap, without throwing.</summary>
    /// <param name="completionRate">The completion, or zero when undefined.</param>
    /// <param name="gap">The gap, or zero when undefined.</param>
    /// <returns>Whether they exist.</returns>
    public bool TryGetGap(out Percentage completionRate, out PercentagePoints gap)
    {
        completionRate = HasValue ? Percentage.FromPercent(completion) : default;
        gap = HasValue ? PercentagePoints.FromPoints(completion - ExpectedShare.Percent) : default;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        var zh = ExplainText.IsChinese(language);
        var inputs = ExplainText.Inputs(language, ("year-to-date", "累计完成", YearToDate), ("annual target", "年度目标", AnnualTarget))
            + ExplainText.Comma(language) + BasisText(language) + ExplainText.Comma(language) + ExplainText.Pick(language, "expected share = ", "序时进度 = ") + ExplainText.Percent(ExpectedShare.Percent);
        string outcome;
        if (TryGetGap(out var rate, out var gap))
        {
            outcome = zh
                ? "完成年度目标的" + rate + "，" + PaceComparison.DescribeChinese(Status, "序时进度") + (Status == PaceStatus.OnPace ? string.Empty : ExplainText.Points(language, PercentagePoints.FromPoints(Math.Abs(gap.Points))))
                  + (IsHalfTimeHalfTask ? "，实现“时间过半、任务过半”" : string.Empty)
                : "completion " + rate.ToString() + ", " + gap.ToString() + " " + PaceComparison.Describe(Status) + " pace"
                  + (IsHalfTimeHalfTask ? " (half the time, half the task)" : string.Empty);
        }
        else
        {
            outcome = AnnualTarget > 0
                ? ExplainText.NoValue(language, "the completion overflows a double", "完成率超出可表示范围")
                : ExplainText.NoValue(language, "the annual target is not positive", "年度目标不为正数");
        }
        var months = ExplainText.Count(MonthsRemaining);
        outcome += RunRateStatus switch
        {
            RunRateStatus.Required => zh
                ? "；余下" + months + "个月需月均完成" + NumberText.Format(RequiredMonthlyRunRate!.Value)
                : "; needs " + NumberText.Format(RequiredMonthlyRunRate!.Value) + " a month over the " + months + " months left",
            RunRateStatus.TargetAlreadyMet => ExplainText.Pick(language, "; the annual target is already met", "；已完成全年目标"),
            RunRateStatus.NoMonthsLeft => ExplainText.Pick(language, "; no months left", "；已无剩余月份"),
            RunRateStatus.TooLarge => ExplainText.Pick(language, "; the amount still needed overflows a double", "；尚需完成的量超出可表示范围"),
            _ => string.Empty,
        };
        var formula = zh ? "完成率 = 累计完成 / 年度目标；差距 = 完成率 − 序时进度；月均需完成 = (年度目标 − 累计完成) / 剩余月数" : Formula;
        return ExplainText.Line(language, formula, inputs, outcome);
    }

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    private string BasisText(ExplanationLanguage language) => (Basis, ExplainText.IsChinese(language)) switch
    {
        (PacingBasis.Days, false) => "by days to " + AsOf!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        (PacingBasis.Days, true) => "按天数计至" + AsOf!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        (PacingBasis.SeasonalProfile, false) => "by a seasonal profile through month " + ExplainText.Count(Month),
        (PacingBasis.SeasonalProfile, true) => "按季节性分布计至" + ExplainText.Count(Month) + "月",
        (_, false) => "by months through month " + ExplainText.Count(Month),
        _ => "按月数计至" + ExplainText.Count(Month) + "月",
    };
}
