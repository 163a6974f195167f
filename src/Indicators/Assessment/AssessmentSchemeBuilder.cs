using System.Globalization;

namespace Indicators;

/// <summary>
/// Builds an <see cref="AssessmentScheme"/> (考核方案) step by step. Nothing is checked until
/// <see cref="TryBuild"/> or <see cref="Build"/>, which report every problem at once, each naming the item.
/// A builder is not thread-safe; the scheme it builds is immutable.
/// </summary>
public sealed class AssessmentSchemeBuilder
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
        ArgumentNullException.ThrowIfNull(indicatorCatalog);
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
        ArgumentNullException.ThrowIfNull(indicators);
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
        ArgumentNullException.ThrowIfNull(options);
        rankingOptions = options;
        return this;
    }

    /// <summary>Validates the scheme and builds it.</summary>
    /// <returns>The scheme, or every problem found.</returns>
    public SchemeBuildResult TryBuild()
    {
        var problems = new List<string>();
        var schemeName = string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("the scheme has no name");
        }
        if (!double.IsFinite(total) || total <= 0)
        {
            problems.Add(FormattableString.Invariant($"the declared total {total} is not a positive finite number"));
        }

        var builtCategories = BuildCategories(problems);
        var builtGrades = BuildGrades(problems);
        var gradeNames = new HashSet<string>(builtGrades.Select(g => g.Name), StringComparer.Ordinal);
        var eventCodes = new HashSet<string>(StringComparer.Ordinal);

        var builtBonuses = new List<BonusItem>();
        foreach (var (code, itemName, points, kind, cap) in bonuses)
        {
            var label = Label("bonus item", code, itemName);
            CheckCodeAndName(problems, label, code, itemName, eventCodes);
            CheckPositive(problems, label, "points", points);
            if (cap is double c) { CheckPositive(problems, label, "cap", c); }
            if (!Enum.IsDefined(kind)) { problems.Add(label + " has an undefined kind"); }
            builtBonuses.Add(new BonusItem(code ?? "", itemName ?? "", points, kind, cap));
        }
        if (bonusCap is double overall) { CheckPositive(problems, "the overall bonus cap", "value", overall); }

        var builtDeductions = new List<DeductionItem>();
        foreach (var (code, itemName, points) in deductions)
        {
            var label = Label("deduction item", code, itemName);
            CheckCodeAndName(problems, label, code, itemName, eventCodes);
            CheckPositive(problems, label, "points per event", points);
            builtDeductions.Add(new DeductionItem(code ?? "", itemName ?? "", points));
        }

        var vetoCodes = new HashSet<string>(StringComparer.Ordinal);
        var builtVetoes = new List<VetoRule>();
        foreach (var (code, ruleName, form, gradeCap) in vetoes)
        {
            var label = Label("veto rule", code, ruleName);
            CheckCodeAndName(problems, label, code, ruleName, vetoCodes);
            if (!Enum.IsDefined(form)) { problems.Add(label + " has an undefined form"); }
            if (form == VetoForm.CapGrade && (gradeCap is null || !gradeNames.Contains(gradeCap)))
            {
                problems.Add(label + " caps the grade at '" + (gradeCap ?? "(none)") + "', which is not a declared grade");
            }
            if (form != VetoForm.CapGrade && gradeCap is not null)
            {
                problems.Add(label + " names a grade cap but its form is " + form.ToString());
            }
            builtVetoes.Add(new VetoRule(code ?? "", ruleName ?? "", form, gradeCap));
        }

        if (rankingOptions.Polarity != Polarity.Positive)
        {
            problems.Add("the ranking options rank lower totals first; a higher total must rank first");
        }
        if (rankingOptions.Missing != MissingScores.Unranked)
        {
            problems.Add("the ranking options rank zones without a total; a zone excluded by a veto must stay unranked");
        }
        return problems.Count > 0
            ? new SchemeBuildResult(null, schemeName, problems)
            : new SchemeBuildResult(
                new AssessmentScheme(schemeName, total, catalog, builtCategories, builtBonuses, bonusCap, builtDeductions, builtVetoes, builtGrades, rankingOptions),
                schemeName, []);
    }

    /// <summary>Validates the scheme and builds it, or throws.</summary>
    /// <returns>The scheme.</returns>
    /// <exception cref="InvalidSchemeException">The scheme has problems; the message lists every one, each naming the item.</exception>
    public AssessmentScheme Build() => TryBuild().Scheme;

    private List<SchemeCategory> BuildCategories(List<string> problems)
    {
        var result = new List<SchemeCategory>(categories.Count);
        if (categories.Count == 0)
        {
            problems.Add("the scheme has no categories");
            return result;
        }
        var categoryNames = new HashSet<string>(StringComparer.Ordinal);
        var scored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (categoryName, weight, cap, indicators) in categories)
        {
            var label = "category '" + (categoryName ?? "(null)") + "'";
            if (string.IsNullOrWhiteSpace(categoryName)) { problems.Add("a category has no name"); }
            else if (!categoryNames.Add(categoryName)) { problems.Add(label + " is declared twice"); }
            CheckPositive(problems, label, "weight", weight);
            if (cap is double c) { CheckPositive(problems, label, "cap", c); }
            result.Add(indicators.Build(categoryName ?? "", label, weight, cap, catalog, scored, problems));
        }

        if (double.IsFinite(total) && total > 0)
        {
            var sum = categories.Sum(c => c.Weight);
            if (!double.IsFinite(sum))
            {
                problems.Add("category weights add up beyond the range of a number");
            }
            else if (!WeightsAgree(sum, total))
            {
                var list = string.Join(", ", categories.Select(c => (c.Name ?? "(null)") + " " + AssessmentText.Number(c.Weight)));
                problems.Add("category weights " + list + " sum to " + AssessmentText.Number(sum) +
                             ", not the declared total " + AssessmentText.Number(total));
            }
        }
        return result;
    }

    private List<GradeRule> BuildGrades(List<string> problems)
    {
        var result = new List<GradeRule>(grades.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var byScore = grades.Count(g => g.Minimum is not null);
        if (byScore > 0 && byScore < grades.Count)
        {
            problems.Add("grades mix score thresholds and rank tiers; use one kind");
        }
        for (var i = 0; i < grades.Count; i++)
        {
            var (grade, minimum, lastRank) = grades[i];
            var label = "grade '" + (grade ?? "(null)") + "'";
            if (string.IsNullOrWhiteSpace(grade)) { problems.Add("a grade has no name"); }
            else if (!names.Add(grade)) { problems.Add(label + " is declared twice"); }
            if (minimum is double m && !double.IsFinite(m)) { problems.Add(label + " has a threshold that is not finite"); }
            if (lastRank is int r && r < 1) { problems.Add(FormattableString.Invariant($"{label} ends at rank {r}; ranks start at 1")); }
            if (i > 0)
            {
                var previous = grades[i - 1];
                if (minimum is double now && previous.Minimum is double before && now >= before)
                {
                    problems.Add(label + " has a threshold " + AssessmentText.Number(now) + " not below the previous grade's " + AssessmentText.Number(before) + "; declare grades best first");
                }
                if (lastRank is int end && previous.LastRank is int previousEnd && end <= previousEnd)
                {
                    problems.Add(FormattableString.Invariant($"{label} ends at rank {end}, not after the previous tier's {previousEnd}; declare tiers best first"));
                }
            }
            result.Add(new GradeRule(grade ?? "", minimum, lastRank));
        }
        return result;
    }

    internal static bool WeightsAgree(double sum, double declared) => Math.Abs(sum - declared) <= 1e-9 * Math.Max(1, Math.Abs(declared));

    internal static void CheckPositive(List<string> problems, string label, string what, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            problems.Add(label + " has " + what + " " + NumberText.Format(value) + "; it must be positive and finite");
        }
    }

    private static void CheckCodeAndName(List<string> problems, string label, string? code, string? itemName, HashSet<string> codes)
    {
        if (string.IsNullOrWhiteSpace(code)) { problems.Add(label + " has no code"); }
        else if (!codes.Add(code)) { problems.Add(label + " uses a code already declared"); }
        if (string.IsNullOrWhiteSpace(itemName)) { problems.Add(label + " has no name"); }
    }

    private static string Label(string kind, string? code, string? itemName) =>
        kind + " '" + (code ?? "(null)") + "'" + (string.IsNullOrWhiteSpace(itemName) ? "" : " (" + itemName + ")");
}

