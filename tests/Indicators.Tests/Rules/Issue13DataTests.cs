namespace Indicators.Tests.Rules;

/// <summary>Issue 13 (items 9 and 10, core): zone data and <c>RulePlan.Assess</c>.</summary>
public class Issue13DataTests
{
    /// <summary>Two categories, a derived indicator in a compound unit, zone targets, a default target, ranks by region.</summary>
    internal const string Scheme = """
        indicator 产值 "工业总产值" unit 亿元;
        indicator 面积 "用地面积" unit 亩;
        indicator 亩均 "亩均产值" = 产值 / 面积 unit "万元/亩";
        scheme 示例 "示例方案" {
          category 规模 40 { 产值 40 by capped_ratio(1) missing zero target 10; }
          category 效益 60 { 亩均 60 by capped_ratio(1) missing zero target 100; }
          rank competition within 地区;
        }
        """;

    private static RulePlan Plan(string text = Scheme) => RulePlan.Compile(text).GetValueOrThrow();

    /// <summary>3 zones × 2 years; 乙's 2024 output in 万元, a 2024 target in 万元, 丙's 2024 area an empty cell.</summary>
    private static ZoneDataBuilder Example()
    {
        var at = (int line) => new DataSource("data.csv", line, 1);
        return ZoneData.CreateBuilder()
            .Attribute("甲", "地区", "东部").Attribute("乙", "地区", "东部").Attribute("丙", "地区", "西部")
            .Value("甲", "产值", 2023, 9, "亿元", at(2)).Value("甲", "面积", 2023, 900, "亩", at(3))
            .Value("乙", "产值", 2023, 10, "亿元", at(4)).Value("乙", "面积", 2023, 2000, "亩", at(5))
            .Value("丙", "产值", 2023, 5, "亿元", at(6)).Value("丙", "面积", 2023, 250, "亩", at(7))
            .Value("甲", "产值", 2024, 12, "亿元", at(8)).Value("甲", "面积", 2024, 1000, "亩", at(9))
            .Value("乙", "产值", 2024, 80000, "万元", at(10)).Value("乙", "面积", 2024, 1000, "亩", at(11))
            .Value("丙", "产值", 2024, 6, null, at(12)).Value("丙", "面积", 2024, null, "亩", at(13))
            .Target("乙", "产值", 2024, 100000, unit: "万元", at: at(14))
            .Target("丙", "产值", 2024, 5, at: at(15));
    }

    [Fact]
    public void Issue13_Data_builder_keeps_zones_years_and_indicators_in_their_order()
    {
        var data = Example().Build().GetValueOrThrow();
        Assert.Equal(["甲", "乙", "丙"], data.Zones);
        Assert.Equal([2023, 2024], data.Years);
        Assert.Equal(["产值", "面积"], data.Indicators);
        Assert.Equal(80000, data.GetValue("乙", "产值", 2024));
        Assert.Equal("万元", data.GetUnit("乙", "产值", 2024));
        Assert.Equal(new DataSource("data.csv", 10, 1), data.GetSource("乙", "产值", 2024));
        Assert.Equal("西部", data.GetAttribute("丙", "地区"));
    }

    [Fact]
    public void Issue13_Data_missing_stays_missing_in_the_data_and_in_the_scheme()
    {
        var data = Example().Build().GetValueOrThrow();
        // The empty cell is given but missing; a value never given is missing too; neither is zero.
        Assert.True(data.IsGiven("丙", "面积", 2024));
        Assert.Null(data.GetValue("丙", "面积", 2024));
        Assert.False(data.IsGiven("丙", "面积", 2022));
        Assert.Null(data.GetValue("丙", "人口", 2024));
        var result = Plan().Assess("示例", data).GetValueOrThrow().Result;
        var 丙 = result[ZoneId.Of("丙")];
        var 亩均 = 丙.Categories.Single(c => c.Name == "效益").Indicators.Single();
        Assert.Null(亩均.Value);
        Assert.Equal(IndicatorAssessmentStatus.MissingScoredZero, 亩均.Status);
    }

