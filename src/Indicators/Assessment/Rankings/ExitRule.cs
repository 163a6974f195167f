using System.Globalization;

namespace Indicators.Assessment;

/// <summary>
/// An exit pattern of dynamic management (动态管理, 退出机制): a zone is flagged when it is in the bottom
/// <see cref="Bottom"/> of its group at least <see cref="Times"/> times within <see cref="Years"/> consecutive years.
/// MOFCOM 2021: 2 of 3 years in its region's last 5 → 降级备选; 江苏 2021: 2 of 3 years in the last 3 → 摘牌;
/// 浙江 2021: 3 consecutive years in its 片区's last 5 (3 of 3).
/// </summary>
/// <remarks>
/// A zone is in the bottom n of its group in a year when its rank exceeds (ranked zones in the group − n); in a group
/// of n zones or fewer every ranked zone is. A year in which the zone has no rank (no data, vetoed and excluded) does
/// not count as a bottom year but still uses up a year of the window; to count an excluded zone as last, rank it with
/// <see cref="MissingScores.RankedLast"/>. Windows are calendar years ending in each year present in the data.
/// </remarks>
public sealed class ExitRule
{
    private ExitRule(int times, int bottom, int years)
    {
        Times = times;
        Bottom = bottom;
        Years = years;
    }

    /// <summary>商务部 2021: 连续三年内有两次进入本地区最后5名 → 纳入降级备选名单 (2 of 3 years in the bottom 5).</summary>
    public static ExitRule Mofcom2021 { get; } = new(2, 5, 3);

    /// <summary>江苏 2021: 3年中有2年排名最后3位 → 摘牌 (2 of 3 years in the bottom 3).</summary>
    public static ExitRule Jiangsu2021 { get; } = new(2, 3, 3);

    /// <summary>浙江 2021: 连续3年排名末5位 → 限期整改 (3 of 3 years in the bottom 5).</summary>
    public static ExitRule Zhejiang2021 { get; } = new(3, 5, 3);

    /// <summary>How many bottom years within the window flag a zone (k).</summary>
    public int Times { get; }

    /// <summary>How many places at the bottom of the group count (n: 最后5名).</summary>
    public int Bottom { get; }

    /// <summary>The window, in consecutive years (m).</summary>
    public int Years { get; }

    /// <summary>The rule "<paramref name="times"/> times in the bottom <paramref name="bottom"/> within <paramref name="years"/> consecutive years".</summary>
    /// <param name="times">At least 1 and at most <paramref name="years"/>.</param>
    /// <param name="bottom">At least 1.</param>
    /// <param name="years">At least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ExitRule Of(int times, int bottom, int years)
    {
        Guard.Against.LessThan(years, 1);
        Guard.Against.LessThan(bottom, 1);
        Guard.Against.NotInRange(times, 1, years);
        return new ExitRule(times, bottom, years);
    }

    /// <summary>
    /// Evaluates the rule over yearly rankings within groups; returns one flag per zone and per year whose window
    /// holds the pattern, ordered by year, then zone.
    /// </summary>
    /// <typeparam name="TGroup">The group key (东部/中部/西部, 片区); use one constant for an overall ranking.</typeparam>
    /// <param name="ranks">Each zone's rank within its group for each year (a zone once per year); null when not ranked.</param>
    /// <returns>The flags.</returns>
    /// <exception cref="ArgumentException">A zone is <c>default(ZoneId)</c> or appears twice in a year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rank is below 1.</exception>
    public IReadOnlyList<ExitFlag> Evaluate<TGroup>(IEnumerable<(int Year, ZoneId Zone, TGroup Group, int? Rank)> ranks)
        where TGroup : notnull
    {
        Guard.Against.Null(ranks);
        var entries = ranks.ToList();
        var groupSizes = new Dictionary<(int, TGroup), int>();
        var seen = new HashSet<(int, ZoneId)>();
        foreach (var (year, zone, group, rank) in entries)
        {
            Guard.Against.False(zone.IsValid, nameof(ranks), "A zone is default(ZoneId), which is not a zone.");
            Guard.Against.False(seen.Add((year, zone)), nameof(ranks), $"Zone {zone} appears twice in {year}.");
            if (rank is { } r)
            {
                Guard.Against.LessThan(r, 1, nameof(ranks));
                groupSizes[(year, group)] = groupSizes.GetValueOrDefault((year, group)) + 1;
            }
        }
        var bottomYears = new Dictionary<ZoneId, SortedSet<int>>();
        foreach (var (year, zone, group, rank) in entries)
        {
            if (!bottomYears.TryGetValue(zone, out var years))
            {
                bottomYears.Add(zone, years = []);
            }
            if (rank is { } r && r > groupSizes[(year, group)] - Bottom)
            {
                years.Add(year);
            }
        }
        var flags = new List<ExitFlag>();
        foreach (var end in entries.Select(e => e.Year).Distinct().Order())
        {
            foreach (var (zone, years) in bottomYears.OrderBy(z => z.Key))
            {
                var inWindow = years.GetViewBetween(end - Years + 1, end);
                if (inWindow.Count >= Times)
                {
                    flags.Add(new ExitFlag(zone, end, inWindow.ToArray()));
                }
            }
        }
        return flags;
    }

    /// <summary>"2 of 3 years in the bottom 5".</summary>
    /// <returns>The invariant description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Times} of {Years} years in the bottom {Bottom}");
}
