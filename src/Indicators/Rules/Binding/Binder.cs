using System.Globalization;

using static Indicators.Diagnostic;
using Indicators.Rules.Syntax;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>
/// Binds a <see cref="RuleSet"/> against a <see cref="RuleEnvironment"/>: resolves names, orders derived indicators,
/// checks types and units, parses targets and builds schemes. Reports every problem; never throws for authored rules.
/// </summary>
internal sealed partial class Binder
{
    private readonly RuleSet rules;
    private readonly RuleEnvironment environment;
    private readonly RuleSourceMap? map;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<PlanSlot> slots = [];
    private readonly Dictionary<string, PlanSlot> declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlanSlot> catalogueSlots = new(StringComparer.Ordinal);
    private readonly Dictionary<PlanSlot, BoundTarget> targetBySlot = [];
    private readonly List<BoundTarget> targets = [];
    private readonly List<BoundCheck> checks = [];
    private readonly List<PlanSlot> derivedOrder = [];
    private readonly HashSet<RuleExpression> tooDeep = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> aliasesNoted = new(StringComparer.Ordinal);
    private readonly Dictionary<(char Kind, string Name), string?> suggestions = [];
    // Errors past the cap are counted, not made: a text of thousands of wrong names stays linear and small.
    private int suppressed;

    internal Binder(RuleSet rules, RuleEnvironment environment, RuleSourceMap? map)
    {
        this.rules = rules;
        this.environment = environment;
        this.map = map;
    }

    internal Outcome<RulePlan> Bind()
    {
        var count = rules.Indicators.Count + rules.Targets.Count + rules.Checks.Count +
                    rules.Schemes.Sum(s => 1 + s.Categories.Count + s.Categories.Sum(c => c.Indicators?.Count ?? 0) + s.Bonuses.Count + s.Deductions.Count + s.Vetoes.Count + s.Grades.Count);
        if (count > environment.Limits.MaxStatements)
        {
            Report(rules, "RL4002",
                Invariant($"the rules have {count} statements and entries, more than the limit of {environment.Limits.MaxStatements}"),
                Invariant($"规则共有{count}条语句和条目，超过上限{environment.Limits.MaxStatements}条"));
            return new Outcome<RulePlan>(null, diagnostics);
        }
        DeclareUnits();
        DeclareIndicators();
        BindTables();
        CheckDepths();
        BindTargets();
        BindDerived();
        BindChecks();
        var catalog = BuildCatalog();
        var schemeBinder = new SchemeBinder(this, catalog);
        var schemes = schemeBinder.Bind();
        var links = schemeBinder.Link();
        var hasErrors = diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
        if (suppressed > 0)
        {
            var more = suppressed.ToString("N0", CultureInfo.InvariantCulture);
            diagnostics.Add(new Diagnostic(RuleSyntax.TooManyErrors, DiagnosticSeverity.Error, more + " more errors are not shown", "另有 " + more + " 个错误未列出",
                sourceName: map?.SourceName));
        }
        var plan = hasErrors ? null : new RulePlan(rules, environment, catalog, [.. slots], [.. derivedOrder], [.. checks], [.. targets], schemes) { UnitsAndRates = ruleUnits, ReadsHistory = readsHistory };
        if (plan is not null)
        {
            plan.Links = links;
        }
        // Text reads best in the order of its lines; a model's diagnostics keep the order of its items.
        return new Outcome<RulePlan>(plan, map is null ? diagnostics : [.. diagnostics.OrderBy(d => d.Position < 0 ? long.MaxValue : d.Position)]);
    }

    internal RuleEnvironment Environment => environment;

    internal IReadOnlyList<SchemeDeclaration> RuleSchemes => rules.Schemes;

    /// <summary>Reports an error at <paramref name="node"/>; past <see cref="RuleDiagnosticSink.MaxErrors"/> diagnostics, as the
    /// parser caps its own, the rest are only counted (one RL4005 at the end says how many).</summary>
    internal void Report(object node, string code, string english, string chinese) => Report(node, null, code, english, chinese);

