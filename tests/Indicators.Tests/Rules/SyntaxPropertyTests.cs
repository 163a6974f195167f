using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

public partial class SyntaxPropertyTests
{
    // ------------------------------------------------------------ generators of valid models

    private static readonly Gen<string> Names = Gen.OneOf(
        Gen.Elements("GDP", "x", "_a1", "研发经费", "营业收入", "capped_ratio", "地区", "Ｘ", "𠀀字"),
        Gen.Elements("R&D经费", "a b", "2x", "营业-收入", "100%", "x.y", "“引号”", "\"", "a\\b"),
        Gen.Elements(RuleSyntax.Keywords.ToArray()),
        ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get)
            .Where(s => !s.Contains(']', StringComparison.Ordinal) && !s.Contains('\n', StringComparison.Ordinal) && !s.Contains('\r', StringComparison.Ordinal)));

    private static readonly Gen<string> Strings = Gen.OneOf(
        Gen.Elements("研发经费", "增长8%以上", "a \"quoted\" \\ text", "tab\there\r\nnewline", "", "”", "/* not a comment */"),
        ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get));

    private static readonly Gen<double> Numbers = Gen.OneOf(
        Gen.Choose(0, 1000).Select(i => (double)i),
        Gen.Choose(-1000, 1000).Select(i => i / 100.0),
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get),
        Gen.Elements(0.1, 1e-7, 1e21, double.MaxValue, double.Epsilon, -0.0, 123456789.123));

    private static readonly Gen<double> Positive = Numbers.Select(Math.Abs).Where(v => v > 0);

    private static readonly Gen<string?> NumberUnits = Gen.Elements<string?>(null, null, "%", "pp", "个百分点", "亿元", "吨标准煤/万元", "家", "e", "E");

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static Gen<T?> MaybeValue<T>(Gen<T> gen)
        where T : struct => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static Gen<RuleExpression> Leaf() => Gen.OneOf(
        Numbers.SelectMany(v => NumberUnits, (v, u) => (RuleExpression)new NumberLiteral(v, u)),
        ArbMap.Default.GeneratorFor<bool>().Select(b => (RuleExpression)new BooleanLiteral(b)),
        Names.Select(n => (RuleExpression)new NameReference(n)),
        Strings.Select(t => (RuleExpression)new TextLiteral(t)));

    internal static Gen<RuleExpression> Expression(int depth)
    {
        if (depth == 0)
        {
            return Leaf();
        }
        var sub = Expression(depth - 1);
        return Gen.Frequency(
            (2, Leaf()),
            (1, Gen.Elements(RuleUnaryOperator.Negate, RuleUnaryOperator.Not).SelectMany(op => sub, (op, e) => (RuleExpression)new RuleUnaryExpression(op, e))),
            (4, Gen.Elements(Enum.GetValues<RuleBinaryOperator>()).SelectMany(op => sub.Two(), (op, p) => (RuleExpression)new RuleBinaryExpression(op, p.Item1, p.Item2))),
            (1, Gen.OneOf(Names, Gen.Elements("min", "target", "if")).SelectMany(f => Gen.Choose(0, 3).SelectMany(n => sub.ListOf(n)),
                (f, args) => (RuleExpression)new CallExpression(f, args))));
    }

    private static readonly Gen<RuleExpression> Expressions = Gen.Sized(size => Expression(Math.Min(6, 1 + (size / 15))));

    private static readonly Gen<IndicatorDeclaration> IndicatorDeclarations =
        from name in Names
        from title in Maybe(Strings)
        from unit in Maybe(Gen.OneOf(Gen.Elements("%", "万元", "吨标准煤/万元", "each", "a b", "家"), Names))
        from polarity in MaybeValue(Gen.Elements(Polarity.Positive, Polarity.Reverse))
        from formula in Maybe(Expressions)
        select new IndicatorDeclaration(name, title, unit, polarity, formula);

    private static readonly Gen<TargetDeclaration> TargetDeclarations =
        from name in Names
        from wording in Strings
        select new TargetDeclaration(name, wording);

    private static readonly Gen<CheckDeclaration> CheckDeclarations =
        from name in Names
        from condition in Expressions
        from message in Maybe(Strings)
        select new CheckDeclaration(name, condition, message);

    private static readonly Gen<RuleArgument> Arguments =
        from name in Maybe(Names)
        from value in Gen.OneOf(
            Numbers.SelectMany(v => NumberUnits, (v, u) => (RuleExpression)new NumberLiteral(v, u)),
            Names.Select(n => (RuleExpression)new NameReference(n)))
        select new RuleArgument(name, value);

    private static readonly Gen<ScoredIndicatorDeclaration> Entries =
        from indicator in Names
        from weight in MaybeValue(Gen.OneOf(Positive.Select(IndicatorWeight.Points), Positive.Select(IndicatorWeight.Multiplier)))
        from method in Maybe(Names.SelectMany(n => Gen.Choose(0, 4).SelectMany(k => Arguments.ListOf(k)), (n, a) => new ScoringMethodReference(n, a)))
        from missing in MaybeValue(Gen.Elements(Enum.GetValues<MissingDataPolicy>()))
        from target in MaybeValue(Numbers)
        from stretch in MaybeValue(Numbers)
        from baseline in MaybeValue(Numbers)
        from typeWeights in Maybe(TypeWeightLists)
        select new ScoredIndicatorDeclaration(indicator, weight, method, missing, target, stretch, baseline) { TypeWeights = weight is null ? typeWeights : null };

    private static readonly Gen<CategoryDeclaration> Categories =
        from name in Names
        from weight in MaybeValue(Numbers)
        from cap in MaybeValue(Numbers)
        from entries in Maybe(Gen.Choose(0, 4).SelectMany(n => Entries.ListOf(n)).Select(l => (IEnumerable<ScoredIndicatorDeclaration>)l))
        from typeWeights in Maybe(TypeWeightLists)
        from removed in Removals
        select new CategoryDeclaration(name, weight, cap, entries) { TypeWeights = weight is null ? typeWeights : null, Removed = entries is null ? [] : removed };

    private static readonly Gen<GradeDeclaration> Grades = Gen.OneOf(
        Names.SelectMany(n => Numbers, (n, v) => new GradeDeclaration(n, v)),
        Names.SelectMany(n => MaybeValue(ArbMap.Default.GeneratorFor<int>()), (n, r) => new GradeDeclaration(n, null, r)));

    private static readonly Gen<VetoDeclaration> Vetoes =
        from code in Names
        from title in Strings
        from form in Gen.Elements(Enum.GetValues<VetoForm>())
        from grade in Names
        from trigger in Trigger(perAllowed: false)
        select new VetoDeclaration(code, title, form, form == VetoForm.CapGrade ? grade : null) { Trigger = trigger };

    private static readonly Gen<SchemeDeclaration> Schemes =
        from name in Names
        from title in Maybe(Strings)
        from extends in Maybe(Names)
        from total in MaybeValue(Numbers)
        from categories in Gen.Choose(0, 3).SelectMany(n => Categories.ListOf(n))
        from bonuses in Gen.Choose(0, 2).SelectMany(n => (
            from code in Names
            from t in Strings
            from points in Numbers
            from kind in Gen.Elements(BonusKind.PerEvent, BonusKind.Fixed)
            from cap in MaybeValue(Numbers)
            from trigger in Trigger(perAllowed: true)
            select new BonusDeclaration(code, t, points, kind, cap) { Trigger = trigger }).ListOf(n))
        from bonusCap in MaybeValue(Numbers)
        from deductions in Gen.Choose(0, 2).SelectMany(n => Names.SelectMany(c => Strings.Two().SelectMany(_ => Numbers, (s, v) => (s.Item1, v)),
            (c, p) => new DeductionDeclaration(c, p.Item1, p.v)).SelectMany(_ => Trigger(perAllowed: true), (d, t) => d with { Trigger = t }).ListOf(n))
        from vetoes in Gen.Choose(0, 2).SelectMany(n => Vetoes.ListOf(n))
        from grades in Gen.Choose(0, 3).SelectMany(n => Grades.ListOf(n))
        from ranking in Maybe(
            from method in Gen.Elements(RankingMethod.Competition, RankingMethod.Dense)
            from ties in MaybeValue(Gen.Choose(-3, 10))
            from within in Maybe(Names)
            select new RankingDeclaration(method, ties, within))
        from exit in Maybe(ExitDeclarations())
        from groups in SchemeGroups
        select new SchemeDeclaration(name, title, extends, total, categories, bonuses, bonusCap, deductions, vetoes, grades, ranking)
            { WeightsBy = groups.WeightsBy, RemovedCategories = groups.Removed, Exit = exit };

    internal static readonly Gen<RuleSet> RuleSets =
        from indicators in Gen.Choose(0, 3).SelectMany(n => IndicatorDeclarations.ListOf(n))
        from targets in Gen.Choose(0, 2).SelectMany(n => TargetDeclarations.ListOf(n))
        from checks in Gen.Choose(0, 2).SelectMany(n => CheckDeclarations.ListOf(n))
        from schemes in Gen.Choose(0, 2).SelectMany(n => Schemes.ListOf(n))
        from tables in Gen.Choose(0, 2).SelectMany(n => Tables.ListOf(n))
        from units in Gen.Choose(0, 2).SelectMany(n => UnitDeclarations().ListOf(n))
        from rates in Gen.Choose(0, 2).SelectMany(n => RateDeclarations().ListOf(n))
        from recordSets in Gen.Choose(0, 2).SelectMany(n => RecordSetDeclarations().ListOf(n))
        select new RuleSet(indicators, targets, checks, schemes) { Tables = tables, Units = units, Rates = rates, RecordSets = recordSets };

    // ------------------------------------------------------------ properties

    [Property(MaxTest = 400)]
    public Property Parse_of_print_is_the_model(SyntaxRuleModel m)
    {
        var model = m.Rules;
        var text = model.ToText();
        var result = RuleSet.Parse(text);
        return (result.Success && result.Diagnostics.Count == 0 && result.Value! == model)
            .Label(text + "\n" + string.Join("\n", result.Diagnostics) + "\nparsed back:\n" + result.Value!.ToText());
    }

    [Property(MaxTest = 300)]
    public bool Print_of_parse_of_print_is_the_print(SyntaxRuleModel m)
    {
        var text = m.Rules.ToText();
        return RuleSet.Parse(text).Value!.ToText() == text;
    }

    [Property(MaxTest = 500)]
    public Property Expressions_round_trip_through_their_printed_form(SyntaxExpression e)
    {
        var expression = e.Value;
        var text = RulePrinter.Print(expression);
        var result = RuleSet.Parse("check c: " + text + ";");
        return (result.Success && result.Value!.Checks[0].Condition == expression).Label(text);
    }

    [Property(MaxTest = 500)]
    public Property A_lone_expression_parses_back_from_its_print(SyntaxExpression e)
    {
        var expression = e.Value;
        var text = RulePrinter.Print(expression);
        var result = RuleSet.ParseExpression(text);
        return (result.Success && result.Diagnostics.Count == 0 && result.Value == expression).Label(text);
    }

    [Property(MaxTest = 300)]
    public Property A_lone_expression_reads_as_the_condition_of_a_check_did(PaddedExpressionText padded)
    {
        // The behaviour of Rule.Parse before it had its own entry: the text wrapped as a check's condition.
        var text = padded.Text;
        var wrapped = RuleSet.Parse("check formula: " + text + "\n;");
        var lone = RuleSet.ParseExpression(text);
        var formula = Rule.Parse(text);
        return (wrapped.Success && lone.Success && lone.Value == wrapped.Value!.Checks[0].Condition
            && formula.Success && (RuleExpression)formula.Value == lone.Value).Label(text);
    }

    private static bool IsWellPlaced(string? text, Outcome<RuleExpression> result)
    {
        var asRules = new Outcome<RuleSet>(RuleSet.Empty, result.Diagnostics);
        return IsWellPlaced(text, asRules) && result.Success == (result.Value is not null);
    }

    [Property(MaxTest = 2000)]
    public bool Random_strings_as_a_lone_expression_give_a_result_never_an_exception(string? text) =>
        IsWellPlaced(text, RuleSet.ParseExpression(text));

    [Property(MaxTest = 2000)]
    public Property Random_token_sequences_as_a_lone_expression_give_a_result_never_an_exception(ExpressionTokens tokens) =>
        IsWellPlaced(tokens.Text, RuleSet.ParseExpression(tokens.Text)).Label(tokens.Text);

    /// <summary>Whether a number's sign is written where the two texts write it differently on purpose: the explanation
    /// writes a negative literal as its number (<c>-2 ^ 2</c>) and the negation of a literal without parentheses
    /// (<c>-5</c>), which read back as other trees.</summary>
    internal static bool HasSignedLiteral(RuleExpression expression) =>
        Nodes(expression).Any(n => n is NumberLiteral { Value: < 0 } || (n is NumberLiteral l && double.IsNegative(l.Value)) || n is RuleUnaryExpression { Operator: RuleUnaryOperator.Negate, Operand: NumberLiteral });

    [Property(MaxTest = 1000)]
    public Property The_explanation_text_of_an_expression_reads_back_as_its_canonical_text_does(UnsignedExpression e)
    {
        var expression = e.Value;
        var explanation = RuleExpressionText.Format(expression);
        var canonical = RulePrinter.Print(expression);
        var read = RuleSet.ParseExpression(explanation);
        return (explanation.Length > RuleExpressionText.MaxLength
            || (read.Success && read.Value == RuleSet.ParseExpression(canonical).Value && read.Value == expression)).Label(explanation + "\n" + canonical);
    }

    [Fact]
    public void Most_explanations_of_generated_expressions_are_short_enough_to_compare()
    {
        // Guards the property above: as many expressions as it checks, and at least half must be compared, not skipped as too long.
        var compared = Gen.Sized(_ => Expression(6)).Where(e => !HasSignedLiteral(e)).Sample(1000)
            .Count(expression => RuleExpressionText.Format(expression).Length <= RuleExpressionText.MaxLength);
        Assert.True(compared >= 500, $"only {compared} of 1000 explanations were short enough to compare");
    }

    [Fact]
    public void The_two_texts_differ_only_in_layout_and_in_the_sign_of_literals()
    {
        var power = new RuleBinaryExpression(RuleBinaryOperator.Power, new NumberLiteral(-2), new NumberLiteral(2));
        Assert.Equal(("-2 ^ 2", "(-2)^2"), (RuleExpressionText.Format(power), RulePrinter.Print(power)));
        var negated = new RuleUnaryExpression(RuleUnaryOperator.Negate, new NumberLiteral(5, "%"));
        Assert.Equal(("-5%", "-(5%)"), (RuleExpressionText.Format(negated), RulePrinter.Print(negated)));
        // One rule for names: a keyword is bracketed, a letter outside the BMP is a letter.
        var names = new RuleBinaryExpression(RuleBinaryOperator.And, new NameReference("and"), new CallExpression("target", [new NameReference("𠀀字")]));
        Assert.Equal("[and] and target(𠀀字)", RuleExpressionText.Format(names));
        Assert.Equal(RulePrinter.Print(names), RuleExpressionText.Format(names));
        var chain = new RuleBinaryExpression(RuleBinaryOperator.Subtract, new NameReference("a"),
            new RuleBinaryExpression(RuleBinaryOperator.Power, new RuleBinaryExpression(RuleBinaryOperator.Power, new NameReference("b"), new NameReference("c")), new NameReference("d")));
        Assert.Equal(("a - (b ^ c) ^ d", "a - (b^c)^d"), (RuleExpressionText.Format(chain), RulePrinter.Print(chain)));
    }

    private static IEnumerable<object> Nodes(RuleExpression expression) => expression switch
    {
        RuleUnaryExpression unary => Nodes(unary.Operand).Prepend(unary),
        RuleBinaryExpression binary => Nodes(binary.Left).Concat(Nodes(binary.Right)).Prepend(binary),
        CallExpression call => call.Arguments.SelectMany(Nodes).Prepend(call),
        _ => [expression],
    };

    private static IEnumerable<object> Nodes(RuleSet rules)
    {
        foreach (var indicator in rules.Indicators)
        {
            yield return indicator;
            foreach (var node in indicator.Formula is null ? [] : Nodes(indicator.Formula))
            {
                yield return node;
            }
        }
        foreach (var target in rules.Targets)
        {
            yield return target;
        }
        foreach (var check in rules.Checks)
        {
            yield return check;
            foreach (var node in Nodes(check.Condition))
            {
                yield return node;
            }
        }
        foreach (var scheme in rules.Schemes)
        {
            yield return scheme;
            foreach (var category in scheme.Categories)
            {
                yield return category;
                foreach (var entry in category.Indicators ?? [])
                {
                    yield return entry;
                    if (entry.Method is not null)
                    {
                        yield return entry.Method;
                        foreach (var argument in entry.Method.Arguments)
                        {
                            yield return argument;
                            yield return argument.Value;
                        }
                    }
                }
            }
            if (scheme.Ranking is not null)
            {
                yield return scheme.Ranking;
            }
            foreach (var item in scheme.Bonuses.Cast<object>().Concat(scheme.Deductions).Concat(scheme.Vetoes).Concat(scheme.Grades))
            {
                yield return item;
            }
        }
    }

    [Property(MaxTest = 300)]
    public bool Every_parsed_node_has_a_span_in_the_text(SyntaxRuleModel m)
    {
        var text = m.Rules.ToText();
        var result = RuleParser.Parse(text, null, null);
        return Nodes(result.RuleSet).All(node =>
            result.SourceMap.TryGetSpan(node, out var start, out var length) && start >= 0 && length > 0 && start + length <= text.Length);
    }

    // ------------------------------------------------------------ robustness

    private static bool IsWellPlaced(string? text, Outcome<RuleSet> result)
    {
        if (text is null)
        {
            return !result.Success && result.Diagnostics.Count == 1 && result.Diagnostics[0].Position == -1;
        }
        foreach (var d in result.Diagnostics)
        {
            if (d.Position < 0 || d.Position > text.Length || d.Position + d.Length > text.Length)
            {
                return false;
            }
            var position = (int)d.Position;
            var lineStart = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
            var line = 1 + text.AsSpan(0, position).Count('\n');
            if (d.Line != line || d.Column != 1 + position - lineStart || d.Message.Length == 0 || d.ChineseMessage.Length == 0)
            {
                return false;
            }
        }
        return result.Success == (result.Diagnostics.Count == 0) && result.Value is not null;
    }

    [Property(MaxTest = 2000)]
    public bool Random_strings_give_a_result_never_an_exception(string? text) => IsWellPlaced(text, RuleSet.Parse(text));

    internal static readonly Gen<string> Tokens = Gen.OneOf(
        Gen.Elements(RuleSyntax.Keywords.ToArray()),
        Gen.Elements("(", ")", "{", "}", "[", "]", ",", ";", ":", "=", "+", "-", "*", "×", "/", "^", "<", "<=", ">", ">=", "==", "!=", "%",
            "；", "（", "!", "#", "//", "/*", "*/", "\n", "\"", "“", "”", "\\", " ", "'"),
        Gen.Elements("GDP", "研发经费", "[R&D经费]", "[total]", "[", "x1", "_", "min", "capped_ratio", "floor"),
        Gen.Elements("8%", "2.6pp", "2.6个百分点", "100亿元", "0.5吨标准煤/万元", "1e5", "1e", "1.5e-3", "0", "12", "１２", "1e999",
            "99999999999999999999999999999999999999999999999999999999999999999999", "1.2.3"),
        Gen.Elements("\"s\"", "\"a\\\"b\"", "\"bad\\q\"", "“中文”", "\"unclosed", "“unclosed"));

    [Property(MaxTest = 3000)]
    public Property Random_token_sequences_give_a_result_never_an_exception(RuleTokens tokens) =>
        IsWellPlaced(tokens.Text, RuleSet.Parse(tokens.Text)).Label(tokens.Text);

    [Property(MaxTest = 500)]
    public Property Mutated_valid_texts_give_a_result_never_an_exception(MutatedRuleText mutated) =>
        IsWellPlaced(mutated.Text, RuleSet.Parse(mutated.Text)).Label(mutated.Text);
}
