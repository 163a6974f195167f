namespace Indicators.Rules;

/// <summary>A veto that applies to a zone in one year (一票否决): the scheme's veto item and the reason as stated.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="Year">The year.</param>
/// <param name="Item">The scheme's veto item.</param>
/// <param name="Reason">The reason (发生重大安全生产事故…).</param>
/// <param name="At">Where it came from.</param>
public sealed record DataVeto(string Zone, int Year, string Item, string Reason, DataSource At);
