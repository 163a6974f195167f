using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class BindingSchemeTests
{
    private static SchemeDeclaration National() => new("National", "国家级考核", total: 100, categories:
    [
        new CategoryDeclaration("对外开放", 60, indicators:
        [
            new ScoredIndicatorDeclaration("Exports", IndicatorWeight.Multiplier(1.2), new ScoringMethodReference("capped_ratio", [Arg(1.2)]), MissingDataPolicy.Reweight, Target: 10),
            new ScoredIndicatorDeclaration("ImportsExports", IndicatorWeight.Multiplier(0.8), new ScoringMethodReference("benchmark_ratio", [Arg(50)])),
        ]),
        new CategoryDeclaration("经济", 40, indicators: [Entry("GDP", 40, "capped_ratio", Arg(1.0)) with { Target = 100 }]),
    ], bonuses: [new BonusDeclaration("荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, 2)],
       deductions: [new DeductionDeclaration("督察", "环保督察问题", 0.3)],
       grades: [new GradeDeclaration("优秀", 90), new GradeDeclaration("良好", 75)]);

    [Fact]
    public void A_scheme_binds_to_an_AssessmentScheme()
    {
        var result = Compile(new RuleSet(schemes: [National()]));
        Assert.True(result.Success, result.ToString());
        var scheme = result.Value!.Schemes["National"];
        Assert.Equal("国家级考核", scheme.Name);
        Assert.Equal(["对外开放", "经济"], scheme.Categories.Select(c => c.Name).ToArray());
        Assert.Equal(60 * 1.2 / 2.0, scheme.Categories[0].Indicators[0].Points, 12);
        Assert.Equal(MissingDataPolicy.Reweight, scheme.Categories[0].Indicators[0].MissingData);
        Assert.Equal(10, scheme.Categories[0].Indicators[0].DefaultTargets.Target);
        Assert.Single(scheme.BonusItems);
        Assert.Equal(["优秀", "良好"], scheme.Grades.Select(g => g.Name).ToArray());
    }

    [Fact]
    public void Extends_overrides_total_weights_entries_and_items_as_the_spec_says()
    {
        var provincial = new SchemeDeclaration("Provincial", extends: "National", categories:
        [
            new CategoryDeclaration("对外开放", 50, indicators: [new ScoredIndicatorDeclaration("Exports", Method: new ScoringMethodReference("capped_ratio", [Arg(1.5)]))]),
            new CategoryDeclaration("创新", 10, indicators: [Entry("RdExpenditure", 10, "capped_ratio")]),
        ], grades: [new GradeDeclaration("优秀", 85)]);
        var result = Compile(new RuleSet(schemes: [provincial, National()]));
        Assert.True(result.Success, result.ToString());
        var scheme = result.Value!.Schemes["Provincial"];
        Assert.Equal(["对外开放", "经济", "创新"], scheme.Categories.Select(c => c.Name).ToArray());
        Assert.Equal(50, scheme.Categories[0].Weight);
        var exports = scheme.Categories[0].Indicators[0];
        Assert.Equal(IndicatorWeight.Multiplier(1.2), exports.Weight); // kept from the base
        Assert.Equal(MissingDataPolicy.Reweight, exports.MissingData); // kept
        Assert.Equal(10, exports.DefaultTargets.Target); // kept
        Assert.Equal(2, scheme.Categories[0].Indicators.Count);
        Assert.Equal(85, scheme.Grades[0].MinimumScore); // replaced by name
        Assert.Equal(2, scheme.Grades.Count);
        Assert.Single(scheme.DeductionItems); // inherited
        // The base is unchanged.
        Assert.Equal(60, result.Value.Schemes["National"].Categories[0].Weight);
    }

    [Fact]
    public void Unknown_base_is_RL3001()
    {
        var d = Single(Compile(new RuleSet(schemes: [National(), new SchemeDeclaration("P", extends: "Nationl")])), "RL3001");
        Assert.Equal("scheme 'P' extends unknown scheme 'Nationl'; did you mean 'National'?", d.Message);
        Assert.Equal("考核方案“P”继承的方案“Nationl”不存在，是否指“National”？", d.ChineseMessage);
    }

    [Fact]
    public void Extends_cycle_is_RL3002()
    {
        var d = Single(Compile(new RuleSet(schemes: [new SchemeDeclaration("A", extends: "B"), new SchemeDeclaration("B", extends: "A")])), "RL3002");
        Assert.Equal("schemes extend each other in a cycle: A → B → A", d.Message);
        Assert.Equal("考核方案循环继承：A → B → A", d.ChineseMessage);
    }

    [Fact]
    public void New_category_without_weight_in_an_extending_scheme_is_RL3003()
    {
        var p = new SchemeDeclaration("P", extends: "National", categories: [new CategoryDeclaration("绿色", null, indicators: [Entry("GDP", 1, "capped_ratio")])]);
        var d = Single(Compile(new RuleSet(schemes: [National(), p])), "RL3003");
        Assert.Equal("category '绿色' is not in the base scheme 'National', so it needs a weight", d.Message);
        Assert.Equal("类别“绿色”不在基础方案“National”中，需给出权重", d.ChineseMessage);
    }

    [Fact]
    public void Scheme_builder_problems_are_RL3004_at_the_scheme()
    {
        var s = new SchemeDeclaration("S", categories: [new CategoryDeclaration("经济", 90, indicators: [Entry("GDP", 90, "capped_ratio")])]);
        var d = Single(Compile(new RuleSet(schemes: [s])), "RL3004");
        Assert.Equal("scheme 'S': category weights 经济 90 sum to 90, not the declared total 100", d.Message);
        Assert.Equal("考核方案“S”：各类别权重（经济 90）合计90，不等于方案总分100", d.ChineseMessage);
    }

    [Fact]
    public void Duplicate_scheme_is_RL3005_missing_method_RL3006_missing_weight_RL3007()
    {
        var twice = Single(Compile(new RuleSet(schemes: [National(), National()])), "RL3005");
        Assert.Equal("scheme 'National' is declared twice", twice.Message);
        Assert.Equal("考核方案“National”重复声明", twice.ChineseMessage);
        var noMethod = new SchemeDeclaration("S", categories: [new CategoryDeclaration("经济", 100, indicators: [new ScoredIndicatorDeclaration("GDP", IndicatorWeight.Points(100))])]);
        var method = Single(Compile(new RuleSet(schemes: [noMethod])), "RL3006");
        Assert.Equal("indicator 'GDP' in category '经济' has no scoring method (by …)", method.Message);
        Assert.Equal("类别“经济”中的指标“GDP”没有计分方法（by …）", method.ChineseMessage);
        var noWeight = new SchemeDeclaration("S", categories: [new CategoryDeclaration("经济", 100, indicators: [new ScoredIndicatorDeclaration("GDP", Method: new ScoringMethodReference("capped_ratio"))])]);
        var weight = Single(Compile(new RuleSet(schemes: [noWeight])), "RL3007");
        Assert.Equal("indicator 'GDP' in category '经济' has no weight", weight.Message);
        Assert.Equal("类别“经济”中的指标“GDP”没有权重", weight.ChineseMessage);
    }

    [Fact]
    public void Unknown_scored_indicator_is_RL2001_only()
    {
        var s = new SchemeDeclaration("S", categories: [new CategoryDeclaration("经济", 100, indicators: [Entry("GDPX", 100, "capped_ratio")])]);
        var result = Compile(new RuleSet(schemes: [s]));
        Assert.Equal("RL2001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_derived_indicator_of_the_rules_can_be_scored_under_its_code()
    {
        var rules = new RuleSet(
            [new IndicatorDeclaration("研发强度", "研发投入强度（规则）", "%", Formula: Div(N("RdExpenditure"), N("OperatingRevenue")))],
            schemes: [new SchemeDeclaration("S", categories: [new CategoryDeclaration("创新", 100, indicators: [Entry("研发强度", 100, "capped_ratio") with { Target = 2.5 }])])]);
        var result = Compile(rules);
        Assert.True(result.Success, result.ToString());
        var plan = result.Value!;
        var code = plan.Indicators.Single(i => i.Name == "研发强度").Code;
        Assert.Equal(code, plan.Schemes["S"].Categories[0].Indicators[0].Code);
        var evaluation = plan.Evaluate(RuleZone.Create().With("研发经费", 3).With("营收", 100));
        var value = evaluation.Find("研发强度")!.Value!.Value;
        var zone = AssessmentZone.Of("Z1").WithValue(code, value);
        var scored = plan.Schemes["S"].Evaluate([zone]);
        Assert.Equal(100 * Math.Min(value / 2.5, 1), scored[0].Total, 12);
    }
}
