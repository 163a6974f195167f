namespace Indicators.Reports;

/// <summary>
/// One figure a report states about one indicator (报告中的一项数据): the indicator as written and its catalogue code, what
/// kind of figure it is, its period, its value and unit, and what the report says beside it (growth, percentage
/// points, share, completion, overfulfilment, rank, multiple), with the character span it was read from. A blank or a
/// redaction ("可完成规上工业总产值亿元", "20XX") is a fact with <see cref="IsMissing"/> set and no value — never a number.
/// </summary>
/// <remarks>
/// Spans count UTF-16 code units of the source text as given to <see cref="ReportReader.Read"/>: [Start, End).
/// Percentages are in percent (35.5 for 35.5%), growth signed (下降3.7% is −3.7).
/// </remarks>
public sealed class ReportFact
{
    internal ReportFact(string id, int start, int end, string text, string indicator)
    {
        Id = id;
        Start = start;
        End = end;
        Text = text;
        Indicator = indicator;
    }

    /// <summary>The fact's id within its document: f1, f2… in reading order.</summary>
    public string Id { get; }

    /// <summary>Where the fact starts in the source (UTF-16 units).</summary>
    public int Start { get; }

    /// <summary>Where the fact ends in the source (exclusive).</summary>
    public int End { get; }

    /// <summary>The source text of the fact's span.</summary>
    public string Text { get; }

    /// <summary>The indicator as the report writes it (规上工业总产值), after the reading normalisation.</summary>
    public string Indicator { get; }

    /// <summary>The catalogue code the indicator matched (GDP), or null when the vocabulary does not know the name.</summary>
    public string? Code { get; internal init; }

    /// <summary>What kind of figure it is.</summary>
    public ReportFactKind Kind { get; internal init; }

    /// <summary>The period the figure covers, resolved against the document's reference year; null when the text does not say.</summary>
    public ReportingPeriod? Period { get; internal init; }

    /// <summary>The value as stated, with its qualifier (以上, 近, 约…); null when the fact states none or its level is
    /// blank. A fact whose level is written but whose growth is blank ("外贸进出口130万美元,同比增长%") keeps the level and is
    /// <see cref="IsMissing"/>.</summary>
    public StatedFigure? Value { get; internal init; }

    /// <summary>The unit written after the value (亿元, 家, 万吨), simplified and half-width; null when none.</summary>
    public string? Unit { get; internal init; }

    /// <summary>How firmly a target is worded (确保, 力争, 冲刺).</summary>
    public TargetModality Modality { get; internal init; }

    /// <summary>Whether a figure of the fact is blank or redacted in the text: the fact is there, that number is not (its
    /// level: <see cref="Value"/> is null; or a rate beside a written level: the rate is null).</summary>
    public bool IsMissing { get; internal init; }

    /// <summary>The stated growth in percent, signed (增长5% → 5, 下降3.7% → −3.7), with its qualifier (左右); null when none.</summary>
    public StatedFigure? Growth { get; internal init; }

    /// <summary>Whether the stated growth is a two-year average (两年平均增长).</summary>
    public bool GrowthIsTwoYearAverage { get; internal init; }

    /// <summary>A change in percentage points, signed (提高2.6个百分点 → 2.6, 回落 → negative); null when none.</summary>
    public StatedFigure? PercentagePoints { get; internal init; }

    /// <summary>The stated share in percent (占…20%, 比重); null when none.</summary>
    public StatedFigure? Share { get; internal init; }

    /// <summary>What the share is of, as written (产品销售收入); null when the text does not say.</summary>
    public string? ShareOf { get; internal init; }

    /// <summary>The stated completion in percent (完成年度目标的91.78%); null when none.</summary>
    public StatedFigure? Completion { get; internal init; }

    /// <summary>The stated overfulfilment in percent (超额完成67%); null when none.</summary>
    public StatedFigure? Overfulfilment { get; internal init; }

    /// <summary>A stated multiple (增长1.79倍, 是…的3倍; 翻番 is 2); null when none.</summary>
    public StatedFigure? Multiple { get; internal init; }

    /// <summary>Whether <see cref="Multiple"/> is a growth (增长x倍: the level is x + 1 times the base) rather than a ratio (是…的x倍).</summary>
    public bool MultipleIsGrowth { get; internal init; }

    /// <summary>The stated rank (居第4位); null when none.</summary>
    public int? Rank { get; internal init; }

    /// <summary>How many were ranked (217个开发区中), when the text says; null otherwise.</summary>
    public int? RankOf { get; internal init; }

    /// <summary>The stated rank change, positive for a rise (排名上升25位 → 25, 下降 → negative); null when none.</summary>
    public int? RankChange { get; internal init; }

    /// <summary>Whether the text says the figure is ahead of the time-elapsed schedule (快于序时进度, 时间过半、任务过半); null when it says nothing.</summary>
    public bool? AheadOfSchedule { get; internal init; }

    /// <summary>The whole this fact is part of (其中…), or null.</summary>
    public ReportFact? Parent { get; internal init; }

    /// <summary>The fact in standard report Chinese (2013年固定资产投资35.5亿元，增长492%).</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => ReportFactPhrasing.Phrase(this);
}
