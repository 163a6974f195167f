using System.Globalization;
using System.Text;

namespace Indicators.Reports;

/// <summary>
/// A fact in standard report Chinese (规范表述): "2013年固定资产投资35.5亿元，增长492%",
/// "2024年1-6月规模以上工业总产值预计120亿元以上，同比增长8.5%", "其中…", "规上工业总产值（数据缺失）". The sentence shape
/// is documented in docs/reports.md, "Phrasing a fact"; the reader reads it back to the same fact.
/// </summary>
/// <remarks>
/// Figures are written exactly as stated, never rounded again: their digits and qualifier words are
/// <see cref="StatedFigure"/>'s own (<see cref="StatedFigure.Written"/>), the period is
/// <see cref="ReportingPeriod.ToChineseString"/>. The words of a direction (增长/下降, 提高/下降…个百分点, 排名上升/下降N位)
/// are those ChinesePhrasing writes for a computed result; they are written here, not called, because
/// Phrasing/ is the library's edge and nothing outside it may use it (the architecture test), and because a stated
/// figure is written at its own precision, where ChinesePhrasing rounds a computed one (a stated 0.0% is "增长0.0%", not 持平).
/// </remarks>
internal static class ReportFactPhrasing
{
    internal static string Phrase(ReportFact fact)
    {
        var text = new StringBuilder();
        if (fact.Parent is not null)
        {
            // A part shares its whole's period, which the sentence of the whole has already said.
            text.Append("其中");
        }
        else if (fact.Period is ReportingPeriod period)
        {
            text.Append(period.ToChineseString());
        }
        text.Append(fact.Indicator);
        if (fact.IsMissing)
        {
            return text.Append("（数据缺失）").ToString();
        }
        text.Append(KindWord(fact));
        if (fact.Value is StatedFigure value)
        {
            text.Append(Qualified(value.Number + fact.Unit, value, fact.Unit ?? ""));
        }
        var clauses = new List<string>();
        if (fact.Growth is StatedFigure growth)
        {
            clauses.Add((fact.GrowthIsTwoYearAverage ? "两年平均" : "") + Growth(growth, fact.Period));
        }
        if (fact.PercentagePoints is StatedFigure points)
        {
            clauses.Add(Signed(points, "提高", "下降", "个百分点"));
        }
        if (fact.Share is StatedFigure share)
        {
            clauses.Add("占" + (fact.ShareOf is string whole ? whole + "的" : "比") + Qualified(share.Number + "%", share, "%"));
        }
        if (fact.Completion is StatedFigure completion)
        {
            clauses.Add("完成年度目标的" + Qualified(completion.Number + "%", completion, "%"));
        }
        if (fact.Overfulfilment is StatedFigure overfulfilment)
        {
            clauses.Add("超额完成" + Qualified(overfulfilment.Number + "%", overfulfilment, "%"));
        }
        if (fact.Multiple is StatedFigure multiple)
        {
            clauses.Add((fact.MultipleIsGrowth ? "增长" : "是上年的") + Qualified(multiple.Number + "倍", multiple, "倍"));
        }
        if (fact.Rank is int rank)
        {
            clauses.Add((fact.RankOf is int of ? "在" + Count(of) + "个开发区中" : "") + "居第" + Count(rank) + "位");
        }
        if (fact.RankChange is int change)
        {
            clauses.Add(RankChange(change));
        }
        if (fact.AheadOfSchedule is bool ahead)
        {
            clauses.Add(ahead ? "快于序时进度" : "慢于序时进度");
        }
        for (var i = 0; i < clauses.Count; i++)
        {
            // Without a level the first clause follows the indicator: "地区生产总值确保增长8%以上".
            text.Append(i == 0 && fact.Value is null ? "" : "，").Append(clauses[i]);
        }
        return text.ToString();
    }

    /// <summary>The word between the indicator and its figure: 预计, 确保/力争/冲刺 (计划完成 for a plain target), 累计达.</summary>
    private static string KindWord(ReportFact fact) => fact.Kind switch
    {
        ReportFactKind.Estimate => "预计",
        ReportFactKind.Target => fact.Modality switch
        {
            TargetModality.Ensure => "确保",
            TargetModality.Strive => "力争",
            TargetModality.Sprint => "冲刺",
            _ => "计划完成",
        },
        ReportFactKind.Cumulative => fact.Value is null ? "累计" : "累计达",
        _ => "",
    };

    /// <summary>
    /// 增长/下降 and the rate as stated (a decline with a positive number, never "增长-3.7%"); 同比 before it for a period
    /// shorter than a year (1-6月, 上半年), where a report says which comparison it means.
    /// </summary>
    private static string Growth(StatedFigure growth, ReportingPeriod? period)
    {
        var subYear = period is { Kind: not (ReportingPeriodKind.Year or ReportingPeriodKind.FiveYearPlan) };
        return (subYear ? "同比" : "") + Signed(growth, "增长", "下降", "%");
    }

    /// <summary>排名上升N位, 排名下降N位, 排名持平.</summary>
    private static string RankChange(int change) =>
        change == 0 ? "排名持平" : (change > 0 ? "排名上升" : "排名下降") + Count(Math.Abs((long)change)) + "位";

    /// <summary>The word of the figure's direction and its magnitude as stated, with its qualifier placed: 增长8%以上, 下降约3.7%.</summary>
    private static string Signed(StatedFigure figure, string up, string down, string unit)
    {
        var magnitude = figure.Value < 0 ? Abs(figure) : figure;
        return (figure.Value < 0 ? down : up) + Qualified(magnitude.Number + unit, figure, unit);
    }

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="phrase"/>, which ends with the figure's number and unit, with the figure's qualifier put where reports
    /// put it: 约, 近, 突破, 超过, 不到 before the number; 余 between number and unit (170余亿元); 以上, 以下, 以内 after the
    /// unit (120亿元以上, 增长8%以上). The words are <see cref="StatedFigure.Written"/>'s.
    /// </summary>
    private static string Qualified(string phrase, StatedFigure figure, string unit)
    {
        // The signed number when the phrase writes the sign (a negative level), its magnitude when a word carries it (下降).
        var number = figure.Value < 0 && !phrase.Contains(figure.Number + unit, StringComparison.Ordinal) ? Abs(figure).Number : figure.Number;
        var at = phrase.LastIndexOf(number + unit, StringComparison.Ordinal);
        if (figure.Qualifier == Qualifier.None || at < 0)
        {
            // No word to place, or no number to place it by (持平).
            return phrase;
        }
        var written = figure.Written;
        var inside = written.IndexOf(figure.Number, StringComparison.Ordinal);
        var (before, after) = inside < 0 ? ("", "") : (written[..inside], written[(inside + figure.Number.Length)..]);
        var between = figure.Qualifier == Qualifier.Over ? after : "";
        var last = figure.Qualifier == Qualifier.Over ? "" : after;
        return phrase[..at] + before + number + between + unit + last + phrase[(at + number.Length + unit.Length)..];
    }

    /// <summary>The figure's magnitude at its decimals (下降 and 减少 carry the sign in words).</summary>
    private static StatedFigure Abs(StatedFigure figure) => figure.IsExact
        ? StatedFigure.Exact(Math.Abs(figure.Value), figure.Qualifier)
        : StatedFigure.Rounded(Math.Abs(figure.Value), figure.Decimals!.Value, figure.Qualifier);
}
