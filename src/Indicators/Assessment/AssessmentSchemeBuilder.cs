using System.Globalization;

namespace Indicators.Assessment;

/// <summary>
/// Builds an <see cref="AssessmentScheme"/> (考核方案) step by step. Nothing is checked until
/// <see cref="TryBuild"/> or <see cref="Build"/>, which report every problem at once, each naming the item.
/// A builder is not thread-safe; the scheme it builds is immutable.
/// </summary>
public sealed partial class AssessmentSchemeBuilder
{
    private readonly string? name;
    private readonly double total;
    private IndicatorCatalog catalog = IndicatorCatalog.Standard;
    private readonly List<(string? Name, double Weight, double? Cap, SchemeCategoryBuilder Indicators)> categories = [];
    private readonly List<(string? Code, string? Name, double Points, BonusKind Kind, double? Cap)> bonuses = [];
    private readonly List<(string? Code, string? Name, double Points)> deductions = [];
    private readonly List<(string? Code, string? Name, VetoForm Form, string? GradeCap)> vetoes = [];
    private readonly List<(string? Name, double? Minimum, int? LastRank)> grades = [];
    private double? bonusCap;
    private RankingOptions rankingOptions = RankingOptions.Default;

    internal AssessmentSchemeBuilder(string? name, double total)
    {
        this.name = name;
        this.total = total;
    }

    /// <summary>Checks indicators against <paramref name="indicatorCatalog"/> instead of <see cref="IndicatorCatalog.Standard"/>.</summary>
    /// <param name="indicatorCatalog">The catalogue every indicator must be in.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder WithCatalog(IndicatorCatalog indicatorCatalog)
    {
        Guard.Against.Null(indicatorCatalog);
        catalog = indicatorCatalog;
        return this;
    }

    /// <summary>Adds a category (一级指标) with its weight and its indicators.</summary>
    /// <param name="categoryName">The category's name, e.g. 对外开放.</param>
    /// <param name="weight">The category's weight in the scheme's points; the weights must add up to the declared total.</param>
    /// <param name="indicators">Adds the category's indicators.</param>
    /// <param name="cap">The most the category's subtotal may reach, or null for no cap.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder Category(string categoryName, double weight, Action<SchemeCategoryBuilder> indicators, double? cap = null)
    {
        Guard.Against.Null(indicators);
        var builder = new SchemeCategoryBuilder();
        indicators(builder);
        categories.Add((categoryName, weight, cap, builder));
        return this;
    }

    /// <summary>Adds a bonus item (加分项).</summary>
    /// <param name="code">The code a zone's events name.</param>
    /// <param name="itemName">The item's name.</param>
    /// <param name="points">Points per event, or the fixed points; positive.</param>
    /// <param name="kind">Per event or fixed.</param>
    /// <param name="cap">The most the item may add, or null.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder Bonus(string code, string itemName, double points, BonusKind kind = BonusKind.PerEvent, double? cap = null)
    {
        bonuses.Add((code, itemName, points, kind, cap));
        return this;
    }

    /// <summary>Caps the sum of all bonus items (加分总额上限).</summary>
    /// <param name="cap">The most all bonus items together may add; positive.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder BonusCap(double cap)
    {
        bonusCap = cap;
        return this;
    }

    /// <summary>Adds a deduction item (扣分项) with fixed points per event.</summary>
    /// <param name="code">The code a zone's events name.</param>
    /// <param name="itemName">The item's name.</param>
    /// <param name="pointsPerEvent">Points deducted per event, positive (0.3 for "每个问题扣0.3分").</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder Deduction(string code, string itemName, double pointsPerEvent)
    {
        deductions.Add((code, itemName, pointsPerEvent));
        return this;
    }

    /// <summary>Adds a veto rule (一票否决).</summary>
    /// <param name="code">The code a zone's veto triggers name.</param>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="form">Score zero, exclusion from the ranking, or a grade cap.</param>
    /// <param name="gradeCap">For <see cref="VetoForm.CapGrade"/>, the best grade allowed (a declared grade); otherwise null.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder Veto(string code, string ruleName, VetoForm form, string? gradeCap = null)
    {
        vetoes.Add((code, ruleName, form, gradeCap));
        return this;
    }

    /// <summary>Adds a score grade (优秀 ≥ 90); declare grades best first, with falling thresholds.</summary>
    /// <param name="grade">The grade's name.</param>
    /// <param name="minimumScore">The lowest total that earns it.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder Grade(string grade, double minimumScore)
    {
        grades.Add((grade, minimumScore, null));
        return this;
    }

