using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>
/// A scheme run on zone data for one year (考核结果): the <see cref="AssessmentResult"/> (totals, ranks, grades, each
/// explained), the results of earlier years an exit rule reads, the exit candidates, and an explanation per zone that
/// also shows how its derived indicators were computed. Made by <c>RulePlan.Assess</c>.
/// </summary>
/// <remarks>The earlier years and the exits are computed on first use, from the same data, and then kept; reading them is
/// thread-safe. A year the scheme cannot assess (a value it requires is missing) is left out of <see cref="ResultsByYear"/>.</remarks>
public sealed class RuleAssessment
{
    private readonly Lazy<IReadOnlyDictionary<int, AssessmentResult>> byYear;
    private readonly Lazy<IReadOnlyList<ExitFlag>> exits;
    private readonly Func<string, ExplanationLanguage, string?> explainDerived;

    internal RuleAssessment(string scheme, int year, AssessmentResult result, Func<IReadOnlyDictionary<int, AssessmentResult>> earlierYears,
        Func<IReadOnlyDictionary<int, AssessmentResult>, IReadOnlyList<ExitFlag>> exitFlags, Func<string, ExplanationLanguage, string?> explainDerived)
    {
        Scheme = scheme;
        Year = year;
        Result = result;
        byYear = new(earlierYears);
        exits = new(() => exitFlags(byYear.Value));
        this.explainDerived = explainDerived;
    }

    /// <summary>The scheme's name in the rules (考核方案).</summary>
    public string Scheme { get; }

    /// <summary>The year assessed (考核年度).</summary>
    public int Year { get; }

    /// <summary>The result of <see cref="Year"/> (当年结果): every zone's points, total, rank, group rank and grade.</summary>
    public AssessmentResult Result { get; }

    /// <summary>The results of <see cref="Year"/> and of the two years before it that the data holds (近三年结果), by year;
    /// an exit rule (降级、摘牌) reads them.</summary>
    public IReadOnlyDictionary<int, AssessmentResult> ResultsByYear => byYear.Value;

    /// <summary>The zones the scheme's exit rule flags in <see cref="Year"/> (降级/摘牌备选); empty when the scheme has none.</summary>
    public IReadOnlyList<ExitFlag> Exits => exits.Value;

    /// <summary>How a zone's result came about, in Chinese (计算说明): its points, total, rank and grade, then its derived indicators.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">The zone was not assessed.</exception>
    public string Explain(string zone) => Explain(zone, ExplanationLanguage.Chinese);

    /// <summary>How a zone's result came about (计算说明): its points, total, rank and grade, then how each derived
    /// indicator was computed from its data.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">The zone was not assessed.</exception>
    public string Explain(string zone, ExplanationLanguage language)
    {
        Guard.Against.NullOrWhiteSpace(zone);
        var id = ZoneId.Of(zone);
        Guard.Against.False(Result.Any(z => z.Id == id), nameof(zone), $"Zone '{Diagnostic.Window(zone)}' was not assessed by scheme '{Scheme}' in {Year}.");
        var text = Result.Explain(id, language);
        return explainDerived(zone, language) is { Length: > 0 } derived
            ? text + "\n" + (language == ExplanationLanguage.Chinese ? "派生指标：\n" : "Derived indicators:\n") + derived
            : text;
    }

    /// <inheritdoc />
    public override string ToString() => Scheme + " " + Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " +
        Result.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " zones";
}
