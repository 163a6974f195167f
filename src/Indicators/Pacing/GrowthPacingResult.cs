using System.Globalization;

namespace Indicators;

/// <summary>
/// The pacing of a growth target (增速目标的进度): the year-to-date growth against the annual target growth, in percentage
/// points. On pace when the year-to-date growth is at least the target (research §3.5).
/// </summary>
public readonly struct GrowthPacingResult : ICalculationResult
{
    internal GrowthPacingResult(Percentage yearToDateGrowth, Percentage annualTargetGrowth, int month)
    {
        YearToDateGrowth = yearToDateGrowth;
        AnnualTargetGrowth = annualTargetGrowth;
        Month = month;
    }

    /// <summary>The year-to-date growth (1-N月累计增长).</summary>
    public Percentage YearToDateGrowth { get; }

    /// <summary>The annual growth target (全年增长目标).</summary>
    public Percentage AnnualTargetGrowth { get; }

    /// <summary>The last completed month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Year-to-date growth − target growth.</summary>
    public PercentagePoints Gap => YearToDateGrowth - AnnualTargetGrowth;

    /// <summary>Ahead of, on or behind the target growth.</summary>
    public PaceStatus Status => PaceComparison.Of(YearToDateGrowth.Percent, AnnualTargetGrowth.Percent);

    /// <inheritdoc />
    public bool HasValue => true;

    /// <inheritdoc />
    public string Formula => "gap = year-to-date growth − annual target growth";

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.IsChinese(language)
        ? ExplainText.Line(
            language,
            "差距 = 累计增速 − 全年目标增速",
            "1-" + ExplainText.Count(Month) + "月累计增速 = " + YearToDateGrowth + "，全年目标增速 = " + AnnualTargetGrowth,
            ExplainText.Points(language, Gap) + "，" + PaceComparison.DescribeChinese(Status, "全年目标增速"))
        : ExplainText.Line(
            language,
            Formula,
            "year-to-date growth = " + YearToDateGrowth.ToString() + " through month " + ExplainText.Count(Month) + ", annual target growth = " + AnnualTargetGrowth.ToString(),
            Gap.ToString() + " " + PaceComparison.Describe(Status) + " the target growth");

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
