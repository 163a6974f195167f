namespace Indicators.Reports;

/// <summary>A fact while its statement is being read: everything <see cref="ReportFact"/> holds, mutable, with its span
/// in the normalised text.</summary>
internal sealed class FactDraft
{
    internal int Start;
    internal int End;
    internal int Anchor;
    internal string Indicator = "";
    internal string? Code;
    internal ReportFactKind Kind;
    internal TargetModality Modality;
    internal ReportingPeriod? Period;
    internal StatedFigure? Value;
    internal string? Unit;
    internal bool IsMissing;
    internal StatedFigure? Growth;
    internal bool GrowthIsTwoYearAverage;
    internal StatedFigure? PercentagePoints;
    internal StatedFigure? Share;
    internal string? ShareOf;
    internal StatedFigure? Completion;
    internal StatedFigure? Overfulfilment;
    internal StatedFigure? Multiple;
    internal bool MultipleIsGrowth;
    internal int? Rank;
    internal int? RankOf;
    internal int? RankChange;
    internal bool? AheadOfSchedule;
    internal FactDraft? Parent;
    internal ReportFact? Built;

    /// <summary>Whether the fact states a figure of its own (a value, or a blank where one should be).</summary>
    internal bool HasLevel => Value is not null || IsMissing;

    internal void Extend(int end) => End = Math.Max(End, end);
}
