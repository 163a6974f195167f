namespace Indicators;

/// <summary>
/// A check of a count's base (计数指标基数核验): whether its stated growth can come from a whole previous count (domain.md §11), from
/// <see cref="Implied.CheckCountBase"/>. 3家 "同比增长300%" implies 0.75家: flagged.
/// </summary>
/// <remarks>
/// The stated rate is rounded, so the implied previous value of a correct statement is rarely a
/// whole number itself (76 after 增长22.6% implies 61.99). The check asks instead whether some
/// whole count n ≥ 1 has a growth current / n − 1 within half a unit of the last stated decimal
/// of the stated rate (either rounding mode could have produced it): 191 after "下降100%" (at no
/// decimals) fits a previous 95541 (−99.8%), although 1 + growth is 0 and implies no value.
/// </remarks>
public readonly struct CountBaseCheck : ICalculationResult
{
    private readonly double implied;

    private CountBaseCheck(double currentCount, Percentage statedGrowth, int decimals, double implied, double wholeBase)
    {
        CurrentCount = currentCount;
        StatedGrowth = statedGrowth;
        Decimals = decimals;
        this.implied = implied;
        WholeBase = wholeBase;
    }

    /// <summary>The current count.</summary>
    public double CurrentCount { get; }

    /// <summary>The stated growth.</summary>
    public Percentage StatedGrowth { get; }

    /// <summary>The decimals the growth is stated with.</summary>
    public int Decimals { get; }

    /// <summary>Whether the implied previous count exists: 1 + growth &gt; 0 and the count is positive.</summary>
    public bool HasValue => implied > 0;

    /// <summary>The implied previous count, current / (1 + growth), unrounded (0.75 for 3 after 300%); null when it does not exist.</summary>
    public double? ImpliedPrevious => HasValue ? implied : null;

    /// <summary>Whether a whole previous count fits the stated growth (and the current count is whole).</summary>
    public bool IsConsistent => WholeBase > 0;

    /// <summary>The smallest whole previous count that fits the stated growth, or 0 when none does.</summary>
    public double WholeBase { get; }

    /// <inheritdoc />
    public string Formula => "previous = current / (1 + growth); consistent when a whole previous n ≥ 1 gives current / n − 1 within half a stated unit of the growth";

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        var implied = NumberText.Format(this.implied);
        var whole = NumberText.Format(WholeBase);
        var none = ExplainText.NoValue(language, "no previous count is implied", "推算不出上期数");
        if (ExplainText.IsChinese(language))
        {
            var chinese = !HasValue ? none
                : IsConsistent ? "推算上期为" + implied + "；与上期" + whole + "个相符"
                : "推算上期为" + implied + "；没有整数的上期数能得出这一增速：数字不一致";
            return ExplainText.Line(language, "上期 = 本期 / (1 + 增速)；若有整数上期 n ≥ 1 使 本期 / n − 1 与所给增速之差在所给精度的半个单位以内，则相符",
                ExplainText.Input("本期数", CurrentCount) + "，所给增速 = " + StatedGrowth + "（" + ExplainText.Count(Decimals) + "位小数）", chinese);
        }
        var outcome = !HasValue ? none
            : IsConsistent ? $"implied {implied}; consistent with a previous count of {whole}"
            : $"implied {implied}; no whole previous count gives this growth: the figures are inconsistent";
        return ExplainText.Line(language, Formula, $"{ExplainText.Input("current count", CurrentCount)}, stated growth = {StatedGrowth} ({ExplainText.Count(Decimals)} decimals)", outcome);
    }

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    internal static CountBaseCheck Create(double currentCount, Percentage statedGrowth, int decimals)
    {
        var factor = 100 + statedGrowth.Percent;
        var implied = factor > 0 && currentCount > 0 ? currentCount * 100 / factor : 0;
        if (!double.IsFinite(implied))
        {
            implied = 0;
        }
        var wholeBase = 0.0;
        // Half a unit of the last stated decimal, widened by a relative 1e-12 for representation error.
        var tolerance = 0.5 * Math.Pow(10, -decimals) + 1e-12 * Math.Max(1, Math.Abs(statedGrowth.Percent));
        var highestFactor = 100 + statedGrowth.Percent + tolerance;
        if (currentCount >= 0 && currentCount == Math.Floor(currentCount) && highestFactor > 0)
        {
            // current / n − 1 falls as n rises: the fitting whole counts start at the one just above
            // current / (1 + growth + half a unit); the one below is tried too, against rounding.
            var lowest = Math.Max(1, Math.Ceiling(currentCount * 100 / highestFactor));
            foreach (var n in (ReadOnlySpan<double>)[lowest - 1, lowest])
            {
                if (n >= 1 && Math.Abs(100 * currentCount / n - 100 - statedGrowth.Percent) <= tolerance)
                {
                    wholeBase = n;
                    break;
                }
            }
        }
        return new CountBaseCheck(currentCount, statedGrowth, decimals, implied, wholeBase);
    }
}
