namespace Indicators.Rules.Syntax;

/// <summary>
/// How <see cref="RulePrinter"/> writes an expression: the canonical text (<see cref="Canonical"/>, exact, reads back
/// as the same tree) or an explanation's (<see cref="RuleExpressionText.Style"/>, bounded). The operator table, the
/// parentheses and the bracketing of names are the same in every style.
/// </summary>
/// <param name="SpacedPower">Whether <c>^</c> has a space on each side (<c>b ^ c</c>) like the other operators, or none (<c>b^c</c>).</param>
/// <param name="ExactSigns">Whether signs are written so that they read back: a negative literal binds as a unary minus
/// (<c>(-2)^2</c>) and the negation of a literal keeps its parentheses (<c>-(5%)</c>). Without, a literal is written as
/// the number it is (<c>-2 ^ 2</c>, <c>-5%</c>), which reads back as another tree.</param>
/// <param name="MaxLength">The longest text written before "…".</param>
/// <param name="MaxDepth">The deepest node written; a deeper subtree is written "…".</param>
internal readonly record struct RuleTextStyle(bool SpacedPower, bool ExactSigns, int MaxLength, int MaxDepth)
{
    /// <summary>The canonical text: <c>2^3</c>, exact signs, no cut.</summary>
    internal static readonly RuleTextStyle Canonical = new(SpacedPower: false, ExactSigns: true, int.MaxValue, int.MaxValue);
}
