using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

public class BuilderTests
{
    // The example at the top of docs/rule-language.md, as the model records spell it out.
    private static RuleSet SpecExampleByRecords() => new(
        indicators:
        [
            new IndicatorDeclaration("RdSpending", "研发经费", "万元"),
            new IndicatorDeclaration("RdIntensity", "研发投入强度", "%", null,
                new RuleBinaryExpression(RuleBinaryOperator.Divide, new NameReference("RdSpending"), new NameReference("OperatingRevenue"))),
        ],
        targets: [new TargetDeclaration("GDP", "增长8%以上")],
        checks:
        [
            new CheckDeclaration("rd_within_revenue",
                new RuleBinaryExpression(RuleBinaryOperator.LessOrEqual, new NameReference("RdSpending"), new NameReference("OperatingRevenue")),
                "研发经费不应超过营业收入"),
        ],
        schemes:
        [
            new SchemeDeclaration("Mofcom2021", "国家级经开区综合发展水平考核评价办法（2021年版）", total: 100,
                categories:
                [
                    new CategoryDeclaration("对外开放", 30, indicators:
                    [
                        new ScoredIndicatorDeclaration("ActualForeignInvestment", IndicatorWeight.Multiplier(1.2),
                            new ScoringMethodReference("efficacy_coefficient"), MissingDataPolicy.Reweight),
                        new ScoredIndicatorDeclaration("ImportsExports", IndicatorWeight.Multiplier(1.2), new ScoringMethodReference("benchmark_ratio")),
                    ]),
                ],
                bonuses: [new BonusDeclaration("国家级荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, 2)],
                bonusCap: 3,
                deductions: [new DeductionDeclaration("环保督察", "中央生态环保督察反馈问题", 0.3)],
                vetoes: [new VetoDeclaration("重大事故", "发生重大及以上生产安全事故，取消当年评价资格", VetoForm.ExcludeFromRanking)],
                grades: [new GradeDeclaration("优秀", MinimumScore: 90)],
                ranking: new RankingDeclaration(RankingMethod.Competition, GroupBy: "地区")),
            new SchemeDeclaration("Jiangsu2024", "江苏省开发区综合考核（示例）", extends: "Mofcom2021",
                categories: [new CategoryDeclaration("对外开放", 25)]),
        ]);

    internal static RuleSet SpecExampleByBuilder() => RuleSet.CreateBuilder()
        .Indicator("RdSpending", "研发经费", "万元")
        .Derived("RdIntensity", Rule.Name("RdSpending") / Rule.Name("OperatingRevenue"), "%", "研发投入强度")
        .Target("GDP", "增长8%以上")
        .Check("rd_within_revenue", Rule.Name("RdSpending") <= Rule.Name("OperatingRevenue"), "研发经费不应超过营业收入")
        .Scheme("Mofcom2021", "国家级经开区综合发展水平考核评价办法（2021年版）", s => s
            .Total(100)
            .Category("对外开放", 30, c => c
                .Indicator("ActualForeignInvestment", IndicatorWeight.Multiplier(1.2), RuleMethods.EfficacyCoefficient(), MissingDataPolicy.Reweight)
                .Indicator("ImportsExports", IndicatorWeight.Multiplier(1.2), RuleMethods.BenchmarkRatio()))
            .Bonus("国家级荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, cap: 2)
            .BonusCap(3)
            .Deduction("环保督察", "中央生态环保督察反馈问题", 0.3)
            .Veto("重大事故", "发生重大及以上生产安全事故，取消当年评价资格", VetoForm.ExcludeFromRanking)
            .Grade("优秀", 90)
            .Rank(RankingMethod.Competition, within: "地区"))
        .Scheme("Jiangsu2024", "江苏省开发区综合考核（示例）", s => s.Extends("Mofcom2021").Category("对外开放", 25))
        .Build();

    [Fact]
    public void Builder_gives_the_model_of_the_specification_example()
    {
        // docs/rule-language.md, the opening example (its elided categories left out).
        var built = SpecExampleByBuilder();
        Assert.Equal(SpecExampleByRecords(), built);
        Assert.Null(built.Schemes[1].Categories[0].Indicators);
        Assert.Equal(2, built.Schemes[0].Categories[0].Indicators!.Count);
    }

    private const string SpecExampleText = """
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
          bonus 国家级荣誉 "获国家级荣誉" 1 each cap 2;
          bonuscap 3;
          deduction 环保督察 "中央生态环保督察反馈问题" 0.3;
          veto 重大事故 "发生重大及以上生产安全事故，取消当年评价资格" exclude;
          grade 优秀 90;
          rank competition within 地区;
        }

        scheme Jiangsu2024 "江苏省开发区综合考核（示例）" extends Mofcom2021 {
          category 对外开放 25;          // override a weight
        }
        """;

    [Fact]
    public void Text_and_builder_give_equal_models_for_the_specification_example()
    {
        // docs/rule-language.md, the opening example with its elided categories left out.
        var parsed = RuleSet.Parse(SpecExampleText);
        Assert.True(parsed.Success, string.Join("\n", parsed.Diagnostics));
        Assert.Equal(parsed.Value!, SpecExampleByBuilder());
        Assert.Equal(SpecExampleByBuilder().ToText(), parsed.Value!.ToText());
    }

    [Fact]
    public void Text_and_builder_agree_on_formulas_methods_and_items()
    {
        var parsed = RuleSet.Parse("""
            indicator Mixed = -5 + -(2) * GDP ^ 2 / [R&D经费] - 2.6pp + 8% + 100亿元 unit 亿元 reverse;
            check c: not (growth(GDP) >= 8% and present(x)) or min(a, b, 3) != 0;
            scheme S total 90 {
              category 产业 40 cap 45 {
                GDP 3 by capped_ratio(1.2) missing zero target 8 stretch 10 baseline -1;
                Land by base_step(base: 2, step: 0.1, per: 2, mode: floor, max: 5) missing error;
                X *0.8 by completion_steps(points: 1, step_percent: 10, max_bonus: 5);
              }
              bonus 荣誉 "荣誉" 2 once;
              veto 事故 "事故" grade 合格;
              tier 第一档 8;
              tier 其他 rest;
              rank dense ties 2;
            }
            """);
        Assert.True(parsed.Success, string.Join("\n", parsed.Diagnostics));
        var built = RuleSet.CreateBuilder()
            .Derived("Mixed", -(RuleFormula)5 + RuleFormula.Of(new RuleUnaryExpression(RuleUnaryOperator.Negate, new NumberLiteral(2))) * Rule.Name("GDP").Power(2) / Rule.Name("R&D经费") - Rule.Points(2.6) + Rule.Percent(8) + Rule.Number(100, "亿元"),
                "亿元", polarity: Polarity.Reverse)
            .Check("c", !(Rule.Call("growth", Rule.Name("GDP")) >= Rule.Percent(8) & Rule.Call("present", Rule.Name("x")))
                | Rule.Call("min", Rule.Name("a"), Rule.Name("b"), 3).NotEqualTo(0))
            .Scheme("S", s => s.Total(90)
                .Category("产业", 40, c => c
                    .Indicator("GDP", IndicatorWeight.Points(3), RuleMethods.CappedRatio(1.2), MissingDataPolicy.ScoreZero, target: 8, stretch: 10, baseline: -1)
                    .Indicator("Land", method: RuleMethods.BaseStep(2, 0.1, 2, StepMode.Floor, 5), missing: MissingDataPolicy.Error)
                    .Indicator("X", IndicatorWeight.Multiplier(0.8), RuleMethods.CompletionSteps(1, 10, 5)), cap: 45)
                .Bonus("荣誉", "荣誉", 2, BonusKind.Fixed)
                .Veto("事故", "事故", VetoForm.CapGrade, "合格")
                .Tier("第一档", 8)
                .Tier("其他", null)
                .Rank(RankingMethod.Dense, 2))
            .Build();
        Assert.Equal(parsed.Value!, built);
    }

    [Property(MaxTest = 300)]
    public bool Any_model_built_through_the_builder_equals_its_printed_text_parsed(BuilderRuleModel m)
    {
        var model = m.Rules;
        var built = BuilderModels.Rebuild(model);
        var parsed = RuleSet.Parse(built.ToText());
        return parsed.Success && parsed.Value!.Equals(built) && RuleSet.Parse(model.ToText()).Value!.Equals(built);
    }

    [Fact]
    public void A_formula_read_from_text_equals_the_one_built_with_operators()
    {
        Assert.Equal(Rule.Name("RdSpending") / Rule.Name("OperatingRevenue"), Rule.Parse("RdSpending / OperatingRevenue").Value);
        Assert.Equal(Rule.Call("growth", Rule.Name("GDP")) >= Rule.Percent(8), Rule.Parse("growth(GDP) >= 8% // 增长8%以上").Value);
        Assert.Equal(-(RuleFormula)5 * Rule.Name("研发经费"), Rule.Parse(" -5 * 研发经费").Value);
    }

    [Fact]
    public void A_formula_that_does_not_parse_names_the_position_in_its_own_text()
    {
        var result = Rule.Parse("GDP + * 2");
        Assert.False(result.Success);
        Assert.Equal(6, result.Error!.Position);
        Assert.Equal("rule formula", result.Error.Target);
        Assert.Throws<ValueParseException>(() => result.Value);
        Assert.False(Rule.Parse("A; indicator B = C").Success);
        Assert.False(Rule.Parse("A \"message\"").Success);
        Assert.False(Rule.Parse("").Success);
        Assert.False(Rule.Parse(null).Success);
    }

    [Fact]
    public void Errors_of_a_lone_expression_are_placed_in_its_own_text()
    {
        var trailing = RuleSet.ParseExpression("GDP 2");
        Assert.False(trailing.Success);
        Assert.Null(trailing.Value);
        var d = Assert.Single(trailing.Diagnostics);
        Assert.Equal((4, 1, 1, 5), (d.Position, d.Length, d.Line, d.Column));
        Assert.Equal("expected the end of the text after the expression, found '2'", d.Message);

        var unfinished = RuleSet.ParseExpression("GDP +\n");
        Assert.Equal((6, 2, 1), (unfinished.Diagnostics[0].Position, unfinished.Diagnostics[0].Line, unfinished.Diagnostics[0].Column));
        Assert.Equal(6, Rule.Parse("GDP +\n").Error!.Position);
        Assert.Equal(0, Rule.Parse("").Error!.Position);
        Assert.Equal(4, Rule.Parse("GDP ; x").Error!.Position);
        Assert.Equal(6, Rule.Parse("GDP + #").Error!.Position);

        var ok = RuleSet.ParseExpression(" growth(GDP) >= 8% // 增长8%以上", "formula.txt");
        Assert.True(ok.Success);
        Assert.Equal(Rule.Call("growth", Rule.Name("GDP")) >= Rule.Percent(8), RuleFormula.Of(ok.Value!));
        Assert.Equal(RuleSyntax.NoText, Assert.Single(RuleSet.ParseExpression(null).Diagnostics).Code);
        var tooLong = RuleSet.ParseExpression("GDP + GDP", limits: RuleLimits.Default with { MaxTextLength = 5 });
        Assert.Equal(RuleSyntax.TextTooLong, Assert.Single(tooLong.Diagnostics).Code);
    }

    [Property(MaxTest = 1000)]
    public bool Formula_parsing_of_random_text_never_throws(string? text)
    {
        var result = Rule.Parse(text);
        return result.Success || (result.Error!.Position >= 0 && result.Error.Position <= (text ?? "").Length);
    }

    [Fact]
    public void A_changed_item_makes_the_models_differ()
    {
        var other = RuleSet.CreateBuilder()
            .Indicator("RdSpending", "研发经费", "万元")
            .Derived("RdIntensity", Rule.Name("OperatingRevenue") / Rule.Name("RdSpending"), "%", "研发投入强度")
            .Build();
        var first = SpecExampleByRecords();
        Assert.NotEqual(first.Indicators[1], other.Indicators[1]);
    }

    [Fact]
    public void Formula_operators_build_the_language_tree()
    {
        // growth(GDP) >= 8% and not (RdSpending > OperatingRevenue * 2 - 1)
        RuleExpression built = Rule.Call("growth", Rule.Name("GDP")) >= Rule.Percent(8)
            & !(Rule.Name("RdSpending") > Rule.Name("OperatingRevenue") * 2 - 1);
        var expected = new RuleBinaryExpression(RuleBinaryOperator.And,
            new RuleBinaryExpression(RuleBinaryOperator.GreaterOrEqual, new CallExpression("growth", new NameReference("GDP")), new NumberLiteral(8, "%")),
            new RuleUnaryExpression(RuleUnaryOperator.Not,
                new RuleBinaryExpression(RuleBinaryOperator.Greater, new NameReference("RdSpending"),
                    new RuleBinaryExpression(RuleBinaryOperator.Subtract,
                        new RuleBinaryExpression(RuleBinaryOperator.Multiply, new NameReference("OperatingRevenue"), new NumberLiteral(2)),
                        new NumberLiteral(1)))));
        Assert.Equal(expected, built);
    }

    [Fact]
    public void Formula_equality_is_by_content_and_the_language_comparisons_are_methods()
    {
        Assert.True(Rule.Name("GDP") == Rule.Name("GDP"));
        Assert.True(Rule.Name("GDP") != Rule.Name("GDPP"));
        Assert.Equal(new RuleBinaryExpression(RuleBinaryOperator.Equal, new NameReference("a"), new NumberLiteral(0)),
            Rule.Name("a").EqualTo(0).Expression);
        Assert.Equal(new RuleBinaryExpression(RuleBinaryOperator.NotEqual, new NameReference("a"), new NumberLiteral(1, "pp")),
            Rule.Name("a").NotEqualTo(Rule.Points(1)).Expression);
        Assert.Equal(new RuleBinaryExpression(RuleBinaryOperator.Power, new NumberLiteral(2), new NumberLiteral(-3)),
            ((RuleFormula)2).Power(-(RuleFormula)3).Expression);
        Assert.Equal(new RuleUnaryExpression(RuleUnaryOperator.Negate, new RuleBinaryExpression(RuleBinaryOperator.Power, new NumberLiteral(2), new NumberLiteral(2))),
            (-((RuleFormula)2).Power(2)).Expression);
        Assert.Equal(new RuleUnaryExpression(RuleUnaryOperator.Negate, new NumberLiteral(-3)), (-(RuleFormula)(-3.0)).Expression);
        Assert.Equal(new NumberLiteral(0), (-(RuleFormula)0.0).Expression);
        Assert.Equal(new RuleBinaryExpression(RuleBinaryOperator.Or, new BooleanLiteral(true), new NumberLiteral(100, "亿元")),
            (Rule.Boolean(true) | Rule.Number(100, "亿元")).Expression);
    }

    [Fact]
    public void Method_references_are_written_as_the_language_writes_them()
    {
        static RuleArgument N(double v, string? name = null) => new(name, new NumberLiteral(v));
        Assert.Equal(new ScoringMethodReference("capped_ratio", [N(1.2)]), RuleMethods.CappedRatio(1.2));
        Assert.Equal(new ScoringMethodReference("capped_ratio"), RuleMethods.CappedRatio());
        Assert.Equal(new ScoringMethodReference("all_or_nothing", [N(1)]), RuleMethods.AllOrNothing(1));
        Assert.Equal(new ScoringMethodReference("base_step", [N(2, "base"), N(0.1, "step"), N(2, "per"), new RuleArgument("mode", new NameReference("floor"))]),
            RuleMethods.BaseStep(2, 0.1, 2, StepMode.Floor));
        Assert.Equal(new ScoringMethodReference("base_step", [N(2, "base"), N(0.1, "step"), N(2, "per"), new RuleArgument("mode", new NameReference("proportional")), N(5, "max")]),
            RuleMethods.BaseStep(2, 0.1, 2, StepMode.Proportional, 5));
        Assert.Equal(new ScoringMethodReference("eighty_percent", [N(0.5, "per_point"), N(1.2, "cap")]), RuleMethods.EightyPercent(0.5, 1.2));
        Assert.Equal(new ScoringMethodReference("eighty_percent", [N(0.5, "per_point"), N(1.2, "cap"), N(0.7, "share")]), RuleMethods.EightyPercent(0.5, 1.2, 0.7));
        Assert.Equal(new ScoringMethodReference("interpolation"), RuleMethods.Interpolation());
        Assert.Equal(new ScoringMethodReference("efficacy_coefficient", [N(12, "satisfactory"), N(6, "unacceptable")]), RuleMethods.EfficacyCoefficient(12, 6));
        Assert.Equal(new ScoringMethodReference("benchmark_ratio", [N(19470.05)]), RuleMethods.BenchmarkRatio(19470.05));
        Assert.Equal(new ScoringMethodReference("rank_ladder"), RuleMethods.RankLadder());
        Assert.Equal(new ScoringMethodReference("rank_ladder", [N(0.05)]), RuleMethods.RankLadder(0.05));
        Assert.Equal(new ScoringMethodReference("rank_ladder_points", [N(0.2)]), RuleMethods.RankLadderPoints(0.2));
        Assert.Equal(new ScoringMethodReference("guaranteed_stretch", [N(0.6)]), RuleMethods.GuaranteedStretch(0.6));
        Assert.Equal(new ScoringMethodReference("completion_steps", [N(1, "points"), N(10, "step_percent"), N(5, "max_bonus")]), RuleMethods.CompletionSteps(1, 10, 5));
        Assert.Equal(new ScoringMethodReference("my_method", [N(2), new RuleArgument("mode", new NameReference("floor"))]),
            RuleMethods.Of("my_method", RuleMethods.Argument(2), RuleMethods.Argument("floor", "mode")));
    }

    [Fact]
    public void Tiers_scores_and_weight_only_categories()
    {
        var scheme = RuleSet.CreateBuilder()
            .Scheme("S", s => s.Category("A", null).Category("B", 10, _ => { }, cap: 12).Tier("第一档", 8).Tier("其他", null).Grade("优秀", 90))
            .Build().Schemes[0];
        Assert.Null(scheme.Title);
        Assert.Equal(new CategoryDeclaration("A", null), scheme.Categories[0]);
        Assert.Equal(new CategoryDeclaration("B", 10, 12, []), scheme.Categories[1]);
        Assert.NotEqual(scheme.Categories[0] with { Name = "B", Weight = 10, Cap = 12 }, scheme.Categories[1]);
        Assert.Equal([new GradeDeclaration("第一档", null, 8), new GradeDeclaration("其他"), new GradeDeclaration("优秀", 90)], scheme.Grades);
    }

    [Fact]
    public void Builder_can_go_on_after_build_and_rejects_nulls()
    {
        var builder = RuleSet.CreateBuilder().Indicator("A");
        var first = builder.Build();
        var second = builder.Indicator("B").Build();
        Assert.Single(first.Indicators);
        Assert.Equal(2, second.Indicators.Count);
        Assert.Throws<ArgumentNullException>(() => builder.Indicator(null!));
        Assert.Throws<ArgumentNullException>(() => builder.Derived("X", null!));
        Assert.Throws<ArgumentNullException>(() => builder.Check("c", null!));
        Assert.Throws<ArgumentNullException>(() => builder.Scheme("S", null!));
        Assert.Throws<ArgumentNullException>(() => Rule.Call("f", Rule.Name("a"), null!));
        Assert.Throws<ArgumentNullException>(() => Rule.Name(null!));
    }

    [Property(MaxTest = 300)]
    public bool Any_model_rebuilt_through_the_builder_is_equal(BuilderRuleModel m)
    {
        var model = m.Rules;
        var rebuilt = BuilderModels.Rebuild(model);
        return rebuilt.Equals(model) && rebuilt.GetHashCode() == model.GetHashCode();
    }
}
