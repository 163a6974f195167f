namespace Indicators.Assessment;

/// <summary>
/// A scheme's exit rule (退出机制/动态管理): its name, its wording, the rank pattern (<see cref="ExitRule"/>) and the
/// zone attribute whose groups the zones are ranked within (地区: 东部/中部/西部). MOFCOM 2021: "连续三年内有两次进入本地区
/// 国家级经开区最后5名的纳入降级备选名单，商务部根据两次考核平均得分情况分地区研提降级建议名单".
/// </summary>
public sealed class SchemeExit
{
    /// <summary>An exit rule of a scheme.</summary>
    /// <param name="code">The rule's name (降级备选).</param>
    /// <param name="title">The rule's wording, or an empty string.</param>
    /// <param name="rule">The rank pattern.</param>
    /// <param name="within">The attribute whose values group the zones (地区), or <see langword="null"/>: each zone's
    /// <see cref="AssessmentZone.Group"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="title"/> or <paramref name="rule"/> is null.</exception>
    public SchemeExit(string code, string title, ExitRule rule, string? within = null)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.Null(title);
        Guard.Against.Null(rule);
        Code = code;
        Title = title;
        Rule = rule;
        Within = within;
    }

    /// <summary>The rule's name (降级备选).</summary>
    public string Code { get; }

    /// <summary>The rule's wording (连续三年内有两次进入本地区最后5名).</summary>
    public string Title { get; }

    /// <summary>The rank pattern: k times in the bottom n within m years.</summary>
    public ExitRule Rule { get; }

    /// <summary>The attribute that groups the zones for the ranking (地区), or <see langword="null"/> for each zone's group.</summary>
    public string? Within { get; }

    /// <summary>
    /// The zones the rule flags (纳入降级备选名单) over several years' results of the scheme: each year's totals are ranked
    /// within the groups (the attribute <see cref="Within"/> of each zone, else its <see cref="AssessmentZone.Group"/>; a
    /// zone excluded by a veto is unranked) with the scheme's ranking options, then the pattern is applied. Each flag
    /// carries the zone's totals in its bottom years and their mean (两次考核平均得分); the flags are ordered by year, then
    /// by mean score, lowest first (the order in which MOFCOM proposes exits), then by zone.
    /// </summary>
    /// <param name="resultsByYear">The scheme's result for each year.</param>
    /// <returns>The flags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resultsByYear"/> is null.</exception>
    public IReadOnlyList<ExitFlag> Evaluate(IReadOnlyDictionary<int, AssessmentResult> resultsByYear)
    {
        Guard.Against.Null(resultsByYear);
        var ranks = new List<(int Year, ZoneId Zone, string Group, int? Rank)>();
        foreach (var (year, result) in resultsByYear)
        {
            var scores = result.Select(z => (z.Id, Group: GroupOf(z.Zone), Score: z.IsExcludedFromRanking ? (double?)null : z.Total)).ToList();
            var inGroups = Ranking.RankWithinGroups(scores, result.Scheme.RankingOptions);
            ranks.AddRange(scores.Select(s => (year, s.Id, s.Group, inGroups[s.Id])));
        }
        return Rule.Evaluate(ranks)
            .Select(f => f with { Scores = [.. f.BottomYears.Select(y => resultsByYear[y][f.Zone].Total)] })
            .OrderBy(f => f.Year).ThenBy(f => f.MeanScore).ThenBy(f => f.Zone)
            .ToList();
    }

    private string GroupOf(AssessmentZone zone) =>
        (Within is not null && zone.Attributes.TryGetValue(Within, out var value) ? value : zone.Group) ?? "";

    /// <summary>"降级备选: 2 of 3 years in the bottom 5 within 地区".</summary>
    /// <returns>The invariant description.</returns>
    public override string ToString() => Code + ": " + Rule + (Within is null ? "" : " within " + Within);
}
