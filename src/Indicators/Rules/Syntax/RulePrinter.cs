using System.Text;
using Indicators.Assessment;

namespace Indicators.Rules.Syntax;

/// <summary>
/// Writes the records of a rule model as text in the canonical form (docs/rule-language.md): what it writes, the parser reads back
/// as an equal model. Expressions get the fewest parentheses that keep the tree.
/// </summary>
/// <remarks>The one writer of expressions: explanations (<see cref="RuleExpressionText"/>) are the same traversal in
/// another <see cref="RuleTextStyle"/>, so the two texts cannot drift apart in anything but what the style says.</remarks>
internal static partial class RulePrinter
{
    private const int OrLevel = RuleOperators.OrLevel;
    private const int PrimaryLevel = RuleOperators.PrimaryLevel;
    private const int UnaryLevel = RuleOperators.UnaryLevel;

    internal static string Print(IEnumerable<IndicatorDeclaration> indicators, IEnumerable<TargetDeclaration> targets, IEnumerable<CheckDeclaration> checks, IEnumerable<SchemeDeclaration> schemes,
        IEnumerable<TableDeclaration>? tables = null)
    {
        var sb = new StringBuilder();
        foreach (var indicator in indicators)
        {
            sb.Append("indicator ").Append(Name(indicator.Name));
            if (indicator.Title is not null)
            {
                sb.Append(' ').Append(Quote(indicator.Title));
            }
            if (indicator.Formula is not null)
            {
                sb.Append(" = ");
                Write(sb, indicator.Formula, RuleTextStyle.Canonical);
            }
            if (indicator.Unit is not null)
            {
                sb.Append(" unit ").Append(indicator.Unit == "%" || RuleSyntax.IsPlainName(indicator.Unit) ? indicator.Unit : Quote(indicator.Unit));
            }
            if (indicator.Polarity is not null)
            {
                sb.Append(indicator.Polarity == Polarity.Reverse ? " reverse" : " positive");
            }
            sb.Append(";\n");
        }
        foreach (var target in targets)
        {
            sb.Append("target ").Append(Name(target.Indicator)).Append(' ').Append(Quote(target.Wording)).Append(";\n");
        }
        foreach (var check in checks)
        {
            sb.Append("check ").Append(Name(check.Name)).Append(": ");
            Write(sb, check.Condition, RuleTextStyle.Canonical);
            if (check.Message is not null)
            {
                sb.Append(' ').Append(Quote(check.Message));
            }
            sb.Append(";\n");
        }
        WriteTables(sb, tables);
        foreach (var scheme in schemes)
        {
            WriteScheme(sb, scheme);
        }
        return sb.ToString();
    }

    /// <summary>An expression with the fewest parentheses that keep its tree.</summary>
    internal static string Print(RuleExpression expression) => Print(expression, RuleTextStyle.Canonical);

    /// <summary>An expression in <paramref name="style"/>: the canonical text, or an explanation's
    /// (<see cref="RuleExpressionText"/>).</summary>
    internal static string Print(RuleExpression expression, RuleTextStyle style)
    {
        var sb = new StringBuilder();
        Write(sb, expression, style);
        return sb.ToString();
    }

