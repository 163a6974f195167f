using Indicators.Assessment;

namespace Indicators.Rules.Syntax;

/// <summary>
/// An assessment scheme written in the rule language (考核方案): categories with weights, scored indicators,
/// bonus, deductions, vetoes, grades and ranking. A scheme may extend another (<c>extends</c>) and override
/// its total, category weights, indicator entries and items; the binder resolves it into an
/// <see cref="AssessmentScheme"/>.
/// </summary>
public sealed partial record SchemeDeclaration
{
    /// <summary>Creates a scheme declaration.</summary>
    /// <param name="name">The scheme's name in rules (an identifier).</param>
    /// <param name="title">The full title, e.g. 国家级经开区综合发展水平考核评价办法（2021年版）, or <see langword="null"/>.</param>
    /// <param name="extends">The name of the scheme this one extends, or <see langword="null"/>.</param>
    /// <param name="total">The declared total (满分) or <see langword="null"/> (100, or the base scheme's).</param>
    /// <param name="categories">The categories, or in an extending scheme the categories it adds or overrides.</param>
    /// <param name="bonuses">The bonus items (加分项).</param>
    /// <param name="bonusCap">The cap on all bonus together, or <see langword="null"/>.</param>
    /// <param name="deductions">The deduction items (扣分项).</param>
    /// <param name="vetoes">The veto rules (一票否决).</param>
    /// <param name="grades">The grades, best first (等次).</param>
    /// <param name="ranking">How totals are ranked, or <see langword="null"/> for competition ranks on exact totals.</param>
    public SchemeDeclaration(string name, string? title = null, string? extends = null, double? total = null,
        IEnumerable<CategoryDeclaration>? categories = null, IEnumerable<BonusDeclaration>? bonuses = null, double? bonusCap = null,
        IEnumerable<DeductionDeclaration>? deductions = null, IEnumerable<VetoDeclaration>? vetoes = null,
        IEnumerable<GradeDeclaration>? grades = null, RankingDeclaration? ranking = null)
    {
        Guard.Against.Null(name);
        Name = name;
        Title = title;
        Extends = extends;
        Total = total;
        Categories = RuleList<CategoryDeclaration>.From(categories, nameof(categories));
        Bonuses = RuleList<BonusDeclaration>.From(bonuses, nameof(bonuses));
        BonusCap = bonusCap;
        Deductions = RuleList<DeductionDeclaration>.From(deductions, nameof(deductions));
        Vetoes = RuleList<VetoDeclaration>.From(vetoes, nameof(vetoes));
        Grades = RuleList<GradeDeclaration>.From(grades, nameof(grades));
        Ranking = ranking;
    }

    /// <summary>The scheme's name in rules.</summary>
    public string Name { get; init; }

    /// <summary>The full title, or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>The scheme this one extends, or <see langword="null"/>.</summary>
    public string? Extends { get; init; }

    /// <summary>The declared total, or <see langword="null"/>.</summary>
    public double? Total { get; init; }

    /// <summary>The categories (一级指标).</summary>
    public IReadOnlyList<CategoryDeclaration> Categories { get; }

    /// <summary>The bonus items.</summary>
    public IReadOnlyList<BonusDeclaration> Bonuses { get; }

    /// <summary>The cap on all bonus together, or <see langword="null"/>.</summary>
    public double? BonusCap { get; init; }

    /// <summary>The deduction items.</summary>
    public IReadOnlyList<DeductionDeclaration> Deductions { get; }

    /// <summary>The veto rules.</summary>
    public IReadOnlyList<VetoDeclaration> Vetoes { get; }

    /// <summary>The grades, best first.</summary>
    public IReadOnlyList<GradeDeclaration> Grades { get; }

    /// <summary>How totals are ranked, or <see langword="null"/>.</summary>
    public RankingDeclaration? Ranking { get; init; }

    /// <summary>The exit rule (退出机制), or <see langword="null"/>; an extending scheme without one keeps its base's.</summary>
    public ExitDeclaration? Exit { get; init; }
}

/// <summary>
/// A category of a scheme (一级指标/类别): <c>category 对外开放 30 { … }</c>. In an extending scheme,
/// <c>category 对外开放 25;</c> (no entries) only changes the weight.
/// </summary>
public sealed partial record CategoryDeclaration
{
    /// <summary>Creates a category declaration.</summary>
    /// <param name="name">The category's name.</param>
    /// <param name="weight">Its weight in the scheme's points, or <see langword="null"/> to keep the base scheme's.</param>
    /// <param name="cap">A cap on its subtotal, or <see langword="null"/>.</param>
    /// <param name="indicators">Its scored indicators; <see langword="null"/> for a weight-only override (no braces).</param>
    public CategoryDeclaration(string name, double? weight, double? cap = null, IEnumerable<ScoredIndicatorDeclaration>? indicators = null)
    {
        Guard.Against.Null(name);
        Name = name;
        Weight = weight;
        Cap = cap;
        Indicators = indicators is null ? null : RuleList<ScoredIndicatorDeclaration>.From(indicators, nameof(indicators));
    }

    /// <summary>The category's name.</summary>
    public string Name { get; init; }

    /// <summary>The weight, or <see langword="null"/> to keep the base scheme's.</summary>
    public double? Weight { get; init; }

    /// <summary>The cap on the subtotal, or <see langword="null"/>.</summary>
    public double? Cap { get; init; }

    /// <summary>The scored indicators, or <see langword="null"/> for a weight-only override.</summary>
    public IReadOnlyList<ScoredIndicatorDeclaration>? Indicators { get; }
}