    /// <summary>Reports a diagnostic at the <paramref name="part"/> of <paramref name="node"/> (its name, unit or weight token) when the text has one;
    /// past the cap, only counted.</summary>
    internal void Report(object node, RulePart? part, string code, string english, string chinese,
        DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        if (Full)
        {
            suppressed++;
            return;
        }
        diagnostics.Add(map is null
            ? new Diagnostic(code, severity, english, chinese)
            : map.At(node, part, code, severity, english, chinese));
    }

    /// <summary>Whether a diagnostic at <paramref name="node"/> has a place: always for a model, for text when the parser recorded the node.</summary>
    internal bool IsPlaced(object node) => map is null || map.TryGetSpan(node, out _, out _);

    /// <summary>Whether the cap of reported errors is reached: a caller skips costly work (suggestions) for a message no one will read.</summary>
    internal bool Full => diagnostics.Count >= RuleDiagnosticSink.MaxErrors;

    /// <summary>The "did you mean" of an unknown name of a kind (<c>i</c>ndicator, <c>f</c>unction, <c>s</c>cheme,
    /// <c>m</c>ethod), once per name (cached) and within one budget for the whole compilation; none when the cap is reached.</summary>
    internal (string English, string Chinese) DidYouMean(char kind, string name, Func<IEnumerable<string>> candidates)
    {
        if (Full)
        {
            return ("", "");
        }
        if (!suggestions.TryGetValue((kind, name), out var suggestion))
        {
            suggestion = BuiltIns.Suggest(name, candidates(), ref suggestionBudget);
            suggestions[(kind, name)] = suggestion;
        }
        return BuiltIns.DidYouMean(suggestion);
    }

    // The edit-distance cells all suggestions of one compilation may compute: bounded whatever the names.
    private long suggestionBudget = BuiltIns.SuggestionBudget;

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // ---- declarations -------------------------------------------------------------------------------------------

    private void DeclareIndicators()
    {
        foreach (var declaration in rules.Indicators)
        {
            if (string.IsNullOrWhiteSpace(declaration.Name))
            {
                Report(declaration, "RL2001", "an indicator declaration has no name", "指标声明缺少名称");
                continue;
            }
            if (declared.ContainsKey(declaration.Name))
            {
                Report(declaration, RulePart.Name, "RL2012", "indicator '" + Window(declaration.Name) + "' is declared twice", "指标“" + Window(declaration.Name) + "”重复声明");
                continue;
            }
            var definition = FindInCatalogue(declaration.Name);
            if (definition is not null)
            {
                NoteAlias(declaration, declaration.Name, definition);
                var slot = CatalogueSlot(definition);
                if (slot.Declaration is not null)
                {
                    Report(declaration, RulePart.Name, "RL2012", "'" + Window(declaration.Name) + "' and '" + Window(slot.Declaration.Name) + "' are both the catalogue indicator " + definition.Code,
                        "“" + Window(declaration.Name) + "”与“" + Window(slot.Declaration.Name) + "”都是指标体系中的指标" + definition.Code);
                    continue;
                }
                // A declaration of a catalogue indicator names it (and, with a formula, says how to derive it); the catalogue keeps its unit.
                slot.Declaration = declaration;
                if (!slot.Names.Contains(declaration.Name))
                {
                    slot.Names.Add(declaration.Name);
                }
                if (declaration.Unit is not null && ReadUnit(declaration, declaration.Unit) is { } unitType)
                {
                    if (Fits(unitType.Type, slot.Type))
                    {
                        // The rules' unit wins: a zone's values of this indicator are in the declared unit (万元 rather than the catalogue's 亿元).
                        (slot.Type, slot.Unit, slot.InsideFactor) = unitType;
                    }
                    else
                    {
                        var (en, zh) = CurrencyDiffers(slot.Type, unitType.Type) ?? ("", "");
                        Report(declaration, RulePart.Unit, "RL2007",
                            "'" + Window(declaration.Name) + "' is declared in " + Window(declaration.Unit) + ", but the catalogue measures " + definition.Code + " in " + slot.Type + en,
                            "“" + Window(declaration.Name) + "”声明的单位为" + Window(declaration.Unit) + "，但指标体系中" + definition.Code + "的单位为" + slot.Type.Describe(ExplanationLanguage.Chinese) + zh);
                    }
                }
                declared[declaration.Name] = slot;
                continue;
            }
            var (type, unit, factor) = declaration.Unit is null ? (RuleType.Number, (Unit?)null, 1.0) : ReadUnit(declaration, declaration.Unit) ?? (RuleType.Number, null, 1.0);
            var own = new PlanSlot(slots.Count, declaration.Name, type, unit, factor, declaration.Polarity ?? Polarity.Positive, null, declaration);
            own.Names.Add(declaration.Name);
            slots.Add(own);
            declared[declaration.Name] = own;
        }
    }

