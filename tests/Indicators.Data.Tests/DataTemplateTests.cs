namespace Indicators.Data.Tests;

/// <summary>Every template of docs/examples/data/ loads without a diagnostic (docs/data-files.md points at them).</summary>
public class DataTemplateTests
{
    /// <summary>The templates, and the earlier assessment samples, which are the observations and events shapes.</summary>
    private static readonly string[] Names =
    [
        "observations.csv", "indicator-table.csv", "zone-table.csv", "targets.csv", "attributes.csv", "events.csv",
        "vetoes.csv", "records.csv", "workbook.xlsx", "assessment-sample.csv", "assessment-events.csv",
    ];

    /// <summary>The names, for the theory.</summary>
    public static TheoryData<string> Templates => new(Names);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Issue13_Templates_load_without_diagnostics(string name)
    {
        var outcome = DataLoader.Load([DataFiles.Template(name)]);
        Assert.True(outcome.Success, outcome.ToString(ExplanationLanguage.English));
        Assert.Empty(outcome.Diagnostics);
        Assert.NotEmpty(outcome.Value.Zones);
    }

    [Fact]
    public void Issue13_All_templates_load_together_into_one_dataset()
    {
        var outcome = DataLoader.Load(Names.Where(n => !n.StartsWith("assessment-", StringComparison.Ordinal)).Select(DataFiles.Template));
        Assert.True(outcome.Success, outcome.ToString(ExplanationLanguage.English));
        var data = outcome.Value;
        // One figure from each template, as the file writes it.
        Assert.Equal(548.9, data.GetValue("示例开发区01", "地区生产总值", 2024));
        Assert.Equal("东部", data.GetAttribute("示例开发区01", "地区"));
        Assert.Contains(data.Events, e => e is { Zone: "示例开发区01", Item: "援疆援藏结对帮扶", Count: 2 });
        Assert.Contains(data.Vetoes, v => v is { Zone: "示例开发区02", Item: "重大事故" });
        Assert.Contains(data.Records, r => r.Record.Key == "示例电子有限公司");
        // The workbook: its 统计月报 sheet (zone and period from the title row) and its sheet of zones.
        Assert.Equal(301.5, data.GetValue("示例开发区04", "地区生产总值", 2024));
        Assert.Null(data.GetValue("示例开发区04", "实际使用外资增速", 2024));
        Assert.Equal(18000, data.GetValue("示例开发区05", "出口额", 2024));
        Assert.Equal(new Indicators.Rules.DataSource(DataFiles.Template("workbook.xlsx") + "!统计月报", 3, 4), data.GetSource("示例开发区04", "地区生产总值", 2024));
    }
}