    /// <summary>Adds a rank tier (前10名 第一档); declare tiers best first, with rising last ranks.</summary>
    /// <param name="grade">The tier's name.</param>
    /// <param name="lastRank">The last rank in the tier.</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder RankTier(string grade, int lastRank)
    {
        grades.Add((grade, null, lastRank));
        return this;
    }

    /// <summary>Ranks totals with <paramref name="options"/> (e.g. ties at the published two decimals, or dense ranks) instead of competition ranks on the exact total.</summary>
    /// <param name="options">The ranking rules; their polarity must be positive (a higher total is better) and missing scores unranked (an excluded zone has no rank).</param>
    /// <returns>This builder.</returns>
    public AssessmentSchemeBuilder RankBy(RankingOptions options)
    {
        Guard.Against.Null(options);
        rankingOptions = options;
        return this;
    }

    /// <summary>Validates the scheme and builds it (校验并构建): never throws for what the builder was given.</summary>
    /// <returns>The scheme (<see langword="null"/> when there is an error) and every problem found as a diagnostic
    /// (<c>SB1001</c>–<c>SB1011</c>), each naming the item in English and Chinese; the diagnostics' source name is the scheme's.</returns>
    public Outcome<AssessmentScheme> TryBuild()
    {
        var (scheme, problems, schemeName) = Check();
        return new Outcome<AssessmentScheme>(scheme, [.. problems.Select(p => p.ToDiagnostic(schemeName))]);
    }

