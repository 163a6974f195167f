using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class EvaluationTests
{
    private static RulePlan Plan(RuleSet rules, RuleEnvironment? environment = null)
    {
        var result = RulePlan.Compile(rules, environment);
        Assert.True(result.Success, result.ToString());
        return result.Value!;
    }

    private static readonly RuleSet Intensity = Set(
        new IndicatorDeclaration("RdSpending", "研发经费", "万元"),
        new IndicatorDeclaration("RdIntensity", "研发投入强度", "%", Formula: Div(N("RdSpending"), N("OperatingRevenue"))));

    [Fact]
    public void Derived_indicator_converts_units_and_explains_its_inputs()
    {
        // 研发投入强度 = R&D经费 / 营业收入: 3000万元 of 12亿元 is 2.5%.
        var evaluation = Plan(Intensity).Evaluate(RuleZone.Create("示例开发区").With("RdSpending", 3000).With("营业收入", 12));
        var result = evaluation.Find("RdIntensity")!;
        Assert.Equal(3000.0 / (12 * 10000) / 0.01, result.Value!.Value, 12);
        Assert.Equal("RdSpending / OperatingRevenue", result.Explanation.Expression);
        Assert.Equal("2.5%", result.Explanation.ValueText);
        var text = result.Explanation.ToString();
        Assert.Contains("RdSpending = 3000万元", text, StringComparison.Ordinal);
        Assert.Contains("OperatingRevenue = 12亿元", text, StringComparison.Ordinal);
        Assert.Empty(evaluation.Diagnostics);
    }

    [Fact]
    public void Missing_propagates_with_its_reason_and_division_by_zero_is_missing()
    {
        var plan = Plan(Intensity);
        var missing = plan.Evaluate(RuleZone.Create().With("OperatingRevenue", 12)).Find("RdIntensity")!;
        Assert.Null(missing.Value);
        Assert.Equal("missing RdSpending", missing.MissingReason);
        Assert.Contains("RdSpending: missing (missing RdSpending)", missing.Explanation.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
        var zero = plan.Evaluate(RuleZone.Create().With("RdSpending", 1).With("OperatingRevenue", 0)).Find("RdIntensity")!;
        Assert.Null(zero.Value);
        Assert.Equal("division by zero", zero.MissingReason);
    }

    [Fact]
    public void Adding_yi_and_wan_yuan_converts_by_unit_scale()
    {
        // The spec's example: 1亿元 + 5000万元 = 1.5亿元.
        var plan = Plan(Set(Derived("S", Add(Num(1, "亿元"), Num(5000, "万元")), "亿元")));
        Assert.Equal(1.5, plan.Evaluate(RuleZone.Create()).Find("S")!.Value!.Value, 12);
    }

    [Fact]
    public void Growth_share_and_completion_equal_the_scalar_api()
    {
        var rules = new RuleSet(
            [Derived("G", Call("growth", N("GDP"))), Derived("Sh", Call("share", N("Exports"), N("ImportsExports"))), Derived("C", Call("completion", N("GDP")))],
            [new TargetDeclaration("GDP", "210亿元")]);
        var plan = Plan(rules);
        var e = plan.Evaluate(RuleZone.Create().With("GDP", 220.5, 201.3).With("Exports", 37).With("ImportsExports", 91));
        Assert.Equal(Growth.YearOnYear(220.5, 201.3).Rate!.Value.Fraction * 100, e.Find("G")!.Value!.Value, 12);
        Assert.Equal("%", plan.Indicators.Single(i => i.Name == "G").Unit!.Symbol);
        Assert.Equal(Share.Of(37, 91).Share!.Value.Fraction * 100, e.Find("Sh")!.Value!.Value, 12);
        Assert.Equal(Completion.OfLevel(220.5, 210).Rate!.Value.Fraction * 100, e.Find("C")!.Value!.Value, 12);
    }

    [Fact]
    public void Growth_from_profit_to_loss_is_missing_with_the_official_status()
    {
        var plan = Plan(Set(Derived("G", Call("growth", N("TotalProfit")))));
        var g = plan.Evaluate(RuleZone.Create().With("TotalProfit", -3, 5)).Find("G")!;
        Assert.Null(g.Value);
        Assert.Equal("current < 0: 由盈转亏", g.MissingReason);
        var noPrevious = plan.Evaluate(RuleZone.Create().With("TotalProfit", 3)).Find("G")!;
        Assert.Equal("missing TotalProfit of the previous year", noPrevious.MissingReason);
    }

    [Fact]
    public void If_evaluates_only_its_branch_and_present_and_coalesce_are_the_ways_out_of_missing()
    {
        var plan = Plan(Set(
            Derived("A", Call("if", Call("present", N("Exports")), N("Exports"), Num(0, "亿元"))),
            Derived("B", Call("coalesce", N("Exports"), N("GDP")))));
        var e = plan.Evaluate(RuleZone.Create().With("GDP", 7));
        Assert.Equal(0, e.Find("A")!.Value);
        Assert.Equal(7, e.Find("B")!.Value);
    }

    [Fact]
    public void Checks_pass_fail_or_are_not_evaluated()
    {
        var plan = Plan(new RuleSet(
            [new IndicatorDeclaration("RdSpending", Unit: "万元")],
            checks: [new CheckDeclaration("rd_within_revenue", Bin(RuleBinaryOperator.LessOrEqual, N("RdSpending"), N("OperatingRevenue")), "研发经费不应超过营业收入")]));
        Assert.Equal(RuleCheckStatus.Passed, plan.Evaluate(RuleZone.Create().With("RdSpending", 3000).With("OperatingRevenue", 1)).Checks[0].Status);
        var failed = plan.Evaluate(RuleZone.Create().With("RdSpending", 30000).With("OperatingRevenue", 1)).Checks[0];
        Assert.Equal(RuleCheckStatus.Failed, failed.Status);
        Assert.Equal("研发经费不应超过营业收入", failed.Message);
        var notEvaluated = plan.Evaluate(RuleZone.Create().With("RdSpending", 30000)).Checks[0];
        Assert.Equal(RuleCheckStatus.NotEvaluated, notEvaluated.Status);
        Assert.Equal("missing OperatingRevenue", notEvaluated.MissingReason);
        Assert.Null(notEvaluated.Message);
    }

    [Fact]
    public void Targets_give_the_attainment_of_the_actual()
    {
        var plan = Plan(new RuleSet(targets: [new TargetDeclaration("GDP", "增长8%以上"), new TargetDeclaration("Exports", "增长10%")]));
        var e = plan.Evaluate(RuleZone.Create().With("GDP", 109, 100).With("Exports", 1));
        var gdp = e.Targets[0];
        var expected = Attainment.Of(Target.Parse("增长8%以上").Value, Growth.YearOnYear(109, 100).Rate!.Value.Percent);
        Assert.Equal(expected.Status, gdp.Attainment!.Value.Status);
        Assert.Equal(expected.Actual, gdp.Actual);
        Assert.Null(e.Targets[1].Attainment);
        Assert.Equal("missing Exports of the previous year", e.Targets[1].MissingReason);
    }

    [Fact]
    public void Level_target_is_judged_in_the_target_unit()
    {
        var plan = Plan(new RuleSet(targets: [new TargetDeclaration("GDP", "21000000万元")]));
        var t = plan.Evaluate(RuleZone.Create().With("GDP", 2205)).Targets[0];
        Assert.Equal(22050000, t.Actual!.Value, 6);
        Assert.Equal(Attainment.Of(t.Target, 22050000).Status, t.Attainment!.Value.Status);
    }

    [Fact]
    public void Previous_of_a_derived_indicator_uses_last_year_figures()
    {
        var plan = Plan(Set(Derived("Twice", Mul(N("GDP"), Num(2))), Derived("Change", Sub(N("Twice"), Call("previous", N("Twice"))))));
        var e = plan.Evaluate(RuleZone.Create().With("GDP", 10, 7));
        Assert.Equal(6, e.Find("Change")!.Value);
    }

    [Fact]
    public void Step_limit_is_an_RL4003_diagnostic_not_an_exception()
    {
        var plan = Plan(Intensity, RuleEnvironment.Default.WithLimits(RuleLimits.Default with { MaxEvaluationSteps = 2 }));
        var e = plan.Evaluate(RuleZone.Create().With("RdSpending", 1).With("OperatingRevenue", 1));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("RL4003", d.Code);
        Assert.Null(e.Find("RdIntensity")!.Value);
        Assert.Equal("evaluation step limit reached", e.Find("RdIntensity")!.MissingReason);
    }

    [Fact]
    public void Percent_arithmetic_gives_percent_points_and_rounds_in_percent()
    {
        var plan = Plan(new RuleSet(
            [Derived("Gap", Sub(Call("growth", N("GDP")), Call("target", N("GDP")))),
             Derived("Judged", Call("round", Call("growth", N("GDP")), Num(1))),
             Derived("Part", Mul(N("GDP"), Num(8, "%")))],
            [new TargetDeclaration("GDP", "增长8%以上")]));
        var e = plan.Evaluate(RuleZone.Create().With("GDP", 107.95, 100));
        var gap = e.Find("Gap")!;
        Assert.Equal(RuleTypeKind.Points, gap.Indicator.Type.Kind);
        Assert.Equal((Growth.YearOnYear(107.95, 100).Rate!.Value.Fraction - 0.08) / 0.01, gap.Value!.Value, 12);
        Assert.EndsWith("pp", gap.Explanation.ValueText, StringComparison.Ordinal);
        Assert.Equal(8.0, e.Find("Judged")!.Value!.Value, 12); // 7.95% rounds to 8.0% at one decimal (half away from zero)
        Assert.Equal(107.95 * 0.08, e.Find("Part")!.Value!.Value, 12);
        Assert.Equal("亿元", e.Find("Part")!.Indicator.Unit!.Symbol);
    }

    [Fact]
    public void A_unit_declared_for_a_catalogue_indicator_is_the_unit_of_its_values()
    {
        var plan = Plan(Set(new IndicatorDeclaration("GDP", Unit: "万元"), Derived("Half", Div(N("GDP"), Num(2)), "亿元")));
        Assert.Equal(0.5, plan.Evaluate(RuleZone.Create().With("GDP", 10000)).Find("Half")!.Value!.Value, 12);
        var wrong = RulePlan.Compile(Set(new IndicatorDeclaration("GDP", Unit: "亩")));
        Assert.Equal("'GDP' is declared in 亩, but the catalogue measures GDP in 亿元 (money)", Assert.Single(wrong.Diagnostics).Message);
    }

    [Fact]
    public void Explanations_read_in_Chinese_too()
    {
        var plan = Plan(new RuleSet(
            [new IndicatorDeclaration("RdSpending", Unit: "万元"), Derived("G", Call("growth", N("TotalProfit"))),
             new IndicatorDeclaration("RdIntensity", Unit: "%", Formula: Div(N("RdSpending"), N("OperatingRevenue")))],
            checks: [new CheckDeclaration("rd", Bin(RuleBinaryOperator.LessOrEqual, N("RdSpending"), N("OperatingRevenue")), "研发经费不应超过营业收入")]));
        var e = plan.Evaluate(RuleZone.Create().With("OperatingRevenue", 12).With("TotalProfit", -3, 5));
        Assert.Equal("本期为负：由盈转亏", e.Find("G")!.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
        Assert.Equal("缺少RdSpending", e.Find("RdIntensity")!.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
        var text = e.ToString(ExplanationLanguage.Chinese);
        Assert.Contains("RdSpending / OperatingRevenue：缺失（缺少RdSpending）", text, StringComparison.Ordinal);
        Assert.Contains("rd：未校验（缺少RdSpending）", text, StringComparison.Ordinal);
        Assert.Contains("rd: not evaluated (missing RdSpending)", e.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
    }
}
