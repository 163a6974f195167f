using System.Runtime.CompilerServices;

namespace Indicators.Assessment;

/// <summary>How one indicator of one zone was scored (单项得分), with its inputs.</summary>
public sealed class IndicatorAssessment
{
    // A built-in method's score (IPointsOnly) keeps its points here and its index and texts for first read (eager stays
    // null until then); a user's own method's score is kept whole, as its Score returned it.
    private readonly double points;
    private StrongBox<IndicatorScore>? eager;

    internal IndicatorAssessment(SchemeIndicator indicator, double weight, double? value, ZoneTargets targets,
        IndicatorAssessmentStatus status, IndicatorScore? score, ScoringPopulation? population)
        : this(indicator, weight, value, targets, status, score?.Points ?? 0, population)
    {
        eager = score is { } given ? new(given) : null;
    }

    /// <summary>A scored indicator whose method's text is formatted when first read (<see cref="EagerScore"/>).</summary>
    internal IndicatorAssessment(SchemeIndicator indicator, double weight, double value, ZoneTargets targets, double points,
        ScoringPopulation? population)
        : this(indicator, weight, value, targets, IndicatorAssessmentStatus.Scored, points, population)
    {
    }

    private IndicatorAssessment(SchemeIndicator indicator, double weight, double? value, ZoneTargets targets,
        IndicatorAssessmentStatus status, double points, ScoringPopulation? population)
    {
        Indicator = indicator;
        Weight = weight;
        Value = value;
        Targets = targets;
        Status = status;
        this.points = points;
        Population = population;
    }

    /// <summary>The scheme's indicator (definition, declared weight, method, policy).</summary>
    public SchemeIndicator Indicator { get; }

    /// <summary>The indicator's code.</summary>
    public string Code => Indicator.Code;

    /// <summary>
    /// The weight the method scored the indicator at (权重): its scheme points; in a category whose reweighting scales each
    /// weight (<see cref="CategoryAssessment.ReweightsSum"/> false) those points × <see cref="CategoryAssessment.Scale"/>
    /// when another indicator was reweighted away; 0 when this one was.
    /// </summary>
    public double Weight { get; }

    /// <summary>The zone's value, or null when missing.</summary>
    public double? Value { get; }

    /// <summary>The targets used: each part the zone gives, else the scheme entry's default for that part.</summary>
    public ZoneTargets Targets { get; }

    /// <summary>Scored, missing and scored 0, or missing and reweighted.</summary>
    public IndicatorAssessmentStatus Status { get; }

    /// <summary>The method's score, or null when the value was missing.</summary>
    public IndicatorScore? Score => Status != IndicatorAssessmentStatus.Scored ? null
        : eager is { } known ? known.Value
        : new IndicatorScore(points, Indicator.Method.Name, this);

    /// <summary>
    /// The method's score with its index and explanations: <see cref="IScoringMethod.Score"/> on the input the points were
    /// computed from, once (a race computes the same score twice, never two different ones).
    /// </summary>
    internal IndicatorScore EagerScore
    {
        get
        {
            if (eager is { } known)
            {
                return known.Value;
            }
            var input = new ScoringInput(Value!.Value, Weight, Indicator.Definition.Polarity, Targets.Target, Targets.Stretch, Targets.Baseline, Population);
            var score = Indicator.Method.Score(in input);
            eager = new(score);
            return score;
        }
    }

    /// <summary>Where the value stood among the zones, for a relative method; otherwise null.</summary>
    public ScoringPopulation? Population { get; }

    /// <summary>
    /// The points awarded: the method's points at <see cref="Weight"/>, or 0 when missing. In a category whose reweighting
    /// scales its sum (<see cref="CategoryAssessment.ReweightsSum"/>), these are before the category's scale.
    /// </summary>
    public double Points => points;
}

/// <summary>One category's subtotal (一级指标小计) for one zone.</summary>
public sealed class CategoryAssessment
{
    private readonly Func<IReadOnlyList<IndicatorAssessment>> indicators;

    /// <summary>A category whose indicators' points add up to <paramref name="sum"/> (in declaration order), and whose
    /// <see cref="Indicators"/> <paramref name="indicators"/> makes when first read.</summary>
    internal CategoryAssessment(SchemeCategory category, double sum, double scale, Func<IReadOnlyList<IndicatorAssessment>> indicators)
    {
        Category = category;
        this.indicators = indicators;
        Scale = scale;
        Sum = sum;
        Uncapped = category.Reweighted(Sum, scale);
        Subtotal = category.Cap is double cap ? Math.Min(Uncapped, cap) : Uncapped;
    }

