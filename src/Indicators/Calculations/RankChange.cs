using System.Globalization;

namespace Indicators;

/// <summary>
/// The change of a zone's rank between two rankings (排名变化): previous rank − current rank, so that a rise is
/// positive (73 → 36 is 排名上升37位). Either rank may be missing (新进入排名, 退出排名).
/// </summary>
public readonly struct RankChange : IEquatable<RankChange>
{
    private RankChange(int? previous, int? current)
    {
        Previous = previous;
        Current = current;
    }

    /// <summary>The earlier rank (上年位次); null when the zone was not ranked.</summary>
    public int? Previous { get; }

    /// <summary>The later rank (本年位次); null when the zone is not ranked.</summary>
    public int? Current { get; }

    /// <summary>Places gained (previous − current): positive for a rise, negative for a fall; null unless both ranks exist.</summary>
    public int? Places => Previous - Current;

    /// <summary>How the rank moved.</summary>
    public RankChangeStatus Status => (Previous, Current) switch
    {
        (null, null) => RankChangeStatus.Unranked,
        (null, _) => RankChangeStatus.Entered,
        (_, null) => RankChangeStatus.Left,
        var (p, c) when p == c => RankChangeStatus.Unchanged,
        var (p, c) => p > c ? RankChangeStatus.Rose : RankChangeStatus.Fell,
    };

    /// <summary>The change from <paramref name="previous"/> to <paramref name="current"/> (排名由73位升至36位).</summary>
    /// <param name="previous">The earlier rank, at least 1, or null when not ranked.</param>
    /// <param name="current">The later rank, at least 1, or null when not ranked.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rank is below 1.</exception>
    public static RankChange Between(int? previous, int? current)
    {
        if (previous is { } p)
        {
            Guard.Against.LessThan(p, 1, nameof(previous));
        }
        if (current is { } c)
        {
            Guard.Against.LessThan(c, 1, nameof(current));
        }
        return new RankChange(previous, current);
    }

    /// <summary>
    /// The mean places gained over changes that have both ranks (平均排名位次前移46.3位 = (37 + 70 + 32) / 3); changes
    /// without both ranks are left out, not counted as zero.
    /// </summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The mean, unrounded; null when no change has both ranks.</returns>
    public static double? MeanPlaces(IEnumerable<RankChange> changes)
    {
        Guard.Against.Null(changes);
        long sum = 0;
        var count = 0;
        foreach (var change in changes)
        {
            if (change.Places is { } places)
            {
                sum += places;
                count++;
            }
        }
        return count == 0 ? null : (double)sum / count;
    }

    /// <summary>Whether two changes are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RankChange left, RankChange right) => left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RankChange left, RankChange right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RankChange other) => Previous == other.Previous && Current == other.Current;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RankChange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Previous, Current);

    /// <summary>"73 -> 36 (+37)", "- -> 12 (entered)".</summary>
    /// <returns>The invariant description.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Previous?.ToString(CultureInfo.InvariantCulture) ?? "-"} -> {Current?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        return Places is { } places
            ? text + string.Create(CultureInfo.InvariantCulture, $" ({places:+0;-0;0})")
            : text + " (" + Status.ToString().ToLowerInvariant() + ")";
    }
}
