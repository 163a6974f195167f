namespace Indicators.Tests.Rules;

public class BindingEnvironmentTests
{
    [Fact]
    public void RuleType_of_a_unit_follows_its_dimension()
    {
        Assert.Equal(RuleType.Percent, RuleType.Quantity(Units.Percent));
        Assert.Equal(RuleType.Number, RuleType.Quantity(Units.One));
        Assert.Equal(RuleType.Number, RuleType.Quantity(Units.PerMille));
        var money = RuleType.Quantity(Units.HundredMillionYuan);
        Assert.Equal(RuleTypeKind.Quantity, money.Kind);
        Assert.Equal("亿元 (money)", money.ToString());
        Assert.NotEqual(money, RuleType.Quantity(Units.TenThousandYuan)); // one dimension, two units
        Assert.Equal("argument 2's type", RuleType.SameAsArgument(1).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleType.SameAsArgument(-1));
    }

    [Fact]
    public void RuleFunction_validates_its_signature()
    {
        static double Body(ReadOnlySpan<double> a) => a[0];
        Assert.Throws<ArgumentException>(() => new RuleFunction("bad name", [RuleType.Number], RuleType.Number, Body));
        Assert.Throws<ArgumentException>(() => new RuleFunction("f", [RuleType.Boolean], RuleType.Number, Body));
        Assert.Throws<ArgumentException>(() => new RuleFunction("f", [RuleType.Number], RuleType.SameAsArgument(1), Body));
        Assert.Throws<ArgumentException>(() => new RuleFunction("f", [RuleType.Number], RuleType.Boolean, Body));
        var ok = new RuleFunction("增速折算", [RuleType.Percent], RuleType.SameAsArgument(0), Body);
        Assert.Equal("增速折算(percent) → argument 1's type", ok.ToString());
    }

    [Fact]
    public void Scoring_method_registration_is_validated()
    {
        static IScoringMethod Factory(ScoringArguments a) => ScoringMethods.CappedRatio(a.Number("cap", 1));
        Assert.Throws<ArgumentException>(() => RuleEnvironment.Default.WithScoringMethod("capped_ratio", Factory, "cap"));
        Assert.Throws<ArgumentException>(() => RuleEnvironment.Default.WithScoringMethod("x y", Factory));
        Assert.Throws<ArgumentException>(() => RuleEnvironment.Default.WithScoringMethod("m", Factory, "a", "a"));
        var environment = RuleEnvironment.Default.WithScoringMethod("my_ratio", Factory, "cap");
        Assert.Contains("my_ratio", environment.ScoringMethodNames);
        Assert.Same(IndicatorCatalog.Standard, environment.Catalog);
        Assert.Same(RuleLimits.Default, environment.Limits);
    }

    [Fact]
    public void A_plan_binds_against_the_environment_catalogue()
    {
        var catalog = IndicatorCatalog.Empty.With(IndicatorDefinition.Create("Output", "产值", "Output", Units.TenThousandYuan, IndicatorNature.Flow));
        var rules = new RuleSet([new IndicatorDeclaration("Double", Formula: new RuleBinaryExpression(RuleBinaryOperator.Multiply, new NameReference("产值"), new NumberLiteral(2)))]);
        var plan = RulePlan.Compile(rules, RuleEnvironment.Default.WithCatalog(catalog)).Value!;
        Assert.Equal(8, plan.Evaluate(RuleZone.Create().With("Output", 4)).Find("Double")!.Value);
        Assert.Equal("RL2001", Assert.Single(RulePlan.Compile(new RuleSet([new IndicatorDeclaration("X", Formula: new NameReference("GDP"))]), RuleEnvironment.Default.WithCatalog(catalog)).Diagnostics).Code);
    }
}
