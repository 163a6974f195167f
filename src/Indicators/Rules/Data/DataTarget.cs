namespace Indicators.Rules;

/// <summary>A zone's target for one indicator and year (目标任务), as <see cref="ZoneDataBuilder.Target"/> was given it: the
/// target, the stretch target (力争), the baseline (基数), each missing when not given, and the unit they are stated in.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="Indicator">The indicator's name as given.</param>
/// <param name="Year">The year.</param>
/// <param name="Target">The target, or <see langword="null"/>.</param>
/// <param name="Stretch">The stretch target, or <see langword="null"/>.</param>
/// <param name="Baseline">The baseline, or <see langword="null"/>.</param>
/// <param name="Unit">The unit text the numbers are in, or <see langword="null"/> (the indicator's own unit).</param>
/// <param name="At">Where it came from.</param>
public sealed record DataTarget(string Zone, string Indicator, int Year, double? Target, double? Stretch, double? Baseline, string? Unit, DataSource At);