    /// <summary>Validates and builds: the scheme or null, every problem with its item and place (the rule binder points at
    /// the item in its text), and the scheme's name as the problems use it.</summary>
    internal (AssessmentScheme? Scheme, List<SchemeProblem> Problems, string SchemeName) Check()
    {
        if (weightsBy is not null)
        {
            return CheckByType();
        }
        var problems = new List<SchemeProblem>();
        var schemeName = string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new(SchemeProblemKind.Missing, SchemeItem.Scheme, -1, -1, "the scheme has no name", "考核方案没有名称"));
        }
        if (!double.IsFinite(total) || total <= 0)
        {
            problems.Add(new(SchemeProblemKind.NotPositive, SchemeItem.Scheme, -1, -1,
                FormattableString.Invariant($"the declared total {total} is not a positive finite number"),
                "方案总分" + NumberText.Format(total) + "应为有限正数", AboutWeight: true));
        }

        var builtCategories = BuildCategories(problems);
        var builtGrades = BuildGrades(problems);
        var gradeNames = new HashSet<string>(builtGrades.Select(g => g.Name), StringComparer.Ordinal);
        var eventCodes = new HashSet<string>(StringComparer.Ordinal);

        var builtBonuses = new List<BonusItem>();
        for (var i = 0; i < bonuses.Count; i++)
        {
            var (code, itemName, points, kind, cap) = bonuses[i];
            var label = new ItemLabel(SchemeItem.Bonus, i, "bonus item", "加分项", code, itemName);
            CheckCodeAndName(problems, label, code, itemName, eventCodes);
            CheckPositive(problems, label, "points", "分值", points);
            if (cap is double c) { CheckPositive(problems, label, "cap", "上限", c); }
            if (!Enum.IsDefined(kind)) { problems.Add(label.Problem(SchemeProblemKind.Undefined, " has an undefined kind", "的计分方式未定义")); }
            builtBonuses.Add(new BonusItem(code ?? "", itemName ?? "", points, kind, cap));
        }
        if (bonusCap is double overall)
        {
            CheckPositive(problems, new ItemLabel(SchemeItem.BonusCap, -1, "the overall bonus cap", "加分总额上限", null, null), "value", "数值", overall);
        }

        var builtDeductions = new List<DeductionItem>();
        for (var i = 0; i < deductions.Count; i++)
        {
            var (code, itemName, points) = deductions[i];
            var label = new ItemLabel(SchemeItem.Deduction, i, "deduction item", "扣分项", code, itemName);
            CheckCodeAndName(problems, label, code, itemName, eventCodes);
            CheckPositive(problems, label, "points per event", "每项扣分", points);
            builtDeductions.Add(new DeductionItem(code ?? "", itemName ?? "", points));
        }

        var vetoCodes = new HashSet<string>(StringComparer.Ordinal);
        var builtVetoes = new List<VetoRule>();
        for (var i = 0; i < vetoes.Count; i++)
        {
            var (code, ruleName, form, gradeCap) = vetoes[i];
            var label = new ItemLabel(SchemeItem.Veto, i, "veto rule", "一票否决项", code, ruleName);
            CheckCodeAndName(problems, label, code, ruleName, vetoCodes);
            if (!Enum.IsDefined(form)) { problems.Add(label.Problem(SchemeProblemKind.Undefined, " has an undefined form", "的否决方式未定义")); }
            if (form == VetoForm.CapGrade && (gradeCap is null || !gradeNames.Contains(gradeCap)))
            {
                problems.Add(gradeCap is null
                    ? label.Problem(SchemeProblemKind.GradeCap, " caps the grade at '(none)', which is not a declared grade", "限定等级，但没有指定等级")
                    : label.Problem(SchemeProblemKind.GradeCap, " caps the grade at '" + gradeCap + "', which is not a declared grade", "将等级限定为“" + gradeCap + "”，但没有声明这个等级"));
            }
            if (form != VetoForm.CapGrade && gradeCap is not null)
            {
                problems.Add(label.Problem(SchemeProblemKind.GradeCap, " names a grade cap but its form is " + form.ToString(), "指定了等级上限，但其否决方式不是限定等级"));
            }
            builtVetoes.Add(new VetoRule(code ?? "", ruleName ?? "", form, gradeCap));
        }

        if (rankingOptions.Polarity != Polarity.Positive)
        {
            problems.Add(new(SchemeProblemKind.RankingOptions, SchemeItem.Ranking, -1, -1,
                "the ranking options rank lower totals first; a higher total must rank first", "排名规则把总分低的排在前面；应把总分高的排在前面"));
        }
        if (rankingOptions.Missing != MissingScores.Unranked)
        {
            problems.Add(new(SchemeProblemKind.RankingOptions, SchemeItem.Ranking, -1, -1,
                "the ranking options rank zones without a total; a zone excluded by a veto must stay unranked", "排名规则为没有总分的开发区排名；被一票否决取消资格的开发区应不排名"));
        }
        return problems.Count > 0
            ? (null, problems, schemeName)
            : (new AssessmentScheme(schemeName, total, catalog, builtCategories, builtBonuses, bonusCap, builtDeductions, builtVetoes, builtGrades, rankingOptions) { Exit = exit },
                problems, schemeName);
    }

    /// <summary>Validates the scheme and builds it, or throws.</summary>
    /// <returns>The scheme.</returns>
    /// <exception cref="DiagnosticException">The scheme has problems; the message lists every one, each naming the item.</exception>
    public AssessmentScheme Build() => TryBuild().GetValueOrThrow();

    private List<SchemeCategory> BuildCategories(List<SchemeProblem> problems)
    {
        var result = new List<SchemeCategory>(categories.Count);
        if (categories.Count == 0)
        {
            problems.Add(new(SchemeProblemKind.Empty, SchemeItem.Scheme, -1, -1, "the scheme has no categories", "考核方案没有类别"));
            return result;
        }
        var categoryNames = new HashSet<string>(StringComparer.Ordinal);
        var scored = new Dictionary<string, ItemLabel>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            var (categoryName, weight, cap, indicators) = categories[i];
            var label = new ItemLabel(SchemeItem.Category, i, "category", "类别", categoryName, null);
            if (string.IsNullOrWhiteSpace(categoryName)) { problems.Add(new(SchemeProblemKind.Missing, SchemeItem.Category, i, -1, "a category has no name", "有类别没有名称")); }
            else if (!categoryNames.Add(categoryName)) { problems.Add(label.Problem(SchemeProblemKind.Duplicate, " is declared twice", "重复声明")); }
            CheckPositive(problems, label, "weight", "权重", weight);
            if (cap is double c) { CheckPositive(problems, label, "cap", "小计上限", c); }
            result.Add(indicators.Build(categoryName ?? "", label, weight, cap, catalog, scored, problems));
        }

        if (double.IsFinite(total) && total > 0)
        {
            var sum = categories.Sum(c => c.Weight);
            if (!double.IsFinite(sum))
            {
                problems.Add(new(SchemeProblemKind.Undefined, SchemeItem.Scheme, -1, -1,
                    "category weights add up beyond the range of a number", "各类别权重之和超出数值范围", AboutWeight: true));
            }
            else if (!WeightsAgree(sum, total))
            {
                var list = categories.Select(c => (c.Name ?? "(null)") + " " + AssessmentText.Number(c.Weight)).ToList();
                problems.Add(new(SchemeProblemKind.WeightsDisagree, SchemeItem.Scheme, -1, -1,
                    "category weights " + string.Join(", ", list) + " sum to " + AssessmentText.Number(sum) + ", not the declared total " + AssessmentText.Number(total),
                    "各类别权重（" + string.Join("，", list) + "）合计" + AssessmentText.Number(sum) + "，不等于方案总分" + AssessmentText.Number(total), AboutWeight: true));
            }
        }
        return result;
    }

    private List<GradeRule> BuildGrades(List<SchemeProblem> problems)
    {
        var result = new List<GradeRule>(grades.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var byScore = grades.Count(g => g.Minimum is not null);
        if (byScore > 0 && byScore < grades.Count)
        {
            problems.Add(new(SchemeProblemKind.Mixed, SchemeItem.Grade, grades.FindIndex(g => g.Minimum is null), -1,
                "grades mix score thresholds and rank tiers; use one kind", "等级混用了分数线和名次档，请只用一种"));
        }
        for (var i = 0; i < grades.Count; i++)
        {
            var (grade, minimum, lastRank) = grades[i];
            var label = new ItemLabel(SchemeItem.Grade, i, "grade", "等级", grade, null);
            if (string.IsNullOrWhiteSpace(grade)) { problems.Add(new(SchemeProblemKind.Missing, SchemeItem.Grade, i, -1, "a grade has no name", "有等级没有名称")); }
            else if (!names.Add(grade)) { problems.Add(label.Problem(SchemeProblemKind.Duplicate, " is declared twice", "重复声明")); }
            if (minimum is double m && !double.IsFinite(m)) { problems.Add(label.Problem(SchemeProblemKind.Undefined, " has a threshold that is not finite", "的分数线不是有限数")); }
            if (lastRank is int r && r < 1)
            {
                problems.Add(label.Problem(SchemeProblemKind.Undefined, FormattableString.Invariant($" ends at rank {r}; ranks start at 1"), FormattableString.Invariant($"止于第{r}名；名次从1开始")));
            }
            if (i > 0)
            {
                var previous = grades[i - 1];
                if (minimum is double now && previous.Minimum is double before && now >= before)
                {
                    problems.Add(label.Problem(SchemeProblemKind.Order,
                        " has a threshold " + AssessmentText.Number(now) + " not below the previous grade's " + AssessmentText.Number(before) + "; declare grades best first",
                        "的分数线" + AssessmentText.Number(now) + "不低于上一等级的" + AssessmentText.Number(before) + "；请从高到低声明等级"));
                }
                if (lastRank is int end && previous.LastRank is int previousEnd && end <= previousEnd)
                {
                    problems.Add(label.Problem(SchemeProblemKind.Order,
                        FormattableString.Invariant($" ends at rank {end}, not after the previous tier's {previousEnd}; declare tiers best first"),
                        FormattableString.Invariant($"止于第{end}名，不在上一档的第{previousEnd}名之后；请从前到后声明名次档")));
                }
            }
            result.Add(new GradeRule(grade ?? "", minimum, lastRank));
        }
        return result;
    }

    internal static bool WeightsAgree(double sum, double declared) => Math.Abs(sum - declared) <= 1e-9 * Math.Max(1, Math.Abs(declared));

    internal static void CheckPositive(List<SchemeProblem> problems, ItemLabel label, string what, string chineseWhat, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            problems.Add(label.Problem(SchemeProblemKind.NotPositive,
                " has " + what + " " + NumberText.Format(value) + "; it must be positive and finite",
                "的" + chineseWhat + "为" + NumberText.Format(value) + "，应为有限正数", aboutWeight: what is "weight"));
        }
    }

    private static void CheckCodeAndName(List<SchemeProblem> problems, ItemLabel label, string? code, string? itemName, HashSet<string> codes)
    {
        if (string.IsNullOrWhiteSpace(code)) { problems.Add(label.Problem(SchemeProblemKind.Missing, " has no code", "没有代码")); }
        else if (!codes.Add(code)) { problems.Add(label.Problem(SchemeProblemKind.Duplicate, " uses a code already declared", "的代码已声明过")); }
        if (string.IsNullOrWhiteSpace(itemName)) { problems.Add(label.Problem(SchemeProblemKind.Missing, " has no name", "没有名称")); }
    }
}