    private static void WriteScheme(StringBuilder sb, SchemeDeclaration scheme)
    {
        sb.Append("scheme ").Append(Name(scheme.Name));
        if (scheme.Title is not null)
        {
            sb.Append(' ').Append(Quote(scheme.Title));
        }
        if (scheme.Extends is not null)
        {
            sb.Append(" extends ").Append(Name(scheme.Extends));
        }
        if (scheme.Total is double total)
        {
            sb.Append(" total ").Append(NumberText.Format(total));
        }
        sb.Append(" {\n");
        WriteWeightsBy(sb, scheme);
        foreach (var category in scheme.Categories)
        {
            sb.Append("  category ").Append(Name(category.Name));
            AppendNumber(sb, category.Weight);
            WriteTypeWeights(sb, category.TypeWeights);
            if (category.Cap is double cap)
            {
                sb.Append(" cap ").Append(NumberText.Format(cap));
            }
            if (category.Indicators is null)
            {
                sb.Append(";\n");
                continue;
            }
            sb.Append(" {\n");
            WriteRemovals(sb, "    remove ", category.Removed);
            foreach (var entry in category.Indicators)
            {
                WriteEntry(sb, entry);
            }
            sb.Append("  }\n");
        }
        WriteRemovals(sb, "  remove category ", scheme.RemovedCategories);
        foreach (var bonus in scheme.Bonuses)
        {
            sb.Append("  bonus ").Append(Name(bonus.Code)).Append(' ').Append(Quote(bonus.Title)).Append(' ').Append(NumberText.Format(bonus.Points))
                .Append(bonus.Kind == BonusKind.Fixed ? " once" : " each");
            AppendTrigger(sb, bonus.Trigger);
            if (bonus.Cap is double cap)
            {
                sb.Append(" cap ").Append(NumberText.Format(cap));
            }
            sb.Append(";\n");
        }
        if (scheme.BonusCap is double bonusCap)
        {
            sb.Append("  bonuscap ").Append(NumberText.Format(bonusCap)).Append(";\n");
        }
        foreach (var deduction in scheme.Deductions)
        {
            sb.Append("  deduction ").Append(Name(deduction.Code)).Append(' ').Append(Quote(deduction.Title)).Append(' ')
                .Append(NumberText.Format(deduction.PointsPerEvent));
            AppendTrigger(sb, deduction.Trigger);
            sb.Append(";\n");
        }
        foreach (var veto in scheme.Vetoes)
        {
            sb.Append("  veto ").Append(Name(veto.Code)).Append(' ').Append(Quote(veto.Title)).Append(veto.Form switch
            {
                VetoForm.ScoreZero => " zero",
                VetoForm.ExcludeFromRanking => " exclude",
                VetoForm.RevokeHonours => " honours",
                _ => " grade " + Name(veto.GradeCap ?? string.Empty),
            });
            AppendTrigger(sb, veto.Trigger);
            sb.Append(";\n");
        }
        foreach (var grade in scheme.Grades)
        {
            if (grade.MinimumScore is double minimum)
            {
                sb.Append("  grade ").Append(Name(grade.Name)).Append(' ').Append(NumberText.Format(minimum)).Append(";\n");
            }
            else
            {
                sb.Append("  tier ").Append(Name(grade.Name)).Append(' ').Append(grade.LastRank is int last ? NumberText.Format(last) : "rest").Append(";\n");
            }
        }
        if (scheme.Ranking is { } ranking)
        {
            sb.Append("  rank ").Append(ranking.Method == RankingMethod.Dense ? "dense" : "competition");
            if (ranking.TieDecimals is int ties)
            {
                sb.Append(" ties ").Append(NumberText.Format(ties));
            }
            if (ranking.GroupBy is not null)
            {
                sb.Append(" within ").Append(Name(ranking.GroupBy));
            }
            sb.Append(";\n");
        }
        WriteExit(sb, scheme.Exit);
        sb.Append("}\n");
    }

    private static void WriteEntry(StringBuilder sb, ScoredIndicatorDeclaration entry)
    {
        sb.Append("    ").Append(Name(entry.Indicator));
        if (entry.Weight is { } weight)
        {
            sb.Append(weight.IsMultiplier ? " *" : " ").Append(NumberText.Format(weight.Value));
        }
        WriteTypeWeights(sb, entry.TypeWeights);
        if (entry.Method is { } method)
        {
            sb.Append(" by ").Append(Name(method.Name)).Append('(');
            for (var i = 0; i < method.Arguments.Count; i++)
            {
                var argument = method.Arguments[i];
                sb.Append(i == 0 ? string.Empty : ", ");
                if (argument.Name is not null)
                {
                    // A keyword before ':' is read as the parameter's name (cap: 1.2), so it needs no brackets.
                    sb.Append(RuleSyntax.Keywords.Contains(argument.Name) ? argument.Name : Name(argument.Name)).Append(": ");
                }
                if (argument.Value is NameReference { Name: var word } && RuleSyntax.Keywords.Contains(word))
                {
                    sb.Append(word); // a keyword as an argument is read as a word (ratio_to(total)), so it needs no brackets
                }
                else
                {
                    Write(sb, argument.Value, RuleTextStyle.Canonical);
                }
            }
            sb.Append(')');
        }
        if (entry.Missing is { } missing)
        {
            sb.Append(" missing ").Append(missing switch
            {
                MissingDataPolicy.ScoreZero => "zero",
                MissingDataPolicy.Reweight => "reweight",
                _ => "error",
            });
        }
        AppendNumber(sb, " target ", entry.Target, entry.TargetUnit);
        AppendNumber(sb, " stretch ", entry.Stretch, entry.StretchUnit);
        AppendNumber(sb, " baseline ", entry.Baseline, entry.BaselineUnit);
        sb.Append(";\n");
    }

    private static void AppendNumber(StringBuilder sb, double? value) => AppendNumber(sb, " ", value);

    private static void AppendNumber(StringBuilder sb, string prefix, double? value, string? unit = null)
    {
        if (value is double v)
        {
            sb.Append(prefix).Append(NumberText.Format(v)).Append(unit);
        }
    }

