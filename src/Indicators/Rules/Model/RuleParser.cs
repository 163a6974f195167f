using System.Globalization;
using System.Runtime.CompilerServices;
using Indicators.Rules.Syntax;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>
/// The recursive-descent parser of the rule language (docs/rule-language.md, "Reference: statements"). On an error
/// it records a diagnostic and skips to the next <c>;</c> or <c>}</c> of the same level, so one text reports all its
/// errors; the model keeps every statement, item and entry that parsed. Nesting is counted and capped by
/// <see cref="RuleLimits.MaxNestingDepth"/>, so no text can overflow the stack.
/// </summary>
internal sealed partial class RuleParser
{
    private static readonly HashSet<string> StatementWords = new(StringComparer.Ordinal) { "indicator", "target", "check", "scheme", "table" };

    private static readonly HashSet<string> SchemeItemWords = new(StringComparer.Ordinal)
    {
        "category", "bonus", "bonuscap", "deduction", "veto", "grade", "tier", "rank",
        "exit",
        "weights",
    };

    // Words that start something outside a category's entries: recovery inside a block stops before them.
    private static readonly HashSet<string> BlockEndWords = [.. StatementWords, .. SchemeItemWords];

    private static readonly List<string> EntryWords = ["by", "missing", "target", "stretch", "baseline"];
    private static readonly List<string> MissingWords = ["error", "zero", "reweight"];
    private static readonly List<string> VetoWords = ["zero", "exclude", "grade", "honours"];
    private static readonly List<string> RankWords = ["competition", "dense"];

    private readonly string text;
    private readonly RuleLimits limits;
    private readonly RuleDiagnosticSink sink;
    private readonly RuleSourceMap map;
    private readonly RuleLexer lexer;
    private RuleToken current;
    private RuleToken next;
    // The number of tokens taken so far: where a statement started, to see whether recovery made progress.
    private int taken;
    private int previousEnd;
    private int statements;
    private bool stopped;

    private RuleParser(string text, RuleLimits limits, RuleDiagnosticSink sink, RuleSourceMap map, RuleLexer lexer)
    {
        this.text = text;
        this.limits = limits;
        this.sink = sink;
        this.map = map;
        this.lexer = lexer;
        current = lexer.Next();
        next = lexer.Next();
    }

    internal static ParsedRuleText Parse(string? text, string? sourceName, RuleLimits? limits)
    {
        if (Refuse(text, sourceName, limits) is { } refused)
        {
            return new ParsedRuleText(RuleSet.Empty, refused.Diagnostics, refused.Map);
        }
        var sink = new RuleDiagnosticSink(text!, sourceName);
        var map = new RuleSourceMap(text!, sourceName);
        var ruleSet = new RuleParser(text!, limits ?? RuleLimits.Default, sink, map, new RuleLexer(text!, sink)).ParseRuleSet();
        var diagnostics = sink.Diagnostics.OrderBy(d => d.Position).ToArray();
        return new ParsedRuleText(ruleSet, diagnostics, map);
    }

    /// <summary>Reads one expression that must take the whole text (up to comments and white space): the entry of
    /// <see cref="RuleSet.ParseExpression"/>. Positions of the diagnostics are in <paramref name="text"/> itself.</summary>
    internal static Outcome<RuleExpression> ParseLoneExpression(string? text, string? sourceName, RuleLimits? limits)
    {
        if (Refuse(text, sourceName, limits) is { } refused)
        {
            return new Outcome<RuleExpression>(null, refused.Diagnostics);
        }
        var sink = new RuleDiagnosticSink(text!, sourceName);
        var map = new RuleSourceMap(text!, sourceName);
        var parser = new RuleParser(text!, limits ?? RuleLimits.Default, sink, map, new RuleLexer(text!, sink));
        RuleExpression? expression;
        try
        {
            expression = parser.ParseExpression(0);
            if (parser.Current.Kind != RuleTokenKind.End)
            {
                throw parser.Expected("the end of the text", "文本结尾", " after the expression", "表达式后");
            }
        }
        catch (SyntaxAbort)
        {
            expression = null;
        }
        var diagnostics = sink.Diagnostics.OrderBy(d => d.Position).ToArray();
        return new Outcome<RuleExpression>(diagnostics.Any(d => d.IsError) ? null : expression, diagnostics);
    }

