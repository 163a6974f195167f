using System.Text.Json;
using Indicators.Data;

namespace Indicators.Tool.Tests;

/// <summary>
/// Facts of the bundled reports as the JSON carries them, each checked by hand against the report's text (the reading
/// is the library's; these show that the tool passes it on in the format's words and types).
/// </summary>
public sealed class AuditFactTests
{
    [Fact]
    public void Issue12_Audit_json_carries_a_level_with_its_growth()
    {
        // data/reports/000_6a522123856b6a66.txt, line 24: "全年完成固定资产投资35.5亿元,增长492%" in 2013年度领导班子工作总结.
        var (source, json) = Audit("000");
        var fact = FactContaining(json, "固定资产投资35.5亿元");
        Assert.Equal(35.5, fact.GetProperty("value").GetDouble());
        Assert.Equal("亿元", fact.GetProperty("unit").GetString());
        Assert.Equal(492, fact.GetProperty("growthPercent").GetDouble());
        Assert.Equal("固定资产投资", fact.GetProperty("indicator").GetString());
        Assert.Equal("FixedAssetInvestment", fact.GetProperty("code").GetString());
        Assert.Equal("actual", fact.GetProperty("kind").GetString());
        Assert.Equal("2013", fact.GetProperty("period").GetString());
        Assert.Equal(2013, json.RootElement.GetProperty("referenceYear").GetInt32());
        Assert.False(fact.GetProperty("missing").GetBoolean());
        // The span covers the figure where it stands in the decoded text.
        var at = source.IndexOf("固定资产投资35.5亿元,增长492%", StringComparison.Ordinal);
        var span = fact.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.InRange(at, span[0], span[1] - "固定资产投资35.5亿元".Length);
        // JSON numbers, not strings: 35.5 as written, 492 without a fraction.
        Assert.Contains("\"value\":35.5,", fact.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"growthPercent\":492,", fact.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue12_Audit_json_carries_qualifier_and_parent_in_the_format_words()
    {
        // data/reports/000_6a522123856b6a66.txt, line 32: "已累计引进各类项目101个,其中产业化项目11个,创业孵化项目55个,…
        // 各类服务业企业21个达成意向性项目50多个,储备项目近80个": the parts 11 + 55 + 12 + 2 + 21 make the 101, so the
        // 近80个 after them is a figure of its own (no parent), as the hand annotation (Seeds/000.facts.json) has it.
        var (_, json) = Audit("000");
        var whole = FactContaining(json, "各类项目101个");
        var part = FactContaining(json, "创业孵化项目55个");
        Assert.Equal(whole.GetProperty("id").GetString(), part.GetProperty("parent").GetString());
        var reserve = FactContaining(json, "储备项目近80个");
        Assert.Equal(80, reserve.GetProperty("value").GetDouble());
        Assert.Equal("近", reserve.GetProperty("qualifier").GetString());
        Assert.Equal("个", reserve.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, reserve.GetProperty("parent").ValueKind);
    }

    [Fact]
    public void Issue12_Audit_json_carries_a_blank_as_missing_with_a_null_value()
    {
        // data/reports/004_1a1286fd04ac96d3.txt, line 5: "预计全年可完成规上工业总产值亿元,同比增长6%" — the number is blank.
        var (_, json) = Audit("004");
        var fact = FactContaining(json, "规上工业总产值亿元,同比增长6%");
        Assert.True(fact.GetProperty("missing").GetBoolean());
        Assert.Equal(JsonValueKind.Null, fact.GetProperty("value").ValueKind);
        Assert.Equal("estimate", fact.GetProperty("kind").GetString());
        Assert.Equal(6, fact.GetProperty("growthPercent").GetDouble());
    }

    [Fact]
    public void Issue12_Audit_json_carries_a_blank_rate_beside_a_written_level()
    {
        // data/reports/002_210ef8c315323606.txt, line 18: "外贸进出口130万美元,同比增长%" — the level is there, the rate is blank.
        var (_, json) = Audit("002");
        var fact = FactContaining(json, "外贸进出口130万美元,同比增长%");
        Assert.True(fact.GetProperty("missing").GetBoolean());
        Assert.Equal(130, fact.GetProperty("value").GetDouble());
        Assert.Equal("万美元", fact.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, fact.GetProperty("growthPercent").ValueKind);
    }

    [Fact]
    public void Issue12_Audit_json_growth_is_signed_and_targets_carry_their_wording()
    {
        var (_, json) = Audit("001");
        // data/reports/001_c81c4cc377fa0bf5.txt, line 66: "万元工业增加值综合能耗同比下降10%".
        Assert.Equal(-10, FactContaining(json, "综合能耗同比下降10%").GetProperty("growthPercent").GetDouble());
        // Line 106: "确保完成房屋拆迁面积20万平方米,力争完成25万平方米".
        var ensure = FactContaining(json, "房屋拆迁面积20万平方米");
        Assert.Equal("确保", ensure.GetProperty("modality").GetString());
        Assert.Equal(20, ensure.GetProperty("value").GetDouble());
        Assert.Equal("万平方米", ensure.GetProperty("unit").GetString());
    }

    [Fact]
    public void Issue12_Audit_table_shows_the_facts_with_their_figures()
    {
        var (code, stdout, _) = ToolRun.Run("audit", ToolRun.Report("000"));
        Assert.InRange(code, 0, 1);
        var line = Assert.Single(stdout.Split(Environment.NewLine), l => l.Contains("固定资产投资35.5亿元,增长492%", StringComparison.Ordinal));
        Assert.Contains("35.5亿元", line.Replace("固定资产投资35.5亿元,增长492%", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(" 492% ", line, StringComparison.Ordinal);
        Assert.Contains(" 2013 ", line, StringComparison.Ordinal);
        Assert.StartsWith("data/reports/000_6a522123856b6a66.txt: UTF-8, reference year 2013, ", stdout.Replace(ToolRun.RepositoryRoot + "/", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static (string Source, JsonDocument Json) Audit(string report)
    {
        var path = ToolRun.Report(report);
        var (code, stdout, stderr) = ToolRun.Run("audit", "--json", path);
        Assert.True(code is 0 or 1, stderr);
        return (TextFile.Read(path).Text!, JsonDocument.Parse(stdout));
    }

    private static JsonElement FactContaining(JsonDocument json, string text) =>
        Assert.Single(json.RootElement.GetProperty("facts").EnumerateArray(), f => f.GetProperty("text").GetString()!.Contains(text, StringComparison.Ordinal));
}
