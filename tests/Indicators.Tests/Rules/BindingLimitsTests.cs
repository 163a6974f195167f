using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class BindingLimitsTests
{
    [Fact]
    public void Deep_expression_built_in_code_is_RL4001_without_a_stack_overflow()
    {
        RuleExpression e = N("GDP");
        for (var i = 0; i < 100_000; i++)
        {
            e = new RuleUnaryExpression(RuleUnaryOperator.Negate, e);
        }
        var d = Single(Compile(Set(Derived("Deep", e))), "RL4001");
        Assert.Equal("the expression is nested deeper than the limit of 64", d.Message);
        Assert.Equal("表达式嵌套超过上限64层", d.ChineseMessage);
    }

    [Fact]
    public void Too_many_statements_is_RL4002()
    {
        var environment = RuleEnvironment.Default.WithLimits(RuleLimits.Default with { MaxStatements = 3 });
        var d = Single(Compile(Set(Base("A"), Base("B"), Base("C"), Base("D")), environment), "RL4002");
        Assert.Equal("the rules have 4 statements and entries, more than the limit of 3", d.Message);
    }

    [Fact]
    public void Long_chain_of_derived_indicators_binds_and_evaluates_without_recursion()
    {
        // D0 = GDP, D1 = D0 + 1亿元, ... declared in reverse order so binding must order them.
        const int length = 5_000;
        var declarations = new List<IndicatorDeclaration>(length);
        for (var i = length - 1; i >= 1; i--)
        {
            declarations.Add(Derived("D" + i, Add(N("D" + (i - 1)), Num(1, "亿元"))));
        }
        declarations.Add(Derived("D0", N("GDP")));
        var result = Compile(new RuleSet(declarations));
        Assert.True(result.Success, result.ToString());
        var e = result.Value!.Evaluate(RuleZone.Create().With("GDP", 10));
        Assert.Equal(10 + length - 1, e.Find("D" + (length - 1))!.Value);
        Assert.Empty(e.Diagnostics);
    }

    [Fact]
    public void Long_cycle_is_reported_once()
    {
        const int length = 3_000;
        var declarations = Enumerable.Range(0, length).Select(i => Derived("C" + i, Add(N("C" + ((i + 1) % length)), Num(1)))).ToArray();
        var d = Single(Compile(new RuleSet(declarations)), "RL2002");
        Assert.StartsWith("derived indicators form a cycle: C0 → C1 → C2", d.Message, StringComparison.Ordinal);
    }
}
