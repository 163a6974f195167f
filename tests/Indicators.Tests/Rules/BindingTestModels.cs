namespace Indicators.Tests.Rules;

/// <summary>Short helpers that build rule models by hand, so binding tests read like the rule text they stand for.</summary>
internal static class M
{
    internal static NameReference N(string name) => new(name);

    internal static NumberLiteral Num(double value, string? unit = null) => new(value, unit);

    internal static RuleBinaryExpression Add(RuleExpression l, RuleExpression r) => new(RuleBinaryOperator.Add, l, r);

    internal static RuleBinaryExpression Sub(RuleExpression l, RuleExpression r) => new(RuleBinaryOperator.Subtract, l, r);

    internal static RuleBinaryExpression Mul(RuleExpression l, RuleExpression r) => new(RuleBinaryOperator.Multiply, l, r);

    internal static RuleBinaryExpression Div(RuleExpression l, RuleExpression r) => new(RuleBinaryOperator.Divide, l, r);

    internal static RuleBinaryExpression Bin(RuleBinaryOperator op, RuleExpression l, RuleExpression r) => new(op, l, r);

    internal static CallExpression Call(string function, params RuleExpression[] arguments) => new(function, arguments);

    internal static IndicatorDeclaration Derived(string name, RuleExpression formula, string? unit = null) => new(name, Unit: unit, Formula: formula);

    internal static IndicatorDeclaration Base(string name, string? unit = null) => new(name, Unit: unit);

    internal static RuleSet Set(params IndicatorDeclaration[] indicators) => new(indicators);

    internal static Outcome<RulePlan> Compile(RuleSet rules, RuleEnvironment? environment = null) => RulePlan.Compile(rules, environment);

    internal static Diagnostic Single(Outcome<RulePlan> result, string code)
    {
        Assert.False(result.Success);
        Assert.Null(result.Value);
        var found = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(DiagnosticSeverity.Error, found.Severity);
        return found;
    }

    internal static ScoredIndicatorDeclaration Entry(string indicator, double points, string method, params RuleArgument[] arguments) =>
        new(indicator, IndicatorWeight.Points(points), new ScoringMethodReference(method, arguments));

    internal static RuleArgument Arg(double value, string? name = null) => new(name, new NumberLiteral(value));
}