    /// <summary>The diagnostics of a text that is not read at all (null, or longer than the limit), or null.</summary>
    private static (IReadOnlyList<Diagnostic> Diagnostics, RuleSourceMap Map)? Refuse(string? text, string? sourceName, RuleLimits? limits)
    {
        limits ??= RuleLimits.Default;
        if (text is null)
        {
            var none = new Diagnostic(RuleSyntax.NoText, DiagnosticSeverity.Error, "there is no rule text (null)", "没有规则文本（空引用）", sourceName: sourceName);
            return ([none], new RuleSourceMap(string.Empty, sourceName));
        }
        if (text.Length > limits.MaxTextLength)
        {
            var sink = new RuleDiagnosticSink(text, sourceName);
            var max = limits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture);
            sink.Error(RuleSyntax.TextTooLong, limits.MaxTextLength, 1,
                $"the rule text is longer than {max} characters",
                $"规则文本超过 {max} 个字符");
            return (sink.Diagnostics, new RuleSourceMap(text, sourceName));
        }
        return null;
    }

    private RuleToken Current => current;

    private RuleToken Next => next;

    private RuleToken Take()
    {
        var token = current;
        if (token.Kind != RuleTokenKind.End)
        {
            previousEnd = token.End;
            taken++;
            current = next;
            next = next.Kind == RuleTokenKind.End ? next : lexer.Next();
        }
        return token;
    }

    private T Mark<T>(T node, int start)
        where T : class
    {
        map.Add(node, start, Math.Max(0, previousEnd - start));
        return node;
    }

    /// <summary>The span from <paramref name="start"/> to the end of the last token taken.</summary>
    private (int Start, int Length) SpanFrom(int start) => (start, Math.Max(0, previousEnd - start));

    // ---------------------------------------------------------------- statements

    private RuleSet ParseRuleSet()
    {
        var indicators = new List<IndicatorDeclaration>();
        var targets = new List<TargetDeclaration>();
        var checks = new List<CheckDeclaration>();
        var schemes = new List<SchemeDeclaration>();
        var tables = new List<TableDeclaration>();
        while (Current.Kind != RuleTokenKind.End && CountStatement())
        {
            var start = taken;
            try
            {
                var t = Current;
                if (t.IsKeyword("indicator"))
                {
                    indicators.Add(ParseIndicator());
                }
                else if (t.IsKeyword("target"))
                {
                    targets.Add(ParseTarget());
                }
                else if (t.IsKeyword("check"))
                {
                    checks.Add(ParseCheck());
                }
                else if (t.IsKeyword("scheme"))
                {
                    schemes.Add(ParseScheme());
                }
                else if (t.IsKeyword("table"))
                {
                    tables.Add(ParseTable());
                }
                else if (StartsUnitsStatement(t))
                {
                    ParseUnitsStatement();
                }
                else
                {
                    throw UnknownWord(["indicator", "target", "check", "scheme", "table"], "a statement", "语句", string.Empty, string.Empty);
                }
            }
            catch (SyntaxAbort)
            {
                Recover(StatementWords, inBlock: false, start);
            }
        }
        return WithUnitStatements(new RuleSet(indicators, targets, checks, schemes) { Tables = tables });
    }

    private bool CountStatement()
    {
        stopped |= sink.Full;
        if (stopped)
        {
            return false;
        }
        if (++statements > limits.MaxStatements)
        {
            var max = limits.MaxStatements.ToString("N0", CultureInfo.InvariantCulture);
            var t = Current;
            sink.Error(RuleSyntax.TooManyStatements, t.Start, t.Length,
                $"the rules have more than {max} statements and entries; the rest is not read",
                $"规则的语句和条目超过 {max} 条；其余部分未读取");
            stopped = true;
            return false;
        }
        return true;
    }

    /// <summary>Skips to the next ';' (consumed), '}' of the block (kept), a whole '{…}' block, or a statement word.</summary>
    private void Recover(HashSet<string> syncWords, bool inBlock, int statementStart)
    {
        while (true)
        {
            var t = Current;
            switch (t.Kind)
            {
                case RuleTokenKind.End:
                    return;
                case RuleTokenKind.Semicolon:
                    Take();
                    return;
                case RuleTokenKind.RightBrace:
                    if (!inBlock)
                    {
                        Take();
                    }
                    return;
                case RuleTokenKind.LeftBrace:
                    SkipBlock();
                    return;
                case RuleTokenKind.Keyword when taken > statementStart && syncWords.Contains(t.Text!):
                    return;
                default:
                    Take();
                    break;
            }
        }
    }

    private void SkipBlock()
    {
        var depth = 0;
        do
        {
            var kind = Take().Kind;
            if (kind == RuleTokenKind.LeftBrace)
            {
                depth++;
            }
            else if (kind == RuleTokenKind.RightBrace)
            {
                depth--;
            }
            else if (kind == RuleTokenKind.End)
            {
                return;
            }
        }
        while (depth > 0);
    }

    private IndicatorDeclaration ParseIndicator()
    {
        var start = Take().Start;
        var nameStart = Current.Start;
        var name = ExpectName(" after 'indicator'", "“indicator”后");
        var nameSpan = SpanFrom(nameStart);
        (int, int)? unitSpan = null;
        string? title = null;
        RuleExpression? formula = null;
        string? unit = null;
        Polarity? polarity = null;
        (string En, string Zh) after = (" after the indicator's name", "指标名称后");
        if (Current.Kind == RuleTokenKind.String)
        {
            title = Take().Text;
            after = (" after the indicator's title", "指标标题后");
        }
        if (Current.Kind == RuleTokenKind.Assign)
        {
            Take();
            formula = ParseExpression(0);
            after = (" after the formula", "公式后");
        }
        if (Current.IsKeyword("unit"))
        {
            Take();
            var unitStart = Current.Start;
            unit = ParseUnit();
            unitSpan = SpanFrom(unitStart);
            after = (" after the unit", "单位后");
        }
        if (Current.IsKeyword("positive") || Current.IsKeyword("reverse"))
        {
            polarity = Take().Text == "positive" ? Polarity.Positive : Polarity.Reverse;
            after = (" after the polarity", "指标方向后");
        }
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            List<string> allowed = polarity is not null ? [";"]
                : unit is not null ? ["positive", "reverse", ";"]
                : formula is not null ? ["unit", "positive", "reverse", ";"]
                : ["=", "unit", "positive", "reverse", ";"];
            throw ExpectedOneOf(allowed, after.En, after.Zh);
        }
        var declaration = Mark(new IndicatorDeclaration(name, title, unit, polarity, formula), start);
        map.AddPart(declaration, RulePart.Name, nameSpan);
        map.AddPart(declaration, RulePart.Unit, unitSpan);
        return declaration;
    }

    private string ParseUnit() => ParseUnitText(" after 'unit'", "“unit”后");

    private TargetDeclaration ParseTarget()
    {
        var start = Take().Start;
        var name = ExpectName(" after 'target'", "“target”后");
        var wording = ExpectString(" after the target's indicator", "目标指标后");
        Expect(RuleTokenKind.Semicolon, ";", " after the target's wording", "目标措辞后");
        return Mark(new TargetDeclaration(name, wording), start);
    }

    private CheckDeclaration ParseCheck()
    {
        var start = Take().Start;
        var name = ExpectName(" after 'check'", "“check”后");
        Expect(RuleTokenKind.Colon, ":", " after the check's name", "校验名称后");
        var condition = ParseExpression(0);
        string? message = null;
        if (Current.Kind == RuleTokenKind.String)
        {
            message = Take().Text;
            Expect(RuleTokenKind.Semicolon, ";", " after the check's message", "校验说明后");
        }
        else
        {
            if (Current.Kind != RuleTokenKind.Semicolon)
            {
                throw Expected("a message string or ';'", "说明字符串或“;”", " after the check's condition", "校验条件后");
            }
            Take();
        }
        return Mark(new CheckDeclaration(name, condition, message), start);
    }

    private SchemeDeclaration ParseScheme()
    {
        var start = Take().Start;
        var nameStart = Current.Start;
        var name = ExpectName(" after 'scheme'", "“scheme”后");
        var nameSpan = SpanFrom(nameStart);
        (int, int)? totalSpan = null;
        string? title = null;
        string? extends = null;
        double? total = null;
        if (Current.Kind == RuleTokenKind.String)
        {
            title = Take().Text;
        }
        if (Current.IsKeyword("extends"))
        {
            Take();
            extends = ExpectName(" after 'extends'", "“extends”后");
        }
        if (Current.IsKeyword("total"))
        {
            Take();
            var totalStart = Current.Start;
            total = ParseNumber(" after 'total'", "“total”后");
            totalSpan = SpanFrom(totalStart);
        }
        if (Current.Kind != RuleTokenKind.LeftBrace)
        {
            throw Expected(OneOf(["extends", "total", "{"], chinese: false), OneOf(["extends", "total", "{"], chinese: true),
                $" in the header of the scheme '{Diagnostic.Window(name)}'", $"方案“{Diagnostic.Window(name)}”的标题中");
        }
        EnterBlock(1);
        Take();
        var categories = new List<CategoryDeclaration>();
        var bonuses = new List<BonusDeclaration>();
        var deductions = new List<DeductionDeclaration>();
        var vetoes = new List<VetoDeclaration>();
        var grades = new List<GradeDeclaration>();
        double? bonusCap = null;
        RankingDeclaration? ranking = null;
        ExitDeclaration? exit = null;
        var groups = new SchemeGroups();
        while (Current.Kind is not (RuleTokenKind.RightBrace or RuleTokenKind.End) && !StartsOuterStatement(inCategory: false) && CountStatement())
        {
            var itemStart = taken;
            try
            {
                var t = Current;
                switch (t.Kind == RuleTokenKind.Keyword ? t.Text : null)
                {
                    case "category":
                        categories.Add(ParseCategory());
                        break;
                    case "bonus":
                        bonuses.Add(ParseBonus());
                        break;
                    case "bonuscap":
                        var cap = ParseBonusCap();
                        ReportDuplicate(bonusCap is not null, t, "the scheme", "方案");
                        bonusCap = cap;
                        break;
                    case "deduction":
                        deductions.Add(ParseDeduction());
                        break;
                    case "veto":
                        vetoes.Add(ParseVeto());
                        break;
                    case "grade":
                        grades.Add(ParseGrade());
                        break;
                    case "tier":
                        grades.Add(ParseTier());
                        break;
                    case "rank":
                        var rank = ParseRanking();
                        ReportDuplicate(ranking is not null, t, "the scheme", "方案");
                        ranking = rank;
                        break;
                    case "exit":
                        var exitRule = ParseExit();
                        ReportDuplicate(exit is not null, t, "the scheme", "方案");
                        exit = exitRule;
                        break;
                    case "weights" or "remove":
                        ParseGroupItem(groups, t);
                        break;
                    default:
                        throw UnknownWord([.. SchemeItemWords, "remove"], "a scheme item", "方案条目", $" in the scheme '{Diagnostic.Window(name)}'", $"方案“{Diagnostic.Window(name)}”中");
                }
            }
            catch (SyntaxAbort)
            {
                Recover(BlockEndWords, inBlock: true, itemStart);
            }
        }
        CloseBlock($" to close the scheme '{Diagnostic.Window(name)}'", $"结束方案“{Diagnostic.Window(name)}”时");
        var scheme = Mark(new SchemeDeclaration(name, title, extends, total, categories, bonuses, bonusCap, deductions, vetoes, grades, ranking)
            { Exit = exit, WeightsBy = groups.WeightsBy, RemovedCategories = groups.Removed }, start);
        map.AddPart(scheme, RulePart.Name, nameSpan);
        map.AddPart(scheme, RulePart.Weight, totalSpan);
        return scheme;
    }

    /// <summary>Whether the current word can only start a statement of an enclosing level: the block's '}' is missing.</summary>
    private bool StartsOuterStatement(bool inCategory) =>
        Current.Kind == RuleTokenKind.Keyword && (StatementWords.Contains(Current.Text!) || (inCategory && SchemeItemWords.Contains(Current.Text!)));

    private void CloseBlock(string contextEn, string contextZh)
    {
        if (Current.Kind == RuleTokenKind.RightBrace)
        {
            Take();
        }
        else if (!stopped)
        {
            ReportExpected("'}'", "“}”", contextEn, contextZh);
        }
    }

    private void EnterBlock(int depth)
    {
        if (depth > limits.MaxNestingDepth)
        {
            var t = Current;
            var max = limits.MaxNestingDepth.ToString(CultureInfo.InvariantCulture);
            sink.Error(RuleSyntax.TooDeep, t.Start, t.Length, $"blocks are nested more than {max} deep", $"块嵌套超过 {max} 层");
            throw new SyntaxAbort();
        }
    }

    private CategoryDeclaration ParseCategory()
    {
        var start = Take().Start;
        var nameStart = Current.Start;
        var name = ExpectName(" after 'category'", "“category”后");
        var nameSpan = SpanFrom(nameStart);
        (int, int)? weightSpan = null;
        double? weight = null;
        double? cap = null;
        if (Current.Kind is RuleTokenKind.Number or RuleTokenKind.Minus)
        {
            var weightStart = Current.Start;
            weight = ParseNumber(" after the category's name", "类别名称后");
            weightSpan = SpanFrom(weightStart);
        }
        var typeWeights = weight is null && Current.Kind == RuleTokenKind.LeftParen ? ParseTypeWeights(name) : null;
        if (Current.IsKeyword("cap"))
        {
            Take();
            cap = ParseNumber(" after 'cap'", "“cap”后");
        }
        List<ScoredIndicatorDeclaration>? entries = null;
        var removed = new List<RemovalDeclaration>();
        if (Current.Kind == RuleTokenKind.Semicolon)
        {
            Take();
        }
        else if (Current.Kind == RuleTokenKind.LeftBrace)
        {
            EnterBlock(2);
            Take();
            entries = [];
            while (Current.Kind is not (RuleTokenKind.RightBrace or RuleTokenKind.End) && !StartsOuterStatement(inCategory: true) && CountStatement())
            {
                var entryStart = taken;
                try
                {
                    if (Current.IsKeyword("remove"))
                    {
                        removed.Add(ParseRemoval());
                    }
                    else
                    {
                        entries.Add(ParseEntry());
                    }
                }
                catch (SyntaxAbort)
                {
                    Recover(BlockEndWords, inBlock: true, entryStart);
                }
            }
            CloseBlock($" to close the category '{Diagnostic.Window(name)}'", $"结束类别“{Diagnostic.Window(name)}”时");
        }
        else
        {
            List<string> allowed = cap is null ? ["cap", "{", ";"] : ["{", ";"];
            throw Expected(OneOf(allowed, chinese: false), OneOf(allowed, chinese: true), $" in the category '{Diagnostic.Window(name)}'", $"类别“{Diagnostic.Window(name)}”中");
        }
        var category = Mark(new CategoryDeclaration(name, weight, cap, entries) { TypeWeights = typeWeights, Removed = removed }, start);
        map.AddPart(category, RulePart.Name, nameSpan);
        map.AddPart(category, RulePart.Weight, weightSpan);
        return category;
    }

    private ScoredIndicatorDeclaration ParseEntry()
    {
        var start = Current.Start;
        var indicator = ExpectName(" at the start of a category entry (the indicator)", "类别条目开头（指标）");
        var nameSpan = SpanFrom(start);
        (int, int)? weightSpan = null;
        IndicatorWeight? weight = null;
        if (Current.Kind is RuleTokenKind.Number or RuleTokenKind.Minus)
        {
            var at = Current;
            var points = ParseNumber(" as the weight", "作为权重");
            weightSpan = SpanFrom(at.Start);
            weight = CheckWeight(points, at) ? IndicatorWeight.Points(points) : null;
        }
        else if (Current.Kind == RuleTokenKind.Star)
        {
            var star = Take();
            var at = Current;
            var multiplier = ParseNumber(" after '*'", "“*”后");
            weightSpan = SpanFrom(star.Start);
            weight = CheckWeight(multiplier, at) ? IndicatorWeight.Multiplier(multiplier) : null;
        }
        var typeWeights = weightSpan is null && Current.Kind == RuleTokenKind.LeftParen ? ParseTypeWeights(indicator) : null;
        ScoringMethodReference? method = null;
        MissingDataPolicy? missing = null;
        double? target = null;
        double? stretch = null;
        double? baseline = null;
        string? targetUnit = null, stretchUnit = null, baselineUnit = null;
        var seen = 0;
        while (Current.Kind == RuleTokenKind.Keyword && EntryWords.IndexOf(Current.Text!) is var index and >= 0)
        {
            var word = Take();
            ReportDuplicate((seen & (1 << index)) != 0, word, "the entry", "本条目");
            seen |= 1 << index;
            switch (word.Text)
            {
                case "by":
                    method = ParseMethod();
                    break;
                case "missing":
                    missing = Choose(MissingWords, " after 'missing'", "“missing”后") switch
                    {
                        "error" => MissingDataPolicy.Error,
                        "zero" => MissingDataPolicy.ScoreZero,
                        _ => MissingDataPolicy.Reweight,
                    };
                    break;
                case "target":
                    target = ParseNumber(" after 'target'", "“target”后", out targetUnit);
                    break;
                case "stretch":
                    stretch = ParseNumber(" after 'stretch'", "“stretch”后", out stretchUnit);
                    break;
                default:
                    baseline = ParseNumber(" after 'baseline'", "“baseline”后", out baselineUnit);
                    break;
            }
        }
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            var allowed = EntryWords.Where((_, i) => (seen & (1 << i)) == 0).Append(";").ToList();
            throw ExpectedOneOf(allowed, $" in the entry '{Diagnostic.Window(indicator)}'", $"条目“{Diagnostic.Window(indicator)}”中");
        }
        var entry = Mark(new ScoredIndicatorDeclaration(indicator, weight, method, missing, target, stretch, baseline)
        {
            TypeWeights = typeWeights,
            TargetUnit = target is null ? null : targetUnit,
            StretchUnit = stretch is null ? null : stretchUnit,
            BaselineUnit = baseline is null ? null : baselineUnit,
        }, start);
        map.AddPart(entry, RulePart.Name, nameSpan);
        map.AddPart(entry, RulePart.Weight, weightSpan);
        return entry;
    }

    private bool CheckWeight(double value, RuleToken at)
    {
        if (value > 0)
        {
            return true;
        }
        Report(RuleSyntax.WeightNotPositive, at, "a weight must be greater than 0", "权重必须大于0");
        return false;
    }

    private ScoringMethodReference ParseMethod()
    {
        var start = Current.Start;
        var name = ExpectName(" after 'by' (a scoring method)", "“by”后（计分方法）");
        if (!TryTake(RuleTokenKind.LeftParen))
        {
            throw Expected("'('", "“(”", $" after the scoring method '{Diagnostic.Window(name)}'", $"计分方法“{Diagnostic.Window(name)}”后");
        }
        var arguments = new List<RuleArgument>();
        if (Current.Kind != RuleTokenKind.RightParen)
        {
            while (true)
            {
                arguments.Add(ParseArgument(name));
                if (Current.Kind != RuleTokenKind.Comma)
                {
                    break;
                }
                Take();
            }
        }
        if (!TryTake(RuleTokenKind.RightParen))
        {
            throw ExpectedOneOf([",", ")"], $" in the arguments of '{Diagnostic.Window(name)}'", $"“{Diagnostic.Window(name)}”的参数中");
        }
        return Mark(new ScoringMethodReference(name, arguments), start);
    }

    private RuleArgument ParseArgument(string method)
    {
        var start = Current.Start;
        string? name = null;
        if (Current.Kind is RuleTokenKind.Name or RuleTokenKind.Keyword && Next.Kind == RuleTokenKind.Colon)
        {
            name = Take().Text;
            Take();
        }
        var valueStart = Current.Start;
        RuleExpression value;
        if (Current.Kind == RuleTokenKind.Number || (Current.Kind == RuleTokenKind.Minus && Next.Kind == RuleTokenKind.Number))
        {
            var negative = TryTake(RuleTokenKind.Minus);
            var number = Take();
            value = Mark(new NumberLiteral(negative ? -number.Number + 0.0 : number.Number, number.Unit), valueStart);
        }
        else if (Current.Kind is RuleTokenKind.Name or RuleTokenKind.Keyword)
        {
            // A keyword is a word here too (ratio_to(total)): only a number or a word can follow.
            value = Mark(new NameReference(Take().Text!), valueStart);
        }
        else
        {
            throw Expected("a number or a name", "数值或名称", $" as an argument of '{Diagnostic.Window(method)}'", $"作为“{Diagnostic.Window(method)}”的参数");
        }
        return Mark(new RuleArgument(name, value), start);
    }

    private BonusDeclaration ParseBonus()
    {
        var start = Take().Start;
        var code = ExpectName(" after 'bonus'", "“bonus”后");
        var title = ExpectString(" after the bonus item's code", "加分项代码后");
        var points = ParseNumber(" after the bonus item's wording", "加分项措辞后");
        var kind = BonusKind.PerEvent;
        if (Current.IsKeyword("each") || Current.IsKeyword("once"))
        {
            kind = Take().Text == "once" ? BonusKind.Fixed : BonusKind.PerEvent;
        }
        var trigger = ParseTrigger(perAllowed: true);
        double? cap = null;
        if (Current.IsKeyword("cap"))
        {
            Take();
            cap = ParseNumber(" after 'cap'", "“cap”后");
        }
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            throw ExpectedOneOf(cap is null ? ["each", "once", "per", "when", "cap", ";"] : [";"], " in the bonus item", "加分项中");
        }
        return Mark(new BonusDeclaration(code, title, points, kind, cap) { Trigger = trigger }, start);
    }

    private double ParseBonusCap()
    {
        Take();
        var cap = ParseNumber(" after 'bonuscap'", "“bonuscap”后");
        Expect(RuleTokenKind.Semicolon, ";", " after the bonus cap", "加分上限后");
        return cap;
    }

    private DeductionDeclaration ParseDeduction()
    {
        var start = Take().Start;
        var code = ExpectName(" after 'deduction'", "“deduction”后");
        var title = ExpectString(" after the deduction item's code", "扣分项代码后");
        var points = ParseNumber(" after the deduction item's wording", "扣分项措辞后");
        var trigger = ParseTrigger(perAllowed: true);
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            throw ExpectedOneOf(trigger is null ? ["per", "when", ";"] : [";"], " in the deduction item", "扣分项中");
        }
        return Mark(new DeductionDeclaration(code, title, points) { Trigger = trigger }, start);
    }

    private VetoDeclaration ParseVeto()
    {
        var start = Take().Start;
        var code = ExpectName(" after 'veto'", "“veto”后");
        var title = ExpectString(" after the veto's code", "否决项代码后");
        var form = Choose(VetoWords, " after the veto's wording", "否决项措辞后");
        string? grade = null;
        if (form == "grade")
        {
            grade = ExpectName(" after 'grade' (the best grade allowed)", "“grade”后（最高可评等次）");
        }
        var trigger = ParseTrigger(perAllowed: false);
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            throw ExpectedOneOf(trigger is null ? ["when", ";"] : [";"], " after the veto's form", "否决方式后");
        }
        var veto = form switch
        {
            "zero" => VetoForm.ScoreZero,
            "exclude" => VetoForm.ExcludeFromRanking,
            "honours" => VetoForm.RevokeHonours,
            _ => VetoForm.CapGrade,
        };
        return Mark(new VetoDeclaration(code, title, veto, grade) { Trigger = trigger }, start);
    }

    private GradeDeclaration ParseGrade()
    {
        var start = Take().Start;
        var name = ExpectName(" after 'grade'", "“grade”后");
        var minimum = ParseNumber(" after the grade's name (its minimum total)", "等次名称后（最低总分）");
        Expect(RuleTokenKind.Semicolon, ";", " after the grade's minimum total", "等次最低总分后");
        return Mark(new GradeDeclaration(name, minimum), start);
    }

    private GradeDeclaration ParseTier()
    {
        var start = Take().Start;
        var name = ExpectName(" after 'tier'", "“tier”后");
        int? lastRank = null;
        if (Current.IsKeyword("rest"))
        {
            Take();
        }
        else if (Current.Kind is RuleTokenKind.Number or RuleTokenKind.Minus)
        {
            lastRank = ParseInteger(" after the tier's name", "档次名称后");
        }
        else
        {
            throw Expected("an integer (the tier's last rank) or 'rest'", "整数（本档最后名次）或“rest”", " after the tier's name", "档次名称后");
        }
        Expect(RuleTokenKind.Semicolon, ";", " after the tier's last rank", "档次最后名次后");
        return Mark(new GradeDeclaration(name, null, lastRank), start);
    }

    private RankingDeclaration ParseRanking()
    {
        var start = Take().Start;
        var method = Choose(RankWords, " after 'rank'", "“rank”后") == "dense" ? RankingMethod.Dense : RankingMethod.Competition;
        int? ties = null;
        string? within = null;
        if (Current.IsKeyword("ties"))
        {
            Take();
            ties = ParseInteger(" after 'ties'", "“ties”后");
        }
        if (Current.IsKeyword("within"))
        {
            Take();
            within = ExpectName(" after 'within'", "“within”后");
        }
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            throw ExpectedOneOf(within is not null ? [";"] : ties is not null ? ["within", ";"] : ["ties", "within", ";"], " in the ranking", "排名方式中");
        }
        return Mark(new RankingDeclaration(method, ties, within), start);
    }

    // ---------------------------------------------------------------- parts

    private string ExpectName(string contextEn, string contextZh)
    {
        var t = Current;
        if (t.Kind == RuleTokenKind.Name)
        {
            Take();
            return t.Text!;
        }
        if (t.Kind == RuleTokenKind.Keyword)
        {
            sink.Error(RuleSyntax.KeywordAsName, t.Start, t.Length,
                $"expected a name{contextEn}, found the keyword '{t.Text}' (write [{t.Text}] for a name spelled like it)",
                $"{contextZh}应为名称，实际为关键字“{t.Text}”（同名的名称请写成 [{t.Text}]）");
            throw new SyntaxAbort();
        }
        throw Expected("a name", "名称", contextEn, contextZh);
    }

    private string ExpectString(string contextEn, string contextZh)
    {
        if (Current.Kind == RuleTokenKind.String)
        {
            return Take().Text!;
        }
        throw Expected("a string (\"…\" or “…”)", "字符串（\"…\"或“…”）", contextEn, contextZh);
    }

    private void Expect(RuleTokenKind kind, string symbol, string contextEn, string contextZh)
    {
        if (Current.Kind == kind)
        {
            Take();
            return;
        }
        throw Expected($"'{symbol}'", $"“{symbol}”", contextEn, contextZh);
    }

    private bool TryTake(RuleTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }
        Take();
        return true;
    }

    private SyntaxAbort ExpectedOneOf(List<string> allowed, string contextEn, string contextZh) =>
        Expected(OneOf(allowed, chinese: false), OneOf(allowed, chinese: true), contextEn, contextZh);

    /// <summary>One of the given keywords, or a diagnostic naming them all.</summary>
    private string Choose(List<string> words, string contextEn, string contextZh)
    {
        var t = Current;
        if (t.Kind == RuleTokenKind.Keyword && words.Contains(t.Text!))
        {
            Take();
            return t.Text!;
        }
        throw UnknownWord(words, null, null, contextEn, contextZh);
    }

    /// <summary>A number with an optional '-' (declarations take any finite number; the binder checks the range).</summary>
    private double ParseNumber(string contextEn, string contextZh) => ParseNumber(contextEn, contextZh, out _, percentAllowed: false);

    /// <summary>A scheme entry's target, stretch or baseline: a number that may be written with <c>%</c> (<c>target 3%</c>).</summary>
    private double ParseNumber(string contextEn, string contextZh, out string? unit) => ParseNumber(contextEn, contextZh, out unit, percentAllowed: true);

    private double ParseNumber(string contextEn, string contextZh, out string? unit, bool percentAllowed)
    {
        unit = null;
        var negative = false;
        if (Current.Kind == RuleTokenKind.Minus && Next.Kind == RuleTokenKind.Number)
        {
            Take();
            negative = true;
        }
        var t = Current;
        if (t.Kind != RuleTokenKind.Number)
        {
            throw Expected("a number", "数值", contextEn, contextZh);
        }
        Take();
        if (percentAllowed && t.Unit == "%")
        {
            unit = t.Unit;
        }
        else if (t.Unit is not null)
        {
            Report(RuleSyntax.UnitNotAllowed, t, $"a unit ('{Diagnostic.Window(t.Unit)}') is not allowed{contextEn}; write the plain number",
                $"{contextZh}不能带单位（“{Diagnostic.Window(t.Unit)}”）；请只写数值");
        }
        return negative ? -t.Number + 0.0 : t.Number;
    }

    private int? ParseInteger(string contextEn, string contextZh)
    {
        var at = Current.Kind == RuleTokenKind.Minus ? Next : Current;
        var value = ParseNumber(contextEn, contextZh);
        if (value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
        {
            Report(RuleSyntax.NotAnInteger, at, $"expected a whole number{contextEn}", $"{contextZh}应为整数");
            return null;
        }
        return (int)value;
    }

    // ---------------------------------------------------------------- expressions

    private RuleExpression ParseExpression(int depth) => ParseChain(depth, OrLevel);

    // The left-associative levels of the grammar: or, and, + -, * /.
    private const int OrLevel = 0;
    private const int AndLevel = 1;
    private const int AdditiveLevel = 2;
    private const int TermLevel = 3;

    /// <summary>A left-associative chain; each further operator deepens the tree, so the chain counts as nesting.</summary>
    private RuleExpression ParseChain(int depth, int level)
    {
        var start = Current.Start;
        var left = ParseChainOperand(depth, level);
        var chain = depth;
        while (ChainOperator(Current, level) is { } op)
        {
            Take();
            Enter(++chain, chained: true);
            left = Mark(new RuleBinaryExpression(op, left, ParseChainOperand(depth + 1, level)), start);
        }
        return left;
    }

    private RuleExpression ParseChainOperand(int depth, int level) => level switch
    {
        OrLevel => ParseChain(depth, AndLevel),
        AndLevel => ParseNot(depth),
        AdditiveLevel => ParseChain(depth, TermLevel),
        _ => ParseUnary(depth),
    };

    private static RuleBinaryOperator? ChainOperator(RuleToken t, int level) => (level, t.Kind) switch
    {
        (OrLevel, RuleTokenKind.Keyword) when t.Text == "or" => RuleBinaryOperator.Or,
        (AndLevel, RuleTokenKind.Keyword) when t.Text == "and" => RuleBinaryOperator.And,
        (AdditiveLevel, RuleTokenKind.Plus) => RuleBinaryOperator.Add,
        (AdditiveLevel, RuleTokenKind.Minus) => RuleBinaryOperator.Subtract,
        (TermLevel, RuleTokenKind.Star) => RuleBinaryOperator.Multiply,
        (TermLevel, RuleTokenKind.Slash) => RuleBinaryOperator.Divide,
        _ => null,
    };

    private RuleExpression ParseNot(int depth)
    {
        if (!Current.IsKeyword("not"))
        {
            return ParseComparison(depth);
        }
        var start = Take().Start;
        Enter(depth + 1);
        return Mark(new RuleUnaryExpression(RuleUnaryOperator.Not, ParseNot(depth + 1)), start);
    }

    private RuleExpression ParseComparison(int depth)
    {
        var start = Current.Start;
        var left = ParseChain(depth, AdditiveLevel);
        if (ComparisonOperator(Current.Kind) is not { } op)
        {
            return left;
        }
        Take();
        Enter(depth + 1);
        var comparison = Mark(new RuleBinaryExpression(op, left, ParseChain(depth + 1, AdditiveLevel)), start);
        if (ComparisonOperator(Current.Kind) is not null)
        {
            Report(RuleSyntax.ChainedComparison, Current, "comparisons do not chain: write 'a < b and b < c'", "比较不能连写：请写成“a < b and b < c”");
            throw new SyntaxAbort();
        }
        return comparison;
    }

    private static RuleBinaryOperator? ComparisonOperator(RuleTokenKind kind) => kind switch
    {
        RuleTokenKind.Less => RuleBinaryOperator.Less,
        RuleTokenKind.LessOrEqual => RuleBinaryOperator.LessOrEqual,
        RuleTokenKind.Greater => RuleBinaryOperator.Greater,
        RuleTokenKind.GreaterOrEqual => RuleBinaryOperator.GreaterOrEqual,
        RuleTokenKind.Equal => RuleBinaryOperator.Equal,
        RuleTokenKind.NotEqual => RuleBinaryOperator.NotEqual,
        _ => null,
    };

    private RuleExpression ParseUnary(int depth)
    {
        if (Current.Kind != RuleTokenKind.Minus)
        {
            return ParsePower(depth);
        }
        var start = Take().Start;
        // '-' directly before a number is a negative literal (so a model's negative literal prints and reads back
        // as itself); before a power it negates the power: -2^2 = -(2^2).
        if (Current.Kind == RuleTokenKind.Number && Next.Kind != RuleTokenKind.Caret)
        {
            var number = Take();
            return Mark(new NumberLiteral(-number.Number + 0.0, number.Unit), start);
        }
        Enter(depth + 1);
        return Mark(new RuleUnaryExpression(RuleUnaryOperator.Negate, ParseUnary(depth + 1)), start);
    }

    private RuleExpression ParsePower(int depth)
    {
        var start = Current.Start;
        var left = ParsePrimary(depth);
        if (Current.Kind != RuleTokenKind.Caret)
        {
            return left;
        }
        Take();
        Enter(depth + 1);
        return Mark(new RuleBinaryExpression(RuleBinaryOperator.Power, left, ParseUnary(depth + 1)), start);
    }

    private RuleExpression ParsePrimary(int depth)
    {
        var t = Current;
        switch (t.Kind)
        {
            case RuleTokenKind.Number:
                Take();
                return Mark(new NumberLiteral(t.Number, t.Unit), t.Start);
            case RuleTokenKind.Keyword when t.Text is "true" or "false":
                Take();
                return Mark(new BooleanLiteral(t.Text == "true"), t.Start);
            case RuleTokenKind.String:
                Take();
                return Mark(new TextLiteral(t.Text!), t.Start);
            case RuleTokenKind.Name:
            case RuleTokenKind.Keyword when !RuleSyntax.ExpressionWords.Contains(t.Text!) && Next.Kind == RuleTokenKind.LeftParen:
                Take();
                return Current.Kind == RuleTokenKind.LeftParen
                    ? ParseCall(t.Text!, t.Start, depth)
                    : Mark(new NameReference(t.Text!), t.Start);
            case RuleTokenKind.LeftParen:
                Take();
                Enter(depth + 1);
                var inner = ParseExpression(depth + 1);
                Expect(RuleTokenKind.RightParen, ")", " to close '('", "闭合“(”时");
                return inner;
            case RuleTokenKind.Keyword:
                sink.Error(RuleSyntax.KeywordAsName, t.Start, t.Length,
                    $"expected an expression, found the keyword '{t.Text}' (write [{t.Text}] for a name spelled like it)",
                    $"应为表达式，实际为关键字“{t.Text}”（同名的名称请写成 [{t.Text}]）");
                throw new SyntaxAbort();
            default:
                throw Expected("an expression", "表达式", string.Empty, string.Empty);
        }
    }

    private CallExpression ParseCall(string function, int start, int depth)
    {
        Take();
        var arguments = new List<RuleExpression>();
        if (Current.Kind != RuleTokenKind.RightParen)
        {
            Enter(depth + 1);
            while (true)
            {
                arguments.Add(ParseExpression(depth + 1));
                if (Current.Kind != RuleTokenKind.Comma)
                {
                    break;
                }
                Take();
            }
        }
        if (!TryTake(RuleTokenKind.RightParen))
        {
            throw ExpectedOneOf([",", ")"], $" in the call of '{Diagnostic.Window(function)}'", $"调用“{Diagnostic.Window(function)}”时");
        }
        return Mark(new CallExpression(function, arguments), start);
    }

    private void Enter(int depth, bool chained = false)
    {
        // The stack check also protects a caller who raised MaxNestingDepth beyond what the stack holds; the message
        // names the limit actually hit.
        var overLimit = depth > limits.MaxNestingDepth;
        if (overLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            var t = Current;
            var max = limits.MaxNestingDepth.ToString(CultureInfo.InvariantCulture);
            var reached = depth.ToString(CultureInfo.InvariantCulture);
            sink.Error(RuleSyntax.TooDeep, t.Start, t.Length,
                (overLimit ? $"the expression is nested more than {max} deep" : $"the expression is nested too deeply for the stack (depth {reached} reached)")
                + (chained ? "; each further operator of a chain like a + b + c nests one level deeper, so split the chain into derived indicators" : string.Empty),
                (overLimit ? $"表达式嵌套超过 {max} 层" : $"表达式嵌套过深，超出栈空间（已达 {reached} 层）")
                + (chained ? "；a + b + c 这样的连写每多一个运算符加深一层，请拆分为派生指标" : string.Empty));
            throw new SyntaxAbort();
        }
    }

    // ---------------------------------------------------------------- diagnostics

    private (string En, string Zh) Describe(RuleToken t)
    {
        if (t.Kind == RuleTokenKind.End)
        {
            return ("the end of the text", "文本结尾");
        }
        var shown = t.Length <= 24 ? text.Substring(t.Start, t.Length) : string.Concat(text.AsSpan(t.Start, 24), "…");
        return ($"'{shown}'", $"“{shown}”");
    }

    private void ReportExpected(string expectedEn, string expectedZh, string contextEn, string contextZh, string code = RuleSyntax.Unexpected)
    {
        var t = Current;
        var (foundEn, foundZh) = Describe(t);
        sink.Error(code, t.Start, t.Length, $"expected {expectedEn}{contextEn}, found {foundEn}", $"{contextZh}应为{expectedZh}，实际为{foundZh}");
    }

    private SyntaxAbort Expected(string expectedEn, string expectedZh, string contextEn, string contextZh)
    {
        ReportExpected(expectedEn, expectedZh, contextEn, contextZh);
        return new SyntaxAbort();
    }

    private SyntaxAbort UnknownWord(List<string> words, string? whatEn, string? whatZh, string contextEn, string contextZh)
    {
        var listEn = OneOf(words, chinese: false);
        var listZh = OneOf(words, chinese: true);
        ReportExpected(whatEn is null ? listEn : $"{whatEn} ({listEn})", whatZh is null ? listZh : $"{whatZh}（{listZh}）", contextEn, contextZh, RuleSyntax.UnknownWord);
        return new SyntaxAbort();
    }

    private void ReportDuplicate(bool duplicate, RuleToken word, string ownerEn, string ownerZh)
    {
        if (duplicate)
        {
            Report(RuleSyntax.Duplicate, word, $"{ownerEn} already has a '{word.Text}'; the later one counts", $"{ownerZh}已有“{word.Text}”；以后者为准");
        }
    }

    private void Report(string code, RuleToken at, string message, string chineseMessage) =>
        sink.Error(code, at.Start, at.Length, message, chineseMessage);

    /// <summary>"'a', 'b' or 'c'" / "“a”、“b”或“c”"; a word with a space is a description and stays unquoted.</summary>
    private static string OneOf(List<string> words, bool chinese)
    {
        string Quote(string w) => w.Contains(' ', StringComparison.Ordinal) ? w : chinese ? $"“{w}”" : $"'{w}'";
        if (words.Count == 1)
        {
            return Quote(words[0]);
        }
        var head = string.Join(chinese ? "、" : ", ", words.Take(words.Count - 1).Select(Quote));
        return head + (chinese ? "或" : " or ") + Quote(words[^1]);
    }

    /// <summary>Unwinds to the statement, item or entry being parsed after its diagnostic is recorded.</summary>
#pragma warning disable CA1064, CA1032 // Private control flow of the parser, never seen outside it.
    private sealed class SyntaxAbort : Exception
#pragma warning restore CA1064, CA1032
    {
    }
}
