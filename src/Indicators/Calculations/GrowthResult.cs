namespace Indicators;

/// <summary>
/// A growth (增长速度) of a current value over a base: <c>current / base − 1</c> when a rate exists, otherwise a
/// <see cref="GrowthStatus"/> (扭亏为盈, 由盈转亏, 增亏, 减亏, 从无到有) and never NaN or an infinity.
/// </summary>
/// <remarks>
/// Created by <see cref="Growth.YearOnYear"/> (同比) or <see cref="Growth.PeriodOnPeriod"/> (环比). The result keeps
/// its two inputs; the status, the rate and the absolute change are read from them, so computing a result only
/// checks and stores two numbers.
/// </remarks>
public readonly struct GrowthResult : ICalculationResult
{
    /// <summary>The formula.</summary>
    private const string GrowthFormula = "growth = current / base − 1";
    private const string ChineseFormula = "增速 = 本期 / 基期 − 1";

    private readonly double current;
    private readonly double @base;
    private readonly GrowthKind kind;

    internal GrowthResult(double current, double @base, GrowthKind kind)
    {
        this.current = current + 0.0;
        this.@base = @base + 0.0;
        this.kind = kind;
    }

    /// <summary>The current value (本期).</summary>
    public double Current => current;

    /// <summary>The base (基期): the comparable value of the earlier period.</summary>
    public double Base => @base;

    /// <summary>Year on year (同比) or period on period (环比).</summary>
    public GrowthKind Kind => kind;

    /// <summary>Whether a rate exists and, if not, the official status.</summary>
    public GrowthStatus Status
    {
        get
        {
            if (@base > 0)
            {
                return current < 0 ? GrowthStatus.TurnedLoss : double.IsFinite(current / @base * 100) ? GrowthStatus.Rate : GrowthStatus.TooLarge;
            }
            if (@base == 0)
            {
                return current == 0 ? GrowthStatus.BothZero : GrowthStatus.FromZero;
            }
            if (current > 0)
            {
                return GrowthStatus.TurnedProfit;
            }
            return current == @base ? GrowthStatus.LossUnchanged : current < @base ? GrowthStatus.LossWidened : GrowthStatus.LossNarrowed;
        }
    }

    /// <inheritdoc />
    public bool HasValue => @base > 0 && current >= 0 && double.IsFinite(current / @base * 100);

    /// <summary>The growth rate, or null when <see cref="Status"/> says there is none.</summary>
    public Percentage? Rate => TryGetRate(out var rate) ? rate : null;

    /// <summary>
    /// The absolute change (增加 / 减少): current − base; null only when it overflows a double (levels of opposite signs
    /// beyond ±8.9 × 10^307), never an infinity.
    /// </summary>
    public double? Change => double.IsFinite(current - @base) ? current - @base : null;

    /// <inheritdoc />
    public string Formula => GrowthFormula;

    /// <summary>The growth rate, without throwing.</summary>
    /// <param name="rate">The rate, or zero when there is none.</param>
    /// <returns>Whether a rate exists.</returns>
    public bool TryGetRate(out Percentage rate)
    {
        var ratio = current / @base;
        var exists = @base > 0 && current >= 0 && double.IsFinite(ratio * 100);
        rate = exists ? Percentage.FromFraction(ratio - 1) : default;
        return exists;
    }

    /// <summary>The growth as a multiple (发展速度: 是x倍, 增长x倍, 翻n番), without throwing: 50 → 200 is ×4, 翻两番.</summary>
    /// <param name="multiple">The multiple, or zero when there is no rate.</param>
    /// <returns>Whether the multiple exists (the same condition as <see cref="HasValue"/>).</returns>
    public bool TryGetMultiple(out Multiple multiple)
    {
        multiple = HasValue ? Multiple.FromRatio(current / @base) : default;
        return HasValue;
    }

    /// <summary>
    /// The rate as the decimal percent it stands for, from the development speed (发展速度) snapped to 15 significant
    /// digits: subtracting 1 cancels leading digits, so 100.45 / 100 − 1 = 0.0044999999999999485 in double, whose own 15
    /// digits are no longer the tie 0.0045 that its levels make. False without a rate, or when the development speed is
    /// beyond the snapping range (<see cref="Rounding.TrySnap"/>): then the binary <see cref="Rate"/> is used as it is.
    /// </summary>
    internal bool TryGetDecimalPercent(out decimal percent)
    {
        if (HasValue && Rounding.TrySnap(current / @base, out var speed))
        {
            percent = (speed - 1m) * 100m;
            return true;
        }
        percent = 0;
        return false;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.IsChinese(language)
            ? (kind == GrowthKind.YearOnYear ? "同比" : "环比（未经季节调整）") + ChineseFormula
            : (kind == GrowthKind.YearOnYear ? "year-on-year " : "period-on-period (unadjusted) ") + GrowthFormula,
        ExplainText.Inputs(language, ("current", "本期", current), ("base", "基期", @base)),
        Outcome(language));

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    /// <summary>The rate ("23.5%"; in Chinese "同比增长23.5%") or why there is none.</summary>
    internal string Outcome(ExplanationLanguage language) => TryGetRate(out var rate)
        ? (ExplainText.IsChinese(language) ? (kind == GrowthKind.YearOnYear ? "同比" : "环比") + ExplainText.GrowthWords(rate) : rate.ToString())
        : ExplainText.NoValue(language, Describe(Status), DescribeChinese(Status));

    internal static string Describe(GrowthStatus status) => status switch
    {
        GrowthStatus.TurnedProfit => "turned from loss to profit (扭亏为盈)",
        GrowthStatus.TurnedLoss => "turned from profit to loss (由盈转亏)",
        GrowthStatus.LossWidened => "the loss widened (增亏)",
        GrowthStatus.LossNarrowed => "the loss narrowed (减亏)",
        GrowthStatus.LossUnchanged => "the same loss (亏损持平)",
        GrowthStatus.FromZero => "from a base of zero (从无到有)",
        GrowthStatus.BothZero => "both values are zero",
        GrowthStatus.TooLarge => "the rate is too large for a double (the base is almost zero)",
        _ => "a rate",
    };

    private static string DescribeChinese(GrowthStatus status) => status switch
    {
        GrowthStatus.TurnedProfit => "扭亏为盈（基期为负、本期为正）",
        GrowthStatus.TurnedLoss => "由盈转亏（基期为正、本期为负）",
        GrowthStatus.LossWidened => "增亏（亏损扩大）",
        GrowthStatus.LossNarrowed => "减亏（亏损收窄）",
        GrowthStatus.LossUnchanged => "亏损持平",
        GrowthStatus.FromZero => "从无到有（基期为零）",
        GrowthStatus.BothZero => "本期与基期均为零",
        GrowthStatus.TooLarge => "增速超出可表示范围（基期接近零）",
        _ => "有增速",
    };
}
