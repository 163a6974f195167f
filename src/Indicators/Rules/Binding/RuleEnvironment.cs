using System.Collections.Immutable;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// What rules may refer to (规则环境): the indicator catalogue, the functions and scoring methods rules may call, and the
/// safety limits. Immutable; every <c>With…</c> returns a changed copy. Registration is explicit: rule text can call
/// only what is registered here — no reflection, files, network or environment.
/// </summary>
public sealed class RuleEnvironment
{
    private readonly ImmutableDictionary<string, RuleFunction> functions;
    private readonly ImmutableDictionary<string, ScoringMethodRegistration> scoringMethods;

    private RuleEnvironment(IndicatorCatalog catalog, ImmutableDictionary<string, RuleFunction> functions,
        ImmutableDictionary<string, ScoringMethodRegistration> scoringMethods, RuleLimits limits)
    {
        Catalog = catalog;
        this.functions = functions;
        this.scoringMethods = scoringMethods;
        Limits = limits;
    }

    /// <summary>The default environment (默认环境): <see cref="IndicatorCatalog.Standard"/>, the built-in functions and scoring methods, <see cref="RuleLimits.Default"/>.</summary>
    public static RuleEnvironment Default { get; } = new(IndicatorCatalog.Standard,
        ImmutableDictionary.Create<string, RuleFunction>(StringComparer.Ordinal),
        BuiltInScoringMethods.Create(), RuleLimits.Default);

    /// <summary>The catalogue names resolve against after the rule set's own declarations.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The safety limits.</summary>
    public RuleLimits Limits { get; }

    /// <summary>The names of the built-in functions (内置函数): <c>min max abs round if present coalesce previous growth target completion share</c>.</summary>
    public static IReadOnlyList<string> BuiltInFunctions { get; } = BuiltIns.Names;

    /// <summary>The functions registered by the user, by name.</summary>
    public IEnumerable<RuleFunction> Functions => functions.Values;

    /// <summary>The names of the scoring methods rules may use after <c>by</c>.</summary>
    public IEnumerable<string> ScoringMethodNames => scoringMethods.Keys;

    /// <summary>A copy whose names resolve against <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>The changed copy.</returns>
    public RuleEnvironment WithCatalog(IndicatorCatalog catalog)
    {
        Guard.Against.Null(catalog);
        return new(catalog, functions, scoringMethods, Limits);
    }

    /// <summary>A copy in which rules may call <paramref name="function"/> (注册函数).</summary>
    /// <param name="function">The function.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">A built-in or registered function has the name already.</exception>
    public RuleEnvironment WithFunction(RuleFunction function)
    {
        Guard.Against.Null(function);
        Guard.Against.False(!BuiltIns.IsBuiltIn(function.Name) && !functions.ContainsKey(function.Name), nameof(function),
            $"A function named {function.Name} is registered already.");
        return new(Catalog, functions.Add(function.Name, function), scoringMethods, Limits);
    }

    /// <summary>A copy in which rules may score with <c>by <paramref name="name"/>(…)</c> (注册计分方法).</summary>
    /// <param name="name">The name rules use after <c>by</c>.</param>
    /// <param name="factory">Creates the method from its bound arguments; throws <see cref="ArgumentException"/> for a bad or missing one.</param>
    /// <param name="parameterNames">The parameter names, in positional order.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">The name is malformed or registered already, or a parameter name is repeated or malformed.</exception>
    public RuleEnvironment WithScoringMethod(string name, ScoringMethodFactory factory, params string[] parameterNames)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(factory);
        Guard.Against.Null(parameterNames);
        Guard.Against.False(RuleSyntax.IsName(name), nameof(name), $"A scoring method name is a letter or '_' followed by letters, digits or '_': \"{name}\".");
        Guard.Against.False(!scoringMethods.ContainsKey(name), nameof(name), $"A scoring method named {name} is registered already.");
        foreach (var parameter in parameterNames)
        {
            Guard.Against.False(parameter is not null && RuleSyntax.IsName(parameter), nameof(parameterNames), $"Scoring method {name}: a parameter name is malformed.");
        }
        Guard.Against.False(parameterNames.Distinct(StringComparer.Ordinal).Count() == parameterNames.Length, nameof(parameterNames),
            $"Scoring method {name}: a parameter name is repeated.");
        return new(Catalog, functions, scoringMethods.Add(name, new ScoringMethodRegistration(name, factory, [.. parameterNames])), Limits);
    }

    /// <summary>A copy with other safety limits.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>The changed copy.</returns>
    public RuleEnvironment WithLimits(RuleLimits limits)
    {
        Guard.Against.Null(limits);
        return new(Catalog, functions, scoringMethods, limits);
    }

    internal bool TryGetFunction(string name, out RuleFunction function) => functions.TryGetValue(name, out function!);

    internal bool TryGetScoringMethod(string name, out ScoringMethodRegistration registration) => scoringMethods.TryGetValue(name, out registration!);

    internal IEnumerable<string> FunctionNames => BuiltIns.Names.Concat(functions.Keys);
}

/// <summary>A registered scoring method: its name, factory and parameter names in positional order.</summary>
internal sealed record ScoringMethodRegistration(string Name, ScoringMethodFactory Factory, string[] Parameters);
