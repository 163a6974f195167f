using System.CommandLine;
using System.Globalization;
using Indicators.Tool.Compute;
using Indicators.Tool.Output;

namespace Indicators.Tool.Phrase;

/// <summary>
/// <c>indicators phrase DATA…</c>: the standard report sentence of every zone, indicator and year
/// ("地区生产总值123.5亿元，同比增长23.5%，超额完成12.3%，居第1位，排名上升1位"), from the figures of
/// <c>indicators compute</c> (<see cref="ComputedFigures"/>) and the library's phrasing (<see cref="ChinesePhrasing"/>):
/// growth, completion, pacing and rank change are its phrases, rounded once as reports print them.
/// </summary>
internal static class PhraseCommand
{
    /// <summary>The command, writing to the given streams.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr) => FigureCommand.Create(
        "phrase",
        "Write the standard report sentence (同比增长23.5%，超额完成12.3%，居第1位) for every zone, indicator and year.",
        stdout, stderr, Build);

    /// <summary>One sheet, <c>sentences</c>: zone, indicator, code, year, sentence.</summary>
    internal static IReadOnlyList<ResultSheet> Build(ComputedFigures figures, FigureFilter filter, bool pacing)
    {
        var sheet = new ResultSheet("sentences",
            SheetColumn.Text("zone"), SheetColumn.Text("indicator"), SheetColumn.Text("code"), SheetColumn.Integer("year"), SheetColumn.Text("sentence"));
        foreach (var cell in figures.Cells.Where(c => filter.Passes(c.Zone, c.Year, c.Indicator)))
        {
            sheet.Add(cell.Zone, cell.Indicator.ChineseName, cell.Indicator.Code, cell.Year, Sentence(cell));
        }
        return [sheet];
    }

    /// <summary>The sentence: the level, then each clause the figures allow; a missing value is said to be missing.</summary>
    internal static string Sentence(FigureCell cell)
    {
        var name = cell.Indicator.ChineseName;
        if (cell.Value is not { } value)
        {
            return name + "数值缺失";
        }
        var clauses = new List<string> { name + value.ToString("R", CultureInfo.InvariantCulture) + cell.Indicator.Unit.Symbol };
        if (cell.Growth is { } growth)
        {
            // A rate (研发投入强度 4.63%) changes by percentage points, as reports write it, not by a percent of itself.
            clauses.Add(cell.Indicator.Unit == Units.Percent
                ? "同比" + ChinesePhrasing.Phrase(Percentage.FromPercent(growth.Current) - Percentage.FromPercent(growth.Base))
                : ChinesePhrasing.Phrase(growth));
        }
        if (cell.Completion is { } completion)
        {
            clauses.Add(ChinesePhrasing.Phrase(completion));
        }
        if (cell.Pacing is { } pacing)
        {
            clauses.Add(ChinesePhrasing.Phrase(pacing));
        }
        if (cell.Rank is { } rank)
        {
            // The phrasing layer has rank changes but no rank of its own: 居第N位 is the reports' one form.
            clauses.Add("居第" + rank.ToString(CultureInfo.InvariantCulture) + "位");
        }
        if (cell.RankChange is { } change)
        {
            clauses.Add(ChinesePhrasing.Phrase(change));
        }
        return string.Join("，", clauses);
    }
}