/// <summary>
/// An item of a scheme as its problems name it, in English (<c>bonus item 'aid' (援建)</c>) and Chinese (<c>加分项“aid”（援建）</c>),
/// with where it is, so that every problem about it carries both texts and its place.
/// </summary>
internal readonly record struct ItemLabel(SchemeItem Item, int Index, string Kind, string ChineseKind, string? Code, string? Title, int Entry = -1)
{
    // The overall bonus cap is one of a kind: it has no code to quote.
    internal string English => Item == SchemeItem.BonusCap ? Kind : Kind + " '" + (Code ?? "(null)") + "'" + (string.IsNullOrWhiteSpace(Title) ? "" : " (" + Title + ")");

    internal string Chinese => Item == SchemeItem.BonusCap ? ChineseKind : ChineseKind + "“" + (Code ?? "（空）") + "”" + (string.IsNullOrWhiteSpace(Title) ? "" : "（" + Title + "）");

    /// <summary>A problem about this item: its label followed by what is wrong.</summary>
    internal SchemeProblem Problem(SchemeProblemKind kind, string english, string chinese, bool aboutWeight = false) =>
        new(kind, Item, Index, Entry, English + english, Chinese + chinese, aboutWeight);
}

/// <summary>Adds the indicators (二级指标) of one category of an <see cref="AssessmentSchemeBuilder"/>.</summary>
public sealed partial class SchemeCategoryBuilder
{
    private readonly List<(string? Code, IScoringMethod? Method, IndicatorWeight Weight, MissingDataPolicy Missing, ZoneTargets Targets, string? Written, string? Label)> indicators = [];