/// <summary>Adds the indicators (二级指标) of one category of an <see cref="AssessmentSchemeBuilder"/>.</summary>
public sealed class SchemeCategoryBuilder
{
    private readonly List<(string? Code, IScoringMethod? Method, IndicatorWeight Weight, MissingDataPolicy Missing, ZoneTargets Targets)> indicators = [];

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
        MissingDataPolicy missingData = MissingDataPolicy.Error, ZoneTargets targets = default)
    {
        indicators.Add((code, method, weight, missingData, targets));
        return this;
    }

    internal SchemeCategory Build(string name, string label, double weight, double? cap, IndicatorCatalog catalog,
        Dictionary<string, string> scored, List<string> problems)
    {
        var built = new List<SchemeIndicator>(indicators.Count);
        if (indicators.Count == 0)
        {
            problems.Add(label + " has no indicators");
            return new SchemeCategory(name, weight, cap, built);
        }
        var multipliers = indicators.Count(i => i.Weight.IsMultiplier);
        if (multipliers > 0 && multipliers < indicators.Count)
        {
            problems.Add(label + " mixes explicit points and 赋权 multipliers; use one kind");
        }
        var sum = indicators.Sum(i => i.Weight.Value);
        if (!double.IsFinite(sum))
        {
            problems.Add(label + " has indicator weights that add up beyond the range of a number");
        }
        else if (multipliers == 0 && double.IsFinite(weight) && weight > 0 && !AssessmentSchemeBuilder.WeightsAgree(sum, weight))
        {
            problems.Add(label + " has indicator points " +
                string.Join(", ", indicators.Select(i => (i.Code ?? "(null)") + " " + AssessmentText.Number(i.Weight.Value))) +
                " that sum to " + AssessmentText.Number(sum) + ", not the category weight " + AssessmentText.Number(weight));
        }

        foreach (var (code, method, indicatorWeight, missing, targets) in indicators)
        {
            var itemLabel = "indicator '" + (code ?? "(null)") + "' in " + label;
            IndicatorDefinition? definition = null;
            if (string.IsNullOrWhiteSpace(code)) { problems.Add("an indicator in " + label + " has no code"); }
            else if (!catalog.TryGet(code, out definition)) { problems.Add(itemLabel + " is not in the indicator catalogue"); }
            else if (scored.TryGetValue(definition.Code, out var first))
            {
                problems.Add("indicator '" + code + "' is scored twice (in " + first + " and in " + label + ")");
            }
            else { scored.Add(definition.Code, label); }
            if (method is null) { problems.Add(itemLabel + " has no scoring method"); }
            if (indicatorWeight.Value <= 0) { problems.Add(itemLabel + " has no weight"); }
            if (!Enum.IsDefined(missing)) { problems.Add(itemLabel + " has an undefined missing-data policy"); }
            if (!targets.IsFinite) { problems.Add(itemLabel + " has a target that is not finite"); }
            var points = indicatorWeight.IsMultiplier && multipliers == indicators.Count ? weight * indicatorWeight.Value / sum : indicatorWeight.Value;
            if (!double.IsFinite(points) && double.IsFinite(sum))
            {
                problems.Add(itemLabel + " has points (category weight × multiplier ÷ sum) beyond the range of a number");
            }
            if (definition is not null && method is not null)
            {
                built.Add(new SchemeIndicator(definition, indicatorWeight, points, method, missing, targets));
            }
        }
        return new SchemeCategory(name, weight, cap, built);
    }
}

