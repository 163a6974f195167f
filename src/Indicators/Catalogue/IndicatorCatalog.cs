using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Indicators;

/// <summary>
/// An immutable catalogue of indicator definitions (指标体系): lookup by code and by Chinese name
/// or alias, enumeration in registration order. <see cref="Standard"/> holds the common indicators
/// of development zones; extend it by explicit registration with <see cref="With(IndicatorDefinition[])"/>.
/// </summary>
/// <remarks>
/// Every catalogue is consistent: codes are unique, names and aliases are unique, every parent
/// and part is registered and measures the same dimension as its whole, and the parent and part
/// relations have no cycles. A registration that would break this throws and names the code.
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A catalogue (指标体系) is the domain's word; 'Collection' would hide it.")]
public sealed class IndicatorCatalog : IReadOnlyCollection<IndicatorDefinition>
{
    private readonly IndicatorDefinition[] definitions;
    private readonly Dictionary<string, IndicatorDefinition> byCode;
    private readonly Dictionary<string, IndicatorDefinition> byName;

    // Registration errors surface through With(additions), so they name that parameter.
    private IndicatorCatalog(IndicatorDefinition[] additions)
    {
        definitions = additions;
        byCode = new Dictionary<string, IndicatorDefinition>(definitions.Length, StringComparer.Ordinal);
        byName = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            Guard.Against.False(byCode.TryAdd(definition.Code, definition), nameof(additions), $"Indicator code {definition.Code} is registered twice.");
            foreach (var name in definition.Names)
            {
                Guard.Against.False(byName.TryAdd(name, definition), nameof(additions), $"Indicator {definition.Code}: the name \"{name}\" already belongs to indicator {byName[name].Code}.");
            }
        }
        foreach (var definition in definitions)
        {
            Guard.Against.Problem(RelationProblem(definition), nameof(additions));
        }
    }

    /// <summary>A catalogue with no indicators.</summary>
    public static IndicatorCatalog Empty { get; } = new([]);

    /// <summary>
    /// The standard indicators of development zones (开发区常用指标): economic, fiscal, investment,
    /// trade, innovation, talent, land, environment and safety.
    /// </summary>
    public static IndicatorCatalog Standard { get; } = new(StandardIndicators.Create());

    /// <summary>The number of indicators.</summary>
    public int Count => definitions.Length;

    /// <summary>The definition with <paramref name="code"/>.</summary>
    /// <param name="code">The code, e.g. <c>GDP</c>.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has the code; the message names it.</exception>
    public IndicatorDefinition this[string code] =>
        TryGet(code, out var definition) ? definition : throw new KeyNotFoundException($"No indicator with code \"{code}\" is registered.");

    /// <summary>
    /// A catalogue with these definitions added after the existing ones. They may refer to each
    /// other and to the existing definitions as parents and parts.
    /// </summary>
    /// <param name="additions">The definitions to register.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A code or name is already registered, or a parent or part is not registered or measures another dimension; the message names the code.</exception>
    public IndicatorCatalog With(params IndicatorDefinition[] additions)
    {
        Guard.Against.Null(additions);
        foreach (var addition in additions)
        {
            Guard.Against.Null(addition, nameof(additions));
        }
        return new IndicatorCatalog([.. definitions, .. additions]);
    }

    /// <summary>Gets the definition with <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="definition">The definition, or null.</param>
    /// <returns>Whether it is registered.</returns>
    public bool TryGet(string code, [NotNullWhen(true)] out IndicatorDefinition? definition)
    {
        Guard.Against.Null(code);
        return byCode.TryGetValue(code, out definition);
    }

    /// <summary>Gets the definition whose Chinese name or alias is <paramref name="name"/> (规上工业总产值, 地区生产总值).</summary>
    /// <param name="name">The name; surrounding white space is ignored.</param>
    /// <param name="definition">The definition, or null.</param>
    /// <returns>Whether one has that name.</returns>
    public bool TryGetByName(string name, [NotNullWhen(true)] out IndicatorDefinition? definition)
    {
        Guard.Against.Null(name);
        return byName.TryGetValue(name.Trim(), out definition);
    }

    /// <summary>Whether an indicator with <paramref name="code"/> is registered.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(string code) => TryGet(code, out _);

    /// <summary>The definitions in registration order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<IndicatorDefinition> GetEnumerator() => ((IEnumerable<IndicatorDefinition>)definitions).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? RelationProblem(IndicatorDefinition definition)
    {
        if (definition.ParentCode is { } parent)
        {
            if (RelatedProblem(definition, parent, "parent") is { } problem)
            {
                return problem;
            }
            // Walk up: a chain that comes back to where it started is a cycle. A parent that is
            // itself unregistered is reported when its own definition is checked.
            var seen = new HashSet<string>(StringComparer.Ordinal) { definition.Code };
            for (var code = parent; code is not null; code = byCode.GetValueOrDefault(code)?.ParentCode)
            {
                if (!seen.Add(code))
                {
                    return $"Indicator {definition.Code}: its parents form a cycle through {code}.";
                }
            }
        }
        foreach (var part in definition.Parts)
        {
            if (RelatedProblem(definition, part, "part") is { } problem)
            {
                return problem;
            }
        }
        return definition.Parts.Count > 0 && ContainsItself(definition.Code, definition.Parts, [])
            ? $"Indicator {definition.Code}: it is a part of its own parts."
            : null;
    }

    private string? RelatedProblem(IndicatorDefinition definition, string code, string relation)
    {
        if (!byCode.TryGetValue(code, out var other))
        {
            return $"Indicator {definition.Code}: its {relation} {code} is not registered.";
        }
        return other.Unit.IsCompatibleWith(definition.Unit)
            ? null
            : $"Indicator {definition.Code}: its {relation} {code} is in \"{other.Unit.Symbol}\", which does not measure the same as \"{definition.Unit.Symbol}\".";
    }

    private bool ContainsItself(string code, IReadOnlyList<string> parts, HashSet<string> visited)
    {
        foreach (var part in parts)
        {
            if (part == code || (visited.Add(part) && ContainsItself(code, byCode[part].Parts, visited)))
            {
                return true;
            }
        }
        return false;
    }
}
