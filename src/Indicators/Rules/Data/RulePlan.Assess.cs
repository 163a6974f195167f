using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13, item 10: the one call that runs a scheme of the rules on loaded data.
public sealed partial class RulePlan
{
    private RulePlan? derivedOnly;

    /// <summary>
    /// Runs the scheme <paramref name="scheme"/> on <paramref name="data"/> for one year (考核): the rules' derived
    /// indicators for every zone (with its earlier years, attributes, records and the results of the schemes the formulas
    /// read), values and targets converted into each indicator's unit, the year's events and vetoes, ranks within the
    /// group the scheme's <c>rank … within NAME</c> names (the zone's attribute NAME), and the exit candidates of an
    /// <c>exit</c> rule. A missing value stays missing and the scheme's <c>missing</c> policy applies: never a zero.
    /// </summary>
    /// <param name="scheme">The scheme's name in the rules.</param>
    /// <param name="data">The data.</param>
    /// <param name="year">The year to assess; the last year of the data when <see langword="null"/>.</param>
    /// <returns>The assessment, or <see langword="null"/> with errors (<c>DA1020</c>–<c>DA1029</c>: an unknown scheme, a
    /// unit that is not the indicator's, a year the data lacks, a value the scheme requires missing); warnings for data the
    /// rules do not use.</returns>
    public Outcome<RuleAssessment> Assess(string scheme, ZoneData data, int? year = null) => Assess(scheme, data, year, DerivedPath.Automatic);

    /// <summary><see cref="Assess(string, ZoneData, int?)"/> with the way derived values are computed fixed (tests compare the two).</summary>
    internal Outcome<RuleAssessment> Assess(string scheme, ZoneData data, int? year, DerivedPath path)
    {
        Guard.Against.Null(scheme);
        Guard.Against.Null(data);
        var diagnostics = new List<Diagnostic>();
        if (!Schemes.ContainsKey(scheme))
        {
            long budget = BuiltIns.SuggestionBudget;
            var (en, zh) = BuiltIns.DidYouMean(BuiltIns.Suggest(scheme, Schemes.Keys, ref budget));
            diagnostics.Add(Diagnostic.Unplaced("DA1020", $"unknown scheme '{Diagnostic.Window(scheme)}'{en}", $"未知的考核方案“{Diagnostic.Window(scheme)}”{zh}"));
            return new Outcome<RuleAssessment>(null, diagnostics);
        }
        var assessed = year ?? (data.Years.Count > 0 ? data.Years[^1] : (int?)null);
        if (assessed is not int y || data.YearIndex(y) < 0 || data.Zones.Count == 0)
        {
            var wanted = assessed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
            diagnostics.Add(Diagnostic.Unplaced("DA1025",
                data.Zones.Count == 0 ? "the data has no zones" : $"the data has no values for {wanted} (years: {string.Join(", ", data.Years)})",
                data.Zones.Count == 0 ? "数据中没有开发区" : $"数据中没有{wanted}年的数值（已有年份：{string.Join("、", data.Years)}）"));
            return new Outcome<RuleAssessment>(null, diagnostics);
        }
        var run = new AssessmentRun(this, data, diagnostics, path);
        if (diagnostics.Any(d => d.IsError))
        {
            return new Outcome<RuleAssessment>(null, diagnostics);
        }
        var result = run.Assess(scheme, y, diagnostics);
        if (result is null)
        {
            return new Outcome<RuleAssessment>(null, diagnostics);
        }
        var assessment = new RuleAssessment(scheme, y, result,
            () => run.ResultsByYear(scheme, y, result),
            // The rule flags every window end it can see; the assessment's candidates are those of its own year.
            byYear => [.. EvaluateExit(scheme, byYear).Where(flag => flag.Year == y)],
            run.ExplainDerived(y));
        return new Outcome<RuleAssessment>(assessment, diagnostics);
    }

    /// <summary>The plan's derived indicators alone (no checks, no schemes), for computing their values in bulk.</summary>
    internal RulePlan DerivedOnly => derivedOnly ??=
        new RulePlan(Rules, Environment, Catalog, Slots, DerivedOrder, [], [], new Dictionary<string, Assessment.AssessmentScheme>(StringComparer.Ordinal));

    /// <summary>The attribute a scheme ranks within (<c>rank … within 地区</c>), its own or the one it inherits, or null.</summary>
    internal string? RankingGroup(string scheme)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var name = scheme; name is not null && seen.Add(name);)
        {
            var declaration = Rules.Schemes.FirstOrDefault(s => s.Name == name);
            if (declaration?.Ranking is { } ranking)
            {
                return ranking.GroupBy;
            }
            name = declaration?.Extends;
        }
        return null;
    }
}

/// <summary>How <c>RulePlan.Assess</c> computes derived values: in bulk where the plan allows, else zone by zone.</summary>
internal enum DerivedPath
{
    Automatic,
    Scalar,
    Bulk,
}