    /// <summary>Writes depth-first with a stack of pending nodes and texts, not by recursion, so a model built in code
    /// prints whatever its depth, on any thread's stack (ToString never throws). In the canonical style the text is
    /// exact and reads back under limits that allow its depth; a style with a cut writes a subtree deeper than its
    /// <see cref="RuleTextStyle.MaxDepth"/> as "…" and stops with "…" after <see cref="RuleTextStyle.MaxLength"/>
    /// characters (of this expression's text, whatever <paramref name="sb"/> held before).</summary>
    private static void Write(StringBuilder sb, RuleExpression root, RuleTextStyle style)
    {
        var start = sb.Length;
        var pending = new Stack<(RuleExpression? Node, int Required, string? Text, int Depth)>();
        pending.Push((root, OrLevel, null, 0));
        while (pending.TryPop(out var item))
        {
            if (sb.Length - start > style.MaxLength)
            {
                break;
            }
            if (item.Node is not { } expression)
            {
                sb.Append(item.Text);
                continue;
            }
            if (item.Depth > style.MaxDepth)
            {
                sb.Append('…');
                continue;
            }
            var depth = item.Depth + 1;
            if (Level(expression, style) < item.Required)
            {
                sb.Append('(');
                pending.Push((null, 0, ")", 0));
            }
            switch (expression)
            {
                case NumberLiteral number:
                    // The shortest text that reads back, sign included (-5); -0 is written 0.
                    sb.Append(NumberText.Format(number.Value)).Append(number.Unit);
                    break;
                case BooleanLiteral boolean:
                    sb.Append(boolean.Value ? "true" : "false");
                    break;
                case NameReference name:
                    sb.Append(Name(name.Name));
                    break;
                case TextLiteral textLiteral:
                    sb.Append(Quote(textLiteral.Value));
                    break;
                case RuleUnaryExpression { Operator: RuleUnaryOperator.Not } not:
                    sb.Append("not ");
                    pending.Push((not.Operand, RuleOperators.Level(not.Operator), null, depth));
                    break;
                case RuleUnaryExpression negate:
                    sb.Append('-');
                    // "-5" reads back as the literal -5, so where signs are exact the negation of a literal 5 keeps its
                    // parentheses.
                    pending.Push((negate.Operand, style.ExactSigns && negate.Operand is NumberLiteral { Value: >= 0 } ? PrimaryLevel + 1 : UnaryLevel, null, depth));
                    break;
                case RuleBinaryExpression binary:
                    var (left, right) = RuleOperators.Operands(binary.Operator);
                    var symbol = RuleOperators.Symbol(binary.Operator);
                    pending.Push((binary.Right, right, null, depth));
                    // '^' binds tightest and is written without spaces in the canonical text (2^3); the others with one
                    // on each side.
                    pending.Push((null, 0, binary.Operator == RuleBinaryOperator.Power && !style.SpacedPower ? symbol : " " + symbol + " ", 0));
                    pending.Push((binary.Left, left, null, depth));
                    break;
                case CallExpression call:
                    sb.Append(RuleOperators.FunctionName(call.Function)).Append('(');
                    pending.Push((null, 0, ")", 0));
                    for (var i = call.Arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push((call.Arguments[i], OrLevel, null, depth));
                        if (i > 0)
                        {
                            pending.Push((null, 0, ", ", 0));
                        }
                    }
                    break;
                default:
                    throw new ArgumentException($"Unknown kind of expression: {expression.GetType().Name}.", nameof(root));
            }
        }
        if (sb.Length - start > style.MaxLength)
        {
            // Never split a surrogate pair.
            var cut = start + style.MaxLength;
            sb.Length = char.IsHighSurrogate(sb[cut - 1]) ? cut - 1 : cut;
            sb.Append('…');
        }
    }

    /// <summary>The level of an expression as <paramref name="style"/> writes it: where signs are exact a negative
    /// literal binds as a unary minus (it reads back so); an explanation counts it as the number it is.</summary>
    private static int Level(RuleExpression expression, RuleTextStyle style) =>
        style.ExactSigns && expression is NumberLiteral { Value: < 0 } ? UnaryLevel : RuleOperators.Level(expression);

    /// <summary>A name as written: plain when it reads back as itself, otherwise in brackets.</summary>
    internal static string Name(string name) => RuleOperators.Name(name);

    /// <summary>A string in double quotes with the escapes the lexer reads.</summary>
    internal static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };
            if (escape is null)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(escape);
            }
        }
        return sb.Append('"').ToString();
    }
}