    [Fact]
    public void Issue13_Data_conflicting_duplicates_are_errors_naming_both_places()
    {
        var outcome = ZoneData.CreateBuilder()
            .Value("甲", "GDP", 2024, 10, "亿元", new DataSource("a.csv", 3, 5))
            .Value("甲", "GDP", 2024, 10, "亿元", new DataSource("b.csv", 7, 2)) // the same: no problem
            .Value("甲", "GDP", 2024, 12, "亿元", new DataSource("b.csv", 9, 4))
            .Attribute("甲", "地区", "东部", new DataSource("z.csv", 2, 3))
            .Attribute("甲", "地区", "西部", new DataSource("z.csv", 5, 3))
            .Build();
        Assert.Null(outcome.Value);
        var value = Assert.Single(outcome.Errors, d => d.Code == "DA1003");
        Assert.Equal(("b.csv", 9, 4), (value.SourceName, value.Line, value.Column));
        Assert.Equal("b.csv(9,4): error DA1003: 开发区“甲”2024年的“GDP”此处为12亿元，但a.csv第3行第5列为10亿元", value.ToString());
        Assert.Contains("at a.csv(3,5)", value.Message, StringComparison.Ordinal);
        var attribute = Assert.Single(outcome.Errors, d => d.Code == "DA1004");
        Assert.Equal(5, attribute.Line);
        Assert.Contains("z.csv第2行第3列", attribute.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Data_non_finite_numbers_years_out_of_range_and_negative_counts_are_refused_at_their_places()
    {
        var outcome = ZoneData.CreateBuilder()
            .Value("甲", "GDP", 2024, double.NaN, at: new DataSource("a.csv", 2, 3))
            .Target("甲", "GDP", 2024, double.PositiveInfinity, at: new DataSource("a.csv", 3, 3))
            .Value("甲", "GDP", 1800, 1, at: new DataSource("a.csv", 4, 1))
            .Event("甲", 2024, "环保", -1, new DataSource("e.csv", 5, 4))
            .Record("甲", 2024, "企业", RuleRecord.Create("A公司"), new DataSource("r.csv", 2, 1))
            .Record("甲", 2024, "企业", RuleRecord.Create("A公司"), new DataSource("r.csv", 3, 1))
            .Build();
        Assert.Null(outcome.Value);
        Assert.Equal(
            ["a.csv(2,3) DA1001", "a.csv(3,3) DA1001", "a.csv(4,1) DA1002", "e.csv(5,4) DA1005", "r.csv(3,1) DA1006"],
            outcome.Diagnostics.Select(d => $"{d.SourceName}({d.Line},{d.Column}) {d.Code}"));
        Assert.All(outcome.Diagnostics, d => Assert.True(d.IsError));
    }

    [Fact]
    public void Issue13_Data_events_of_one_item_add_up()
    {
        var data = ZoneData.CreateBuilder().Event("甲", 2024, "环保", 1).Event("甲", 2024, "环保", 2).Event("甲", 2023, "环保", 1)
            .Build().GetValueOrThrow();
        Assert.Equal(3, data.Events.Single(e => e.Year == 2024).Count);
        Assert.Equal([2023, 2024], data.Years);
    }

    [Fact]
    public void Issue13_Assess_worked_example_by_hand()
    {
        // 2024, by hand (capped_ratio(1): weight × min(value / target, 1)):
        // 甲: 产值 12亿元 against the scheme's 10 → 40; 亩均 12亿元 / 1000亩 = 120万元/亩 against 100 → 60; total 100.
        // 乙: 产值 80000万元 = 8亿元 against its own 100000万元 = 10亿元 → 32; 亩均 80万元/亩 → 48; total 80.
        // 丙: 产值 6 against its own 5 → 40; 面积 missing → 亩均 missing → zero (missing zero); total 40.
        var assessment = Plan().Assess("示例", Example().Build().GetValueOrThrow()).GetValueOrThrow();
        Assert.Equal(2024, assessment.Year);
        var totals = assessment.Result.ToDictionary(z => z.Id.Code, z => (z.Total, z.Rank, z.GroupRank));
        Assert.Equal(100, totals["甲"].Total, 9);
        Assert.Equal(80, totals["乙"].Total, 9);
        Assert.Equal(40, totals["丙"].Total, 9);
        Assert.Equal([1, 2, 3], new[] { totals["甲"].Rank, totals["乙"].Rank, totals["丙"].Rank }.Select(r => r!.Value));
        // 2023 (the scheme's default target 10 for every zone): 甲 36 + 60 (100万元/亩) = 96; 乙 40 + 30 (50万元/亩) = 70;
        // 丙 20 + 60 (200万元/亩, capped at the weight) = 80.
        var earlier = Plan().Assess("示例", Example().Build().GetValueOrThrow(), 2023).GetValueOrThrow().Result;
        Assert.Equal(96, earlier[ZoneId.Of("甲")].Total, 9);
        Assert.Equal(70, earlier[ZoneId.Of("乙")].Total, 9);
        Assert.Equal(80, earlier[ZoneId.Of("丙")].Total, 9);
        Assert.Equal(3, earlier[ZoneId.Of("乙")].Rank);
    }

    [Fact]
    public void Issue13_Assess_ranks_within_the_group_the_scheme_names_from_the_zones_attribute()
    {
        var result = Plan().Assess("示例", Example().Build().GetValueOrThrow()).GetValueOrThrow().Result;
        Assert.Equal(("东部", 1), (result[ZoneId.Of("甲")].Group, result[ZoneId.Of("甲")].GroupRank!.Value));
        Assert.Equal(("东部", 2), (result[ZoneId.Of("乙")].Group, result[ZoneId.Of("乙")].GroupRank!.Value));
        // 丙 is third overall but first of 西部.
        Assert.Equal(("西部", 1), (result[ZoneId.Of("丙")].Group, result[ZoneId.Of("丙")].GroupRank!.Value));
        Assert.Equal("东部", result[ZoneId.Of("甲")].Zone.Attributes["地区"]);
    }

    [Fact]
    public void Issue13_Assess_converts_wan_yuan_data_for_a_yi_yuan_indicator()
    {
        var data = ZoneData.CreateBuilder()
            .Value("甲", "产值", 2024, 123456, "万元").Value("甲", "面积", 2024, 1000, "亩")
            .Value("乙", "产值", 2024, 12.3456, "亿元").Value("乙", "面积", 2024, 1, "平方公里")
            .Build().GetValueOrThrow();
        var result = Plan().Assess("示例", data).GetValueOrThrow().Result;
        // 123456万元 = 12.3456亿元, exactly as the value 乙 states in 亿元.
        Assert.Equal(12.3456, result[ZoneId.Of("甲")].Categories[0].Indicators[0].Value);
        Assert.Equal(12.3456, result[ZoneId.Of("乙")].Categories[0].Indicators[0].Value);
        // 1平方公里 = 1500亩: 12.3456亿元 / 1500亩 = 82.304万元/亩.
        Assert.Equal(82.304, result[ZoneId.Of("乙")].Categories[1].Indicators[0].Value!.Value, 9);
    }

    [Fact]
    public void Issue13_Assess_an_incompatible_unit_is_an_error_at_the_value()
    {
        var data = ZoneData.CreateBuilder()
            .Value("甲", "产值", 2024, 12, "亩", new DataSource("data.csv", 12, 5)).Value("甲", "面积", 2024, 1000, "亩")
            .Build().GetValueOrThrow();
        var outcome = Plan().Assess("示例", data);
        Assert.Null(outcome.Value);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("data.csv(12,5): error DA1021: 单位“亩”不是产值的单位（亿元）", error.ToString());
        Assert.Equal("data.csv(12,5): error DA1021: unit '亩' is not a unit of 产值 (亿元)", error.ToString(ExplanationLanguage.English));
    }

    [Fact]
    public void Issue13_Assess_data_the_rules_do_not_know_is_one_warning_per_indicator_and_an_unknown_scheme_an_error()
    {
        var data = Example().Value("甲", "人口", 2024, 5, at: new DataSource("data.csv", 20, 2)).Value("乙", "人口", 2024, 6, at: new DataSource("data.csv", 21, 2))
            .Build().GetValueOrThrow();
        var outcome = Plan().Assess("示例", data);
        Assert.True(outcome.Success);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal("data.csv(20,2): warning DA1022: 规则中没有指标“人口”：其数据未使用", warning.ToString());
        var unknown = Plan().Assess("示列", data);
        Assert.Null(unknown.Value);
        Assert.Equal("error DA1020: unknown scheme '示列'; did you mean '示例'?", Assert.Single(unknown.Errors).ToString(ExplanationLanguage.English));
        var noYear = Plan().Assess("示例", data, 2030);
        Assert.Equal("DA1025", Assert.Single(noYear.Errors).Code);
    }

    [Fact]
    public void Issue13_Assess_explains_a_zone_with_its_derived_indicators()
    {
        var assessment = Plan().Assess("示例", Example().Build().GetValueOrThrow()).GetValueOrThrow();
        var text = assessment.Explain("乙");
        Assert.Contains("派生指标", text, StringComparison.Ordinal);
        Assert.Contains("亩均：产值 / 面积", text, StringComparison.Ordinal);
        Assert.Contains("Derived indicators", assessment.Explain("乙", ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => assessment.Explain("丁"));
        // No exit rule in this scheme: no exits, and the results of both years.
        Assert.Empty(assessment.Exits);
        Assert.Equal([2023, 2024], assessment.ResultsByYear.Keys);
    }
}
