using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// A rule set (规则集): the model of a rule text — declared and derived indicators, targets, consistency checks
/// and assessment schemes. Immutable and compared by content: the same rules parsed from text, built with the
/// fluent builder, or printed and parsed again are equal.
/// </summary>
public sealed partial record RuleSet
{
    /// <summary>Creates a rule set.</summary>
    /// <param name="indicators">Declared base and derived indicators.</param>
    /// <param name="targets">Targets in plan wording.</param>
    /// <param name="checks">Consistency checks.</param>
    /// <param name="schemes">Assessment schemes.</param>
    public RuleSet(IEnumerable<IndicatorDeclaration>? indicators = null, IEnumerable<TargetDeclaration>? targets = null,
        IEnumerable<CheckDeclaration>? checks = null, IEnumerable<SchemeDeclaration>? schemes = null)
    {
        Indicators = RuleList<IndicatorDeclaration>.From(indicators, nameof(indicators));
        Targets = RuleList<TargetDeclaration>.From(targets, nameof(targets));
        Checks = RuleList<CheckDeclaration>.From(checks, nameof(checks));
        Schemes = RuleList<SchemeDeclaration>.From(schemes, nameof(schemes));
    }

    /// <summary>An empty rule set.</summary>
    public static RuleSet Empty { get; } = new();

    /// <summary>The declared base and derived indicators, in declaration order.</summary>
    public IReadOnlyList<IndicatorDeclaration> Indicators { get; }

    /// <summary>The targets, in declaration order.</summary>
    public IReadOnlyList<TargetDeclaration> Targets { get; }

    /// <summary>The consistency checks, in declaration order.</summary>
    public IReadOnlyList<CheckDeclaration> Checks { get; }

    /// <summary>The assessment schemes, in declaration order.</summary>
    public IReadOnlyList<SchemeDeclaration> Schemes { get; }
}
