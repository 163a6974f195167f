using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class EvaluationExtensionTests
{
    // The tutorial of docs/rule-language.md: a custom function and a custom scoring method.
    private static RuleEnvironment Environment() => RuleEnvironment.Default
        .WithFunction(new RuleFunction("clamp", [RuleType.Number, RuleType.Number, RuleType.Number], RuleType.SameAsArgument(0),
            args => Math.Clamp(args[0], args[1], args[2])))
        .WithFunction(new RuleFunction("per_mu", [RuleType.Quantity(Units.TenThousandYuan), RuleType.Quantity(Units.Mu)],
            RuleType.Quantity(Units.TenThousandYuanPerMu), args => args[0] / args[1]));

    [Fact]
    public void A_registered_function_is_called_with_converted_arguments()
    {
        var rules = Set(Base("LandUsed", "亩"),
            Derived("Density", Call("per_mu", N("GDP"), N("LandUsed")), "万元/亩"),
            Derived("Capped", Call("clamp", Div(N("Exports"), N("GDP")), Num(0), Num(0.5))));
        var plan = RulePlan.Compile(rules, Environment()).Value!;
        var e = plan.Evaluate(RuleZone.Create().With("GDP", 12).With("LandUsed", 3000).With("Exports", 9));
        Assert.Equal(12 * 10000 / 3000.0, e.Find("Density")!.Value!.Value, 12); // 12亿元 reaches the function as 120000万元
        Assert.Equal(0.5, e.Find("Capped")!.Value);
        var missing = plan.Evaluate(RuleZone.Create().With("GDP", 12)).Find("Density")!;
        Assert.Equal("missing LandUsed", missing.MissingReason); // not called with a missing argument
    }

    [Fact]
    public void A_registered_function_checks_arity_and_types()
    {
        var environment = Environment();
        Assert.Equal("RL2005", Single(RulePlan.Compile(Set(Derived("X", Call("clamp", N("GDP")))), environment), "RL2005").Code);
        var d = Single(RulePlan.Compile(Set(Derived("X", Call("per_mu", N("GDP"), N("Exports")))), environment), "RL2006");
        Assert.Equal("argument 2 of per_mu() must be 亩 (area), not 亿元 (money)", d.Message);
        Assert.Throws<ArgumentException>(() => environment.WithFunction(new RuleFunction("growth", [RuleType.Number], RuleType.Number, a => a[0])));
    }

    [Fact]
    public void A_function_returning_no_value_gives_missing()
    {
        var environment = RuleEnvironment.Default.WithFunction(new RuleFunction("sqrt", [RuleType.Number], RuleType.Number, a => Math.Sqrt(a[0])));
        var plan = RulePlan.Compile(Set(Derived("R", Call("sqrt", Num(-1)))), environment).Value!;
        Assert.Equal("sqrt() gave no value", plan.Evaluate(RuleZone.Create()).Find("R")!.MissingReason);
    }

    [Fact]
    public void A_registered_scoring_method_works_end_to_end_and_reports_bad_arguments()
    {
        var environment = RuleEnvironment.Default.WithScoringMethod("half_at_target",
            a => ScoringMethods.EightyPercentAtTarget(a.Number("per_point"), a.Number("cap", 1.2), shareAtTarget: 0.5), "per_point", "cap");
        var scheme = new SchemeDeclaration("S", categories: [new CategoryDeclaration("经济", 100, indicators:
            [Entry("GDP", 100, "half_at_target", Arg(0.5, "per_point")) with { Target = 8 }])]);
        var plan = RulePlan.Compile(new RuleSet(schemes: [scheme]), environment).Value!;
        var built = AssessmentScheme.CreateBuilder("S").Category("经济", 100, c => c.Indicator("GDP",
            ScoringMethods.EightyPercentAtTarget(0.5, 1.2, 0.5), IndicatorWeight.Points(100), targets: new ZoneTargets(8))).Build();
        var zones = new[] { AssessmentZone.Of("A").WithValue("GDP", 9), AssessmentZone.Of("B").WithValue("GDP", 6.5) };
        Assert.Equal(built.Evaluate(zones).Select(z => z.Total), plan.Schemes["S"].Evaluate(zones).Select(z => z.Total));
        Assert.Equal(50.5, plan.Schemes["S"].Evaluate(zones)[0].Total, 9);

        var missing = new SchemeDeclaration("S", categories: [new CategoryDeclaration("经济", 100, indicators: [Entry("GDP", 100, "half_at_target")])]);
        var d = Single(RulePlan.Compile(new RuleSet(schemes: [missing]), environment), "RL2011");
        Assert.Equal("half_at_target(): half_at_target() needs the argument 'per_point'", d.Message);
        Assert.Equal("RL2010", Single(RulePlan.Compile(new RuleSet(schemes: [missing])), "RL2010").Code); // not in the default environment
    }

    [Fact]
    public void Registrations_leave_the_original_environment_unchanged()
    {
        _ = Environment();
        Assert.Empty(RuleEnvironment.Default.Functions);
        Assert.DoesNotContain("half_at_target", RuleEnvironment.Default.ScoringMethodNames);
        Assert.Contains("capped_ratio", RuleEnvironment.Default.ScoringMethodNames);
    }

    [Fact]
    public void The_tutorial_text_compiles_with_the_registrations_and_not_without()
    {
        const string Text = """
            indicator LandUsed "工业用地" unit 亩;
            indicator Density "亩均产出" = per_mu(GDP, LandUsed) unit "万元/亩";     // GDP (亿元) reaches per_mu in 万元
            indicator ExportShare = clamp(Exports / GDP, 0, 0.5);
            scheme S "示例" {
              category 经济 100 {
                GDP 100 by half_at_target(per_point: 0.5) target 8;
              }
            }
            """;
        var environment = Environment().WithScoringMethod("half_at_target",
            a => ScoringMethods.EightyPercentAtTarget(a.Number("per_point"), a.Number("cap", 1.2), shareAtTarget: 0.5), "per_point", "cap");
        var result = RulePlan.Compile(Text, environment);
        Assert.True(result.Success, result.ToString());
        var e = result.Value!.Evaluate(RuleZone.Create().With("GDP", 12).With("LandUsed", 3000).With("Exports", 3));
        Assert.Equal(40, e.Find("Density")!.Value!.Value, 12);
        Assert.Equal(0.25, e.Find("ExportShare")!.Value!.Value, 12);
        Assert.Equal(["RL2009", "RL2009", "RL2010"], RulePlan.Compile(Text).Diagnostics.Select(d => d.Code).ToArray());
    }

    [Fact]
    public void Text_cannot_reach_the_system()
    {
        var result = RulePlan.Compile("indicator X = System.IO.File.Delete(\"x\");\nindicator Y = Environment(1);");
        Assert.False(result.Success);
        Assert.All(result.Diagnostics, d => Assert.Matches("^RL[12]", d.Code));
        Assert.Contains(result.Diagnostics, d => d.Code == "RL2009" && d.Message == "unknown function 'Environment'");
    }
}