    internal SchemeCategoryBuilder()
    {
    }

    /// <summary>Adds an indicator. A category uses either explicit points for all its indicators (which must add up to the category weight) or 赋权 multipliers for all.</summary>
    /// <param name="code">The indicator's code in the scheme's catalogue.</param>
    /// <param name="method">How it is scored.</param>
    /// <param name="weight">Its points (<see cref="IndicatorWeight.Points"/>) or multiplier (<see cref="IndicatorWeight.Multiplier"/>).</param>
    /// <param name="missingData">What happens when a zone has no value; <see cref="MissingDataPolicy.Error"/> unless chosen.</param>
    /// <param name="targets">Targets for zones that bring none of their own (统一目标值); none by default.</param>
    /// <returns>This builder.</returns>
    public SchemeCategoryBuilder Indicator(string code, IScoringMethod method, IndicatorWeight weight,
        MissingDataPolicy missingData = MissingDataPolicy.Error, ZoneTargets targets = default) =>
        Indicator(code, method, weight, missingData, targets, null, null);

    /// <summary>
    /// Adds an indicator that a text names otherwise than by its code: problems name it as <paramref name="written"/> (the
    /// name the rules wrote), and explanations label it <paramref name="label"/> when its code was generated (null: by its code).
    /// </summary>
    internal SchemeCategoryBuilder Indicator(string code, IScoringMethod method, IndicatorWeight weight,
        MissingDataPolicy missingData, ZoneTargets targets, string? written, string? label)
    {
        indicators.Add((code, method, weight, missingData, targets, written, label));
        return this;
    }

