namespace Indicators;

/// <summary>
/// The attainment of a target (目标完成情况): whether the actual value meets it under an explicit
/// <see cref="JudgingPolicy"/>, which tier it reaches (确保/力争), a status (未完成, 完成, 超额完成; 完成确保目标,
/// 完成力争目标), the completion rate with its overfulfilment or shortfall (from <see cref="Completion"/>), and the
/// percentage-point gap of a rate target. It explains itself (<see cref="Explain(ExplanationLanguage)"/>: Chinese by
/// default, or English); the phrasing layer words it as a plan report does.
/// </summary>
/// <remarks>
/// <para>The status and the tiers follow the policy (修约值比较法 at the target's precision by default):
/// −2.96% against "下降3%以上" is published as 下降3.0% and completes the target; under 全数值比较法 it does not.
/// The completion rate and the gap are computed from the unrounded values and rounded only when written.</para>
/// <para>Where the actual value is compared: the value itself for levels, counts, shares and growth; the decline
/// (−actual) for a decline target, whose actual is given as a growth rate (−3.3 for 下降3.3%).</para>
/// </remarks>
public readonly struct Attainment : ICalculationResult
{
    private Attainment(Target target, double actual, JudgingPolicy policy, bool guaranteedMet, bool stretchMet, AttainmentStatus status)
    {
        Target = target;
        Actual = actual;
        Policy = policy;
        IsMet = guaranteedMet;
        IsStretchMet = stretchMet;
        Status = status;
    }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>The actual value as given: for a growth or decline target the growth rate as a percent number.</summary>
    public double Actual { get; }

    /// <summary>The value compared with the target's numbers before rounding: the decline (−<see cref="Actual"/>) for a decline target, else <see cref="Actual"/>.</summary>
    public double Compared => ComparedValue(Target, Actual);

    /// <summary>The value as judged: <see cref="Compared"/> rounded at the policy's precision under 修约值比较法, itself under 全数值比较法.</summary>
    public double Judged => Policy.Judged(Compared);

    /// <summary>The policy used, with its precision resolved (never null).</summary>
    public JudgingPolicy Policy { get; }

    /// <summary>Whether the target (its guaranteed tier) is met.</summary>
    public bool IsMet { get; }

    /// <summary>Whether the stretch tier is met; false when the target has none.</summary>
    public bool IsStretchMet { get; }

    /// <summary>The highest tier met.</summary>
    public AttainmentTier Tier => IsStretchMet ? AttainmentTier.Stretch : IsMet ? AttainmentTier.Guaranteed : AttainmentTier.None;

    /// <summary>The status under the policy.</summary>
    public AttainmentStatus Status { get; }

    /// <summary>
    /// The completion rate against the guaranteed number (完成率; actual / target, ceiling / actual, or actual decline /
    /// target decline), for level, count and decline targets; null for growth, share and percent-level targets (judged by
    /// their <see cref="Gap"/>), for zero control, and when the two are too far apart for a finite margin.
    /// </summary>
    public CompletionResult? Completion => Target.Kind switch
    {
        TargetKind.ZeroControl or TargetKind.Growth or TargetKind.Share => null,
        _ when !double.IsFinite(Compared - Target.Guaranteed) => null, // too far apart for a finite margin
        TargetKind.Decline => Indicators.Completion.OfDecline(Percentage.FromPercent(Compared), Percentage.FromPercent(Target.Guaranteed)),
        _ when Target.Unit == Units.Percent => null,
        _ when Target.IsCeiling => Indicators.Completion.OfCeiling(Actual, Target.Guaranteed),
        _ => Indicators.Completion.OfLevel(Actual, Target.Guaranteed),
    };

    /// <summary>The percentage-point gap to the guaranteed number (超/差x个百分点) for rate targets; positive when better; null otherwise (or when the two are too far apart for a finite gap).</summary>
    public CompletionGapResult? Gap => Target.IsRate && double.IsFinite(Compared - Target.Guaranteed)
        ? Indicators.Completion.OfGrowthTarget(Percentage.FromPercent(Compared), Percentage.FromPercent(Target.Guaranteed), Target.IsCeiling ? Polarity.Reverse : Polarity.Positive)
        : null;

    /// <inheritdoc />
    public bool HasValue => Completion is { HasValue: true } || Gap is not null;

    /// <inheritdoc />
    public string Formula => Completion?.Formula ?? Gap?.Formula ?? "met = actual ≤ 0";

    /// <summary>
    /// Judges <paramref name="actual"/> against <paramref name="target"/>: 220 against "200" is 超额完成 (110%); 9 against
    /// "确保增长8%，力争增长10%" meets the guaranteed tier only; −2.96 against "下降3%以上" completes it under the default
    /// policy and not under <see cref="JudgingPolicy.FullValue"/>.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="actual">The actual value in the target's terms; for a growth or decline target the growth rate as a percent number.</param>
    /// <param name="policy">How to judge; <see cref="JudgingPolicy.Default"/> (修约值比较法 at the target's precision) when null.</param>
    /// <returns>The attainment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actual"/> is NaN or infinite.</exception>
    public static Attainment Of(Target target, double actual, JudgingPolicy? policy = null)
    {
        Guard.Against.NotFinite(actual);
        var resolved = (policy ?? JudgingPolicy.Default).For(target);
        var met = Meets(target, actual, target.Guaranteed, resolved);
        var stretchMet = target.HasStretch && Meets(target, actual, target.Stretch!.Value, resolved);
        AttainmentStatus status;
        if (target.HasStretch)
        {
            status = stretchMet ? AttainmentStatus.StretchMet : met ? AttainmentStatus.GuaranteedMet : AttainmentStatus.NotCompleted;
        }
        else if (!met)
        {
            status = AttainmentStatus.NotCompleted;
        }
        else
        {
            var beyond = target.Kind != TargetKind.ZeroControl && target.IsInclusive
                && resolved.Compare(ComparedValue(target, actual), target.Guaranteed) * (target.IsCeiling ? -1 : 1) > 0;
            status = beyond ? AttainmentStatus.Overfulfilled : AttainmentStatus.Completed;
        }
        return new Attainment(target, actual, resolved, met, stretchMet, status);
    }

    /// <summary>Whether <paramref name="actual"/> meets the number <paramref name="limit"/> of the target under a resolved policy.</summary>
    internal static bool Meets(Target target, double actual, double limit, JudgingPolicy policy)
    {
        var value = ComparedValue(target, actual);
        return target.Qualifier switch
        {
            Qualifier.About => policy.Compare(value, limit - policy.AboutBand) >= 0,
            Qualifier.MoreThan => policy.Compare(value, limit) > 0,
            Qualifier.LessThan => policy.Compare(value, limit) < 0,
            _ when target.IsCeiling => policy.Compare(value, limit) <= 0,
            _ => policy.Compare(value, limit) >= 0,
        };
    }

    private static double ComparedValue(Target target, double actual) => target.Kind == TargetKind.Decline ? -actual + 0.0 : actual;

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        if (!ExplainText.IsChinese(language))
        {
            var inputs = "target " + Target.ToChineseString() + " (" + Target.Kind + (Target.IsCeiling ? ", ceiling" : ", floor") + "), "
                + ExplainText.Input("actual", Actual)
                + (Target.Kind == TargetKind.Decline ? " (a decline of " + NumberText.Format(Compared) + "%)" : string.Empty)
                + ", judged by " + Policy;
            var outcome = "judged value " + NumberText.Format(Judged) + ", " + StatusText(Status)
                + (Target.HasStretch ? (IsStretchMet ? ", stretch tier met" : IsMet ? ", guaranteed tier met, stretch tier not met" : ", no tier met") : string.Empty);
            if (Completion is { } completion)
            {
                outcome += completion.TryGetRate(out var rate) ? "; completion " + ExplainText.Percent(rate.Percent) : "; no completion rate";
            }
            if (Gap is { } gap)
            {
                outcome += "; gap " + NumberText.Format(gap.Gap.Points) + " percentage points";
            }
            return ExplainText.Line(language, Formula, inputs, outcome);
        }
        var chineseInputs = "目标" + Target.ToChineseString() + "（" + KindText(Target.Kind) + (Target.IsCeiling ? "，上限" : "，下限") + "），"
            + ExplainText.Input("实际", Actual)
            + (Target.Kind == TargetKind.Decline ? "（降幅" + ExplainText.Percent(Compared) + "）" : string.Empty)
            + "，按" + Policy.ToChineseText() + "判定";
        var chinese = "判定值" + NumberText.Format(Judged) + "，" + StatusTextChinese(Status)
            + (Target.HasStretch ? (IsStretchMet ? "，完成力争目标" : IsMet ? "，完成确保目标、未完成力争目标" : "，确保目标和力争目标均未完成") : string.Empty);
        if (Completion is { } zhCompletion)
        {
            chinese += zhCompletion.TryGetRate(out var rate) ? "；完成率" + ExplainText.Percent(rate.Percent) : "；无完成率";
        }
        if (Gap is { } zhGap)
        {
            chinese += "；差距" + ExplainText.Points(language, zhGap.Gap);
        }
        var formula = Completion?.FormulaIn(language) ?? Gap?.FormulaIn(language) ?? "实际 ≤ 0 即完成";
        return ExplainText.Line(language, formula, chineseInputs, chinese);
    }

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    private static string StatusText(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Overfulfilled => "overfulfilled (超额完成)",
        AttainmentStatus.Completed => "completed (完成)",
        AttainmentStatus.GuaranteedMet => "guaranteed target met (完成确保目标)",
        AttainmentStatus.StretchMet => "stretch target met (完成力争目标)",
        _ => "not completed (未完成)",
    };

    private static string StatusTextChinese(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Overfulfilled => "超额完成",
        AttainmentStatus.Completed => "完成",
        AttainmentStatus.GuaranteedMet => "完成确保目标",
        AttainmentStatus.StretchMet => "完成力争目标",
        _ => "未完成",
    };

    private static string KindText(TargetKind kind) => kind switch
    {
        TargetKind.Level => "绝对量目标",
        TargetKind.Count => "新增目标",
        TargetKind.Growth => "增长目标",
        TargetKind.Decline => "下降目标",
        TargetKind.Share => "占比目标",
        _ => "零控制",
    };
}
