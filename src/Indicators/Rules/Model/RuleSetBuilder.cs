using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

public sealed partial record RuleSet
{
    /// <summary>
    /// Starts a fluent builder (规则集构建器) that produces the same model as the text:
    /// <c>RuleSet.CreateBuilder().Indicator("RdSpending", "研发经费", "万元").Derived("RdIntensity", Rule.Name("RdSpending") / Rule.Name("OperatingRevenue"), "%").Build()</c>.
    /// </summary>
    /// <returns>An empty builder.</returns>
    public static RuleSetBuilder CreateBuilder() => new();
}

/// <summary>
/// Builds a <see cref="RuleSet"/> in C# (规则集构建器): statements in the order they are added, exactly the model the
/// parser gives for the same text (compared by content). The builder checks only what C# can get wrong (nulls);
/// names, units and types are checked when the rule set is bound, as for text.
/// </summary>
public sealed partial class RuleSetBuilder
{
    private readonly List<IndicatorDeclaration> indicators = [];
    private readonly List<TargetDeclaration> targets = [];
    private readonly List<CheckDeclaration> checks = [];
    private readonly List<SchemeDeclaration> schemes = [];

    internal RuleSetBuilder()
    {
    }

    /// <summary>Declares a base indicator (基础指标) whose values come from data: <c>indicator RdSpending "研发经费" unit 万元;</c>.</summary>
    /// <param name="name">The name rules use.</param>
    /// <param name="title">The display name, or <see langword="null"/>.</param>
    /// <param name="unit">The unit as written (<c>万元</c>, <c>%</c>), or <see langword="null"/> for a plain number.</param>
    /// <param name="polarity">Positive or reverse, or <see langword="null"/> when not written.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public RuleSetBuilder Indicator(string name, string? title = null, string? unit = null, Polarity? polarity = null)
    {
        Guard.Against.Null(name);
        indicators.Add(new IndicatorDeclaration(name, title, unit, polarity));
        return this;
    }

    /// <summary>Declares a derived indicator (派生指标) with its formula:
    /// <c>indicator RdIntensity "研发投入强度" = RdSpending / OperatingRevenue unit %;</c>.</summary>
    /// <param name="name">The name rules use.</param>
    /// <param name="formula">The formula, e.g. <c>Rule.Name("RdSpending") / Rule.Name("OperatingRevenue")</c>.</param>
    /// <param name="unit">The unit as written, or <see langword="null"/> for a plain number.</param>
    /// <param name="title">The display name, or <see langword="null"/>.</param>
    /// <param name="polarity">Positive or reverse, or <see langword="null"/> when not written.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="formula"/> is null.</exception>
    public RuleSetBuilder Derived(string name, RuleFormula formula, string? unit = null, string? title = null, Polarity? polarity = null)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(formula);
        indicators.Add(new IndicatorDeclaration(name, title, unit, polarity, formula.Expression));
        return this;
    }

    /// <summary>Adds a target (目标) in a plan's wording: <c>target GDP "增长8%以上";</c>.</summary>
    /// <param name="indicator">The indicator's name.</param>
    /// <param name="wording">The wording, read by <see cref="Indicators.Target.Parse"/> when bound.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleSetBuilder Target(string indicator, string wording)
    {
        Guard.Against.Null(indicator);
        Guard.Against.Null(wording);
        targets.Add(new TargetDeclaration(indicator, wording));
        return this;
    }

    /// <summary>Adds a consistency check (一致性校验):
    /// <c>check rd_within_revenue: RdSpending &lt;= OperatingRevenue "研发经费不应超过营业收入";</c>.</summary>
    /// <param name="name">The check's name.</param>
    /// <param name="condition">A truth-valued formula, e.g. <c>Rule.Name("RdSpending") &lt;= Rule.Name("OperatingRevenue")</c>.</param>
    /// <param name="message">What a failure means, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="condition"/> is null.</exception>
    public RuleSetBuilder Check(string name, RuleFormula condition, string? message = null)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(condition);
        checks.Add(new CheckDeclaration(name, condition.Expression, message));
        return this;
    }

    /// <summary>Adds an assessment scheme (考核方案):
    /// <c>.Scheme("Mofcom2021", "…", s =&gt; s.Total(100).Category("对外开放", 30, c =&gt; c.Indicator(…)))</c>.</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="title">The full title, or <see langword="null"/>.</param>
    /// <param name="scheme">Fills in the scheme.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="scheme"/> is null.</exception>
    public RuleSetBuilder Scheme(string name, string? title, Action<RuleSchemeBuilder> scheme)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(scheme);
        var builder = new RuleSchemeBuilder(name, title);
        scheme(builder);
        schemes.Add(builder.Build());
        return this;
    }

    /// <summary>Adds an assessment scheme without a title (考核方案).</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="scheme">Fills in the scheme.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="scheme"/> is null.</exception>
    public RuleSetBuilder Scheme(string name, Action<RuleSchemeBuilder> scheme) => Scheme(name, null, scheme);

    /// <summary>The rule set built so far (规则集); the builder can go on and build again.</summary>
    /// <returns>The model, equal to the parsed text of the same rules.</returns>
    public RuleSet Build() => WithUnitStatements(new(indicators, targets, checks, schemes));
}

