using Indicators.Rules;
using Indicators.Tool.Assess;

namespace Indicators.Tool.Output;

/// <summary>
/// An assessment as one sheet, <c>zones</c>, for <c>--csv</c> and <c>--xlsx</c>: the table's rows (by rank, the zones a
/// veto excluded last) with the JSON's keys — rank, zone, group, groupRank, total, grade, excluded, each category's
/// points, bonus, deductions, vetoes — the points unrounded.
/// </summary>
internal static class AssessSheets
{
    /// <summary>The sheet.</summary>
    internal static IReadOnlyList<ResultSheet> Build(RuleAssessment assessment)
    {
        var result = assessment.Result;
        var categories = result.Count > 0 ? result[0].Categories.Select(c => c.Name).ToArray() : [];
        var sheet = new ResultSheet("zones",
        [
            SheetColumn.Integer("rank"), SheetColumn.Text("zone"), SheetColumn.Text("group"), SheetColumn.Integer("groupRank"),
            SheetColumn.Number("total"), SheetColumn.Text("grade"), SheetColumn.Boolean("excluded"),
            .. categories.Select(name => SheetColumn.Number(name)),
            SheetColumn.Number("bonus"), SheetColumn.Number("deductions"), SheetColumn.Text("vetoes"),
        ]);
        foreach (var zone in AssessTable.Ranked(result))
        {
            sheet.Add([
                zone.Rank, zone.Id.Code, zone.Group, zone.GroupRank, zone.Total, zone.Grade, zone.IsExcludedFromRanking,
                .. zone.Categories.Select(c => (object?)c.Subtotal),
                zone.Bonus, zone.Deductions, zone.Vetoes.Count == 0 ? null : string.Join(" ", zone.Vetoes.Select(v => v.Rule?.Name)),
            ]);
        }
        return [sheet];
    }
}
