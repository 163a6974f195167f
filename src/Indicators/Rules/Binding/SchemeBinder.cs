using static Indicators.Diagnostic;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// Binds scheme declarations: resolves <c>extends</c> (base first; cycles reported), composes each scheme with its base
/// as the specification says, resolves scored indicators and scoring methods, and builds a real
/// <see cref="AssessmentScheme"/> through <see cref="AssessmentScheme.CreateBuilder"/>, whose problems become RL3004.
/// </summary>
internal sealed partial class SchemeBinder(Binder binder, IndicatorCatalog catalog)
{
    private readonly Dictionary<string, SchemeDeclaration> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Composed?> composed = new(StringComparer.Ordinal);

    /// <summary>A scheme with its base applied: categories with entries (entries keep the node they were written at).</summary>
    private sealed record Composed(SchemeDeclaration Declaration, string Title, double? Total, List<ComposedCategory> Categories,
        List<BonusDeclaration> Bonuses, double? BonusCap, List<DeductionDeclaration> Deductions, List<VetoDeclaration> Vetoes,
        List<GradeDeclaration> Grades, RankingDeclaration? Ranking)
    {
        /// <summary>The zone attribute the per-type weights are read by, or null.</summary>
        internal string? WeightsBy { get; init; }
    }

    private sealed record ComposedCategory(CategoryDeclaration Node, string Name, double? Weight, double? Cap, List<ScoredIndicatorDeclaration> Entries)
    {
        /// <summary>The weight per zone type, or null.</summary>
        internal IReadOnlyList<TypeWeightDeclaration>? TypeWeights { get; init; }
    }

    internal Dictionary<string, AssessmentScheme> Bind()
    {
        var result = new Dictionary<string, AssessmentScheme>(StringComparer.Ordinal);
        foreach (var scheme in binder.RuleSchemes)
        {
            if (!byName.TryAdd(scheme.Name, scheme))
            {
                binder.Report(scheme, RulePart.Name, "RL3005", "scheme '" + Window(scheme.Name) + "' is declared twice", "考核方案“" + Window(scheme.Name) + "”重复声明");
            }
        }
        foreach (var scheme in byName.Values)
        {
            if (Compose(scheme) is { } c && Build(c) is { } built)
            {
                result[scheme.Name] = built;
            }
        }
        return result;
    }

