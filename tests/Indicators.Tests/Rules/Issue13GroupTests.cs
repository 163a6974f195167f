using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 13, item 5: weights by zone type (无锡's weight columns, 0 = not assessed), zones of different types ranked
/// together, tables by a zone attribute (规模门槛: 东部 30亿元, 中西部 15亿元, 商务部 2021), and <c>remove</c> under extends.
/// </summary>
public class Issue13GroupTests
{
    // Two types; Exports is not assessed for 经开 (0), and the category weights differ by type. Every entry is capped at
    // its weight (capped_ratio(): w × min(x / T, 1)), so the numbers below are worked by hand.
    private const string Wuxi = """
        scheme Wuxi "无锡开发区转型发展考核（示例）" total 10 {
          weights by 类型;
          category 经济发展 (高新 6, 经开 4) {
            GDP (高新 2, 经开 4) by capped_ratio() target 100;
            Exports (高新 4, 经开 0) by capped_ratio() target 50;
          }
          category 对外开放 (高新 4, 经开 6) {
            ActualForeignInvestment (高新 4, 经开 6) by capped_ratio() target 10;
          }
          rank competition;
        }
        """;

    private static AssessmentScheme Compile(string text) => RulePlan.Compile(text).GetValueOrThrow().Schemes.Values.First();

    private static IReadOnlyList<Diagnostic> Errors(string text) => [.. RulePlan.Compile(text).Diagnostics.Where(d => d.IsError)];

    private static AssessmentZone Zone(string id, string type, double gdp, double? exports, double afi)
    {
        var zone = AssessmentZone.Of(id).WithAttribute("类型", type).WithValue("GDP", gdp).WithValue("ActualForeignInvestment", afi);
        return exports is double e ? zone.WithValue("Exports", e) : zone;
    }

    [Fact]
    public void Issue13_Groups_zones_of_two_types_are_scored_by_their_own_weights_and_ranked_together()
    {
        var scheme = Compile(Wuxi);
        // A (高新): GDP 2 × 90/100 = 1.8; Exports 4 × min(60/50, 1) = 4; AFI 4 × 5/10 = 2; total 7.8.
        // B (经开): GDP 4 × min(110/100, 1) = 4; Exports not assessed (no value needed); AFI 6 × min(12/10, 1) = 6; total 10.
        // C (高新): GDP 2 × 100/100 = 2; Exports 4 × 25/50 = 2; AFI 4 × 10/10 = 4; total 8.
        var result = scheme.Evaluate([Zone("A", "高新", 90, 60, 5), Zone("B", "经开", 110, null, 12), Zone("C", "高新", 100, 25, 10)]);
        var (a, b, c) = (result[0], result[1], result[2]);
        Assert.Equal(7.8, a.Total, 12);
        Assert.Equal(10, b.Total, 12);
        Assert.Equal(8, c.Total, 12);
        Assert.Equal((3, 1, 2), (a.Rank!.Value, b.Rank!.Value, c.Rank!.Value));
        Assert.Equal(("高新", "经开"), (a.WeightType, b.WeightType));
        Assert.Equal(6, a.Categories[0].Category.Weight);
        Assert.Equal(4, b.Categories[0].Category.Weight);
    }

    [Fact]
    public void Issue13_Groups_an_entry_of_weight_0_is_not_assessed_for_that_type()
    {
        var scheme = Compile(Wuxi);
        var b = scheme.Evaluate([Zone("B", "经开", 50, 1000, 5)])[0];
        // Left out, not scored 0: the 经开 zone's 经济发展 has GDP alone (4 × 50/100 = 2); its Exports value is not read.
        Assert.Equal(["GDP"], b.Categories[0].Indicators.Select(i => i.Code));
        Assert.Equal(2, b.Categories[0].Subtotal, 12);
        Assert.Equal(2 + 3, b.Total, 12);
        Assert.Equal(["GDP"], scheme.ForType("经开").Categories[0].Indicators.Select(i => i.Code));
        Assert.Equal(["GDP", "Exports"], scheme.ForType("高新").Categories[0].Indicators.Select(i => i.Code));
        Assert.Equal(["高新", "经开"], scheme.Types);
        Assert.Equal("类型", scheme.WeightsBy);
    }

    [Fact]
    public void Issue13_Groups_the_explanation_names_the_type_whose_weights_scored_the_zone()
    {
        var a = Compile(Wuxi).Evaluate([Zone("A", "高新", 90, 60, 5)])[0];
        Assert.Contains("按类型“高新”的权重", a.Explain(), StringComparison.Ordinal);
        Assert.Contains("1. 经济发展（权重 6）", a.Explain(), StringComparison.Ordinal);
        Assert.Contains("by the weights of 类型 '高新'", a.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Groups_a_zone_without_its_type_or_of_a_type_without_weights_is_refused_with_the_reason()
    {
        var scheme = Compile(Wuxi);
        var none = Assert.Throws<AssessmentException>(() => scheme.Evaluate([AssessmentZone.Of("D").WithValue("GDP", 1).WithValue("ActualForeignInvestment", 1)]));
        Assert.Contains("Zone 'D' has no attribute '类型'", none.Message, StringComparison.Ordinal);
        Assert.Contains("高新, 经开", none.Message, StringComparison.Ordinal);
        var other = Assert.Throws<AssessmentException>(() => scheme.Evaluate([Zone("E", "特色", 1, 1, 1)]));
        Assert.Contains("Zone 'E' is of 类型 '特色', for which scheme", other.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => scheme.ForType("特色"));
    }

    [Fact]
    public void Issue13_Groups_weights_that_do_not_add_up_for_a_type_are_RL3004_naming_the_type()
    {
        var text = Wuxi.Replace("category 对外开放 (高新 4, 经开 6)", "category 对外开放 (高新 3, 经开 6)", StringComparison.Ordinal)
            .Replace("ActualForeignInvestment (高新 4, 经开 6)", "ActualForeignInvestment (高新 3, 经开 6)", StringComparison.Ordinal);
        var errors = Errors(text);
        var d = Assert.Single(errors);
        Assert.Equal("RL3004", d.Code);
        Assert.Contains("for 类型 '高新': category weights 经济发展 6, 对外开放 3 sum to 9, not the declared total 10", d.Message, StringComparison.Ordinal);
        Assert.Contains("类型“高新”：各类别权重（经济发展 6，对外开放 3）合计9，不等于方案总分10", d.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(1, d.Line); // at the scheme's total, as for a scheme of one set of weights

        var entries = Errors(Wuxi.Replace("GDP (高新 2, 经开 4)", "GDP (高新 2, 经开 3)", StringComparison.Ordinal));
        var e = Assert.Single(entries);
        Assert.Equal("RL3004", e.Code);
        Assert.Contains("for 类型 '经开': category '经济发展' has indicator points GDP 3 that sum to 3, not the category weight 4", e.Message, StringComparison.Ordinal);
        Assert.Contains("类型“经开”：类别“经济发展”中各指标分值（GDP 3）合计3，不等于类别权重4", e.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Groups_a_weight_list_missing_a_type_or_without_weights_by_is_a_diagnostic()
    {
        var missing = Assert.Single(Errors(Wuxi.Replace("GDP (高新 2, 经开 4)", "GDP (高新 2)", StringComparison.Ordinal)));
        Assert.Equal("RL3060", missing.Code);
        Assert.Contains("'GDP' gives no weight for 类型 '经开'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("“GDP”没有给出类型“经开”的权重", missing.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(4, missing.Line);

        var twice = Errors(Wuxi.Replace("GDP (高新 2, 经开 4)", "GDP (高新 2, 经开 4, 高新 1)", StringComparison.Ordinal));
        Assert.Contains(twice, d => d.Code == "RL3060" && d.Message.Contains("'GDP' gives a weight for 类型 '高新' twice", StringComparison.Ordinal));

        var unweighted = Errors(Wuxi.Replace("weights by 类型;", "", StringComparison.Ordinal));
        Assert.All(unweighted, d => Assert.Equal("RL3061", d.Code));
        Assert.Contains(unweighted, d => d.Message.Contains("'GDP' gives weights by type", StringComparison.Ordinal) && d.ChineseMessage.Contains("weights by 类型;", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue13_Groups_a_negative_weight_by_type_is_RL1014()
    {
        var parsed = RuleSet.Parse(Wuxi.Replace("经开 0)", "经开 -1)", StringComparison.Ordinal));
        Assert.Contains(parsed.Diagnostics, d => d.Code == "RL1014" && d.Message.Contains("must not be negative", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue13_Groups_weights_by_type_are_kept_merged_and_replaced_under_extends()
    {
        // The extending scheme changes 高新's GDP and Exports points and keeps the rest, weights by 类型 included.
        var plan = RulePlan.Compile(Wuxi + """

            scheme Wuxi2 "改版" extends Wuxi {
              category 经济发展 {
                GDP (高新 3, 经开 4);
                Exports (高新 3, 经开 0);
              }
            }
            """).GetValueOrThrow();
        var scheme = plan.Schemes["Wuxi2"];
        Assert.Equal("类型", scheme.WeightsBy);
        Assert.Equal([3.0, 3.0], scheme.ForType("高新").Categories[0].Indicators.Select(i => i.Points));
        // A (高新) now: GDP 3 × 0.9 = 2.7; Exports 3 × 1 = 3; AFI 4 × 0.5 = 2; total 7.7.
        Assert.Equal(7.7, scheme.Evaluate([Zone("A", "高新", 90, 60, 5)])[0].Total, 12);
    }

    // ---------------------------------------------------------------- remove under extends

    private const string Base = """
        scheme Base "基础方案" total 100 {
          category 对外开放 60 {
            Exports 30 by capped_ratio() target 50;
            ActualForeignInvestment 30 by capped_ratio() target 10;
          }
          category 经济发展 40 {
            GDP 40 by capped_ratio() target 100;
          }
        }
        """;

    [Fact]
    public void Issue13_Groups_an_extending_scheme_removes_an_entry_and_a_category()
    {
        var plan = RulePlan.Compile(Base + """

            scheme P "省级方案" extends Base total 60 {
              category 对外开放 60 {
                remove Exports;
                ActualForeignInvestment 60;
              }
              remove category 经济发展;
            }
            """).GetValueOrThrow();
        var p = plan.Schemes["P"];
        Assert.Equal(["对外开放"], p.Categories.Select(c => c.Name));
        Assert.Equal(["ActualForeignInvestment"], p.Categories[0].Indicators.Select(i => i.Code));
        // AFI 60 × 5/10 = 30; Exports and GDP are not read at all.
        Assert.Equal(30, p.Evaluate([AssessmentZone.Of("A").WithValue("ActualForeignInvestment", 5)])[0].Total, 12);
        // The base is unchanged.
        Assert.Equal(2, plan.Schemes["Base"].Categories.Count);
    }

    [Fact]
    public void Issue13_Groups_removing_without_new_weights_leaves_weights_that_do_not_add_up()
    {
        var errors = Errors(Base + """

            scheme P "省级方案" extends Base {
              category 对外开放 { remove Exports; }
            }
            """);
        var d = Assert.Single(errors);
        Assert.Equal("RL3004", d.Code);
        Assert.Contains("category '对外开放' has indicator points ActualForeignInvestment 30 that sum to 30, not the category weight 60", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Groups_removing_what_the_base_lacks_is_RL3062_with_a_suggestion()
    {
        var errors = Errors(Base + """

            scheme P "省级方案" extends Base {
              category 对外开放 { remove Exprts; }
              remove category 绿色发展;
            }
            """);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, d => Assert.Equal("RL3062", d.Code));
        Assert.Contains("cannot remove 'Exprts': category '对外开放' of the base scheme 'Base' has no such entry; did you mean 'Exports'?", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("无法删除“Exprts”：基础方案“Base”的类别“对外开放”中没有该条目", errors[0].ChineseMessage, StringComparison.Ordinal);
        Assert.Equal((11, 26), (errors[0].Line, errors[0].Column)); // at "Exprts"
        Assert.Contains("cannot remove category '绿色发展': the base scheme 'Base' has no such category", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("无法删除类别“绿色发展”", errors[1].ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Groups_remove_in_a_scheme_that_extends_nothing_is_RL3063()
    {
        var d = Assert.Single(Errors("""
            scheme S "示例" { category 经济 100 { GDP 100 by capped_ratio() target 1; remove Exports; } }
            """));
        Assert.Equal("RL3063", d.Code);
        Assert.Contains("the scheme extends no scheme", d.Message, StringComparison.Ordinal);
        Assert.Contains("该方案未继承其他方案", d.ChineseMessage, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- tables by a zone attribute

    // 商务部 2021: "东部主营业务收入30亿元以上、中西部15亿元以上制造业企业".
    private const string Thresholds = """
        table 规模门槛 by 地区 { 东部 30亿元; 中部 15亿元; 西部 150000万元; }
        indicator 门槛差 "营业收入超出门槛" = OperatingRevenue - 规模门槛 unit 亿元;
        check 达到门槛: OperatingRevenue >= 规模门槛 "营业收入应达到本地区规模门槛";
        """;

    private static RuleEvaluation Evaluate(string text, RuleZone zone) => RulePlan.Compile(text).GetValueOrThrow().Evaluate(zone);

    [Fact]
    public void Issue13_Groups_a_table_gives_each_zone_the_row_of_its_attribute()
    {
        // 35 − 30 = 5 (东部); 10 − 15 = −5 (中部); 西部's row 150000万元 is 15亿元: 16 − 15 = 1.
        var east = Evaluate(Thresholds, RuleZone.Create("甲").With("OperatingRevenue", 35).WithAttribute("地区", "东部"));
        Assert.Equal(5, east.Find("门槛差")!.Value!.Value, 12);
        Assert.Equal(RuleCheckStatus.Passed, east.Checks[0].Status);
        var central = Evaluate(Thresholds, RuleZone.Create("乙").With("OperatingRevenue", 10).WithAttribute("地区", "中部"));
        Assert.Equal(-5, central.Find("门槛差")!.Value!.Value, 12);
        Assert.Equal(RuleCheckStatus.Failed, central.Checks[0].Status);
        var west = Evaluate(Thresholds, RuleZone.Create("丙").With("OperatingRevenue", 16).WithAttribute("地区", "西部"));
        Assert.Equal(1, west.Find("门槛差")!.Value!.Value, 9);
    }

    [Fact]
    public void Issue13_Groups_a_value_without_a_row_is_missing_with_the_reason_unless_the_table_has_rest()
    {
        var south = Evaluate(Thresholds, RuleZone.Create("丁").With("OperatingRevenue", 20).WithAttribute("地区", "华南"));
        var result = south.Find("门槛差")!;
        Assert.Null(result.Value);
        Assert.Equal("地区“华南”不在规模门槛表中", result.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
        Assert.Equal("地区 '华南' is not in the table 规模门槛", result.MissingReason);
        Assert.Equal(RuleCheckStatus.NotEvaluated, south.Checks[0].Status);

        var none = Evaluate(Thresholds, RuleZone.Create("戊").With("OperatingRevenue", 20)).Find("门槛差")!;
        Assert.Null(none.Value);
        Assert.Equal("开发区缺少属性“地区”（规模门槛表按此取值）", none.Explanation.GetMissingReason(ExplanationLanguage.Chinese));

        var withRest = Thresholds.Replace("西部 150000万元; }", "西部 150000万元; rest 15亿元; }", StringComparison.Ordinal);
        Assert.Equal(5, Evaluate(withRest, RuleZone.Create("丁").With("OperatingRevenue", 20).WithAttribute("地区", "华南")).Find("门槛差")!.Value!.Value, 12);
    }

    [Fact]
    public void Issue13_Groups_table_diagnostics_name_the_table_and_its_rows()
    {
        var twice = Assert.Single(Errors("table T by 地区 { 东部 30亿元; 东部 15亿元; rest 1亿元; rest 2亿元; }"), d => d.Message.Contains("'东部'", StringComparison.Ordinal));
        Assert.Equal("RL2061", twice.Code);
        Assert.Contains("the table 'T' has the row '东部' twice", twice.Message, StringComparison.Ordinal);
        Assert.Contains("表“T”中“东部”行重复", twice.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains(Errors("table T by 地区 { rest 1亿元; rest 2亿元; }"), d => d.Code == "RL2061" && d.Message.Contains("'rest' twice", StringComparison.Ordinal));

        var mixed = Assert.Single(Errors("table T by 地区 { 东部 30亿元; 中部 15%; }"));
        Assert.Equal("RL2062", mixed.Code);
        Assert.Contains("the rows of the table 'T' must be of one type: '15%' is percent", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("表“T”各行的值应为同一类型", mixed.ChineseMessage, StringComparison.Ordinal);

        var clash = Assert.Single(Errors("table GDP by 地区 { 东部 1; }"));
        Assert.Equal("RL2060", clash.Code);
        Assert.Contains("表“GDP”与另一张表或某个指标同名", clash.ChineseMessage, StringComparison.Ordinal);

        Assert.Equal("RL2063", Assert.Single(Errors("table T by 地区 { }")).Code);
        Assert.Equal("RL2013", Assert.Single(Errors("table T by 地区 { 东部 3立方米; }")).Code);
    }

    [Fact]
    public void Issue13_Groups_a_table_has_the_type_of_its_rows_in_formulas()
    {
        // 亿元 cannot be added to 亩: the table's rows are money.
        var d = Assert.Single(Errors("table T by 地区 { 东部 30亿元; }\nindicator L unit 亩;\nindicator X = L + T;"));
        Assert.Equal("RL2003", d.Code);
    }

    [Fact]
    public void Issue13_Groups_bulk_evaluation_refuses_a_table_and_a_scheme_weighted_by_type()
    {
        var dataset = new BulkDataset(zoneCount: 1, weights: [1], polarities: [Polarity.Positive], yearCount: 1, firstYear: 2024,
            indicatorCodes: ["OperatingRevenue"], zoneIds: ["甲"]);
        var plan = RulePlan.Compile(Thresholds).GetValueOrThrow();
        var refused = Assert.Throws<NotSupportedException>(() => plan.EvaluateBulk(dataset));
        Assert.Contains("规模门槛", refused.Message, StringComparison.Ordinal);

        var gdp = new BulkDataset(zoneCount: 1, weights: [1, 1, 1], polarities: [Polarity.Positive, Polarity.Positive, Polarity.Positive], yearCount: 1,
            firstYear: 2024, indicatorCodes: ["GDP", "Exports", "ActualForeignInvestment"], zoneIds: ["甲"]);
        var scheme = Assert.Throws<NotSupportedException>(() => new BulkAssessmentResults(gdp, Compile(Wuxi)));
        Assert.Contains("类型", scheme.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Groups_the_constructs_print_canonically_and_read_back()
    {
        var text = """
            table 规模门槛 by 地区 {
              东部 30亿元;
              rest 15亿元;
            }
            scheme P extends Base {
              weights by 类型;
              category 经济发展 (综合 30, 高新 25, 经开 25, 特色 30) {
                remove Exports;
                GDP (综合 3, 高新 2.5, 经开 0, 特色 3) by capped_ratio(1.2);
              }
              remove category 绿色发展;
            }

            """;
        var parsed = RuleSet.Parse(text);
        Assert.True(parsed.Success, string.Join("\n", parsed.Diagnostics));
        Assert.Equal(text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n", parsed.Value!.ToText());
        var scheme = parsed.Value.Schemes[0];
        Assert.Equal("类型", scheme.WeightsBy);
        Assert.Equal(new RemovalDeclaration("绿色发展"), Assert.Single(scheme.RemovedCategories));
        Assert.Equal(new TypeWeightDeclaration("高新", 2.5), scheme.Categories[0].Indicators![0].TypeWeights![1]);
        Assert.Equal(new TableRowDeclaration(null, 15, "亿元"), parsed.Value.Tables[0].Rows[1]);
    }

    // ---------------------------------------------------------------- properties

    private static AssessmentZone[] Zones(int[] seeds) =>
        [.. seeds.Select((s, i) => Zone("Z" + i, (s & 1) == 0 ? "高新" : "经开", Math.Abs(s % 250), Math.Abs(s / 7 % 90), Math.Abs(s / 3 % 20)))];

    [Property(MaxTest = 200)]
    public Property Issue13_Groups_a_zone_total_never_exceeds_the_scheme_total(NonEmptyArray<int> seeds)
    {
        var scheme = Compile(Wuxi);
        var results = scheme.Evaluate(Zones(seeds.Get));
        return results.All(r => r.Total >= 0 && r.Total <= scheme.Total + 1e-9).Label(string.Join(", ", results.Select(r => r.Total)));
    }

    [Property(MaxTest = 200)]
    public Property Issue13_Groups_the_result_of_each_zone_does_not_depend_on_the_order_of_the_zones(NonEmptyArray<int> seeds, int shift)
    {
        var scheme = Compile(Wuxi);
        var zones = Zones(seeds.Get);
        var k = Math.Abs(shift % zones.Length);
        var rotated = zones.Skip(k).Concat(zones.Take(k)).Reverse().ToArray();
        var first = scheme.Evaluate(zones).ToDictionary(r => r.Id, r => (r.Total, r.Rank, r.WeightType));
        var second = scheme.Evaluate(rotated).ToDictionary(r => r.Id, r => (r.Total, r.Rank, r.WeightType));
        return first.All(p => second[p.Key] == p.Value).Label(string.Join("; ", first.Select(p => p.Key.Code + " " + p.Value + " vs " + second[p.Key])));
    }
}
