namespace Indicators.Assessment;

/// <summary>
/// A zone that an <see cref="ExitRule"/> flags (纳入降级备选, 摘牌): the last year of the window in which the pattern
/// holds and the years of that window in which the zone was in the bottom of its group.
/// </summary>
/// <remarks>Equality compares <see cref="BottomYears"/> by reference, as records do; compare the years with <c>SequenceEqual</c>.</remarks>
/// <param name="Zone">The zone.</param>
/// <param name="Year">The last year of the window (the assessment year in which the rule fires).</param>
/// <param name="BottomYears">The years of the window in which the zone was in the bottom, ascending.</param>
public readonly record struct ExitFlag(ZoneId Zone, int Year, IReadOnlyList<int> BottomYears)
{
    /// <summary>The zone, the year the rule fires and the years in the bottom: <c>Z07 in 2024: bottom in 2022, 2024</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Zone} in {Year}: bottom in {string.Join(", ", BottomYears ?? [])}");
}
