namespace Indicators.Rules;

/// <summary>One firm or project record of a zone in one year (企业、项目记录), in the record set <paramref name="Set"/>.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="Year">The year.</param>
/// <param name="Set">The record set's name (企业、项目).</param>
/// <param name="Record">The record.</param>
/// <param name="At">Where it came from.</param>
public sealed record DataRecord(string Zone, int Year, string Set, RuleRecord Record, DataSource At);
