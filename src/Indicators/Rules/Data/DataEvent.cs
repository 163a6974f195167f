namespace Indicators.Rules;

/// <summary>A zone's bonus or deduction events of one year (加分、扣分事项): the scheme item's name and how many times it
/// happened. Several rows for the same zone, year and item add up.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="Year">The year.</param>
/// <param name="Item">The scheme's bonus or deduction item.</param>
/// <param name="Count">How many times; zero or more.</param>
/// <param name="At">Where it came from (the first row when several add up).</param>
public sealed record DataEvent(string Zone, int Year, string Item, int Count, DataSource At);
