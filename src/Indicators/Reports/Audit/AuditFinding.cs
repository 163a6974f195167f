using System.Globalization;
using System.Text;

namespace Indicators.Reports;

/// <summary>One consistency check made on a report's facts (核验结果): the check, the facts it used and the span they cover.</summary>
public sealed class AuditFinding
{
    internal AuditFinding(ConsistencyCheck check, IReadOnlyList<ReportFact> facts)
        : this(check, facts, null)
    {
    }

    internal AuditFinding(ConsistencyCheck check, IReadOnlyList<ReportFact> facts, string? unit)
    {
        Check = check;
        Facts = facts;
        Unit = unit;
        Start = facts.Min(f => f.Start);
        End = facts.Max(f => f.End);
    }

    /// <summary>The check, its verdict and figures.</summary>
    public ConsistencyCheck Check { get; }

    /// <summary>The facts whose figures the check used.</summary>
    public IReadOnlyList<ReportFact> Facts { get; }

    /// <summary>Where the first of the facts starts in the source.</summary>
    public int Start { get; }

    /// <summary>Where the last of them ends (exclusive).</summary>
    public int End { get; }

    /// <summary>The unit the check's level figures are in (亿元 after 5000万元 was put in 亿元), or null.</summary>
    internal string? Unit { get; }

    /// <summary>The finding explained in Chinese.</summary>
    /// <returns>The explanation.</returns>
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <summary>
    /// The finding explained in <paramref name="language"/>: the indicator, the facts quoted from the text, what was
    /// stated and what the figures give ("固定资产投资：“…63亿元,同比增长5%”；“…60.3亿元”。所述增长5%，由63亿元与60.3亿元计算得4.48%。"),
    /// then the check's own explanation with its intervals and verdict.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation.</returns>
    public string Explain(ExplanationLanguage language)
    {
        var chinese = language == ExplanationLanguage.Chinese;
        var text = new StringBuilder(IndicatorName(language)).Append(chinese ? "：" : ": ");
        for (var i = 0; i < Facts.Count; i++)
        {
            text.Append(i == 0 ? "" : chinese ? "；" : "; ").Append('“').Append(Quote(Facts[i])).Append('”');
        }
        text.Append(chinese ? "。" : ". ");
        if (Check.Stated is StatedFigure stated && Check.Value is double value && ResultUnit(Check.Kind) is string resultUnit)
        {
            var figures = string.Join(chinese ? "与" : " and ", Check.Figures.Select(f => f.Written + FigureUnit(Check.Kind)));
            var computed = Format(value, (stated.Decimals ?? 0) + 2) + resultUnit;
            text.Append(chinese
                ? "所述" + stated.Written + resultUnit + "，由" + figures + "计算得" + computed + "。"
                : "stated " + stated.Written + resultUnit + "; from " + figures + " as stated: " + computed + ". ");
        }
        else if (Unit is string unit)
        {
            text.Append(chinese ? "单位：" + unit + "。" : "in " + unit + ". ");
        }
        return text.Append(Check.Explain(language)).ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Explain();

    /// <summary>The indicator as written; in English its catalogue name first when the vocabulary knows it.</summary>
    private string IndicatorName(ExplanationLanguage language)
    {
        var fact = Facts[0];
        return language != ExplanationLanguage.Chinese && fact.Code is string code && IndicatorCatalog.Standard.TryGet(code, out var definition)
            ? definition.EnglishName + " (" + fact.Indicator + ")"
            : fact.Indicator;
    }

    /// <summary>The fact's source text, or the fact phrased when it has none (a fact built by hand).</summary>
    private static string Quote(ReportFact fact) => string.IsNullOrWhiteSpace(fact.Text) ? ReportFactPhrasing.Phrase(fact) : fact.Text.Trim();

    /// <summary>
    /// The unit of the result of a check whose stated figure is computed from its figures (a growth, a sum); null for
    /// a check that compares a figure with a limit (a part with its whole, a share with 100%), where "computed" would mislead.
    /// </summary>
    private string? ResultUnit(ConsistencyCheckKind kind) => kind switch
    {
        ConsistencyCheckKind.Growth or ConsistencyCheckKind.Share or ConsistencyCheckKind.Completion or ConsistencyCheckKind.Overfulfilment
            or ConsistencyCheckKind.AverageGrowth or ConsistencyCheckKind.TwoYearAverage => "%",
        ConsistencyCheckKind.PercentagePoints => "个百分点",
        ConsistencyCheckKind.Multiple => "倍",
        ConsistencyCheckKind.RankChange => "位",
        ConsistencyCheckKind.Parts or ConsistencyCheckKind.Stock => Unit ?? "",
        _ => null,
    };

    /// <summary>The unit written after each figure a check used: % for the rates of a points check, none for ranks, the facts' unit for levels.</summary>
    private string FigureUnit(ConsistencyCheckKind kind) => kind switch
    {
        ConsistencyCheckKind.PercentagePoints => "%",
        ConsistencyCheckKind.RankChange => "",
        _ => Unit ?? "",
    };

    private static string Format(double value, int decimals) =>
        Rounding.RoundUnchecked(value, Math.Min(decimals, Rounding.MaxDecimals), RoundingMode.HalfAwayFromZero)
            .ToString("0.###############", CultureInfo.InvariantCulture);
}
