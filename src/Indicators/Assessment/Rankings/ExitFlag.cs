namespace Indicators.Assessment;

/// <summary>
/// A zone that an <see cref="ExitRule"/> flags (纳入降级备选, 摘牌): the last year of the window in which the pattern
/// holds and the years of that window in which the zone was in the bottom of its group.
/// </summary>
/// <remarks>Equality compares <see cref="BottomYears"/> and <see cref="Scores"/> by reference, as records do; compare them with <c>SequenceEqual</c>.</remarks>
/// <param name="Zone">The zone.</param>
/// <param name="Year">The last year of the window (the assessment year in which the rule fires).</param>
/// <param name="BottomYears">The years of the window in which the zone was in the bottom, ascending.</param>
public readonly record struct ExitFlag(ZoneId Zone, int Year, IReadOnlyList<int> BottomYears)
{
    /// <summary>The zone's total scores in <see cref="BottomYears"/>, in the same order (考核得分), when the flag comes from a
    /// scheme's results (<see cref="SchemeExit.Evaluate"/>); <see langword="null"/> when it comes from ranks alone.</summary>
    public IReadOnlyList<double>? Scores { get; init; }

    /// <summary>The mean of <see cref="Scores"/> (两次考核平均得分), or <see langword="null"/> without scores.</summary>
    public double? MeanScore => Scores is { Count: > 0 } scores ? scores.Sum() / scores.Count : null;

    /// <summary>The zone, the year the rule fires, the years in the bottom and the mean score when known:
    /// <c>Z07 in 2024: bottom in 2022, 2024, mean score 61.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Zone} in {Year}: bottom in {string.Join(", ", BottomYears ?? [])}")
        + (MeanScore is double mean ? ", mean score " + NumberText.Format(mean) : "");
}