    /// <summary>
    /// Says so (RL2020, information) the first time a name reaches a catalogue indicator by an alias rather than by its code or
    /// Chinese name: 研发经费 silently being 研发经费支出 is worth a line, but not an error, since aliases exist to be written.
    /// </summary>
    private void NoteAlias(object node, string name, IndicatorDefinition definition)
    {
        if (name == definition.Code || name.Trim() == definition.ChineseName || !aliasesNoted.Add(name))
        {
            return;
        }
        Report(node, RulePart.Name, "RL2020",
            "'" + name + "' matched the catalogue indicator " + definition.Code + " (" + definition.ChineseName + ") by its alias",
            "“" + name + "”按别名匹配到指标体系中的指标" + definition.Code + "（" + definition.ChineseName + "）", DiagnosticSeverity.Information);
    }

    private IndicatorDefinition? FindInCatalogue(string name) =>
        environment.Catalog.TryGet(name, out var byCode) ? byCode : environment.Catalog.TryGetByName(name, out var byName) ? byName : null;

    private PlanSlot CatalogueSlot(IndicatorDefinition definition)
    {
        if (catalogueSlots.TryGetValue(definition.Code, out var existing))
        {
            return existing;
        }
        var (type, factor) = TypeOfUnit(definition.Unit);
        var slot = new PlanSlot(slots.Count, definition.Code, type, definition.Unit, factor, definition.Polarity, definition, null) { Code = definition.Code };
        slot.Names.Add(definition.Code);
        slot.Names.AddRange(definition.Names);
        slots.Add(slot);
        catalogueSlots[definition.Code] = slot;
        return slot;
    }

    /// <summary>The type and inside factor of values in <paramref name="unit"/>: % → percent ×0.01, ‰ → number ×0.001, none → number, else a quantity.</summary>
    internal static (RuleType Type, double Factor) TypeOfUnit(Unit unit)
    {
        var type = RuleType.Quantity(unit);
        return (type, type.Kind == RuleTypeKind.Quantity ? 1 : unit.ConvertValue(1, Units.One));
    }

    /// <summary>Reads a declared unit (<c>%</c>, <c>pp</c>, <c>个百分点</c>, or a unit text); reports RL2013 for one that is not a unit.</summary>
    private (RuleType Type, Unit? Unit, double Factor)? ReadUnit(object node, string text)
    {
        if (text is "pp" or "个百分点")
        {
            return (RuleType.Points, null, 0.01);
        }
        var parsed = ruleUnits.Parse(text);
        if (!parsed.Success)
        {
            var (en, zh) = BuiltIns.DidYouMean(SuggestUnit(text));
            var (declaredEn, declaredZh) = DeclaredUnitsNote();
            Report(node, RulePart.Unit, "RL2013", "'" + Window(text) + "' is not a unit (" + Window(parsed.Error!.Reason, SentenceLength) + ")" + (en.Length > 0 ? en + " " : ". ") + KnownUnits.English + declaredEn,
                "“" + Window(text) + "”不是计量单位" + (zh.Length > 0 ? zh : "。") + KnownUnits.Chinese + declaredZh);
            return null;
        }
        var (type, factor) = TypeOfUnit(parsed.Value);
        return (type, parsed.Value, factor);
    }

    /// <summary>What a unit may be, for RL2013: the base units (from the unit table, so the list stays true), prefixes, compounds and the rates.</summary>
    private static readonly (string English, string Chinese) KnownUnits = DescribeUnits();