/// <summary>
/// Fills in one assessment scheme of a <see cref="RuleSetBuilder"/> (考核方案构建器): the items in the order they are
/// added, as the text lists them. Produces a <see cref="SchemeDeclaration"/>, bound later like parsed text.
/// </summary>
public sealed partial class RuleSchemeBuilder
{
    private readonly string name;
    private readonly string? title;
    private readonly List<CategoryDeclaration> categories = [];
    private readonly List<BonusDeclaration> bonuses = [];
    private readonly List<DeductionDeclaration> deductions = [];
    private readonly List<VetoDeclaration> vetoes = [];
    private readonly List<GradeDeclaration> grades = [];
    private string? extends;
    private double? total;
    private double? bonusCap;
    private RankingDeclaration? ranking;

    internal RuleSchemeBuilder(string name, string? title)
    {
        this.name = name;
        this.title = title;
    }

    /// <summary>Extends another scheme (继承): <c>extends Mofcom2021</c>.</summary>
    /// <param name="baseScheme">The base scheme's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseScheme"/> is null.</exception>
    public RuleSchemeBuilder Extends(string baseScheme)
    {
        Guard.Against.Null(baseScheme);
        extends = baseScheme;
        return this;
    }

    /// <summary>The declared total (满分): <c>total 100</c>.</summary>
    /// <param name="points">The total.</param>
    /// <returns>This builder.</returns>
    public RuleSchemeBuilder Total(double points)
    {
        total = points;
        return this;
    }

    /// <summary>A category with its scored indicators (一级指标): <c>category 对外开放 30 { … }</c>.</summary>
    /// <param name="categoryName">The category's name.</param>
    /// <param name="weight">Its weight, or <see langword="null"/> to keep the base scheme's.</param>
    /// <param name="entries">Adds the scored indicators (an empty block when it adds none).</param>
    /// <param name="cap">A cap on the subtotal, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryName"/> or <paramref name="entries"/> is null.</exception>
    public RuleSchemeBuilder Category(string categoryName, double? weight, Action<RuleCategoryBuilder> entries, double? cap = null)
    {
        Guard.Against.Null(categoryName);
        Guard.Against.Null(entries);
        var builder = new RuleCategoryBuilder();
        entries(builder);
        categories.Add(new CategoryDeclaration(categoryName, weight, cap, builder.Entries));
        return this;
    }

    /// <summary>A category without entries (权重覆盖), in an extending scheme a weight override: <c>category 对外开放 25;</c>.</summary>
    /// <param name="categoryName">The category's name.</param>
    /// <param name="weight">Its weight, or <see langword="null"/>.</param>
    /// <param name="cap">A cap on the subtotal, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryName"/> is null.</exception>
    public RuleSchemeBuilder Category(string categoryName, double? weight, double? cap = null)
    {
        Guard.Against.Null(categoryName);
        categories.Add(new CategoryDeclaration(categoryName, weight, cap));
        return this;
    }

    /// <summary>A bonus item (加分项): <c>bonus 国家级荣誉 "获国家级荣誉" 1 each cap 2;</c>.</summary>
    /// <param name="code">The item's code.</param>
    /// <param name="itemTitle">The item's wording.</param>
    /// <param name="points">Points per event, or once.</param>
    /// <param name="kind">Per event (<c>each</c>) or once.</param>
    /// <param name="cap">The item's cap, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="itemTitle"/> is null.</exception>
    public RuleSchemeBuilder Bonus(string code, string itemTitle, double points, BonusKind kind = BonusKind.PerEvent, double? cap = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(itemTitle);
        bonuses.Add(new BonusDeclaration(code, itemTitle, points, kind, cap));
        return this;
    }

    /// <summary>The cap on all bonus together (加分上限): <c>bonuscap 3;</c>.</summary>
    /// <param name="cap">The cap.</param>
    /// <returns>This builder.</returns>
    public RuleSchemeBuilder BonusCap(double cap)
    {
        bonusCap = cap;
        return this;
    }

