namespace Indicators.Tests.Rules;

/// <summary>docs/examples/rules (the 商务部 2021 scheme and the provincial scheme extending it) written with the fluent builder.</summary>
public class BuilderExampleTests
{
    private static string Rules(string file) => ExampleFiles.Rules(file);

    private static IndicatorWeight X(double multiplier) => IndicatorWeight.Multiplier(multiplier);

    private static IndicatorWeight P(double points) => IndicatorWeight.Points(points);

    private static RuleSet InCSharp() => RuleSet.CreateBuilder()
        .Derived("研发经费占营收比重", Rule.Name("R&D经费") / Rule.Name("营业收入"), "%", "研发经费占营业收入比重")
        .Check("研发经费不超过营收", Rule.Name("R&D经费") <= Rule.Name("营业收入"), "研发经费不应超过营业收入")
        .Check("exports_within_trade", Rule.Name("Exports") <= Rule.Name("ImportsExports"), "出口额不应超过进出口总额")
        .Scheme("Mofcom2021", "国家级经开区综合发展水平考核评价（2021年版，示例指标）", s => s
            .Total(100)
            .Category("对外开放", 30, c => c
                .Indicator("ActualForeignInvestment", X(1.2), RuleMethods.EfficacyCoefficient())
                .Indicator("ImportsExports", X(1.2), RuleMethods.BenchmarkRatio())
                .Indicator("Exports", X(0.8), RuleMethods.RankLadder(0.05))
                .Indicator("NewForeignInvestedEnterprises", X(0.8), RuleMethods.CappedRatio(1.2)))
            .Category("科技创新", 15, c => c
                .Indicator("RdIntensity", X(1.2), RuleMethods.Interpolation(), target: 3, baseline: 1)
                .Indicator("HighTechEnterprises", X(1), RuleMethods.CappedRatio(1.2))
                .Indicator("InventionPatentsGranted", X(1), RuleMethods.RankLadderPoints(0.15), MissingDataPolicy.ScoreZero)
                .Indicator("ResearchInstitutions", X(0.8), RuleMethods.AllOrNothing(0)))
            .Category("绿色发展", 15, c => c
                .Indicator("EnergyPerIndustrialValueAdded", X(1.2), RuleMethods.EfficacyCoefficient())
                .Indicator("CarbonPerValueAdded", X(1), RuleMethods.CappedRatio(1.1))
                .Indicator("SolidWasteUtilisationRate", X(0.8), RuleMethods.AllOrNothing(1))
                .Indicator("IdleLand", X(1), RuleMethods.RankLadder(0.04)))
            .Category("统筹协调", 10, c => c
                .Indicator("NewJobs", P(3), RuleMethods.CappedRatio(1))
                .Indicator("HighLevelTalentRecruited", P(2.5), RuleMethods.EfficacyCoefficient())
                .Indicator("NewRegisteredEnterprises", P(2.5), RuleMethods.BenchmarkRatio())
                .Indicator("ProductionSafetyAccidents", P(2), RuleMethods.AllOrNothing(0)))
            .Category("发展质量", 30, c => c
                .Indicator("GDP", X(1.2), RuleMethods.GuaranteedStretch(0.8))
                .Indicator("IndustrialOutput", X(1.2), RuleMethods.GuaranteedStretch(0.8))
                .Indicator("GeneralBudgetRevenue", X(1), RuleMethods.CappedRatio(1.1))
                .Indicator("TaxPerMu", X(0.6), RuleMethods.EfficacyCoefficient()))
            .Bonus("援疆援藏结对帮扶", "援疆援藏结对帮扶", 0.5, BonusKind.PerEvent, cap: 1)
            .Bonus("国家级荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, cap: 2)
            .BonusCap(3)
            .Deduction("中央环保督察反馈问题", "中央生态环保督察反馈问题", 0.3)
            .Deduction("省级环保督察反馈问题", "省级生态环保督察反馈问题", 0.2)
            .Deduction("较大生产安全事故", "较大生产安全事故", 1)
            .Veto("重大生产安全事故", "发生重大及以上生产安全事故，取消当年评价资格", VetoForm.ExcludeFromRanking)
            .Tier("第一档", 8)
            .Tier("第二档", 16)
            .Tier("第三档", null)
            .Rank(RankingMethod.Competition, within: "片区"))
        .Scheme("Jiangsu2021", "江苏省开发区综合考核评价（示例）", s => s
            .Extends("Mofcom2021")
            .Category("对外开放", 25)
            .Category("科技创新", 20, c => c
                .Indicator("HighTechEnterprises", X(1.2))
                .Indicator("RdIntensity", target: 2.5))
            .Veto("突发环境事件", "发生突发环境事件，直接取消当年评价资格", VetoForm.ExcludeFromRanking))
        .Build();

    [Fact]
    public void The_example_schemes_built_in_csharp_equal_the_example_texts()
    {
        // docs/examples/rules/mofcom-2021-illustrative.rules and jiangsu-2021.rules, one rule set.
        var parsed = RuleSet.Parse(Rules("mofcom-2021-illustrative.rules") + "\n" + Rules("jiangsu-2021.rules"));
        Assert.True(parsed.Success, string.Join("\n", parsed.Diagnostics));
        var built = InCSharp();
        Assert.Equal(parsed.Value!.Indicators, built.Indicators);
        Assert.Equal(parsed.Value!.Checks, built.Checks);
        Assert.Equal(parsed.Value!.Schemes[0].Categories, built.Schemes[0].Categories);
        Assert.Equal(parsed.Value!, built);
        Assert.Equal(parsed.Value!.ToText(), built.ToText());
    }

    [Fact]
    public void The_builders_rule_set_compiles_to_the_texts_plan()
    {
        var text = RulePlan.Compile(Rules("mofcom-2021-illustrative.rules") + "\n" + Rules("jiangsu-2021.rules"));
        var built = RulePlan.Compile(InCSharp());
        Assert.True(text.Success && built.Success, text + "\n" + built);
        Assert.Equal(text.Value!.Schemes.Keys.Order(), built.Value!.Schemes.Keys.Order());
        Assert.Equal(text.Value.Schemes["Jiangsu2021"].Categories.Select(c => (c.Name, c.Weight)), built.Value.Schemes["Jiangsu2021"].Categories.Select(c => (c.Name, c.Weight)));
        Assert.Equal(25, built.Value.Schemes["Jiangsu2021"].Categories.Single(c => c.Name == "对外开放").Weight);
    }
}
