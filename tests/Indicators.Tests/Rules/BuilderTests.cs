using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

public class BuilderTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    // The example at the top of docs/rule-language.md, as the model records spell it out.
    private static RuleSet SpecExampleByRecords() => new(
        indicators:
        [
            new IndicatorDeclaration("RdSpending", "研发经费", "万元"),
            new IndicatorDeclaration("RdIntensity", "研发投入强度", "%", null,
                new BinaryExpression(RuleBinaryOperator.Divide, new NameReference("RdSpending"), new NameReference("OperatingRevenue"))),
        ],
        targets: [new TargetDeclaration("GDP", "增长8%以上")],
        checks:
        [
            new CheckDeclaration("rd_within_revenue",
                new BinaryExpression(RuleBinaryOperator.LessOrEqual, new NameReference("RdSpending"), new NameReference("OperatingRevenue")),
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
        var expected = new BinaryExpression(RuleBinaryOperator.And,
            new BinaryExpression(RuleBinaryOperator.GreaterOrEqual, new CallExpression("growth", new NameReference("GDP")), new NumberLiteral(8, "%")),
            new UnaryExpression(RuleUnaryOperator.Not,
                new BinaryExpression(RuleBinaryOperator.Greater, new NameReference("RdSpending"),
                    new BinaryExpression(RuleBinaryOperator.Subtract,
                        new BinaryExpression(RuleBinaryOperator.Multiply, new NameReference("OperatingRevenue"), new NumberLiteral(2)),
                        new NumberLiteral(1)))));
        Assert.Equal(expected, built);
    }

    [Fact]
    public void Formula_equality_is_by_content_and_the_language_comparisons_are_methods()
    {
        Assert.True(Rule.Name("GDP") == Rule.Name("GDP"));
        Assert.True(Rule.Name("GDP") != Rule.Name("GDPP"));
        Assert.Equal(new BinaryExpression(RuleBinaryOperator.Equal, new NameReference("a"), new NumberLiteral(0)),
            Rule.Name("a").EqualTo(0).Expression);
        Assert.Equal(new BinaryExpression(RuleBinaryOperator.NotEqual, new NameReference("a"), new NumberLiteral(1, "pp")),
            Rule.Name("a").NotEqualTo(Rule.Points(1)).Expression);
        Assert.Equal(new BinaryExpression(RuleBinaryOperator.Power, new NumberLiteral(2), new UnaryExpression(RuleUnaryOperator.Negate, new NumberLiteral(3))),
            ((RuleFormula)2).Power(-(RuleFormula)3).Expression);
        Assert.Equal(new BinaryExpression(RuleBinaryOperator.Or, new BooleanLiteral(true), new NumberLiteral(100, "亿元")),
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

    [Fact]
    public void Any_model_rebuilt_through_the_builder_is_equal() =>
        Check.One(Cases, Prop.ForAll(BuilderModels.RuleSets.ToArbitrary(), model =>
        {
            var rebuilt = BuilderModels.Rebuild(model);
            return rebuilt.Equals(model) && rebuilt.GetHashCode() == model.GetHashCode();
        }));
}