    /// <summary>Composes a scheme with its bases, walking the extends chain without recursion.</summary>
    private Composed? Compose(SchemeDeclaration scheme)
    {
        if (composed.TryGetValue(scheme.Name, out var done))
        {
            return done;
        }
        var chain = new List<SchemeDeclaration> { scheme };
        var current = scheme;
        Composed? baseScheme = null;
        while (current.Extends is { } baseName)
        {
            if (composed.TryGetValue(baseName, out var known))
            {
                if (known is null)
                {
                    return Fail(chain);
                }
                baseScheme = known;
                break;
            }
            if (!byName.TryGetValue(baseName, out var next))
            {
                var (en, zh) = binder.DidYouMean('s', baseName, () => byName.Keys);
                binder.Report(current, "RL3001", "scheme '" + Window(current.Name) + "' extends unknown scheme '" + Window(baseName) + "'" + en,
                    "考核方案“" + Window(current.Name) + "”继承的方案“" + Window(baseName) + "”不存在" + zh);
                return Fail(chain);
            }
            var at = chain.IndexOf(next);
            if (at >= 0)
            {
                var cycle = WindowList([.. chain.Skip(at).Select(s => s.Name).Append(next.Name)], " → ");
                binder.Report(next, "RL3002", "schemes extend each other in a cycle: " + cycle, "考核方案循环继承：" + cycle);
                return Fail(chain);
            }
            chain.Add(next);
            current = next;
        }
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            baseScheme = Apply(baseScheme, chain[i]);
            composed[chain[i].Name] = baseScheme;
            if (baseScheme is null)
            {
                return Fail(chain);
            }
        }
        return baseScheme;
    }

    private Composed? Fail(List<SchemeDeclaration> chain)
    {
        foreach (var s in chain)
        {
            composed[s.Name] = null;
        }
        return null;
    }

    /// <summary>The spec's extends rules: total, weights and items replace; entries merge by indicator (null parts keep the base's); new ones are added.</summary>
    private Composed? Apply(Composed? @base, SchemeDeclaration scheme)
    {
        var categories = @base?.Categories.Select(c => c with { Entries = [.. c.Entries] }).ToList() ?? [];
        // Look-ups by name, so that a scheme of thousands of categories and entries composes in linear time.
        var categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            categoryIndex.TryAdd(categories[i].Name, i);
        }
        var ok = true;
        foreach (var category in scheme.Categories)
        {
            if (!categoryIndex.TryGetValue(category.Name, out var index))
            {
                index = -1;
            }
            if (index < 0)
            {
                if (@base is not null && category.Weight is null && category.TypeWeights is null)
                {
                    binder.Report(category, RulePart.Name, "RL3003",
                        "category '" + Window(category.Name) + "' is not in the base scheme '" + Window(scheme.Extends) + "', so it needs a weight",
                        "类别“" + Window(category.Name) + "”不在基础方案“" + Window(scheme.Extends) + "”中，需给出权重");
                    ok = false;
                    continue;
                }
                categoryIndex.TryAdd(category.Name, categories.Count);
                categories.Add(new ComposedCategory(category, category.Name, category.Weight, category.Cap, [.. category.Indicators ?? []]) { TypeWeights = category.TypeWeights });
                ok &= Remove(category, scheme.Extends, categories[^1].Entries);
                continue;
            }
            var old = categories[index];
            var entries = old.Entries;
            var entryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                entryIndex.TryAdd(entries[i].Indicator, i);
            }
            foreach (var entry in category.Indicators ?? [])
            {
                if (!entryIndex.TryGetValue(entry.Indicator, out var at))
                {
                    entryIndex.Add(entry.Indicator, entries.Count);
                    entries.Add(entry);
                    continue;
                }
                var was = entries[at];
                entries[at] = entry with
                {
                    Weight = entry.Weight ?? (entry.TypeWeights is null ? was.Weight : null),
                    TypeWeights = entry.Weight is null ? entry.TypeWeights ?? was.TypeWeights : null,
                    Method = entry.Method ?? was.Method,
                    Missing = entry.Missing ?? was.Missing,
                    Target = entry.Target ?? was.Target,
                    Stretch = entry.Stretch ?? was.Stretch,
                    Baseline = entry.Baseline ?? was.Baseline,
                    TargetUnit = entry.Target is null ? was.TargetUnit : entry.TargetUnit,
                    StretchUnit = entry.Stretch is null ? was.StretchUnit : entry.StretchUnit,
                    BaselineUnit = entry.Baseline is null ? was.BaselineUnit : entry.BaselineUnit,
                };
            }
            categories[index] = new ComposedCategory(category, old.Name, category.Weight ?? (category.TypeWeights is null ? old.Weight : null), category.Cap ?? old.Cap, entries)
            {
                TypeWeights = category.Weight is null ? category.TypeWeights ?? old.TypeWeights : null,
            };
            ok &= Remove(category, scheme.Extends, entries);
        }
        ok &= RemoveCategories(scheme, categories);
        if (!ok)
        {
            return null;
        }
        return new Composed(scheme, scheme.Title ?? scheme.Name, scheme.Total ?? @base?.Total, categories,
            Replace(@base?.Bonuses, scheme.Bonuses, b => b.Code), scheme.BonusCap ?? @base?.BonusCap,
            Replace(@base?.Deductions, scheme.Deductions, d => d.Code), Replace(@base?.Vetoes, scheme.Vetoes, v => v.Code),
            Replace(@base?.Grades, scheme.Grades, g => g.Name), scheme.Ranking ?? @base?.Ranking) { WeightsBy = scheme.WeightsBy ?? @base?.WeightsBy };
    }

    private static List<T> Replace<T>(List<T>? baseItems, IReadOnlyList<T> items, Func<T, string> key)
    {
        var list = baseItems is null ? [] : new List<T>(baseItems);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            index.TryAdd(key(list[i]), i);
        }
        foreach (var item in items)
        {
            if (index.TryGetValue(key(item), out var at))
            {
                list[at] = item;
            }
            else
            {
                index.Add(key(item), list.Count);
                list.Add(item);
            }
        }
        return list;
    }

    private AssessmentScheme? Build(Composed scheme)
    {
        var declaration = scheme.Declaration;
        var builder = AssessmentScheme.CreateBuilder(scheme.Title, scheme.Total ?? 100).WithCatalog(catalog);
        var (types, typesOk) = ZoneTypes(scheme, builder);
        var ok = typesOk;
        // The categories given to the builder, in its order, and the entries it got that are already reported as RL2001.
        var built = new List<ComposedCategory>(scheme.Categories.Count);
        var unresolved = new HashSet<ScoredIndicatorDeclaration>(ReferenceEqualityComparer.Instance);
        foreach (var category in scheme.Categories)
        {
            IndicatorWeight? neutral = null;
            var typed = new List<double[]?>();
            var entries = new List<(string Code, IScoringMethod Method, IndicatorWeight Weight, MissingDataPolicy Missing, ZoneTargets Targets, string Written, string? Label)>();
            foreach (var entry in category.Entries)
            {
                var slot = binder.Resolve(entry, entry.Indicator);
                if (slot is null)
                {
                    unresolved.Add(entry);
                    ok = false;
                }
                else
                {
                    ok &= NumbersFit(entry, slot);
                }
                IScoringMethod? method = null;
                if (entry.Method is null)
                {
                    binder.Report(entry, "RL3006", "indicator '" + Window(entry.Indicator) + "' in category '" + Window(category.Name) + "' has no scoring method (by …)",
                        "类别“" + Window(category.Name) + "”中的指标“" + Window(entry.Indicator) + "”没有计分方法（by …）");
                    ok = false;
                }
                else
                {
                    method = BindMethod(entry.Method, new EntryContext(entry, EntryPoints(category, entry), slot));
                    ok &= method is not null && (slot is null || Scorable(entry, category.Name, slot, method));
                }
                if (entry.Weight is null && entry.TypeWeights is null)
                {
                    binder.Report(entry, "RL3007", "indicator '" + Window(entry.Indicator) + "' in category '" + Window(category.Name) + "' has no weight",
                        "类别“" + Window(category.Name) + "”中的指标“" + Window(entry.Indicator) + "”没有权重");
                    ok = false;
                }
                // Placeholders keep the builder checking the rest of the scheme; the result is discarded when anything failed.
                // Messages name the indicator as the entry wrote it; explanations label a generated code (Rule0) by the rules' name.
                var label = slot is { CatalogueDefinition: null } && slot.Code != slot.Name ? slot.Name : null;
                entries.Add((slot?.Code ?? entry.Indicator, method ?? ScoringMethods.CappedRatio(), entry.Weight ?? (neutral ??= NeutralWeight(category)),
                    entry.Missing ?? MissingDataPolicy.Error, new ZoneTargets(entry.Target, entry.Stretch, entry.Baseline), entry.Indicator, label));
                typed.Add(types is null ? null : TypeWeightsOf(entry.TypeWeights, types));
            }
            var categoryTyped = types is null ? null : TypeWeightsOf(category.TypeWeights, types);
            if (categoryTyped is not null)
            {
                built.Add(category);
                builder.Category(category.Name, categoryTyped, c => AddEntries(c, entries, typed), category.Cap);
                continue;
            }
            if (category.Weight is not double weight)
            {
                if (category.TypeWeights is not null)
                {
                    continue; // reported with the per-type weights
                }
                binder.Report(category.Node, RulePart.Name, "RL3003", "category '" + Window(category.Name) + "' has no weight", "类别“" + Window(category.Name) + "”没有权重");
                ok = false;
                continue;
            }
            built.Add(category);
            builder.Category(category.Name, weight, c => AddEntries(c, entries, typed), category.Cap);
        }
        foreach (var bonus in scheme.Bonuses)
        {
            builder.Bonus(bonus.Code, bonus.Title, bonus.Points, bonus.Kind, bonus.Cap);
        }
        if (scheme.BonusCap is double cap)
        {
            builder.BonusCap(cap);
        }
        foreach (var deduction in scheme.Deductions)
        {
            builder.Deduction(deduction.Code, deduction.Title, deduction.PointsPerEvent);
        }
        foreach (var veto in scheme.Vetoes)
        {
            builder.Veto(veto.Code, veto.Title, veto.Form, veto.GradeCap);
        }
        foreach (var grade in scheme.Grades)
        {
            if (grade.MinimumScore is double minimum)
            {
                builder.Grade(grade.Name, minimum);
            }
            else
            {
                builder.RankTier(grade.Name, grade.LastRank ?? int.MaxValue);
            }
        }
        if (scheme.Ranking is { } ranking)
        {
            if (ranking.TieDecimals is int decimals && (decimals < 0 || decimals > Rounding.MaxDecimals))
            {
                binder.Report(ranking, "RL3004", Binder.Invariant($"scheme '{Window(declaration.Name)}': ties are judged at {decimals} decimals; use 0 to 15"),
                    Binder.Invariant($"考核方案“{Window(declaration.Name)}”：并列判定的小数位数{decimals}应在0到15之间"));
                ok = false;
            }
            else if (!Enum.IsDefined(ranking.Method))
            {
                binder.Report(ranking, "RL3004", "scheme '" + Window(declaration.Name) + "': the ranking method is not defined", "考核方案“" + Window(declaration.Name) + "”：排名方法未定义");
                ok = false;
            }
            else
            {
                builder.RankBy(RankingOptions.Default with
                {
                    Method = ranking.Method,
                    Ties = ranking.TieDecimals is int d ? TiePolicy.RoundedTo(d) : TiePolicy.Exact,
                });
            }
        }
        ok &= BindExit(declaration, builder);
        if (!typesOk || !WeightsInRange(scheme))
        {
            // Weight lists that miss a type, or weights the builder would add up to an infinity: its checks of the weights
            // would only repeat the fault, so nothing more of this scheme is checked.
            return null;
        }
        var (builtScheme, problems, _) = builder.Check();
        foreach (var problem in problems)
        {
            var node = NodeOf(scheme, built, problem);
            if (node is ScoredIndicatorDeclaration entry && unresolved.Contains(entry))
            {
                continue; // already reported as RL2001
            }
            // An entry merged from a base scheme is a new node the text never held: say it at its category, else at the scheme.
            node = binder.IsPlaced(node) ? node : problem.Item == SchemeItem.Indicator && binder.IsPlaced(built[problem.Index].Node) ? built[problem.Index].Node : declaration;
            binder.Report(node, problem.AboutWeight ? RulePart.Weight : RulePart.Name, "RL3004", "scheme '" + Window(declaration.Name) + "': " + Window(problem.English, SentenceLength),
                "考核方案“" + Window(declaration.Name) + "”：" + Window(problem.Chinese, SentenceLength));
            ok = false;
        }
        return ok ? builtScheme : null;
    }

    /// <summary>The declaration a builder problem is about, so the diagnostic points at it (the scheme when the item has no node of its own).</summary>
    private static object NodeOf(Composed scheme, List<ComposedCategory> built, SchemeProblem problem)
    {
        static T? At<T>(IReadOnlyList<T> items, int index) where T : class => index >= 0 && index < items.Count ? items[index] : null;
        object? node = problem.Item switch
        {
            SchemeItem.Category => At(built, problem.Index)?.Node,
            SchemeItem.Indicator when At(built, problem.Index) is { } category => At(category.Entries, problem.Entry),
            SchemeItem.Bonus => At(scheme.Bonuses, problem.Index),
            SchemeItem.Deduction => At(scheme.Deductions, problem.Index),
            SchemeItem.Veto => At(scheme.Vetoes, problem.Index),
            SchemeItem.Grade => At(scheme.Grades, problem.Index),
            SchemeItem.Ranking => scheme.Ranking,
            _ => null,
        };
        return node ?? scheme.Declaration;
    }

    /// <summary>
    /// RL2017 unless every unit written on the entry's numbers fits the indicator: <c>target 3%</c> is the same number as
    /// <c>target 3</c> for an indicator in %, and is refused for any other (3% of 亿元 means nothing, and for a plain
    /// ratio it would be ambiguous between 3 and 0.03).
    /// </summary>
    private bool NumbersFit(ScoredIndicatorDeclaration entry, PlanSlot slot)
    {
        var ok = true;
        foreach (var (word, value, unit) in new[] { ("target", entry.Target, entry.TargetUnit), ("stretch", entry.Stretch, entry.StretchUnit), ("baseline", entry.Baseline, entry.BaselineUnit) })
        {
            if (unit is null || value is null || (unit == "%" && slot.Type.Kind == RuleTypeKind.Percent))
            {
                continue;
            }
            var number = NumberText.Format(value.Value);
            var (measured, measuredZh) = slot.Unit is { } u ? (u.Symbol, u.Symbol)
                : slot.Type.Kind == RuleTypeKind.Points ? ("percentage points", "百分点") : ("a plain number", "无单位数值");
            binder.Report(entry, "RL2017",
                "'" + word + " " + number + unit + "': indicator '" + entry.Indicator + "' is not measured in % but in " + measured +
                "; write the " + word + " in that unit, without '" + unit + "'",
                "“" + word + " " + number + unit + "”：指标“" + entry.Indicator + "”的单位不是%而是" + measuredZh + "，请按该单位书写，不带“" + unit + "”");
            ok = false;
        }
        return ok;
    }

    /// <summary>
    /// RL3008 unless a built-in method can score the entry: the method is tried once, at compile time, on a stand-in value
    /// with the entry's polarity and default targets (the built-in methods refuse only for what is given or missing, never
    /// for the value). A part the entry does not give (target, stretch, baseline) may still come with each zone
    /// (<see cref="AssessmentZone.WithTargets"/>, a dataset's targets) for a data indicator, but not for an indicator the
    /// rules derive: the bulk path has no targets for it but the scheme's. A user's own method is not tried.
    /// </summary>
    /// <returns>Whether the entry can be scored.</returns>
    private bool Scorable(ScoredIndicatorDeclaration entry, string category, PlanSlot slot, IScoringMethod method)
    {
        if (method.GetType().Assembly != typeof(IScoringMethod).Assembly)
        {
            return true;
        }
        if (!RatioToFits(entry, category, slot, method))
        {
            return false;
        }
        var given = new ZoneTargets(entry.Target, entry.Stretch, entry.Baseline);
        if (Fails(method, slot.Polarity, given) is not { } failure)
        {
            return true;
        }
        // With a stand-in for every part not given: a failure now is the given parts' (or the polarity's) fault.
        var sign = slot.Polarity == Polarity.Reverse ? -1 : 1;
        var t = entry.Target ?? (entry.Baseline is double b ? b + sign : 1);
        var step = Math.Max(1, Math.Abs(t));
        var full = new ZoneTargets(t, entry.Stretch ?? Finite(t + sign * step, t), entry.Baseline ?? Finite(t - sign * step, t));
        var name = entry.Method!.Name;
        if (Fails(method, slot.Polarity, full) is { } fault)
        {
            binder.Report(entry, "RL3008",
                "indicator '" + entry.Indicator + "' in category '" + category + "' cannot be scored by " + name + "() with what the entry gives: " + fault,
                // The method's reason is English text from its factory; the Chinese says which given parts it refused.
                "类别“" + category + "”中的指标“" + entry.Indicator + "”无法按条目所给条件用" + name + "()计分：条目给出的" + GivenParts(entry) + "不适用于该方法（例如目标值不为正，或上下限颠倒）");
            return false;
        }
        if (!slot.IsDerived)
        {
            return true; // each zone brings the missing parts, or that zone is refused when it is scored
        }
        var needs = new List<(string English, string Chinese, string Word)>();
        if (entry.Target is null && Fails(method, slot.Polarity, full with { Target = null }) is not null)
        {
            needs.Add(("a target", "目标值", "target"));
        }
        if (entry.Stretch is null && Fails(method, slot.Polarity, full with { Stretch = null }) is not null)
        {
            needs.Add(("a stretch target", "力争目标", "stretch"));
        }
        if (entry.Baseline is null && Fails(method, slot.Polarity, full with { Baseline = null }) is not null)
        {
            needs.Add(("a baseline", "基数值", "baseline"));
        }
        var english = needs.Count == 0 ? failure : string.Join(" and ", needs.Select(n => n.English));
        var chinese = needs.Count == 0 ? "条目给出的" + GivenParts(entry) + "不适用于该方法" : string.Join("和", needs.Select(n => n.Chinese));
        var parts = string.Join(" ", needs.Select(n => n.Word + " …"));
        binder.Report(entry, "RL3008",
            "indicator '" + entry.Indicator + "' in category '" + category + "' cannot be scored by " + name + "(): it needs " + english +
            ", and a derived indicator gets none but its entry's; add '" + parts + "' to the entry",
            "类别“" + category + "”中的指标“" + entry.Indicator + "”无法用" + name + "()计分：需要" + chinese + "，而派生指标只能使用条目给出的值；请在条目中加上“" + parts + "”");
        return false;
    }

    /// <summary>The parts an entry gives, named in Chinese (目标值、力争目标、基数值), or 目标值 when it gives none.</summary>
    private static string GivenParts(ScoredIndicatorDeclaration entry)
    {
        var parts = new List<string>(3);
        if (entry.Target is not null)
        {
            parts.Add("目标值");
        }
        if (entry.Stretch is not null)
        {
            parts.Add("力争目标");
        }
        if (entry.Baseline is not null)
        {
            parts.Add("基数值");
        }
        return parts.Count == 0 ? "目标值" : string.Join("、", parts);
    }

    private static double Finite(double value, double fallback) => double.IsFinite(value) ? value : fallback;

    /// <summary>The method's reason for refusing a stand-in zone with these targets, or null when it scores.</summary>
    private static string? Fails(IScoringMethod method, Polarity polarity, ZoneTargets targets)
    {
        // A population in which the stand-in value 1 is the best of two, for relative methods.
        var population = PopulationStatistics.With(new ScoringPopulation(1, polarity == Polarity.Reverse ? 2 : 0, 1, 2),
            total: polarity == Polarity.Reverse ? 3 : 1, median: polarity == Polarity.Reverse ? 1.5 : 0.5);
        try
        {
            method.Score(new ScoringInput(1, 1, polarity, targets.Target, targets.Stretch, targets.Baseline, method.IsRelative ? population : null));
            return null;
        }
        catch (ArgumentException e)
        {
            return Reason(e);
        }
    }

    /// <summary>An exception's message without the " (Parameter 'x')" .NET appends: the reason, for a diagnostic.</summary>
    private static string Reason(ArgumentException e)
    {
        var message = e.Message;
        var paren = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return paren > 0 ? message[..paren] : message;
    }

    /// <summary>
    /// Checks the arithmetic the scheme does on authored weights — the category weights' sum, each category's points'
    /// or multipliers' sum, and each multiplier's points (category weight × multiplier ÷ sum) — in the builder's order,
    /// reporting RL3009 at the item where a result leaves the range of a double (docs/numeric-policy.md,
    /// "Overflow in rule formulas"). Each weight alone is finite: the parser reads no other number.
    /// </summary>
    private bool WeightsInRange(Composed scheme)
    {
        var ok = true;
        var categorySum = 0.0;
        var name = Diagnostic.Window(scheme.Declaration.Name);
        foreach (var category in scheme.Categories)
        {
            var categoryName = Diagnostic.Window(category.Name);
            if (category.Weight is double weight && ok && !double.IsFinite(categorySum += weight))
            {
                binder.Report(category.Node, RulePart.Weight, "RL3009",
                    "scheme '" + name + "': the category weights add up beyond the range of a number at category '" + categoryName + "'; use smaller weights",
                    "考核方案“" + name + "”：类别权重之和在类别“" + categoryName + "”处超出数值范围；请使用较小的权重");
                ok = false;
            }
            var entrySum = 0.0;
            foreach (var entry in category.Entries)
            {
                if (entry.Weight is { } w && !double.IsFinite(entrySum += w.Value))
                {
                    binder.Report(entry, RulePart.Weight, "RL3009",
                        "category '" + categoryName + "': the weights of its indicators add up beyond the range of a number at '" + Diagnostic.Window(entry.Indicator) + "'; use smaller weights",
                        "类别“" + categoryName + "”：指标权重之和在“" + Diagnostic.Window(entry.Indicator) + "”处超出数值范围；请使用较小的权重");
                    ok = false;
                    break;
                }
            }
            if (!double.IsFinite(entrySum) || category.Weight is not double categoryWeight)
            {
                continue;
            }
            foreach (var entry in category.Entries)
            {
                if (entry.Weight is { IsMultiplier: true } m && !double.IsFinite(categoryWeight * m.Value / entrySum))
                {
                    binder.Report(entry, RulePart.Weight, "RL3009",
                        "category '" + categoryName + "': the points of '" + Diagnostic.Window(entry.Indicator) + "' (category weight × multiplier ÷ sum of multipliers) are beyond the range of a number; use smaller weights",
                        "类别“" + categoryName + "”：指标“" + Diagnostic.Window(entry.Indicator) + "”的分值（类别权重×赋权系数÷系数之和）超出数值范围；请使用较小的权重");
                    ok = false;
                }
            }
        }
        return ok;
    }

    /// <summary>A stand-in for a missing weight that adds no problem of its own: a multiplier among multipliers, else the points the others leave.</summary>
    private static IndicatorWeight NeutralWeight(ComposedCategory category)
    {
        var weights = category.Entries.Where(e => e.Weight is not null).Select(e => e.Weight!.Value).ToList();
        if (weights.Count > 0 && weights.TrueForAll(w => w.IsMultiplier))
        {
            return IndicatorWeight.Multiplier(1);
        }
        var missing = category.Entries.Count(e => e.Weight is null);
        var left = ((category.Weight ?? 0) - weights.Sum(w => w.Value)) / missing;
        return double.IsFinite(left) && left > 0 ? IndicatorWeight.Points(left) : IndicatorWeight.Points(1);
    }

    private IScoringMethod? BindMethod(ScoringMethodReference reference, EntryContext context)
    {
        if (!binder.Environment.TryGetScoringMethod(reference.Name, out var registration))
        {
            var (en, zh) = binder.DidYouMean('m', reference.Name, () => binder.Environment.ScoringMethodNames);
            binder.Report(reference, "RL2010", "unknown scoring method '" + Window(reference.Name) + "'" + en, "未知计分方法“" + Window(reference.Name) + "”" + zh);
            return null;
        }
        var values = new Dictionary<string, (double? Number, string? Word)>(StringComparer.Ordinal);
        var position = 0;
        foreach (var argument in reference.Arguments)
        {
            string? parameter;
            if (argument.Name is null)
            {
                parameter = position < registration.Parameters.Length ? registration.Parameters[position] : null;
                position++;
                if (parameter is null)
                {
                    return ArgumentError(argument, Binder.Invariant($"{Window(reference.Name)}() takes at most {registration.Parameters.Length} arguments"),
                        Binder.Invariant($"计分方法{Window(reference.Name)}最多有{registration.Parameters.Length}个参数"));
                }
            }
            else
            {
                parameter = argument.Name;
                if (Array.IndexOf(registration.Parameters, parameter) < 0)
                {
                    var list = registration.Parameters.Length == 0 ? "none" : string.Join(", ", registration.Parameters);
                    return ArgumentError(argument, reference.Name + "() has no parameter '" + Window(parameter) + "' (parameters: " + list + ")",
                        "计分方法" + Window(reference.Name) + "没有参数“" + Window(parameter) + "”（参数：" + list + "）");
                }
            }
            if (values.ContainsKey(parameter))
            {
                return ArgumentError(argument, reference.Name + "(): '" + Window(parameter) + "' is given twice", "计分方法" + Window(reference.Name) + "的参数“" + Window(parameter) + "”重复");
            }
            if (TryPercentArgument(reference, argument, parameter, context, out var share))
            {
                if (share is not double resolved)
                {
                    return null;
                }
                values[parameter] = (resolved, null);
                continue;
            }
            (double? Number, string? Word)? value = argument.Value switch
            {
                NameReference word => (null, word.Name),
                NumberLiteral { Unit: null } n => (n.Value, null),
                NumberLiteral { Unit: "%" } n => (n.Value / 100, null),
                RuleUnaryExpression { Operator: RuleUnaryOperator.Negate, Operand: NumberLiteral { Unit: null } n } => (-n.Value, null),
                RuleUnaryExpression { Operator: RuleUnaryOperator.Negate, Operand: NumberLiteral { Unit: "%" } n } => (-n.Value / 100, null),
                _ => null,
            };
            if (value is null)
            {
                return ArgumentError(argument, reference.Name + "(): '" + Window(parameter) + "' must be a number or a word",
                    "计分方法" + Window(reference.Name) + "的参数“" + Window(parameter) + "”应为数值或词语");
            }
            values[parameter] = value.Value;
        }
        if (!StatedReferenceFits(reference, values))
        {
            return null;
        }
        try
        {
            return registration.Factory(new ScoringArguments(reference.Name, values)) ??
                   ArgumentError(reference, reference.Name + "() gave no scoring method", "计分方法" + Window(reference.Name) + "未返回计分方法");
        }
        catch (ArgumentException e)
        {
            var message = Reason(e);
            // The factory's reason is English; the Chinese names the parameter when the factory said which one.
            var parameter = Array.IndexOf(registration.Parameters, e.ParamName) >= 0 ? "“" + e.ParamName + "”" : "";
            return ArgumentError(reference, reference.Name + "(): " + Window(message, SentenceLength), "计分方法" + Window(reference.Name) + "的参数" + parameter + "有误");
        }
    }

    private IScoringMethod? ArgumentError(object node, string english, string chinese)
    {
        binder.Report(node, "RL2011", english, chinese);
        return null;
    }
}