    private static (string English, string Chinese) DescribeUnits()
    {
        var bases = UnitTable.UnprefixedUnits().Where(u => u.Dimension.Kind is not (DimensionKind.Count or DimensionKind.Ratio)).Select(u => u.Symbol).ToList();
        var nouns = string.Join("、", UnitTable.CountNouns.Take(6));
        var prefixes = string.Join("、", UnitTable.Prefixes.Where(p => p.Symbol.Length == 1).Select(p => p.Symbol));
        return ("Units are " + string.Join(", ", bases) + " or a counting noun (" + nouns.Replace("、", ", ", StringComparison.Ordinal) + " …), each with an optional prefix (" +
                prefixes.Replace("、", ", ", StringComparison.Ordinal) + " …); a quotient of two such (\"万元/亩\"); %, ‰, pp or 个百分点.",
            "计量单位可用" + string.Join("、", bases) + "或计数单位（" + nouns + "等），均可加前缀（" + prefixes + "等）；也可用两者之比（“万元/亩”）；以及%、‰、个百分点。");
    }

    /// <summary>The unit closest to <paramref name="text"/> (each side of a quotient on its own), or null; none for a long text, which no unit resembles.</summary>
    private string? SuggestUnit(string text)
    {
        if (text.Length > 24)
        {
            return null;
        }
        var parts = text.Split('/', '／');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (ruleUnits.ParseSimple(parts[i].Trim()) is not null)
            {
                continue;
            }
            if (BuiltIns.Suggest(parts[i].Trim(), UnitSymbols.Value.Concat(ruleUnits.DeclaredForms()), ref suggestionBudget) is not { } suggestion)
            {
                return null;
            }
            parts[i] = suggestion;
            changed = true;
        }
        var joined = string.Join("/", parts);
        return changed && ruleUnits.Parse(joined).Success ? joined : null;
    }

    private static readonly Lazy<string[]> UnitSymbols = new(() => [.. UnitTable.BaseAndPrefixedUnits().Select(u => u.Symbol).Distinct()]);

    /// <summary>Resolves a name: the rule set's declarations, then the catalogue by code, Chinese name or alias.</summary>
    internal PlanSlot? Resolve(object node, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Report(node, "RL2001", "an indicator name is missing", "缺少指标名称");
            return null;
        }
        if (declared.TryGetValue(name, out var slot))
        {
            return slot;
        }
        if (FindInCatalogue(name) is { } definition)
        {
            NoteAlias(node, name, definition);
            return CatalogueSlot(definition);
        }
        var (en, zh) = DidYouMean('i', name, () => declared.Keys.Concat(environment.Catalog.SelectMany(d => d.Names.Prepend(d.Code))));
        Report(node, "RL2001", "unknown indicator '" + Window(name) + "'" + en, "未知指标“" + Window(name) + "”" + zh);
        return null;
    }

    // ---- limits ---------------------------------------------------------------------------------------------------

    /// <summary>Finds formulas and conditions nested deeper than the limit without recursing, so a model built in code cannot overflow the stack.</summary>
    private void CheckDepths()
    {
        var limit = environment.Limits.MaxNestingDepth;
        foreach (var root in rules.Indicators.Select(i => i.Formula).Concat(rules.Checks.Select(c => c.Condition)))
        {
            if (root is null)
            {
                continue;
            }
            var stack = new Stack<(RuleExpression Node, int Depth)>();
            stack.Push((root, 1));
            while (stack.Count > 0)
            {
                var (node, depth) = stack.Pop();
                if (depth > limit)
                {
                    tooDeep.Add(root);
                    Report(node, "RL4001", Invariant($"the expression is nested deeper than the limit of {limit}"), Invariant($"表达式嵌套超过上限{limit}层"));
                    break;
                }
                foreach (var child in Children(node))
                {
                    stack.Push((child, depth + 1));
                }
            }
        }
    }

    internal static IEnumerable<RuleExpression> Children(RuleExpression node) => node switch
    {
        RuleUnaryExpression u => [u.Operand],
        RuleBinaryExpression b => [b.Left, b.Right],
        CallExpression c => c.Arguments,
        _ => [],
    };

    // ---- targets ----------------------------------------------------------------------------------------------------

    private void BindTargets()
    {
        foreach (var declaration in rules.Targets)
        {
            var slot = Resolve(declaration, declaration.Indicator);
            var parsed = Target.Parse(declaration.Wording);
            if (!parsed.Success)
            {
                var error = parsed.Error!;
                Report(declaration, "RL2008",
                    Invariant($"the target of '{Window(declaration.Indicator)}' \"{Window(declaration.Wording)}\" cannot be read at position {error.Position}: {Window(error.Reason, SentenceLength)}"),
                    Invariant($"“{Window(declaration.Indicator)}”的目标“{Window(declaration.Wording)}”无法识别（位置{error.Position}）"));
                continue;
            }
            if (slot is null)
            {
                continue;
            }
            if (targetBySlot.ContainsKey(slot))
            {
                Report(declaration, "RL2012", "'" + Window(declaration.Indicator) + "' has two targets", "“" + Window(declaration.Indicator) + "”有两个目标");
                continue;
            }
            var bound = new BoundTarget(declaration, slot, parsed.Value);
            targetBySlot[slot] = bound;
            targets.Add(bound);
        }
    }

    // ---- derived indicators -------------------------------------------------------------------------------------

    /// <summary>Orders derived indicators so each comes after those it uses (iteratively: a chain of any length is fine), reports cycles, then binds each formula.</summary>
    private void BindDerived()
    {
        var derived = slots.Where(s => s.IsDerived).ToList();
        var dependencies = new Dictionary<PlanSlot, List<PlanSlot>>();
        foreach (var slot in derived)
        {
            var uses = new List<PlanSlot>();
            var seen = new HashSet<PlanSlot>();
            if (!tooDeep.Contains(slot.Declaration!.Formula!))
            {
                foreach (var name in DependencyNames(slot.Declaration.Formula!))
                {
                    var other = declared.GetValueOrDefault(name) ?? (FindInCatalogue(name) is { } d ? catalogueSlots.GetValueOrDefault(d.Code) : null);
                    if (other is { IsDerived: true } && seen.Add(other))
                    {
                        uses.Add(other);
                    }
                }
            }
            dependencies[slot] = uses;
        }

        // 0 unvisited, 1 on the path, 2 done.
        var state = derived.ToDictionary(s => s, _ => 0);
        var inCycle = new HashSet<PlanSlot>();
        foreach (var start in derived)
        {
            if (state[start] != 0)
            {
                continue;
            }
            var path = new List<PlanSlot>();
            var stack = new Stack<(PlanSlot Slot, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            path.Add(start);
            while (stack.Count > 0)
            {
                var (slot, next) = stack.Pop();
                var uses = dependencies[slot];
                if (next < uses.Count)
                {
                    stack.Push((slot, next + 1));
                    var used = uses[next];
                    if (state[used] == 0)
                    {
                        state[used] = 1;
                        path.Add(used);
                        stack.Push((used, 0));
                    }
                    else if (state[used] == 1)
                    {
                        // Named as the rules declared them (研发投入), not by the catalogue code their name reached.
                        var cycle = path.Skip(path.IndexOf(used)).Append(used).Select(s => s.Declaration?.Name ?? s.Name).ToList();
                        var text = WindowList(cycle, " → ");
                        Report(used.Declaration!, RulePart.Name, "RL2002", "derived indicators form a cycle: " + text, "派生指标循环引用：" + text);
                        foreach (var member in path.Skip(path.IndexOf(used)))
                        {
                            inCycle.Add(member);
                        }
                    }
                    continue;
                }
                state[slot] = 2;
                path.RemoveAt(path.Count - 1);
                if (!inCycle.Contains(slot))
                {
                    derivedOrder.Add(slot);
                }
            }
        }

        var ordered = derivedOrder.ToList();
        derivedOrder.Clear();
        foreach (var slot in ordered)
        {
            if (tooDeep.Contains(slot.Declaration!.Formula!) || dependencies[slot].Any(inCycle.Contains))
            {
                continue;
            }
            var formula = BindRoot(slot.Declaration.Formula!);
            if (formula is null)
            {
                continue;
            }
            var fitted = FitToDeclaredUnit(slot, formula);
            if (fitted is null)
            {
                continue;
            }
            slot.Formula = fitted;
            derivedOrder.Add(slot);
        }
    }

    /// <summary>Checks a formula against its indicator's declared unit (RL2007) and converts a quantity into it; with no unit declared, the indicator takes the formula's type.</summary>
    private BoundExpression? FitToDeclaredUnit(PlanSlot slot, BoundExpression formula)
    {
        var declaration = slot.Declaration!;
        if (formula.Type.Kind == RuleTypeKind.Boolean)
        {
            ReportUnitMismatch(declaration, formula.Type);
            return null;
        }
        if (declaration.Unit is null && slot.CatalogueDefinition is null)
        {
            slot.Type = formula.Type;
            slot.Unit = formula.Type.Kind switch
            {
                RuleTypeKind.Quantity => formula.Type.Unit,
                RuleTypeKind.Percent => Units.Percent,
                _ => null,
            };
            slot.InsideFactor = formula.Type.Kind is RuleTypeKind.Percent or RuleTypeKind.Points ? 0.01 : 1;
            // A percent or points formula is shown × 100 in its own unit too: growth(GDP) * 100 would show 800% for 8%.
            return RepeatsConversion(slot, formula, 1 / slot.InsideFactor, null) ? null : formula;
        }
        if (FitCount(slot, formula) is { } count)
        {
            return count;
        }
        formula = AlignCurrency(formula, slot.Type);
        if (slot.Type.Kind == RuleTypeKind.Quantity)
        {
            if (formula.Type.Kind == RuleTypeKind.Quantity && formula.Type.SameDimension(slot.Type))
            {
                var converted = ConvertTo(formula, slot.Type);
                return converted is BoundConvert convert && RepeatsConversion(slot, formula, convert.Factor, formula.Type.Unit!.Symbol) ? null : converted;
            }
            ReportUnitMismatch(declaration, formula.Type);
            return null;
        }
        if (!Fits(slot.Type, formula.Type))
        {
            ReportUnitMismatch(declaration, formula.Type);
            return null;
        }
        // A dimensionless value is a fraction inside; the slot shows it × 1 / InsideFactor (× 100 for % and pp, × 1000 for ‰).
        return RepeatsConversion(slot, formula, 1 / slot.InsideFactor, null) ? null : formula;
    }

    /// <summary>
    /// RL2016: a literal factor of the formula that repeats the conversion its declared unit applies —
    /// <c>Patents / Employees * 10000 unit "件/万人"</c> (件/人 → 件/万人 is already × 10000), <c>A / B * 100 unit %</c>
    /// (a ratio shown in % is already × 100), or the same as <c>/ 0.0001</c> — which would make the value
    /// <paramref name="factor"/> times too large. The walk follows the factors that scale the whole value (through
    /// <c>* /</c>, unary minus, the terms of <c>+ -</c>, and min, max, abs, round, coalesce and if's branches), without recursion.
    /// </summary>
    /// <returns>Whether it reported.</returns>
    private bool RepeatsConversion(PlanSlot slot, BoundExpression formula, double factor, string? naturalUnit)
    {
        if (!double.IsFinite(factor) || factor == 1 || factor <= 0)
        {
            return false;
        }
        var reported = false;
        var stack = new Stack<(BoundExpression Node, bool Inverted)>();
        stack.Push((formula, false));
        while (stack.Count > 0)
        {
            var (node, inverted) = stack.Pop();
            if (node.Bare is double bare)
            {
                var scale = inverted ? 1 / bare : bare;
                if (Math.Abs(scale - factor) <= 1e-9 * factor)
                {
                    ReportRepeatedConversion(slot, node, inverted, factor, naturalUnit);
                    reported = true;
                }
                continue;
            }
            switch (node)
            {
                case BoundBinary { Operator: RuleBinaryOperator.Multiply or RuleBinaryOperator.Add or RuleBinaryOperator.Subtract } b:
                    stack.Push((b.Right, inverted));
                    stack.Push((b.Left, inverted));
                    break;
                case BoundBinary { Operator: RuleBinaryOperator.Divide } b:
                    stack.Push((b.Right, !inverted));
                    stack.Push((b.Left, inverted));
                    break;
                case BoundUnary { Operator: RuleUnaryOperator.Negate } u:
                    stack.Push((u.Operand, inverted));
                    break;
                case BoundConvert c:
                    stack.Push((c.Operand, inverted));
                    break;
                case BoundCall { Function: BoundFunction.Min or BoundFunction.Max or BoundFunction.Abs or BoundFunction.Coalesce or BoundFunction.Round } call:
                    foreach (var argument in call.Arguments)
                    {
                        stack.Push((argument, inverted));
                    }
                    break;
                case BoundCall { Function: BoundFunction.If } call:
                    stack.Push((call.Arguments[2], inverted));
                    stack.Push((call.Arguments[1], inverted));
                    break;
            }
        }
        return reported;
    }

    private void ReportRepeatedConversion(PlanSlot slot, BoundExpression literal, bool inverted, double factor, string? naturalUnit)
    {
        var declaration = slot.Declaration!;
        var declared = declaration.Unit is not null;
        var unit = declaration.Unit ?? slot.Unit?.Symbol ?? (slot.Type.Kind == RuleTypeKind.Points ? "pp" : slot.Type.ToString());
        var written = (inverted ? "/ " : "* ") + RuleExpressionText.Format(literal.Syntax);
        var times = NumberText.Format(factor);
        var (what, whatZh) = naturalUnit is null
            ? ("shows the formula's fraction in " + unit + " (× " + times + ")", "已将公式的小数按" + unit + "表示（× " + times + "）")
            : ("converts the formula's " + naturalUnit + " into " + unit + " (× " + times + ")", "已将公式的" + naturalUnit + "换算为" + unit + "（× " + times + "）");
        var (instead, insteadZh) = naturalUnit is not null ? ("; or declare the unit " + naturalUnit, "，或将单位声明为" + naturalUnit)
            : declared ? ("; or drop the unit " + unit + " if the formula already gives the figure", "；若公式已给出该数值，则去掉单位" + unit)
            : ("", "");
        var (its, itsZh) = declared ? ("the declared unit ", "声明的单位") : ("its unit ", "其单位");
        Report(literal.Syntax, "RL2016",
            "'" + declaration.Name + "': " + its + unit + " already " + what + ", so '" + written + "' applies the conversion twice and makes the value " +
            times + " times too large; drop '" + written + "'" + instead,
            "“" + declaration.Name + "”：" + itsZh + unit + whatZh + "，公式中的“" + written + "”重复换算，结果会大" + times + "倍；请删去“" + written + "”" + insteadZh);
    }

    /// <summary>Whether a value of <paramref name="actual"/> may stand for <paramref name="expected"/>: numbers and percents are both dimensionless.</summary>
    private static bool Fits(RuleType expected, RuleType actual) => expected.Kind switch
    {
        RuleTypeKind.Number or RuleTypeKind.Percent => actual.Kind is RuleTypeKind.Number or RuleTypeKind.Percent,
        RuleTypeKind.Quantity => actual.Kind == RuleTypeKind.Quantity && expected.SameDimension(actual),
        _ => expected.Kind == actual.Kind,
    };

    private void ReportUnitMismatch(IndicatorDeclaration declaration, RuleType type)
    {
        var slot = declared.GetValueOrDefault(declaration.Name);
        var (en, zh) = slot is null ? ("", "") : CurrencyDiffers(slot.Type, type) ?? ("", "");
        Report(declaration, RulePart.Unit, "RL2007",
            "the formula of '" + Window(declaration.Name) + "' gives " + type + ", which does not fit its unit " + Window(declaration.Unit ?? slot?.Type.ToString() ?? "") + en,
            "“" + Window(declaration.Name) + "”的公式结果为" + type.Describe(ExplanationLanguage.Chinese) + "，与其单位" +
            Window(declaration.Unit ?? slot?.Type.Describe(ExplanationLanguage.Chinese) ?? "") + "不符" + zh);
    }

    /// <summary>
    /// When <paramref name="actual"/> and <paramref name="expected"/> are both money but in different currencies, what the user must do
    /// (the rules cannot convert: a rate belongs to a period and a source, so it is applied to the data, not guessed); else null.
    /// </summary>
    private static (string English, string Chinese)? CurrencyDiffers(RuleType expected, RuleType actual)
    {
        if (expected.Dimension?.Currency is not { } want || actual.Dimension?.Currency is not { } have || want == have)
        {
            return null;
        }
        return ("; the currency differs: " + Code(have) + " vs " + Code(want) + "; convert the values into " + Code(want) + " with an exchange rate (ExchangeRate) first",
            "：币种不同（" + ChineseName(have) + "与" + ChineseName(want) + "），请先按汇率换算为" + ChineseName(want));

        static string Code(Currency currency) => currency.ToString().ToUpperInvariant();

        static string ChineseName(Currency currency) => currency switch
        {
            Currency.Cny => "人民币",
            Currency.Usd => "美元",
            Currency.Hkd => "港元",
            Currency.Eur => "欧元",
            _ => "日元",
        };
    }

    // ---- checks --------------------------------------------------------------------------------------------------------

    private void BindChecks()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var check in rules.Checks)
        {
            if (!names.Add(check.Name))
            {
                Report(check, "RL2012", "check '" + Window(check.Name) + "' is declared twice", "校验“" + Window(check.Name) + "”重复声明");
            }
            if (tooDeep.Contains(check.Condition) || BindRoot(check.Condition) is not { } condition)
            {
                continue;
            }
            if (condition.Type.Kind != RuleTypeKind.Boolean)
            {
                Report(check.Condition, "RL2014", "the condition of check '" + Window(check.Name) + "' is " + condition.Type + ", not a truth value",
                    "校验“" + Window(check.Name) + "”的条件是" + condition.Type.Describe(ExplanationLanguage.Chinese) + "，不是真假值");
                continue;
            }
            checks.Add(new BoundCheck(check, condition));
        }
    }

    // ---- the scheme catalogue -------------------------------------------------------------------------------------

    /// <summary>The environment's catalogue plus the rule set's own indicators (with generated codes when their names are not codes), so schemes can score them.</summary>
    private IndicatorCatalog BuildCatalog()
    {
        var own = slots.Where(s => s.CatalogueDefinition is null).ToList();
        if (own.Count == 0)
        {
            return environment.Catalog;
        }
        var codes = new HashSet<string>(environment.Catalog.Select(d => d.Code), StringComparer.Ordinal);
        var names = new HashSet<string>(environment.Catalog.SelectMany(d => d.Names), StringComparer.Ordinal);
        var additions = new List<IndicatorDefinition>(own.Count);
        foreach (var slot in own)
        {
            var code = IsCode(slot.Name) && codes.Add(slot.Name) ? slot.Name : NewCode(codes, slot.Index);
            slot.Code = code;
            slot.Names.Add(code);
            var title = string.IsNullOrWhiteSpace(slot.Declaration!.Title) ? null : slot.Declaration.Title.Trim();
            var chinese = title is not null && names.Add(title) ? title : names.Add(slot.Name) ? slot.Name : Numbered(names, slot.Name);
            var unit = slot.Unit ?? (slot.Type.Kind == RuleTypeKind.Percent ? Units.Percent : Units.One);
            var nature = unit.Dimension.Kind == DimensionKind.Ratio || unit.IsCompound ? IndicatorNature.Ratio : IndicatorNature.Flow;
            try
            {
                additions.Add(IndicatorDefinition.Create(code, chinese, title ?? slot.Name, unit, nature, slot.Polarity));
            }
            catch (ArgumentException e)
            {
                Report(slot.Declaration, "RL2012", "indicator '" + Window(slot.Name) + "' cannot be registered: " + Window(e.Message, SentenceLength), "指标“" + Window(slot.Name) + "”无法登记到指标体系");
            }
        }
        try
        {
            return environment.Catalog.With([.. additions]);
        }
        catch (ArgumentException e)
        {
            Report(rules, "RL2012", "the rules' indicators cannot be registered: " + Window(e.Message, SentenceLength), "规则中的指标无法登记到指标体系");
            return environment.Catalog;
        }
    }

    /// <summary>A catalogue name for <paramref name="name"/> when another indicator has it already: 研发（2）, never the generated code people should not read.</summary>
    private static string Numbered(HashSet<string> names, string name)
    {
        for (var i = 2; ; i++)
        {
            var numbered = name + "（" + i.ToString(CultureInfo.InvariantCulture) + "）";
            if (names.Add(numbered))
            {
                return numbered;
            }
        }
    }

    private static string NewCode(HashSet<string> codes, int index)
    {
        for (var i = index; ; i++)
        {
            var code = "Rule" + i.ToString(CultureInfo.InvariantCulture);
            if (codes.Add(code))
            {
                return code;
            }
        }
    }

    private static bool IsCode(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
}
