using System.Globalization;
using Indicators.Assessment;
using Indicators.Rules;
using Indicators.Tool.Output;

namespace Indicators.Tool.Assess;

/// <summary>The ranked zones as a table: rank, zone, group (and the rank in it), total, grade, points per category.</summary>
internal static class AssessTable
{
    /// <summary>Writes the heading line and the table.</summary>
    internal static void Write(TextWriter writer, RuleAssessment assessment)
    {
        var result = assessment.Result;
        var categories = result.Count > 0 ? result[0].Categories.Select(c => c.Name).ToArray() : [];
        var grouped = result.Any(z => z.Group is not null);
        string[] headers = ["rank", "zone", .. grouped ? (string[])["group", "group rank"] : [], "total", "grade", .. categories];
        var table = new TextTable(headers);
        foreach (var zone in Ranked(result))
        {
            table.Add([
                zone.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : zone.IsExcludedFromRanking ? "excluded" : "—",
                zone.Id.Code,
                .. grouped ? (string[])[zone.Group ?? "", zone.GroupRank?.ToString(CultureInfo.InvariantCulture) ?? ""] : [],
                Number(zone.Total),
                zone.Grade ?? "",
                .. zone.Categories.Select(c => Number(c.Subtotal)),
            ]);
        }
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{assessment.Scheme} {assessment.Year}: {result.Count} zones{(assessment.Exits.Count > 0 ? $", {assessment.Exits.Count} exit candidates" : "")}"));
        table.WriteTo(writer);
    }

    /// <summary>By rank; the unranked (excluded by a veto) last; ties and the unranked in the data's order.</summary>
    internal static IEnumerable<ZoneAssessment> Ranked(AssessmentResult result) =>
        result.Select((zone, index) => (zone, index)).OrderBy(z => z.zone.Rank ?? int.MaxValue).ThenBy(z => z.index).Select(z => z.zone);

    /// <summary>Points as people read them: at most two decimals, invariant.</summary>
    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
