using FsCheck;
using FsCheck.Fluent;
using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class EvaluationPropertyTests
{
    // A value or missing (null), with zeros and negatives often enough to reach division by zero and missing growth.
    internal static readonly Gen<double?> Value = Gen.OneOf(
        Gen.Constant<double?>(null),
        Gen.Elements<double?>(0, -1, 1),
        Gen.Choose(-1_000_000, 1_000_000).Select(i => (double?)(i / 100.0)));

    private static RuleZone Zone(double? a, double? b, double? c, double? previousA)
    {
        var zone = RuleZone.Create();
        if (a is double x) { zone = zone.With("A", x); }
        if (b is double y) { zone = zone.With("B", y); }
        if (c is double z) { zone = zone.With("C", z); }
        if (previousA is double p) { zone = zone.WithPreviousYear("A", p); }
        return zone;
    }

    // A, B in 万元, C in 亿元: Ratio = (A + B) / C in %, Mixed = max(A, B) - C (in 万元), G = growth(A).
    private static readonly RulePlan DerivedPlan = RulePlan.Compile(Set(
        Base("A", "万元"), Base("B", "万元"), Base("C", "亿元"),
        Derived("Ratio", Div(Add(N("A"), N("B")), N("C")), "%"),
        Derived("Mixed", Sub(Call("max", N("A"), N("B")), N("C")), "万元"),
        Derived("G", Call("growth", N("A"))))).Value!;

    [Property(MaxTest = 300)]
    public bool Derived_values_equal_direct_arithmetic_and_missing_propagates(RuleValues t)
    {
        var (a, b, c, p) = t;
        var e = DerivedPlan.Evaluate(Zone(a, b, c, p));
        double? ratio = a is null || b is null || c is null || c == 0 ? null : (a.Value + b.Value) / (c.Value * 10000.0) / 0.01;
        double? mixed = a is null || b is null || c is null ? null : Math.Max(a.Value, b.Value) - c.Value * 10000.0;
        double? growth = a is null || p is null || !Growth.YearOnYear(a.Value, p.Value).HasValue ? null : Growth.YearOnYear(a.Value, p.Value).Rate!.Value.Fraction / 0.01;
        return Equals(ratio, e.Find("Ratio")!.Value) && Equals(mixed, e.Find("Mixed")!.Value) && Equals(growth, e.Find("G")!.Value)
            && (e.Find("Ratio")!.Value is not null || e.Find("Ratio")!.MissingReason is not null);
    }

    private static readonly RulePlan CheckPlan = RulePlan.Compile(new RuleSet([Base("A", "万元"), Base("B", "万元")],
        checks: [new CheckDeclaration("a_le_b", Bin(RuleBinaryOperator.LessOrEqual, N("A"), N("B")))])).Value!;

    [Property(MaxTest = 300)]
    public bool A_check_is_not_evaluated_exactly_when_a_value_it_needs_is_missing(RuleValuePair t)
    {
        var status = CheckPlan.Evaluate(Zone(t.A, t.B, null, null)).Checks[0].Status;
        var expected = t.A is null || t.B is null ? RuleCheckStatus.NotEvaluated : t.A <= t.B ? RuleCheckStatus.Passed : RuleCheckStatus.Failed;
        return status == expected;
    }

    [Fact]
    public void A_plan_evaluates_the_same_from_many_threads()
    {
        var plan = RulePlan.Compile(Set(Base("A", "万元"), Derived("R", Div(N("A"), N("GDP")), "%"), Derived("G", Call("growth", N("R"))))).Value!;
        var zones = Enumerable.Range(1, 400).Select(i => RuleZone.Create().With("A", i * 10.0, i * 9.0).With("GDP", 1 + i % 7, 1 + i % 5)).ToArray();
        var sequential = zones.Select(z => plan.Evaluate(z).Find("G")!.Value).ToArray();
        var parallel = new double?[zones.Length];
        Parallel.For(0, zones.Length, i => parallel[i] = plan.Evaluate(zones[i]).Find("G")!.Value);
        Assert.Equal(sequential, parallel);
        Assert.All(sequential, v => Assert.NotNull(v));
    }
}
