using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13 (units): the statements that declare units, exchange rates and record sets. They are init properties rather
// than constructor parameters so that the constructor every caller uses stays as it was.
public sealed partial record RuleSet
{
    private readonly RuleList<UnitDeclaration> units = RuleList<UnitDeclaration>.Empty;
    private readonly RuleList<RateDeclaration> rates = RuleList<RateDeclaration>.Empty;
    private readonly RuleList<RecordSetDeclaration> recordSets = RuleList<RecordSetDeclaration>.Empty;

    /// <summary>The units the rules declare (单位声明), in declaration order.</summary>
    public IReadOnlyList<UnitDeclaration> Units
    {
        get => units;
        init => units = RuleList<UnitDeclaration>.From(value, nameof(Units));
    }

    /// <summary>The exchange rates the rules state (汇率), in declaration order.</summary>
    public IReadOnlyList<RateDeclaration> Rates
    {
        get => rates;
        init => rates = RuleList<RateDeclaration>.From(value, nameof(Rates));
    }

    /// <summary>The record sets the rules declare (记录集: 企业, 项目), in declaration order.</summary>
    public IReadOnlyList<RecordSetDeclaration> RecordSets
    {
        get => recordSets;
        init => recordSets = RuleList<RecordSetDeclaration>.From(value, nameof(RecordSets));
    }
}
