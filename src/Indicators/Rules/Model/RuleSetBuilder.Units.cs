using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13 (units): the builder's unit, rate and record set declarations, the same model as the text's statements.
public sealed partial class RuleSetBuilder
{
    private readonly List<UnitDeclaration> units = [];
    private readonly List<RateDeclaration> rates = [];
    private readonly List<RecordSetDeclaration> recordSets = [];

    /// <summary>Declares a unit of a new dimension (单位声明): <c>unit 立方米 dimension 体积;</c>.</summary>
    /// <param name="name">The unit's symbol (立方米).</param>
    /// <param name="dimension">The new dimension's name in the user's words (体积).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleSetBuilder Unit(string name, string dimension)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(dimension);
        units.Add(new UnitDeclaration(name, dimension));
        return this;
    }

    /// <summary>Declares a unit as a multiple of another (单位声明): <c>unit 方 = 1 立方米;</c>.</summary>
    /// <param name="name">The unit's symbol (方).</param>
    /// <param name="factor">How many of <paramref name="of"/> one of it is.</param>
    /// <param name="of">The unit it is a multiple of, known or declared (立方米).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="of"/> is null.</exception>
    public RuleSetBuilder Unit(string name, double factor, string of)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(of);
        units.Add(new UnitDeclaration(name, null, factor, of));
        return this;
    }

    /// <summary>States an exchange rate (汇率): <c>rate 美元 6.4515 in 2021 "…";</c> — one <paramref name="currency"/> is
    /// <paramref name="rate"/> 元 in <paramref name="year"/>, or in every year without one of its own.</summary>
    /// <param name="currency">The foreign currency's unit (美元, 港元, 欧元, 日元).</param>
    /// <param name="rate">How many 元 one unit of it is.</param>
    /// <param name="year">The year, or <see langword="null"/> for every year.</param>
    /// <param name="source">Where the rate comes from, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public RuleSetBuilder Rate(string currency, double rate, int? year = null, string? source = null)
    {
        Guard.Against.Null(currency);
        rates.Add(new RateDeclaration(currency, rate, year, source));
        return this;
    }

    /// <summary>Declares a record set (记录集): <c>records 企业 { 营业收入 unit 万元; 行业 text; }</c>.</summary>
    /// <param name="name">The set's name (企业, 项目).</param>
    /// <param name="fields">The fields, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or a field is null.</exception>
    public RuleSetBuilder Records(string name, params RecordFieldDeclaration[] fields)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(fields);
        recordSets.Add(new RecordSetDeclaration(name, fields));
        return this;
    }

    private RuleSet WithUnitStatements(RuleSet ruleSet) => ruleSet with { Units = units, Rates = rates, RecordSets = recordSets };
}