    /// <summary>The scheme's category.</summary>
    public SchemeCategory Category { get; }

    /// <summary>The category's name.</summary>
    public string Name => Category.Name;

    /// <summary>The indicators' scores.</summary>
    public IReadOnlyList<IndicatorAssessment> Indicators => indicators();

    /// <summary>
    /// The reweighting scale (缺项重新加权折算系数) of <see cref="MissingDataPolicy.Reweight"/>: (the category's points) ÷ (the
    /// points of the indicators kept), 1 when none was reweighted away.
    /// </summary>
    public double Scale { get; }

    /// <summary>
    /// Whether <see cref="Scale"/> multiplies the sum of the indicators' points once (every method of the category gives
    /// points proportional to its weight: the same definition as scaling each weight, up to rounding), or scaled each kept
    /// indicator's <see cref="IndicatorAssessment.Weight"/> before it was scored (a method with fixed awards, or a user's own).
    /// </summary>
    public bool ReweightsSum => Category.ReweightsSum;

    /// <summary>The sum of the indicators' <see cref="IndicatorAssessment.Points"/>, in declaration order (各项得分之和).</summary>
    public double Sum { get; }

    /// <summary>
    /// The category's points before its cap: <see cref="Scale"/> × <see cref="Sum"/> when <see cref="ReweightsSum"/>, else
    /// <see cref="Sum"/> (the weights were scaled).
    /// </summary>
    public double Uncapped { get; }

    /// <summary>The subtotal: <see cref="Uncapped"/>, capped at the category's cap when one is set.</summary>
    public double Subtotal { get; }
}

/// <summary>The points of one bonus or deduction item for one zone.</summary>
/// <param name="Code">The item's code.</param>
/// <param name="Name">The item's name.</param>
/// <param name="Events">How many events the zone reported.</param>
/// <param name="Points">The points added or deducted (positive), after the item's cap.</param>
public readonly record struct ItemPoints(string Code, string Name, int Events, double Points);

/// <summary>A veto applied to a zone (一票否决): the rule, its form and the zone's reason.</summary>
/// <param name="Rule">The scheme's veto rule.</param>
/// <param name="Reason">What happened (事由).</param>
public readonly record struct AppliedVeto(VetoRule Rule, string Reason)
{
    /// <summary>The rule's name, its form and the reason: <c>取消当年评价资格 (ExcludeFromRanking): 发生重大生产安全事故1起</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Rule?.Name} ({Rule?.Form}): {Reason}";
}

/// <summary>
/// One zone's assessment (考核结果): every indicator's score with its inputs, the category subtotals, the
/// bonus, the deductions, the vetoes, the total, the rank overall and in its group, and the grade.
/// </summary>
public sealed partial class ZoneAssessment
{
    internal ZoneAssessment(AssessmentZone zone, IReadOnlyList<CategoryAssessment> categories,
        IReadOnlyList<ItemPoints> bonusItems, double bonus, IReadOnlyList<ItemPoints> deductionItems,
        IReadOnlyList<AppliedVeto> vetoes)
    {
        Zone = zone;
        Categories = categories;
        BonusItems = bonusItems;
        Bonus = bonus;
        DeductionItems = deductionItems;
        Deductions = deductionItems.Sum(d => d.Points);
        Vetoes = vetoes;
        Subtotal = categories.Sum(c => c.Subtotal);
        BeforeVeto = TotalOf(Subtotal, Bonus, Deductions);
        Total = vetoes.Any(v => v.Rule.Form == VetoForm.ScoreZero) ? 0 : BeforeVeto;
        IsExcludedFromRanking = vetoes.Any(v => v.Rule.Form == VetoForm.ExcludeFromRanking);
        HonoursRevoked = vetoes.Any(v => v.Rule.Form == VetoForm.RevokeHonours);
    }

    /// <summary>Subtotal + bonus − deductions, floored at 0: the total before vetoes, on every path (scalar and bulk).</summary>
    internal static double TotalOf(double subtotal, double bonus, double deductions) => Math.Max(0, subtotal + bonus - deductions);

    /// <summary>The zone's input.</summary>
    public AssessmentZone Zone { get; }

    /// <summary>The zone.</summary>
    public ZoneId Id => Zone.Id;

    /// <summary>The zone's ranking group, or null.</summary>
    public string? Group => Zone.Group;

    /// <summary>The category subtotals with their indicators.</summary>
    public IReadOnlyList<CategoryAssessment> Categories { get; }

    /// <summary>The sum of the category subtotals (基本得分).</summary>
    public double Subtotal { get; }

    /// <summary>The bonus items with events.</summary>
    public IReadOnlyList<ItemPoints> BonusItems { get; }

