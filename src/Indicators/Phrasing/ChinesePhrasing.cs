namespace Indicators;

/// <summary>
/// Writes results as Chinese reports do (表述): "同比增长23.5%", "下降3.7%" (a decline with a positive number, never
/// "增长-3.7%"), "持平", "提高2.6个百分点", "增长1.79倍", "扭亏为盈", "翻两番". Numbers are rounded once, here.
/// </summary>
public static class ChinesePhrasing
{
    private static readonly string[] Numerals = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>A growth: "同比增长23.5%", "同比下降3.7%", "同比持平", "同比增长1.79倍", "同比扭亏为盈"…</summary>
    /// <param name="growth">The growth.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(GrowthResult growth, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        return Prefix(growth.Kind, options) + (growth.HasValue ? Rate(growth.DecimalRate, options) : Status(growth));
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
            ? "翻" + Numerals[(int)doublings] + "番"
            : "增长" + options.Format(Rounding.Snap(multiple.GrowthMultiple), options.MultipleDecimals) + "倍";
    }

    /// <summary>The absolute change of a growth result: "增加120", "减少35.5", "持平", at <see cref="PhrasingOptions.Decimals"/>.</summary>
    /// <param name="growth">The growth.</param>
    /// <param name="options">The options; <see cref="PhrasingOptions.Default"/> when null.</param>
    /// <returns>The phrase.</returns>
    public static string PhraseChange(GrowthResult growth, PhrasingOptions? options = null)
    {
        options ??= PhrasingOptions.Default;
        var rounded = options.Round(growth.Change);
        return rounded == 0 ? "持平" : (rounded > 0 ? "增加" : "减少") + options.Format(Math.Abs(rounded), options.Decimals);
    }

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
        return options.UseMultiples && rounded >= Rounding.Snap(options.MultipleThreshold.Percent)
            ? "增长" + options.Format(fraction, options.MultipleDecimals) + "倍"
            : "增长" + options.Format(rounded, options.Decimals) + "%";
    }

    private static string Status(GrowthResult growth) => growth.Status switch
    {
        GrowthStatus.TurnedProfit => "扭亏为盈",
        GrowthStatus.TurnedLoss => "由盈转亏",
        GrowthStatus.LossWidened => "增亏",
        GrowthStatus.LossNarrowed => "减亏",
        GrowthStatus.LossUnchanged => "亏损持平",
        GrowthStatus.FromZero => growth.Current > 0 ? "从无到有" : "由零转亏",
        GrowthStatus.TooLarge => "增长（基数接近零，不计算增速）",
        _ => "持平",
    };

    private static string Prefix(GrowthKind kind, PhrasingOptions options) => options.Prefix switch
    {
        GrowthPrefix.None => string.Empty,
        GrowthPrefix.ComparedWithPreviousYear => "比上年",
        _ => kind == GrowthKind.PeriodOnPeriod ? "环比" : "同比",
    };
}