    /// <summary>A deduction item (扣分项): <c>deduction 环保督察 "中央生态环保督察反馈问题" 0.3;</c>.</summary>
    /// <param name="code">The item's code.</param>
    /// <param name="itemTitle">The item's wording.</param>
    /// <param name="pointsPerEvent">Points deducted per event.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="itemTitle"/> is null.</exception>
    public RuleSchemeBuilder Deduction(string code, string itemTitle, double pointsPerEvent)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(itemTitle);
        deductions.Add(new DeductionDeclaration(code, itemTitle, pointsPerEvent));
        return this;
    }

    /// <summary>A veto rule (一票否决): <c>veto 重大事故 "…" exclude;</c>; for <see cref="VetoForm.CapGrade"/> name the grade (<c>grade 合格</c>).</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="ruleTitle">The rule's wording.</param>
    /// <param name="form">What the veto does.</param>
    /// <param name="gradeCap">The best grade allowed, for <see cref="VetoForm.CapGrade"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="ruleTitle"/> is null.</exception>
    public RuleSchemeBuilder Veto(string code, string ruleTitle, VetoForm form, string? gradeCap = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(ruleTitle);
        vetoes.Add(new VetoDeclaration(code, ruleTitle, form, gradeCap));
        return this;
    }

    /// <summary>A grade by score (等次): <c>grade 优秀 90;</c>.</summary>
    /// <param name="gradeName">The grade's name.</param>
    /// <param name="minimumScore">The lowest total that earns it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gradeName"/> is null.</exception>
    public RuleSchemeBuilder Grade(string gradeName, double minimumScore)
    {
        Guard.Against.Null(gradeName);
        grades.Add(new GradeDeclaration(gradeName, MinimumScore: minimumScore));
        return this;
    }

    /// <summary>A grade by rank tier (名次档): <c>tier 第一档 8;</c>, or with <see langword="null"/> the rest (<c>tier 其他 rest;</c>).</summary>
    /// <param name="gradeName">The tier's name.</param>
    /// <param name="lastRank">The last rank in the tier, or <see langword="null"/> for all the others.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gradeName"/> is null.</exception>
    public RuleSchemeBuilder Tier(string gradeName, int? lastRank)
    {
        Guard.Against.Null(gradeName);
        grades.Add(new GradeDeclaration(gradeName, LastRank: lastRank));
        return this;
    }

    /// <summary>How totals are ranked (排名): <c>rank competition ties 2 within 地区;</c>.</summary>
    /// <param name="method">Competition (1, 2, 2, 4) or dense (1, 2, 2, 3).</param>
    /// <param name="tieDecimals">Totals equal at this many decimals tie, or <see langword="null"/> for exact ties.</param>
    /// <param name="within">The grouping zones are also ranked within, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public RuleSchemeBuilder Rank(RankingMethod method = RankingMethod.Competition, int? tieDecimals = null, string? within = null)
    {
        ranking = new RankingDeclaration(method, tieDecimals, within);
        return this;
    }

    internal SchemeDeclaration Build() =>
        new(name, title, extends, total, categories, bonuses, bonusCap, deductions, vetoes, grades, ranking) { Exit = exit };
}

/// <summary>Adds the scored indicators of one category (二级指标) for a <see cref="RuleSchemeBuilder"/>.</summary>
public sealed class RuleCategoryBuilder
{
    private readonly List<ScoredIndicatorDeclaration> entries = [];

    internal RuleCategoryBuilder()
    {
    }

    internal IReadOnlyList<ScoredIndicatorDeclaration> Entries => entries;

    /// <summary>A scored indicator (计分指标): <c>GDP 3 by capped_ratio(1.2) missing reweight target 8;</c> is
    /// <c>c.Indicator("GDP", IndicatorWeight.Points(3), RuleMethods.CappedRatio(1.2), MissingDataPolicy.Reweight, target: 8)</c>.
    /// In an extending scheme a <see langword="null"/> part keeps the base scheme's.</summary>
    /// <param name="indicator">The indicator's name.</param>
    /// <param name="weight">Points or a 赋权 multiplier, or <see langword="null"/>.</param>
    /// <param name="method">The scoring method (see <see cref="RuleMethods"/>), or <see langword="null"/>.</param>
    /// <param name="missing">The missing-data policy, or <see langword="null"/>.</param>
    /// <param name="target">The default target (目标值), or <see langword="null"/>.</param>
    /// <param name="stretch">The default stretch target (力争), or <see langword="null"/>.</param>
    /// <param name="baseline">The default baseline (基数值), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public RuleCategoryBuilder Indicator(string indicator, IndicatorWeight? weight = null, ScoringMethodReference? method = null,
        MissingDataPolicy? missing = null, double? target = null, double? stretch = null, double? baseline = null)
    {
        Guard.Against.Null(indicator);
        entries.Add(new ScoredIndicatorDeclaration(indicator, weight, method, missing, target, stretch, baseline));
        return this;
    }
}
