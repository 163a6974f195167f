namespace Indicators.Assessment;

/// <summary>
/// An assessment scheme (考核方案/综合评价办法): categories (一级指标) with weights adding up to a declared
/// total, indicators with scoring methods, bonus items (加分), deductions (扣分), veto rules (一票否决) and
/// grades. Immutable and thread-safe; build one with <see cref="CreateBuilder"/> and score zones with
/// <see cref="Evaluate"/>.
/// </summary>
/// <remarks>
/// Aggregation order (domain research §2.6): indicator scores → category subtotals (capped where a cap
/// is set) → + bonus (each item and the sum capped) − deductions, floored at 0 → veto (score zero,
/// exclusion from the ranking, grade cap) → competition ranking (1, 2, 2, 4), overall and per group →
/// grade.
/// </remarks>
public sealed partial class AssessmentScheme
{
    internal AssessmentScheme(string name, double total, IndicatorCatalog catalog, IReadOnlyList<SchemeCategory> categories,
        IReadOnlyList<BonusItem> bonusItems, double? bonusCap, IReadOnlyList<DeductionItem> deductionItems,
        IReadOnlyList<VetoRule> vetoRules, IReadOnlyList<GradeRule> grades, RankingOptions rankingOptions)
    {
        RankingOptions = rankingOptions;
        Name = name;
        Total = total;
        Catalog = catalog;
        Categories = categories;
        BonusItems = bonusItems;
        BonusCap = bonusCap;
        DeductionItems = deductionItems;
        VetoRules = vetoRules;
        Grades = grades;
    }

    /// <summary>Starts a scheme.</summary>
    /// <param name="name">The scheme's name, e.g. 国家级经开区综合发展水平考核评价办法（2021年版）.</param>
    /// <param name="total">The declared total of the category weights (100, or 1000 points).</param>
    /// <returns>A builder.</returns>
    public static AssessmentSchemeBuilder CreateBuilder(string name, double total = 100) => new(name, total);

    /// <summary>The scheme's name.</summary>
    public string Name { get; }

    /// <summary>The declared total (满分): the sum of the category weights.</summary>
    public double Total { get; }

    /// <summary>The catalogue the indicators come from.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The categories (一级指标), in declaration order.</summary>
    public IReadOnlyList<SchemeCategory> Categories { get; }

    /// <summary>The bonus items (加分项).</summary>
    public IReadOnlyList<BonusItem> BonusItems { get; }

    /// <summary>The most all bonus items together may add, or null for no overall cap.</summary>
    public double? BonusCap { get; }

    /// <summary>The deduction items (扣分项).</summary>
    public IReadOnlyList<DeductionItem> DeductionItems { get; }

    /// <summary>The veto rules (一票否决).</summary>
    public IReadOnlyList<VetoRule> VetoRules { get; }

    /// <summary>The grades, best first: all score grades or all rank tiers; empty when the scheme grades nothing.</summary>
    public IReadOnlyList<GradeRule> Grades { get; }

    /// <summary>How totals are ranked: competition ranks on the exact total by default; set with <see cref="AssessmentSchemeBuilder.RankBy"/>.</summary>
    public RankingOptions RankingOptions { get; }

    /// <summary>Scores, totals, ranks and grades the zones. Deterministic: the same zones in any order give the same result for each zone.</summary>
    /// <param name="zones">The zones assessed together; relative methods compare each zone with all of them.</param>
    /// <returns>The result for each zone, in the order given.</returns>
    /// <remarks>
    /// A relative method's population (best, worst, rank) is every zone with a value for the indicator, vetoed zones
    /// included: a veto acts on the total, not on the data. A missing value is never part of the population.
    /// </remarks>
    /// <exception cref="ArgumentException">Two zones have the same id.</exception>
    /// <exception cref="AssessmentException">A value is missing under <see cref="MissingDataPolicy.Error"/>, a category has no value left to reweight, an event or veto names no item of the scheme, or a method returned a non-finite score; the message names the zone and the item.</exception>
    public AssessmentResult Evaluate(IEnumerable<AssessmentZone> zones)
    {
        Guard.Against.Null(zones);
        return AssessmentEvaluator.Evaluate(this, zones.ToArray());
    }
}