/// <summary>
/// One scored indicator of a category (二级指标): <c>ActualForeignInvestment x1.2 by efficacy_coefficient() missing reweight;</c>
/// or <c>GDP 3 by capped_ratio(1.2) target 8;</c>. In an extending scheme a null part keeps the base scheme's.
/// </summary>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="Weight">Points (<c>3</c>) or a 赋权 multiplier (<c>x1.2</c>), or <see langword="null"/> to keep the base's.</param>
/// <param name="Method">The scoring method, or <see langword="null"/> to keep the base's.</param>
/// <param name="Missing">The missing-data policy, or <see langword="null"/> for the default (or the base's).</param>
/// <param name="Target">The default target (目标值) for zones without their own, or <see langword="null"/>.</param>
/// <param name="Stretch">The default stretch target (力争), or <see langword="null"/>.</param>
/// <param name="Baseline">The default baseline (评分基数值), or <see langword="null"/>.</param>
/// <remarks>
/// The numbers are in the indicator's unit (<c>target 3</c> is 3% for an indicator in %, 3亿元 for one in 亿元); for an
/// indicator in % they may also be written with the sign (<c>target 3%</c>, the same number), kept in
/// <see cref="TargetUnit"/>, <see cref="StretchUnit"/> and <see cref="BaselineUnit"/>.
/// </remarks>
public sealed partial record ScoredIndicatorDeclaration(string Indicator, IndicatorWeight? Weight = null, ScoringMethodReference? Method = null,
    MissingDataPolicy? Missing = null, double? Target = null, double? Stretch = null, double? Baseline = null)
{
    /// <summary>The unit written after the target (<c>%</c> in <c>target 3%</c>), or <see langword="null"/>: the indicator's unit.</summary>
    public string? TargetUnit { get; init; }

    /// <summary>The unit written after the stretch target (<c>%</c>), or <see langword="null"/>: the indicator's unit.</summary>
    public string? StretchUnit { get; init; }

    /// <summary>The unit written after the baseline (<c>%</c>), or <see langword="null"/>: the indicator's unit.</summary>
    public string? BaselineUnit { get; init; }
}

/// <summary>A scoring method with its arguments, as written: <c>capped_ratio(1.2)</c>, <c>base_step(base: 2, step: 0.1, per: 2, mode: floor)</c>.</summary>
public sealed record ScoringMethodReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="name">The registered method name.</param>
    /// <param name="arguments">The arguments, positional or named.</param>
    public ScoringMethodReference(string name, IEnumerable<RuleArgument>? arguments = null)
    {
        Guard.Against.Null(name);
        Name = name;
        Arguments = RuleList<RuleArgument>.From(arguments, nameof(arguments));
    }

    /// <summary>The registered method name.</summary>
    public string Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<RuleArgument> Arguments { get; }
}

/// <summary>An argument of a scoring method: positional (<see cref="Name"/> null) or named (<c>cap: 1.2</c>).</summary>
/// <param name="Name">The parameter's name, or <see langword="null"/> for a positional argument.</param>
/// <param name="Value">The value: a number literal or a name (<c>floor</c>).</param>
public sealed record RuleArgument(string? Name, RuleExpression Value);

/// <summary>A bonus item (加分项): <c>bonus 国家级荣誉 "获国家级荣誉" 1 each cap 2;</c> (<c>once</c> for a fixed award).</summary>
/// <param name="Code">The item's code (zones report events under it).</param>
/// <param name="Title">The item's wording.</param>
/// <param name="Points">Points per event, or once.</param>
/// <param name="Kind">Per event or once.</param>
/// <param name="Cap">The item's cap, or <see langword="null"/>.</param>
public sealed partial record BonusDeclaration(string Code, string Title, double Points, BonusKind Kind = BonusKind.PerEvent, double? Cap = null);

/// <summary>A deduction item (扣分项): <c>deduction 环保督察 "中央生态环保督察反馈问题" 0.3;</c> (points per event).</summary>
/// <param name="Code">The item's code.</param>
/// <param name="Title">The item's wording.</param>
/// <param name="PointsPerEvent">Points deducted per event.</param>
public sealed partial record DeductionDeclaration(string Code, string Title, double PointsPerEvent);

/// <summary>A veto rule (一票否决): <c>veto 重大事故 "发生重大及以上生产安全事故" exclude;</c> (<c>zero</c>, <c>exclude</c> or <c>grade 合格</c>).</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Title">The rule's wording.</param>
/// <param name="Form">What the veto does.</param>
/// <param name="GradeCap">The best grade allowed, for <see cref="VetoForm.CapGrade"/>; otherwise <see langword="null"/>.</param>
public sealed partial record VetoDeclaration(string Code, string Title, VetoForm Form, string? GradeCap = null);

/// <summary>A grade (等次): by score (<c>grade 优秀 90;</c>) or by rank tier (<c>tier 第一档 8;</c>).</summary>
/// <param name="Name">The grade's name.</param>
/// <param name="MinimumScore">The lowest total that earns it, for a score grade; otherwise <see langword="null"/>.</param>
/// <param name="LastRank">The last rank in the tier, for a rank tier; otherwise <see langword="null"/>.</param>
public sealed record GradeDeclaration(string Name, double? MinimumScore = null, int? LastRank = null);

/// <summary>How a scheme ranks totals: <c>rank competition;</c>, <c>rank dense ties 2;</c>, <c>rank competition within 地区;</c>.</summary>
/// <param name="Method">Competition (1, 2, 2, 4) or dense (1, 2, 2, 3).</param>
/// <param name="TieDecimals">Totals equal after rounding to this many decimals tie; <see langword="null"/> for exact ties.</param>
/// <param name="GroupBy">The name of the grouping zones are also ranked within (东部/中部/西部), or <see langword="null"/>.</param>
public sealed record RankingDeclaration(RankingMethod Method = RankingMethod.Competition, int? TieDecimals = null, string? GroupBy = null);