/// <summary>The outcome of <see cref="AssessmentSchemeBuilder.TryBuild"/>: the scheme, or every problem found.</summary>
public sealed class SchemeBuildResult
{
    private readonly AssessmentScheme? scheme;
    private readonly string schemeName;

    internal SchemeBuildResult(AssessmentScheme? scheme, string schemeName, IReadOnlyList<string> problems)
    {
        this.scheme = scheme;
        this.schemeName = schemeName;
        Problems = problems;
    }

    /// <summary>Whether the scheme is valid.</summary>
    public bool Success => scheme is not null;

    /// <summary>Every problem found, each naming the item (category, indicator, bonus, deduction, veto or grade).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The scheme.</summary>
    /// <exception cref="InvalidSchemeException">The scheme is invalid; the message lists every problem.</exception>
    public AssessmentScheme Scheme => scheme ?? throw new InvalidSchemeException(schemeName, Problems);
}

/// <summary>Thrown when an assessment scheme is invalid. The message lists every problem, each naming the item.</summary>
public sealed class InvalidSchemeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="schemeName">The scheme's name.</param>
    /// <param name="problems">The problems found.</param>
    public InvalidSchemeException(string schemeName, IReadOnlyList<string> problems)
        : base("Assessment scheme '" + schemeName + "' is invalid: " + string.Join("; ", problems ?? throw new ArgumentNullException(nameof(problems))) + ".")
    {
        Problems = problems;
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<string> Problems { get; }
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
