using static Indicators.Diagnostic;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13 (groups): weights by zone type (RL3060, RL3061) and removals in an extending scheme (RL3062, RL3063).
internal sealed partial class SchemeBinder
{
    /// <summary>
    /// The zone types of a scheme weighted by type (every type a weight list names, in the order first named), given to
    /// the builder; null for a scheme with one set of weights. Reports a weight list in a scheme without <c>weights by</c>
    /// (RL3061) and a list that misses a type or names one twice (RL3060).
    /// </summary>
    private (List<string>? Types, bool Ok) ZoneTypes(Composed scheme, AssessmentSchemeBuilder builder)
    {
        var name = Window(scheme.Declaration.Name);
        var lists = new List<(object Node, string Owner, IReadOnlyList<TypeWeightDeclaration> Weights)>();
        foreach (var category in scheme.Categories)
        {
            if (category.TypeWeights is { } weights)
            {
                lists.Add((category.Node, category.Name, weights));
            }
            foreach (var entry in category.Entries)
            {
                if (entry.TypeWeights is { } points)
                {
                    lists.Add((entry, entry.Indicator, points));
                }
            }
        }
        if (scheme.WeightsBy is not { } attribute)
        {
            foreach (var (node, owner, weights) in lists)
            {
                binder.Report(PlacedOr(weights[0], node), "RL3061",
                    "scheme '" + name + "': '" + Window(owner) + "' gives weights by type, but the scheme does not say which zone attribute they follow; add 'weights by 类型;' (the attribute's name) to the scheme",
                    "考核方案“" + name + "”：“" + Window(owner) + "”给出了分类型权重，但方案未指明按哪个开发区属性取权重；请在方案中加上“weights by 类型;”（属性名）");
            }
            return (null, lists.Count == 0);
        }
        var types = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var weight in lists.SelectMany(l => l.Weights))
        {
            if (known.Add(weight.Type))
            {
                types.Add(weight.Type);
            }
        }
        var ok = true;
        if (types.Count == 0)
        {
            binder.Report(scheme.Declaration, "RL3060",
                "scheme '" + name + "' weighs by " + Window(attribute) + " but no category or entry gives weights by type: write them as (综合 30, 高新 25)",
                "考核方案“" + name + "”按" + Window(attribute) + "赋权，但没有类别或条目给出分类型权重：请写成（综合 30, 高新 25）");
            ok = false;
        }
        var all = WindowList(types, ", ");
        foreach (var (node, owner, weights) in lists)
        {
            var given = new HashSet<string>(StringComparer.Ordinal);
            foreach (var weight in weights)
            {
                if (!given.Add(weight.Type))
                {
                    binder.Report(PlacedOr(weight, node), "RL3060",
                        "'" + Window(owner) + "' gives a weight for " + Window(attribute) + " '" + Window(weight.Type) + "' twice",
                        "“" + Window(owner) + "”对" + Window(attribute) + "“" + Window(weight.Type) + "”给出了两次权重");
                    ok = false;
                }
            }
            var lacking = types.Where(t => !given.Contains(t)).ToList();
            if (lacking.Count > 0)
            {
                binder.Report(PlacedOr(weights[0], node), "RL3060",
                    "'" + Window(owner) + "' gives no weight for " + Window(attribute) + " " + WindowList([.. lacking.Select(t => "'" + t + "'")], ", ") +
                    " (the scheme's types: " + all + "); write 0 where it is not assessed",
                    "“" + Window(owner) + "”没有给出" + Window(attribute) + WindowList([.. lacking.Select(t => "“" + t + "”")], "、") +
                    "的权重（方案的类型：" + all + "）；不考核的类型请写0");
                ok = false;
            }
        }
        if (ok)
        {
            builder.WeightsBy(attribute, types);
        }
        return (types, ok);
    }

    private object PlacedOr(object node, object fallback) => binder.IsPlaced(node) ? node : fallback;

    /// <summary>The weights of a list in the order of <paramref name="types"/>, or null for no list.</summary>
    private static double[]? TypeWeightsOf(IReadOnlyList<TypeWeightDeclaration>? weights, List<string> types)
    {
        if (weights is null)
        {
            return null;
        }
        var result = new double[types.Count];
        foreach (var weight in weights)
        {
            var at = types.IndexOf(weight.Type);
            if (at >= 0)
            {
                result[at] = weight.Weight;
            }
        }
        return result;
    }

    private static void AddEntries(SchemeCategoryBuilder category,
        List<(string Code, IScoringMethod Method, IndicatorWeight Weight, MissingDataPolicy Missing, ZoneTargets Targets, string Written, string? Label)> entries,
        List<double[]?> typed)
    {
        for (var j = 0; j < entries.Count; j++)
        {
            var e = entries[j];
            if (typed[j] is { } points)
            {
                category.Indicator(e.Code, e.Method, points, e.Missing, e.Targets, e.Written, e.Label);
            }
            else
            {
                category.Indicator(e.Code, e.Method, e.Weight, e.Missing, e.Targets, e.Written, e.Label);
            }
        }
    }

    /// <summary>Removes the entries a category of an extending scheme removes (<c>remove Exports;</c>); a name the
    /// category does not hold is RL3062 (with a suggestion), a removal in a scheme that extends nothing RL3063.</summary>
    private bool Remove(CategoryDeclaration category, string? baseName, List<ScoredIndicatorDeclaration> entries)
    {
        var ok = true;
        foreach (var removal in category.Removed)
        {
            if (baseName is null)
            {
                ok &= NothingToRemove(removal, "entry", "条目");
                continue;
            }
            var at = entries.FindIndex(e => e.Indicator == removal.Name);
            if (at >= 0)
            {
                entries.RemoveAt(at);
                continue;
            }
            var (en, zh) = binder.DidYouMean('r', removal.Name, () => entries.Select(e => e.Indicator).ToList());
            binder.Report(removal, RulePart.Name, "RL3062",
                "cannot remove '" + Window(removal.Name) + "': category '" + Window(category.Name) + "' of the base scheme '" + Window(baseName) + "' has no such entry" + en,
                "无法删除“" + Window(removal.Name) + "”：基础方案“" + Window(baseName) + "”的类别“" + Window(category.Name) + "”中没有该条目" + zh);
            ok = false;
        }
        return ok;
    }

    /// <summary>Removes the categories an extending scheme removes (<c>remove category 绿色发展;</c>).</summary>
    private bool RemoveCategories(SchemeDeclaration scheme, List<ComposedCategory> categories)
    {
        var ok = true;
        foreach (var removal in scheme.RemovedCategories)
        {
            if (scheme.Extends is null)
            {
                ok &= NothingToRemove(removal, "category", "类别");
                continue;
            }
            var at = categories.FindIndex(c => c.Name == removal.Name);
            if (at >= 0)
            {
                categories.RemoveAt(at);
                continue;
            }
            var (en, zh) = binder.DidYouMean('c', removal.Name, () => categories.Select(c => c.Name).ToList());
            binder.Report(removal, RulePart.Name, "RL3062",
                "cannot remove category '" + Window(removal.Name) + "': the base scheme '" + Window(scheme.Extends) + "' has no such category" + en,
                "无法删除类别“" + Window(removal.Name) + "”：基础方案“" + Window(scheme.Extends) + "”中没有该类别" + zh);
            ok = false;
        }
        return ok;
    }

    private bool NothingToRemove(RemovalDeclaration removal, string what, string whatZh)
    {
        binder.Report(removal, RulePart.Name, "RL3063",
            "cannot remove the " + what + " '" + Window(removal.Name) + "': the scheme extends no scheme ('remove' only takes away what a base scheme has)",
            "无法删除" + whatZh + "“" + Window(removal.Name) + "”：该方案未继承其他方案（remove 只能删除基础方案中的内容）");
        return false;
    }
}
