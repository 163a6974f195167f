namespace Indicators.Tests.Rules;

public class BindingTextTests
{
    internal static Diagnostic Only(string text, string code)
    {
        var result = RulePlan.Compile(text, sourceName: "scheme.rules");
        Assert.False(result.Success);
        // Information (a name matched by an alias) does not count: it is not a problem.
        var d = Assert.Single(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Information);
        Assert.Equal(code, d.Code);
        return d;
    }

    [Fact]
    public void Adding_money_to_area_in_text_has_line_column_and_caret()
    {
        var d = Only("indicator LandArea unit 亩;\nindicator Mixed = GDP + LandArea unit 亿元;\n", "RL2003");
        Assert.Equal(2, d.Line);
        Assert.Equal(19, d.Column);
        Assert.Equal("indicator Mixed = GDP + LandArea unit 亿元;\n                  ^^^^^^^^^^^^^^", d.Excerpt);
        Assert.Equal("scheme.rules(2,19): error RL2003: cannot add 亿元 (money) to 亩 (area)", d.ToString(ExplanationLanguage.English));
    }

    [Fact]
    public void Unknown_name_in_text_points_at_the_name()
    {
        var d = Only("// 研发投入强度\nindicator X = [R&D经费] / GDPP unit %;", "RL2001");
        Assert.Equal((2, 25), (d.Line, d.Column));
        Assert.Equal("unknown indicator 'GDPP'; did you mean 'GDP'?", d.Message);
        Assert.EndsWith("^^^^", d.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_and_binding_errors_come_together_in_order()
    {
        var result = RulePlan.Compile("indicator A = Nope;\nindicator B = 1 +;\ncheck c: GDP > 2pp;\n");
        Assert.False(result.Success);
        Assert.Equal([1, 2, 3], result.Diagnostics.Select(d => d.Line).ToArray());
        Assert.Equal("RL2001", result.Diagnostics[0].Code);
        Assert.StartsWith("RL1", result.Diagnostics[1].Code, StringComparison.Ordinal);
        Assert.Equal("RL2004", result.Diagnostics[2].Code);
    }

    [Fact]
    public void Scheme_diagnostics_in_text_are_at_their_nodes()
    {
        var text = """
            scheme National total 100 {
              category 经济 100 { GDP 100 by capped_ratoi(1.2); }
            }
            scheme P extends Nationl { }
            """;
        var result = RulePlan.Compile(text);
        Assert.Equal(["RL2010", "RL3001"], result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.Equal((2, 32), (result.Diagnostics[0].Line, result.Diagnostics[0].Column));
        Assert.Equal(4, result.Diagnostics[1].Line);
    }

    [Fact]
    public void The_specification_example_compiles_and_evaluates()
    {
        // docs/rule-language.md's opening example with the elided parts filled in.
        var text = """
            // 研发投入强度 = R&D经费 / 营业收入
            indicator RdSpending "研发经费" unit 万元;
            indicator RdIntensity "研发投入强度" = RdSpending / OperatingRevenue unit %;

            target GDP "增长8%以上";
            check rd_within_revenue: RdSpending <= OperatingRevenue "研发经费不应超过营业收入";

            scheme Mofcom2021 "国家级经开区综合发展水平考核评价办法（2021年版）" total 100 {
              category 对外开放 30 {
                ActualForeignInvestment *1.2 by efficacy_coefficient() missing reweight;
                ImportsExports *1.2 by benchmark_ratio();
              }
              category 科技创新 15 { RdIntensity 15 by capped_ratio(1.2) target 2.5; }
              category 绿色发展 15 { GDP 15 by capped_ratio() target 100; }
              category 统筹协调 10 { Exports 10 by rank_ladder(5%); }
              category 发展质量 30 { TotalProfit 30 by interpolation() baseline 0 target 10; }
              bonus 国家级荣誉 "获国家级荣誉" 1 each cap 2;
              bonuscap 3;
              deduction 环保督察 "中央生态环保督察反馈问题" 0.3;
              veto 重大事故 "发生重大及以上生产安全事故，取消当年评价资格" exclude;
              grade 优秀 90;
              grade 良好 75;
              rank competition within 地区;
            }

            scheme Jiangsu2024 "江苏省开发区综合考核（示例）" extends Mofcom2021 {
              category 对外开放 25;
              category 统筹协调 15 { Exports 15; }
            }
            """;
        var result = RulePlan.Compile(text, sourceName: "spec.rules");
        Assert.True(result.Success, result.ToString());
        var plan = result.Value!;
        var jiangsu = plan.Schemes["Jiangsu2024"];
        Assert.Equal("江苏省开发区综合考核（示例）", jiangsu.Name);
        Assert.Equal(25, jiangsu.Categories[0].Weight);
        Assert.Equal(15, jiangsu.Categories.Single(c => c.Name == "统筹协调").Weight);
        Assert.Equal(15, jiangsu.Categories.Single(c => c.Name == "统筹协调").Indicators[0].Points);
        Assert.Equal(30, plan.Schemes["Mofcom2021"].Categories[0].Weight);

        var e = plan.Evaluate(RuleZone.Create().With("RdSpending", 3000).With("OperatingRevenue", 12).With("GDP", 109, 100));
        Assert.Equal(2.5, e.Find("RdIntensity")!.Value!.Value, 12);
        Assert.Equal(RuleCheckStatus.Passed, e.Checks[0].Status);
        Assert.Equal(AttainmentStatus.Overfulfilled, e.Targets[0].Attainment!.Value.Status);
    }

    [Property]
    public bool Any_text_compiles_or_gives_diagnostics_never_an_exception(string? text)
    {
        var result = RulePlan.Compile(text);
        return result.Success || result.Diagnostics.Count > 0;
    }
}