    internal SchemeCategory Build(string name, ItemLabel label, double weight, double? cap, IndicatorCatalog catalog,
        Dictionary<string, ItemLabel> scored, List<SchemeProblem> problems)
    {
        var built = new List<SchemeIndicator>(indicators.Count);
        if (indicators.Count == 0)
        {
            problems.Add(label.Problem(SchemeProblemKind.Empty, " has no indicators", "没有指标"));
            return new SchemeCategory(name, weight, cap, built);
        }
        var multipliers = indicators.Count(i => i.Weight.IsMultiplier);
        if (multipliers > 0 && multipliers < indicators.Count)
        {
            problems.Add(label.Problem(SchemeProblemKind.Mixed, " mixes explicit points and 赋权 multipliers; use one kind", "混用了分值和赋权倍数，请只用一种"));
        }
        var sum = indicators.Sum(i => i.Weight.Value);
        if (!double.IsFinite(sum))
        {
            problems.Add(label.Problem(SchemeProblemKind.Undefined, " has indicator weights that add up beyond the range of a number", "中各指标分值之和超出数值范围", aboutWeight: true));
        }
        else if (multipliers == 0 && double.IsFinite(weight) && weight > 0 && !AssessmentSchemeBuilder.WeightsAgree(sum, weight))
        {
            var list = indicators.Select(i => Written(i.Code, i.Written) + " " + AssessmentText.Number(i.Weight.Value)).ToList();
            problems.Add(label.Problem(SchemeProblemKind.WeightsDisagree,
                " has indicator points " + string.Join(", ", list) + " that sum to " + AssessmentText.Number(sum) + ", not the category weight " + AssessmentText.Number(weight),
                "中各指标分值（" + string.Join("，", list) + "）合计" + AssessmentText.Number(sum) + "，不等于类别权重" + AssessmentText.Number(weight), aboutWeight: true));
        }

        for (var j = 0; j < indicators.Count; j++)
        {
            var (code, method, indicatorWeight, missing, targets, written, display) = indicators[j];
            var item = new ItemLabel(SchemeItem.Indicator, label.Index, "indicator", "指标", Written(code, written), null, j);
            // "indicator 'GDP' in category '经济'" / "类别“经济”中的指标“GDP”"
            var itemLabel = item with { Kind = "indicator", ChineseKind = label.Chinese + "中的指标" };
            IndicatorDefinition? definition = null;
            if (string.IsNullOrWhiteSpace(code))
            {
                problems.Add(new(SchemeProblemKind.Missing, SchemeItem.Indicator, label.Index, j, "an indicator in " + label.English + " has no code", label.Chinese + "中有指标没有代码"));
            }
            else if (!catalog.TryGet(code, out definition))
            {
                problems.Add(itemLabel.Problem(SchemeProblemKind.NotInCatalogue, " in " + label.English + " is not in the indicator catalogue", "不在指标体系中"));
            }
            else if (scored.TryGetValue(definition.Code, out var first))
            {
                problems.Add(item.Problem(SchemeProblemKind.Duplicate, " is scored twice (in " + first.English + " and in " + label.English + ")",
                    "重复计分（在" + first.Chinese + "和" + label.Chinese + "中）"));
            }
            else { scored.Add(definition.Code, label); }
            if (method is null) { problems.Add(itemLabel.Problem(SchemeProblemKind.Missing, " in " + label.English + " has no scoring method", "没有计分方法")); }
            if (indicatorWeight.Value <= 0) { problems.Add(itemLabel.Problem(SchemeProblemKind.NotPositive, " in " + label.English + " has no weight", "没有权重", aboutWeight: true)); }
            if (!Enum.IsDefined(missing)) { problems.Add(itemLabel.Problem(SchemeProblemKind.Undefined, " in " + label.English + " has an undefined missing-data policy", "的缺失数据处理方式未定义")); }
            if (!targets.IsFinite) { problems.Add(itemLabel.Problem(SchemeProblemKind.Undefined, " in " + label.English + " has a target that is not finite", "的目标值不是有限数")); }
            var points = indicatorWeight.IsMultiplier && multipliers == indicators.Count ? MultiplierPoints(weight, indicatorWeight.Value, sum) : indicatorWeight.Value;
            if (!double.IsFinite(points) && double.IsFinite(sum))
            {
                problems.Add(itemLabel.Problem(SchemeProblemKind.Undefined, " has points (category weight × multiplier ÷ sum) beyond the range of a number", "的分值（类别权重×赋权系数÷系数之和）超出数值范围", aboutWeight: true));
            }
            if (definition is not null && method is not null)
            {
                built.Add(new SchemeIndicator(definition, indicatorWeight, points, method, missing, targets, display));
            }
        }
        return new SchemeCategory(name, weight, cap, built);
    }

    private static string Written(string? code, string? written) => written ?? code ?? "(null)";

    /// <summary>
    /// An indicator's points from its 赋权 multiplier: category weight × multiplier ÷ Σ multipliers (summed in declaration
    /// order from 0). <c>BulkEngine</c> derives its score's points from a dataset's weights with it too.
    /// </summary>
    internal static double MultiplierPoints(double categoryWeight, double multiplier, double sum) => categoryWeight * multiplier / sum;
}

/// <summary>Thrown when a scheme cannot evaluate its input: a missing value under <see cref="MissingDataPolicy.Error"/>, an unknown event, a method returning a non-finite score. The message names the zone and the item.</summary>
public sealed class AssessmentException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the zone and the item.</param>
    public AssessmentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong, naming the zone and the item.</param>
    /// <param name="innerException">The cause, e.g. a scoring method's argument exception.</param>
    public AssessmentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
