namespace Indicators.Rules;

// Issue 13 (units): the plan's units and rates, so that the data pipeline reads data units the way the rules do.
public sealed partial class RulePlan
{
    /// <summary>The library's units plus those the rules declare, and the rates the rules state.</summary>
    internal RuleUnits UnitsAndRates { get; init; } = RuleUnits.None;

    /// <summary>A unit as the rules know it: the library's units plus those the rules declare (<c>unit 立方米 …</c>), with
    /// prefixes (万立方米) and in quotients (万元/立方米).</summary>
    internal ValueParseResult<Unit> ParseUnit(string text) => UnitsAndRates.Parse(text);

    /// <summary>How many units of <paramref name="to"/> one unit of <paramref name="from"/> is worth in
    /// <paramref name="year"/> by the rules' <c>rate</c> statements (the year's rate, else the rate for every year), or
    /// <see langword="null"/> when they state none that holds.</summary>
    internal double? ExchangeRate(Currency from, Currency to, int? year) => UnitsAndRates.Rate(from, to, year);
}
