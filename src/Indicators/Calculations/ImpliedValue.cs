namespace Indicators;

/// <summary>
/// A value implied by a stated rate (由增速/占比/完成率推算), from the methods of <see cref="Implied"/>:
/// 27298.3 with growth 16.5% implies a base of 23432.0 (F5); 5000万元 with 超额完成67% implies a
/// target of 2994万元; 1000 that is 20% of a whole implies 5000.
/// </summary>
public readonly struct ImpliedValue : ICalculationResult
{
    private readonly double value;

    internal ImpliedValue(ImpliedValueKind kind, double known, double stated, ImpliedValueStatus status, double value)
    {
        Kind = kind;
        Known = known;
        Stated = stated;
        Status = status;
        this.value = status == ImpliedValueStatus.Defined ? value + 0.0 : 0;
    }

    /// <summary>Which value is implied.</summary>
    public ImpliedValueKind Kind { get; }

    /// <summary>The known value: the current, previous, actual, part, whole or end stock, by <see cref="Kind"/>.</summary>
    public double Known { get; }

    /// <summary>
    /// The stated figure: the rate's percent number (16.5 for 16.5%) for every kind but
    /// <see cref="ImpliedValueKind.PreviousStock"/>, where it is the net increase.
    /// </summary>
    public double Stated { get; }

    /// <summary>Whether a value exists, and why not.</summary>
    public ImpliedValueStatus Status { get; }

    /// <inheritdoc />
    public bool HasValue => Status == ImpliedValueStatus.Defined;

    /// <summary>The implied value, or null when there is none.</summary>
    public double? Value => HasValue ? value : null;

    /// <inheritdoc />
    public string Formula => Kind switch
    {
        ImpliedValueKind.PreviousFromGrowth => "previous = current / (1 + growth)",
        ImpliedValueKind.CurrentFromGrowth => "current = previous × (1 + growth)",
        ImpliedValueKind.TargetFromOverfulfilment => "target = actual / (1 + overfulfilment)",
        ImpliedValueKind.TargetFromCompletion => "target = actual / completion",
        ImpliedValueKind.WholeFromShare => "whole = part / share",
        ImpliedValueKind.PartFromShare => "part = whole × share",
        _ => "start stock = end stock − net increase",
    };

    /// <summary>Gets the implied value without throwing.</summary>
    /// <param name="result">The value, or 0 when there is none.</param>
    /// <returns>Whether the value exists.</returns>
    public bool TryGetValue(out double result)
    {
        result = value;
        return HasValue;
    }

    /// <summary>
    /// Whether the implied value is a whole number, within a relative 1e-9 for the representation
    /// error of the division. A count (家, 个, 项) must imply a whole count; for a rate stated at a
    /// rounded precision use <see cref="Implied.CheckCountBase"/>, which allows for the rounding.
    /// </summary>
    public bool IsWholeNumber => HasValue && Math.Abs(value - Math.Round(value)) <= 1e-9 * Math.Max(1, Math.Abs(value));

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        var stated = ExplainText.Percent(Stated);
        var (knownName, statedText, chineseFormula) = ExplainText.IsChinese(language)
            ? Kind switch
            {
                ImpliedValueKind.PreviousFromGrowth => ("本期", "增速 = " + stated, "上期 = 本期 / (1 + 增速)"),
                ImpliedValueKind.CurrentFromGrowth => ("上期", "增速 = " + stated, "本期 = 上期 × (1 + 增速)"),
                ImpliedValueKind.TargetFromOverfulfilment => ("实际", "超额完成 = " + stated, "目标 = 实际 / (1 + 超额完成比例)"),
                ImpliedValueKind.TargetFromCompletion => ("实际", "完成率 = " + stated, "目标 = 实际 / 完成率"),
                ImpliedValueKind.WholeFromShare => ("部分", "比重 = " + stated, "总体 = 部分 / 比重"),
                ImpliedValueKind.PartFromShare => ("总体", "比重 = " + stated, "部分 = 总体 × 比重"),
                _ => ("期末存量", ExplainText.Input("净增量", Stated), "期初存量 = 期末存量 − 净增量"),
            }
            : Kind switch
            {
                ImpliedValueKind.PreviousFromGrowth => ("current", "growth = " + stated, Formula),
                ImpliedValueKind.CurrentFromGrowth => ("previous", "growth = " + stated, Formula),
                ImpliedValueKind.TargetFromOverfulfilment => ("actual", "overfulfilment = " + stated, Formula),
                ImpliedValueKind.TargetFromCompletion => ("actual", "completion = " + stated, Formula),
                ImpliedValueKind.WholeFromShare => ("part", "share = " + stated, Formula),
                ImpliedValueKind.PartFromShare => ("whole", "share = " + stated, Formula),
                _ => ("end stock", ExplainText.Input("net increase", Stated), Formula),
            };
        var outcome = Status switch
        {
            ImpliedValueStatus.Defined => ExplainText.Pick(language, string.Empty, "推算值") + NumberText.Format(value),
            ImpliedValueStatus.RateOutOfRange => ExplainText.NoValue(language, "the stated rate cannot give one", "所给比率推算不出数值"),
            _ => ExplainText.NoValue(language, "the base of the rate would not be positive, so the stated figures contradict each other",
                "比率的基数将不为正数，所给数字相互矛盾"),
        };
        return ExplainText.Line(language, chineseFormula, ExplainText.Input(knownName, Known) + ExplainText.Comma(language) + statedText, outcome);
    }

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
