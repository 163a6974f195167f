namespace Indicators.Rules.Syntax;

/// <summary>Writes an expression as rule text for explanations: <see cref="RulePrinter"/> in the explanation style.</summary>
internal static class RuleExpressionText
{
    /// <summary>The longest expression an explanation writes before "…": every node of a formula shows its own
    /// expression, so without a bound a long formula (raised limits) would cost the square of its length per zone.</summary>
    internal const int MaxLength = 500;

    /// <summary>The deepest node written; a deeper subtree (possible only with raised limits) is written "…", so that
    /// writing one node's expression costs at most this many steps before its text starts.</summary>
    internal const int MaxDepth = 100;

    /// <summary>The explanation style: spaces around every operator (<c>b ^ c</c>), literals written as their numbers
    /// (<c>-5%</c>), cut at <see cref="MaxLength"/> and <see cref="MaxDepth"/>.</summary>
    internal static readonly RuleTextStyle Style = new(SpacedPower: true, ExactSigns: false, MaxLength, MaxDepth);

    internal static string Format(RuleExpression expression) => RulePrinter.Print(expression, Style);
}
