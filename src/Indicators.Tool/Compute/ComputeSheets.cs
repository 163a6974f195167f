using Indicators.Tool.Output;

namespace Indicators.Tool.Compute;

/// <summary>
/// The result of <c>indicators compute</c> as two sheets: <c>cells</c>, one row per zone, indicator and year (value,
/// target, growth, completion, overfulfilment, attainment, share, rank by value, its change, pacing with --month), and
/// <c>zones</c>, one row per zone and year (the bulk engine's weighted score and rank). Percentages are percents (23.5
/// for 23.5%), unrounded in files and rounded to one decimal in the table; missing is an empty cell or null.
/// </summary>
internal static class ComputeSheets
{
    /// <summary>The sheets of the cells and scores that pass <paramref name="filter"/>.</summary>
    internal static IReadOnlyList<ResultSheet> Build(ComputedFigures figures, FigureFilter filter, bool pacing)
    {
        SheetColumn[] columns =
        [
            SheetColumn.Text("zone"), SheetColumn.Text("indicator"), SheetColumn.Text("code"), SheetColumn.Integer("year"),
            SheetColumn.Text("unit"), SheetColumn.Number("value"), SheetColumn.Number("target"),
            SheetColumn.Number("growthPercent", 1), SheetColumn.Number("completionPercent", 1), SheetColumn.Number("overfulfilmentPercent", 1),
            SheetColumn.Boolean("attained"), SheetColumn.Number("sharePercent", 1), SheetColumn.Integer("rank"), SheetColumn.Integer("rankOf"),
            SheetColumn.Integer("rankChange"),
            .. pacing ? (SheetColumn[])[SheetColumn.Number("expectedPercent", 1), SheetColumn.Number("pacingGapPoints", 1)] : [],
        ];
        var cells = new ResultSheet("cells", columns);
        foreach (var cell in figures.Cells.Where(c => filter.Passes(c.Zone, c.Year, c.Indicator)))
        {
            object?[] row =
            [
                cell.Zone, cell.Indicator.ChineseName, cell.Indicator.Code, cell.Year, cell.Indicator.Unit.Symbol, cell.Value, cell.Target,
                cell.Growth?.Rate?.Percent,
                cell.Completion?.Rate?.Percent,
                // Overfulfilment is the part above 100%: 0 for a completion on or below target, missing without one.
                cell.Completion?.Rate is { } rate ? Math.Max(0, rate.Percent - 100) : null,
                cell.Attained,
                cell.Share?.Share?.Percent,
                cell.Rank,
                cell.Rank is null ? null : cell.RankedCount,
                cell.RankChange?.Places,
                .. pacing ? (object?[])[cell.Pacing?.ExpectedShare.Percent, cell.Pacing?.Gap?.Points] : [],
            ];
            cells.Add(row);
        }
        var zones = new ResultSheet("zones", SheetColumn.Text("zone"), SheetColumn.Integer("year"), SheetColumn.Number("score", 2), SheetColumn.Integer("rank"));
        foreach (var score in figures.Scores.Where(s => filter.Passes(s.Zone, s.Year, null)))
        {
            zones.Add(score.Zone, score.Year, score.Score, score.Rank);
        }
        return [cells, zones];
    }
}

/// <summary>Which zones, years and indicators a verb prints (every one when a list is empty); the figures are computed over all.</summary>
/// <param name="Zones">The zones asked for.</param>
/// <param name="Year">The year asked for, or null.</param>
/// <param name="Indicators">The indicators asked for (catalogue codes).</param>
internal sealed record FigureFilter(IReadOnlySet<string> Zones, int? Year, IReadOnlySet<string> Indicators)
{
    /// <summary>Whether a row of this zone, year and indicator (null for a zone's row) is printed.</summary>
    internal bool Passes(string zone, int year, IndicatorDefinition? indicator) =>
        (Zones.Count == 0 || Zones.Contains(zone)) && (Year is null || Year == year)
        && (indicator is null || Indicators.Count == 0 || Indicators.Contains(indicator.Code));
}