    /// <summary>The bonus (加分): the items' points, capped by the scheme's overall bonus cap.</summary>
    public double Bonus { get; }

    /// <summary>The deduction items with events.</summary>
    public IReadOnlyList<ItemPoints> DeductionItems { get; }

    /// <summary>The deductions (扣分), positive.</summary>
    public double Deductions { get; }

    /// <summary>The vetoes applied, in the scheme's order.</summary>
    public IReadOnlyList<AppliedVeto> Vetoes { get; }

    /// <summary>Subtotal + bonus − deductions, floored at 0, before any veto.</summary>
    public double BeforeVeto { get; }

    /// <summary>The total (综合得分): <see cref="BeforeVeto"/>, or 0 under a score-zero veto.</summary>
    public double Total { get; }

    /// <summary>Whether a veto excluded the zone from the ranking (取消评价资格).</summary>
    public bool IsExcludedFromRanking { get; }

    /// <summary>Whether a veto took away the zone's honours (取消评先评优资格, <see cref="VetoForm.RevokeHonours"/>); its total,
    /// grade and rank stand.</summary>
    public bool HonoursRevoked { get; }

    /// <summary>The competition rank among all ranked zones (1, 2, 2, 4), or null when excluded.</summary>
    public int? Rank { get; internal set; }

    /// <summary>The competition rank within the zone's group, or null when excluded or without a group.</summary>
    public int? GroupRank { get; internal set; }

    /// <summary>
    /// The grade (等级/档次), after any veto's cap; null when the scheme has no grades or no grade applies. A zone excluded from
    /// the ranking has no rank tier but keeps a score grade.
    /// </summary>
    public string? Grade { get; internal set; }

    /// <summary>A person-readable explanation in Chinese (the default language): every indicator's score with inputs and method, the bonus, the deductions, the vetoes with their reasons, the total, the rank and the grade.</summary>
    /// <returns>The explanation, one line per item.</returns>
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <summary>A person-readable explanation: every indicator's score with inputs and method, the bonus, the deductions, the vetoes with their reasons, the total, the rank and the grade.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The explanation, one line per item.</returns>
    public string Explain(ExplanationLanguage language) => AssessmentExplainer.Explain(this, language);

    /// <inheritdoc/>
    public override string ToString() => Id.Code + " " + AssessmentText.Number(Total);
}

/// <summary>The result of <see cref="AssessmentScheme.Evaluate"/>: one <see cref="ZoneAssessment"/> per zone, in input order.</summary>
public sealed class AssessmentResult : IReadOnlyList<ZoneAssessment>
{
    private readonly ZoneAssessment[] zones;
    private readonly Dictionary<ZoneId, ZoneAssessment> byId;

    internal AssessmentResult(AssessmentScheme scheme, ZoneAssessment[] zones)
    {
        Scheme = scheme;
        this.zones = zones;
        byId = zones.ToDictionary(z => z.Id);
    }

    /// <summary>The scheme that produced the result.</summary>
    public AssessmentScheme Scheme { get; }

    /// <inheritdoc/>
    public int Count => zones.Length;

    /// <inheritdoc/>
    public ZoneAssessment this[int index] => zones[index];

    /// <summary>The assessment of a zone.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>Its assessment.</returns>
    /// <exception cref="KeyNotFoundException">The zone was not assessed.</exception>
    public ZoneAssessment this[ZoneId zone] => byId.TryGetValue(zone, out var found)
        ? found
        : throw new KeyNotFoundException("Zone '" + zone.Code + "' was not assessed.");

    /// <summary>The explanation of one zone's result, in Chinese (the default language).</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">The zone was not assessed.</exception>
    public string Explain(ZoneId zone) => Explain(zone, ExplanationLanguage.Chinese);

    /// <summary>The explanation of one zone's result.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">The zone was not assessed.</exception>
    public string Explain(ZoneId zone, ExplanationLanguage language) => this[zone].Explain(language);

    /// <summary>The ranking list (排名表) in Chinese (the default language); see <see cref="ExplainRanking(ExplanationLanguage)"/>.</summary>
    /// <returns>The list, one line per zone.</returns>
    public string ExplainRanking() => ExplainRanking(ExplanationLanguage.Chinese);

    /// <summary>The ranking list (排名表): one line per zone, best first, with total, group rank and grade; unranked zones last with their veto.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The list, one line per zone.</returns>
    public string ExplainRanking(ExplanationLanguage language) => AssessmentExplainer.ExplainRanking(this, language);

    /// <inheritdoc/>
    public IEnumerator<ZoneAssessment> GetEnumerator() => ((IEnumerable<ZoneAssessment>)zones).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
