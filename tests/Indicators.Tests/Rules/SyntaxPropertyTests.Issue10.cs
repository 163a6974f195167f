using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>Issue 10, item 3: one writer of expressions (two styles) and one name check (the lexer's).</summary>
public partial class SyntaxPropertyTests
{
    /// <summary>The explanation style without its cut: what the explanation writes when it is short and shallow enough.</summary>
    private static readonly RuleTextStyle UncutExplanation = RuleExpressionText.Style with { MaxLength = int.MaxValue, MaxDepth = int.MaxValue };

    private static int Depth(RuleExpression expression) => expression switch
    {
        RuleUnaryExpression unary => 1 + Depth(unary.Operand),
        RuleBinaryExpression binary => 1 + Math.Max(Depth(binary.Left), Depth(binary.Right)),
        CallExpression call => 1 + call.Arguments.Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    [Property(MaxTest = 1000)]
    public Property Issue10_Printer_each_style_flag_changes_only_what_it_names(SyntaxExpression e)
    {
        var expression = e.Value;
        var canonical = RulePrinter.Print(expression);
        var spaced = RulePrinter.Print(expression, RuleTextStyle.Canonical with { SpacedPower = true });
        var uncut = RulePrinter.Print(expression, UncutExplanation);
        var explanation = RuleExpressionText.Format(expression);
        var read = RuleSet.ParseExpression(spaced);
        // Spacing never changes the tree: the canonical text with spaces around '^' reads back as the expression.
        var spacingKeepsTree = read.Success && read.Value == expression;
        // Signs are the only other difference: without a signed literal the explanation is the spaced canonical text.
        var signsOnly = HasSignedLiteral(expression) || uncut == spaced;
        // The cut only cuts: a short, shallow explanation is the uncut one; a long one is its first MaxLength characters and "…".
        bool cutOnlyCuts;
        if (Depth(expression) > RuleExpressionText.MaxDepth)
        {
            cutOnlyCuts = true;
        }
        else if (uncut.Length <= RuleExpressionText.MaxLength)
        {
            cutOnlyCuts = explanation == uncut;
        }
        else
        {
            var kept = char.IsHighSurrogate(uncut[RuleExpressionText.MaxLength - 1]) ? RuleExpressionText.MaxLength - 1 : RuleExpressionText.MaxLength;
            cutOnlyCuts = explanation == uncut[..kept] + "…";
        }
        return (spacingKeepsTree && signsOnly && cutOnlyCuts)
            .Label($"{canonical}\n{spaced}\n{uncut}\n{explanation}");
    }

    [Fact]
    public void Issue10_Printer_most_generated_explanations_are_compared_uncut()
    {
        // Guards the property above: as many expressions as it checks, and at least half must be short and shallow
        // enough that the explanation is compared with the uncut text, not only cut.
        var compared = Gen.Sized(_ => Expression(6)).Sample(1000)
            .Count(expression => Depth(expression) <= RuleExpressionText.MaxDepth && RulePrinter.Print(expression, UncutExplanation).Length <= RuleExpressionText.MaxLength);
        Assert.True(compared >= 500, $"only {compared} of 1000 explanations were short enough to compare");
    }

    [Fact]
    public void Issue10_Printer_the_explanation_cuts_a_deep_subtree_and_the_canonical_text_does_not()
    {
        RuleExpression deep = new NameReference("x");
        for (var i = 0; i < RuleExpressionText.MaxDepth + 50; i++)
        {
            deep = new RuleUnaryExpression(RuleUnaryOperator.Negate, deep);
        }
        // Nodes at depths 0..MaxDepth are written; the subtree below is "…".
        Assert.Equal(new string('-', RuleExpressionText.MaxDepth + 1) + "…", RuleExpressionText.Format(deep));
        Assert.Equal(new string('-', RuleExpressionText.MaxDepth + 50) + "x", RulePrinter.Print(deep));
        Assert.Equal(deep, RuleSet.ParseExpression(RulePrinter.Print(deep), limits: new RuleLimits { MaxNestingDepth = 1000 }).Value);
    }

    [Fact]
    public void Issue10_Printer_the_explanation_cut_counts_from_the_expression_not_from_the_text_before_it()
    {
        // The rule text printer writes expressions into a text that already holds statements: the canonical style has no
        // cut, so a long formula after many statements is written whole.
        var formula = Enumerable.Range(0, 200).Aggregate((RuleExpression)new NameReference("a0"),
            (sum, i) => new RuleBinaryExpression(RuleBinaryOperator.Add, sum, new NameReference("a" + (i + 1))));
        var deepEnough = new RuleLimits { MaxNestingDepth = 1000 };
        var parsed = RuleSet.Parse(string.Concat(Enumerable.Range(0, 201).Select(i => $"indicator a{i};\n")) + "indicator total_ = " + formula + ";", limits: deepEnough);
        Assert.True(parsed.Success, string.Join("\n", parsed.Diagnostics));
        Assert.Equal(formula, RuleSet.Parse(parsed.Value!.ToText(), limits: deepEnough).Value!.Indicators[^1].Formula);
        Assert.True(formula.ToString().Length > RuleExpressionText.MaxLength);
        Assert.EndsWith("…", RuleExpressionText.Format(formula), StringComparison.Ordinal);
    }

    // ------------------------------------------------------------ one name check

    internal static readonly Gen<string> NameCandidates = Gen.OneOf(
        Names,
        Gen.Elements("min", "target", "if", "and", "true", "cap", "_", "__", "a1", "1a", "a-b", "a b", " a", "a ", "[a]", "a//c", "a/*c*/"),
        Gen.Elements("a", "_", "1", "𠀀", "字", "Ｘ", "１", "١", "𝟎", "𝐀", " ", "-", "[", "]", "\uD800", "\uDC00", "\u0301", "é", "%", "\t")
            .ListOf().Select(parts => string.Concat(parts)),
        ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get));

    /// <summary>Whether the lexer reads all of <paramref name="text"/> as one word (a name or a keyword, not bracketed), with no diagnostic.</summary>
    private static bool LexesAsOneWord(string text)
    {
        var sink = new RuleDiagnosticSink(text, null);
        var lexer = new RuleLexer(text, sink);
        var first = lexer.Next();
        var second = lexer.Next();
        return sink.Diagnostics.Count == 0 && first.Kind is RuleTokenKind.Name or RuleTokenKind.Keyword
            && first.Start == 0 && first.Length == text.Length && first.Text == text && second.Kind == RuleTokenKind.End;
    }

    private static bool Accepts(Action register)
    {
        try
        {
            register();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Property(MaxTest = 2000)]
    public Property Issue10_Printer_a_name_is_accepted_by_the_API_iff_the_lexer_reads_it_as_one_word(NameCandidate candidate)
    {
        static double Body(ReadOnlySpan<double> a) => a[0];
        static IScoringMethod Factory(ScoringArguments arguments) => throw new InvalidOperationException("never created");
        var name = candidate.Value;
        var word = LexesAsOneWord(name);
        var function = Accepts(() => _ = new RuleFunction(name, [RuleType.Number], RuleType.Number, Body));
        // A built-in scoring method's name is a word, refused as registered already.
        var method = Accepts(() => RuleEnvironment.Default.WithScoringMethod(name, Factory)) || RuleEnvironment.Default.TryGetScoringMethod(name, out _);
        var parameter = Accepts(() => RuleEnvironment.Default.WithScoringMethod("m", Factory, name));
        return (function == word && method == word && parameter == word && RuleSyntax.IsName(name) == word).Label($"\"{name}\" word={word} function={function} method={method} parameter={parameter}");
    }

    [Fact]
    public void Issue10_Printer_many_generated_name_candidates_are_names()
    {
        // Guards the property above: as many candidates as it checks, and at least a tenth must be names, not only refused.
        var accepted = NameCandidates.Sample(2000).Count(LexesAsOneWord);
        Assert.True(accepted >= 200, $"only {accepted} of 2000 candidates were names");
    }

    [Fact]
    public void Issue10_Printer_a_function_named_with_a_letter_outside_the_BMP_is_accepted_and_called()
    {
        // RuleFunction checked names one UTF-16 unit at a time, so it refused a name the lexer reads (𠀀 is one letter, two units).
        var environment = RuleEnvironment.Default.WithFunction(new RuleFunction("𠀀倍", [RuleType.Number], RuleType.Number, a => a[0] * 2));
        var compiled = RulePlan.Compile("indicator A; indicator B = 𠀀倍(A);", environment);
        Assert.True(compiled.Success && compiled.Diagnostics.Count == 0, compiled.ToString());
    }

    [Fact]
    public void Issue10_Printer_a_function_named_like_a_keyword_is_written_so_that_it_reads_back()
    {
        // A keyword is a word, so it may name a function; before '(' it is plain unless it is an operator or a literal there.
        foreach (var keyword in RuleSyntax.Keywords)
        {
            _ = new RuleFunction(keyword, [RuleType.Number], RuleType.Number, a => a[0]);
            var call = new CallExpression(keyword, [new NameReference("x")]);
            var text = RulePrinter.Print(call);
            Assert.Equal(RuleSyntax.ExpressionWords.Contains(keyword) ? $"[{keyword}](x)" : $"{keyword}(x)", text);
            Assert.Equal(call, RuleSet.ParseExpression(text).Value);
        }
    }
}
