using System.Collections.ObjectModel;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// Compiled rules (规则计划): names resolved, types and units checked, derived indicators ordered, targets parsed and
/// schemes built as <see cref="AssessmentScheme"/> objects. Immutable and thread-safe: evaluate it for any number of
/// zones, from any number of threads. It is interpreted — no code generation — so it runs under NativeAOT and trimming.
/// </summary>
public sealed partial class RulePlan
{
    internal RulePlan(RuleSet rules, RuleEnvironment environment, IndicatorCatalog catalog, PlanSlot[] slots, PlanSlot[] derivedOrder,
        BoundCheck[] checks, BoundTarget[] targets, Dictionary<string, AssessmentScheme> schemes)
    {
        Rules = rules;
        Environment = environment;
        Catalog = catalog;
        Slots = slots;
        DerivedOrder = derivedOrder;
        BoundChecks = checks;
        BoundTargets = targets;
        Schemes = new ReadOnlyDictionary<string, AssessmentScheme>(schemes);
        Indicators = Array.AsReadOnly(slots.Select(s => new PlanIndicator(s)).ToArray());
        DerivedIndicators = Array.AsReadOnly(derivedOrder.Select(s => Indicators[s.Index]).ToArray());
        Checks = Array.AsReadOnly(checks.Select(c => c.Declaration).ToArray());
        Targets = new ReadOnlyDictionary<string, Target>(targets.ToDictionary(t => t.Declaration.Indicator, t => t.Target, StringComparer.Ordinal));
        foreach (var slot in slots)
        {
            foreach (var name in slot.Names)
            {
                slotsByName.TryAdd(name, slot);
            }
        }
    }

    private readonly Dictionary<string, PlanSlot> slotsByName = new(StringComparer.Ordinal);

    /// <summary>Compiles a rule model (绑定): every problem is a diagnostic in the result, never an exception.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="environment">The catalogue, functions, scoring methods and limits; <see cref="RuleEnvironment.Default"/> when null.</param>
    /// <returns>The plan (<see langword="null"/> when there is an error) and every diagnostic.</returns>
    public static Outcome<RulePlan> Compile(RuleSet rules, RuleEnvironment? environment = null)
    {
        Guard.Against.Null(rules);
        return new Binder(rules, environment ?? RuleEnvironment.Default, null).Bind();
    }

    /// <summary>
    /// Parses and compiles rule text (解析并绑定): the syntax diagnostics and the binding diagnostics of what parsed, all at
    /// once, ordered by position, each with line, column and a caret excerpt. Never throws for any text.
    /// </summary>
    /// <param name="text">The rule text; null is an empty text.</param>
    /// <param name="environment">The catalogue, functions, scoring methods and limits; <see cref="RuleEnvironment.Default"/> when null.</param>
    /// <param name="sourceName">The file or source name for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The plan (<see langword="null"/> when there is an error) and every diagnostic.</returns>
    public static Outcome<RulePlan> Compile(string? text, RuleEnvironment? environment = null, string? sourceName = null)
    {
        environment ??= RuleEnvironment.Default;
        var parsed = RuleParser.Parse(text, sourceName, environment.Limits);
        var bound = new Binder(parsed.RuleSet, environment, parsed.SourceMap).Bind();
        if (parsed.Diagnostics.Count == 0)
        {
            return bound;
        }
        var all = parsed.Diagnostics.Concat(bound.Diagnostics).OrderBy(d => d.Position < 0 ? long.MaxValue : d.Position).ToList();
        var hasErrors = parsed.Diagnostics.Any(d => d.IsError);
        return new Outcome<RulePlan>(hasErrors ? null : bound.Value, all);
    }

    /// <summary>The rules the plan was compiled from.</summary>
    public RuleSet Rules { get; }

    /// <summary>The environment the plan was compiled against.</summary>
    public RuleEnvironment Environment { get; }

    /// <summary>The environment's catalogue plus the rule set's own indicators (under <see cref="PlanIndicator.Code"/>); the schemes use it.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The assessment schemes by their names in the rules (考核方案); evaluate zones with <see cref="AssessmentScheme.Evaluate"/>.</summary>
    public IReadOnlyDictionary<string, AssessmentScheme> Schemes { get; }

    /// <summary>Every indicator the rules read or compute: the declared ones in order, then catalogue indicators in order of first use.</summary>
    public IReadOnlyList<PlanIndicator> Indicators { get; }

    /// <summary>The derived indicators (派生指标) in evaluation order: each after those it uses.</summary>
    public IReadOnlyList<PlanIndicator> DerivedIndicators { get; }

    /// <summary>The consistency checks (一致性校验).</summary>
    public IReadOnlyList<CheckDeclaration> Checks { get; }

    /// <summary>The targets (目标) by the indicator's name as the rules wrote it.</summary>
    public IReadOnlyDictionary<string, Target> Targets { get; }

    internal PlanSlot[] Slots { get; }

    internal PlanSlot[] DerivedOrder { get; }

    internal BoundCheck[] BoundChecks { get; }

    internal BoundTarget[] BoundTargets { get; }

    /// <summary>The indicator a zone's value is given under: a rule name, a code, a Chinese name or an alias.</summary>
    internal PlanSlot? FindSlot(string name) => slotsByName.GetValueOrDefault(name);
}
