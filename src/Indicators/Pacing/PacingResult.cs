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
    public string Explain()
    {
        var inputs = ExplainText.Input("year-to-date", YearToDate) + ", " + ExplainText.Input("annual target", AnnualTarget)
            + ", " + BasisText() + ", expected share = " + ExpectedShare.ToString();
        string outcome;
        if (TryGetGap(out var rate, out var gap))
        {
            outcome = "completion " + rate.ToString() + ", " + gap.ToString() + " " + PaceComparison.Describe(Status) + " pace"
                + (IsHalfTimeHalfTask ? " (half the time, half the task)" : string.Empty);
        }
        else
        {
            outcome = ExplainText.NoValue(AnnualTarget > 0 ? "the completion overflows a double" : "the annual target is not positive");
        }
        outcome += RunRateStatus switch
        {
            RunRateStatus.Required => "; needs " + NumberText.Format(RequiredMonthlyRunRate!.Value) + " a month over the " + MonthsRemaining.ToString(CultureInfo.InvariantCulture) + " months left",
            RunRateStatus.TargetAlreadyMet => "; the annual target is already met",
            RunRateStatus.NoMonthsLeft => "; no months left",
            RunRateStatus.TooLarge => "; the amount still needed overflows a double",
            _ => string.Empty,
        };
        return ExplainText.Line(Formula, inputs, outcome);
    }

    /// <summary>The explanation.</summary>
    /// <returns><see cref="Explain"/>.</returns>
    public override string ToString() => Explain();

    private string BasisText() => Basis switch
    {
        PacingBasis.Days => "by days to " + AsOf!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        PacingBasis.SeasonalProfile => "by a seasonal profile through month " + Month.ToString(CultureInfo.InvariantCulture),
        _ => "by months through month " + Month.ToString(CultureInfo.InvariantCulture),
    };
}
