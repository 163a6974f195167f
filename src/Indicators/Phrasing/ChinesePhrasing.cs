namespace Indicators;

/// <summary>
/// Writes results as Chinese reports do (表述): "同比增长23.5%", "下降3.7%" (a decline with a positive number, never
/// "增长-3.7%"), "持平", "提高2.6个百分点", "增长1.79倍", "扭亏为盈", "翻两番". Numbers are rounded once, here.
/// </summary>
public static partial class ChinesePhrasing
{
    /// <summary>A growth: "同比增长23.5%", "同比下降3.7%", "同比持平", "同比增长1.79倍", "同比扭亏为盈"…</summary>
    /// <param name="growth">The growth.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(GrowthResult growth, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var prefix = Prefix(growth.Kind, options);
        if (!growth.TryGetRate(out var rate))
        {
            return prefix + Status(growth, options.NegativeValues);
        }
        // From the development speed in decimal (a tie of the levels stays a tie); beyond the snapping range the double.
        return prefix + (growth.TryGetDecimalPercent(out var percent) ? Rate(percent / 100, options) : UnsnappedRate(rate, options));
    }

    /// <summary>
    /// A growth rate given from outside, such as an official real growth (按可比价格计算): "同比增长5.3%", "同比下降3.7%",
    /// "同比持平", "同比增长1.79倍". Use it where the rate cannot be derived from two levels (GDP, 工业增加值).
    /// </summary>
    /// <param name="rate">The growth rate; finite.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <param name="kind">同比 (default) or 环比, for the prefix <see cref="GrowthPrefix.FromKind"/>.</param>
    /// <returns>The phrase.</returns>
    public static string PhraseGrowthRate(Percentage rate, PhrasingOptions? options = null, GrowthKind kind = GrowthKind.YearOnYear)
    {
        options ??= PhrasingOptions.Default;
        return Prefix(kind, options) + Rate(rate, options);
    }

    /// <summary>A change of a rate or a share: "提高2.6个百分点", "下降2.6个百分点", "持平".</summary>
    /// <param name="change">The change.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null. A prefix is written only when it is 比上年.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(PercentagePoints change, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var rounded = options.Round(change.Points);
        var prefix = options.Prefix == GrowthPrefix.ComparedWithPreviousYear ? "比上年" : string.Empty;
        return prefix + (rounded == 0 ? "持平" : (rounded > 0 ? "提高" : "下降") + options.Format(Math.Abs(rounded), options.Decimals) + "个百分点");
    }

    /// <summary>
    /// A change of a growth rate as statistics releases write it (国家统计局): "增速提高0.5个百分点" / "增速回落0.1个百分点"
    /// while growing, "降幅扩大0.6个百分点" / "降幅收窄…" while declining, "增速持平" / "降幅持平" when unchanged, and, when the
    /// sign changes, no point difference but the earlier rate: "上期为增长1.1%" ("水利管理业投资下降0.3%，1—6月份为增长1.1%").
    /// </summary>
    /// <remarks>The signs are those of the rates as published (rounded to <see cref="PhrasingOptions.Decimals"/>); the difference is computed from the unrounded rates and rounded once.</remarks>
    /// <param name="earlier">The earlier rate (上期, 上年同期, 1—6月份…).</param>
    /// <param name="later">The later rate.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string PhraseRateChange(Percentage earlier, Percentage later, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var earlierSign = Math.Sign(options.Round(earlier.Percent));
        var laterSign = Math.Sign(options.Round(later.Percent));
        if (earlierSign != laterSign || (earlierSign == 0 && laterSign == 0))
        {
            return earlierSign == laterSign ? "增速持平" : "上期为" + Rate(earlier, options with { UseMultiples = false });
        }
        var difference = options.Round(later.Percent - earlier.Percent);
        var points = options.Format(Math.Abs(difference), options.Decimals) + "个百分点";
        if (laterSign > 0)
        {
            return difference == 0 ? "增速持平" : (difference > 0 ? "增速提高" : "增速回落") + points;
        }
        return difference == 0 ? "降幅持平" : (difference < 0 ? "降幅扩大" : "降幅收窄") + points;
    }

    /// <summary>
    /// A multiple as doublings when it is a whole number of them ("翻两番" for ×4, "翻一番" for ×2), otherwise as
    /// growth in 倍 ("增长1.79倍").
    /// </summary>
    /// <param name="multiple">The multiple.</param>
    /// <param name="options">The options (for the decimals of 倍); <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(Multiple multiple, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var doublings = Math.Round(multiple.Doublings);
        return doublings is >= 1 and <= 10 && multiple.Ratio > 0 && Math.Abs(multiple.Doublings - doublings) < 1e-9
            ? "翻" + ChineseNumerals.FormatCount((int)doublings) + "番"
            : "增长" + options.Format(multiple.GrowthMultiple, options.MultipleDecimals) + "倍";
    }

    /// <summary>
    /// The absolute change of a growth result: "增加120", "减少35.5", "持平", at <see cref="PhrasingOptions.Decimals"/>;
    /// "增加（超出可表示范围）" when the change overflows a double (<see cref="GrowthResult.Change"/> is null).
    /// </summary>
    /// <param name="growth">The growth.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string PhraseChange(GrowthResult growth, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        if (growth.Change is not double change)
        {
            return (growth.Current > growth.Base ? "增加" : "减少") + TooLarge;
        }
        var rounded = options.Round(change);
        return rounded == 0 ? "持平" : (rounded > 0 ? "增加" : "减少") + options.Format(Math.Abs(rounded), options.Decimals);
    }

    /// <summary>What a phrase says of a figure that overflows a double (超出可表示范围), instead of writing "Infinity".</summary>
    internal const string TooLarge = "（超出可表示范围）";

    private static string Rate(Percentage rate, PhrasingOptions options) =>
        Rounding.TrySnap(rate.Percent, out var percent) ? Rate(percent / 100, options) : UnsnappedRate(rate, options);

    // Beyond the snapping range (a rate of 10^26 % or more) there is no digit after the point to round: write the double.
    private static string UnsnappedRate(Percentage rate, PhrasingOptions options) =>
        (rate.Percent < 0 ? "下降" : "增长") + (options.UseMultiples && rate.Percent > 0
            ? options.Format(rate.Fraction, options.MultipleDecimals) + "倍"
            : options.Format(Math.Abs(rate.Percent)) + "%");

    private static string Rate(decimal fraction, PhrasingOptions options)
    {
        var rounded = options.Round(fraction * 100, options.Decimals);
        if (rounded == 0)
        {
            return "持平";
        }
        if (rounded < 0)
        {
            return "下降" + options.Format(-rounded, options.Decimals) + "%";
        }
        return options.UseMultiples && (Rounding.TrySnap(options.MultipleThreshold.Percent, out var threshold) ? rounded >= threshold : options.MultipleThreshold.Percent < 0)
            ? "增长" + options.Format(fraction, options.MultipleDecimals) + "倍"
            : "增长" + options.Format(rounded, options.Decimals) + "%";
    }

    private static string Status(GrowthResult growth, NegativeValueWording wording) => (growth.Status, wording) switch
    {
        (GrowthStatus.TurnedProfit, NegativeValueWording.Sign) => "由负转正",
        (GrowthStatus.TurnedProfit, _) => "扭亏为盈",
        (GrowthStatus.TurnedLoss, NegativeValueWording.Sign) => "由正转负",
        (GrowthStatus.TurnedLoss, _) => "由盈转亏",
        (GrowthStatus.LossWidened, NegativeValueWording.Sign) => "负值扩大",
        (GrowthStatus.LossWidened, _) => "增亏",
        (GrowthStatus.LossNarrowed, NegativeValueWording.Sign) => "负值收窄",
        (GrowthStatus.LossNarrowed, _) => "减亏",
        (GrowthStatus.LossUnchanged, NegativeValueWording.Sign) => "持平",
        (GrowthStatus.LossUnchanged, _) => "亏损持平",
        (GrowthStatus.FromZero, NegativeValueWording.Sign) => growth.Current > 0 ? "由零转正" : "由零转负",
        (GrowthStatus.FromZero, _) => growth.Current > 0 ? "从无到有" : "由零转亏",
        (GrowthStatus.TooLarge, _) => "增长（基数接近零，不计算增速）",
        _ => "持平",
    };

    private static string Prefix(GrowthKind kind, PhrasingOptions options) => options.Prefix switch
    {
        GrowthPrefix.None => string.Empty,
        GrowthPrefix.ComparedWithPreviousYear => "比上年",
        _ => kind == GrowthKind.PeriodOnPeriod ? "环比" : "同比",
    };
}
