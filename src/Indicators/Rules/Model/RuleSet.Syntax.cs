using Indicators.Rules.Syntax;

namespace Indicators.Rules;

public sealed partial record RuleSet
{
    /// <summary>
    /// Parses rule text (解析规则文本) into a model. Never throws for authored text: every error is a diagnostic with
    /// its line, column and excerpt, all errors of the text at once, and the model keeps what parsed.
    /// </summary>
    /// <param name="text">The rule text; <see langword="null"/> gives a diagnostic.</param>
    /// <param name="sourceName">The file or source name shown in diagnostics, or <see langword="null"/>.</param>
    /// <param name="limits">The limits on text length, statements and nesting, or <see langword="null"/> for <see cref="RuleLimits.Default"/>.</param>
    /// <returns>The model of what parsed (<see cref="Outcome{T}.Value"/>, never <see langword="null"/>: with errors, the
    /// statements with errors are left out) and the diagnostics, in the order of their positions.</returns>
    public static Outcome<RuleSet> Parse(string? text, string? sourceName = null, RuleLimits? limits = null) =>
        RuleParser.Parse(text, sourceName, limits).ToOutcome();

    /// <summary>
    /// Reads one expression written in the rule language (表达式文本), a formula or a condition as it stands after <c>=</c>, with no statement around it: <c>RuleSet.ParseExpression("RdSpending / OperatingRevenue")</c>.
    /// The expression must take the whole text (white space and comments aside). Never throws for the text: the result
    /// has the expression or the diagnostics, whose positions are in <paramref name="text"/> itself.
    /// </summary>
    /// <param name="text">The expression, or <see langword="null"/> (a diagnostic).</param>
    /// <param name="sourceName">The name of the text's source for diagnostics, or <see langword="null"/>.</param>
    /// <param name="limits">The limits of the text (length, nesting), or <see langword="null"/> for <see cref="RuleLimits.Default"/>.</param>
    /// <returns>The expression, or the diagnostics.</returns>
    public static Outcome<RuleExpression> ParseExpression(string? text, string? sourceName = null, RuleLimits? limits = null) =>
        RuleParser.ParseLoneExpression(text, sourceName, limits);

    /// <summary>
    /// The rule set as text in the canonical form (规范文本): one statement per line, entries indented, numbers in
    /// the shortest invariant form that reads back exactly, names in brackets only when needed; so
    /// <c>RuleSet.Parse(ruleSet.ToText()).Value</c> equals the rule set.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToText() => UnitStatementPrinter.Print(Units, Rates, RecordSets) + RulePrinter.Print(Indicators, Targets, Checks, Schemes, Tables);

    /// <summary>The canonical text (<see cref="ToText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();
}
