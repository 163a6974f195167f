using FsCheck;
using FsCheck.Fluent;
using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class BindingRobustnessTests
{
    private static readonly string[] Names = ["GDP", "Exports", "地区生产总值", "RdIntensity", "A", "B", "Nope", "LandArea", ""];
    private static readonly string?[] UnitTexts = [null, "%", "pp", "亿元", "万元", "亩", "家", "吨标准煤/万元", "xyz"];
    private static readonly string[] Functions = ["min", "max", "abs", "round", "if", "present", "coalesce", "previous", "growth", "target", "completion", "share", "nope"];

    private static Gen<RuleExpression> Expression(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Elements(Names).Select(n => (RuleExpression)N(n)),
            Gen.Elements(UnitTexts).SelectMany(u => Gen.Elements(0.0, 1, 2.5, -3, 1e300, double.NaN).Select(v => (RuleExpression)Num(v, u))),
            Gen.Elements(true, false).Select(b => (RuleExpression)new BooleanLiteral(b)));
        if (depth <= 0)
        {
            return leaf;
        }
        var sub = Expression(depth - 1);
        return Gen.OneOf(
            leaf,
            Gen.Elements(Enum.GetValues<RuleBinaryOperator>()).SelectMany(op => sub.SelectMany(l => sub.Select(r => (RuleExpression)Bin(op, l, r)))),
            Gen.Elements(Enum.GetValues<RuleUnaryOperator>()).SelectMany(op => sub.Select(o => (RuleExpression)new RuleUnaryExpression(op, o))),
            Gen.Elements(Functions).SelectMany(f => Gen.Choose(0, 3).SelectMany(n => sub.ArrayOf(n).Select(a => (RuleExpression)Call(f, a)))));
    }

    private static readonly RuleZone RobustnessZone = RuleZone.Create().With("GDP", 10, 9).With("Exports", 2).With("LandArea", 0);

    /// <summary>Rule models with random expressions (depth 3–4), units and target texts.</summary>
    internal static Gen<RuleSet> RandomModels =>
        from a in Expression(4)
        from b in Expression(3)
        from c in Expression(3)
        from unitA in Gen.Elements(UnitTexts)
        from unitB in Gen.Elements(UnitTexts)
        from target in Gen.Elements("增长8%以上", "210亿元", "确保8%、力争10%", "零控制", "下降3%以上", "oops")
        select new RuleSet(
            [Derived("A", a, unitA), Derived("B", b, unitB), Base("LandArea", "亩")],
            [new TargetDeclaration("GDP", target), new TargetDeclaration("Exports", "新增2-3家")],
            [new CheckDeclaration("c", c, "m")]);

    [Property(MaxTest = 1000)]
    public bool Random_models_compile_to_a_plan_or_diagnostics_and_plans_evaluate_without_exceptions(RandomRuleModel model)
    {
        var rules = model.Rules;
        var result = RulePlan.Compile(rules);
        if (result.Value is null)
        {
            return result.Diagnostics.Count > 0 && result.Diagnostics.All(d => d.Code.StartsWith("RL", StringComparison.Ordinal));
        }
        var e = result.Value.Evaluate(RobustnessZone);
        return e.Indicators.All(i => i.Value is null ? i.MissingReason is not null : double.IsFinite(i.Value.Value));
    }
}
