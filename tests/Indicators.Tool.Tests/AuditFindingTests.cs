using System.Text.Json;

namespace Indicators.Tool.Tests;

/// <summary>Findings as the table and the JSON show them, on the bundled reports (after the audit reads real facts).</summary>
public sealed class AuditFindingTests
{
    [Fact]
    public void Issue12_Audit_table_lists_each_check_with_its_figures_marked()
    {
        var checks = 0;
        foreach (var report in ToolRun.Reports)
        {
            var (_, json, _) = ToolRun.Run("audit", "--json", "--all-checks", report);
            var (_, table, _) = ToolRun.Run("audit", "--all-checks", report);
            using var document = JsonDocument.Parse(json);
            var facts = document.RootElement.GetProperty("facts").EnumerateArray()
                .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("text").GetString()!);
            var lines = table.Split(Environment.NewLine);
            foreach (var finding in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                checks++;
                var ids = finding.GetProperty("facts").EnumerateArray().Select(e => e.GetString()!).ToList();
                var head = $"  {finding.GetProperty("verdict").GetString()}  {finding.GetProperty("check").GetString()}  {string.Join(" ", ids)}  ";
                // The excerpt follows, each fact's text between 【 and 】 (or inside a marked run it overlaps), then the
                // explanations. One check may be made twice on the same facts (two plausibility checks of one figure): some
                // block with this head shows all of it.
                var blocks = lines.Select((line, at) => (line, at)).Where(l => l.line.StartsWith(head, StringComparison.Ordinal))
                    .Select(l => string.Join("\n", lines.Skip(l.at + 1).TakeWhile(b => b.StartsWith("    ", StringComparison.Ordinal))))
                    .ToList();
                Assert.NotEmpty(blocks);
                Assert.Contains(blocks, block =>
                    block.Contains('【', StringComparison.Ordinal)
                    && ids.All(id => block.Replace("【", "", StringComparison.Ordinal).Replace("】", "", StringComparison.Ordinal)
                        .Contains(OneLine(facts[id]), StringComparison.Ordinal))
                    && block.Contains(finding.GetProperty("zh").GetString()!.ReplaceLineEndings(" "), StringComparison.Ordinal)
                    && block.Contains(finding.GetProperty("en").GetString()!.ReplaceLineEndings(" "), StringComparison.Ordinal));
            }
        }
        // The bundled reports hold checkable figures: a run that checks nothing shows nothing.
        Assert.True(checks > 0);
    }

    // The excerpt is on one line: each line break or tab of the source is a space there.
    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
}
