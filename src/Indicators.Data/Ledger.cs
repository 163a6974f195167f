using Indicators.Rules;
namespace Indicators.Data;

/// <summary>What was loaded where, across all the files of one load: a figure given twice (in one file or in two) is
/// an error naming both places, never a silent "last one wins".</summary>
internal sealed class Ledger
{
    private readonly Dictionary<(string Zone, string Indicator, int Year), DataSource> values = [];
    private readonly Dictionary<(string Zone, string Indicator, int Year), DataSource> targets = [];
    private readonly Dictionary<(string Zone, string Name), (string Value, DataSource At)> attributes = [];
    private readonly Dictionary<(string Zone, int Year, string Item), DataSource> vetoes = [];
    private readonly Dictionary<(string Zone, int Year, string Set, string Key), DataSource> records = [];

    /// <summary>Null when new, else where it was given first.</summary>
    internal DataSource? Value(string zone, string indicator, int year, DataSource at) => First(values, (zone, indicator, year), at);

    internal DataSource? Target(string zone, string indicator, int year, DataSource at) => First(targets, (zone, indicator, year), at);

    internal DataSource? Veto(string zone, int year, string item, DataSource at) => First(vetoes, (zone, year, item), at);

    internal DataSource? Record(string zone, int year, string set, string key, DataSource at) => First(records, (zone, year, set, key), at);

    /// <summary>Null when new or the same value again (a group repeated on every row), else the other value and its place.</summary>
    internal (string Value, DataSource At)? Attribute(string zone, string name, string value, DataSource at)
    {
        if (attributes.TryGetValue((zone, name), out var first))
        {
            return first.Value == value ? null : first;
        }
        attributes.Add((zone, name), (value, at));
        return null;
    }

    /// <summary>Whether the attribute was given already with this value (nothing to pass on again).</summary>
    internal bool Known(string zone, string name) => attributes.ContainsKey((zone, name));

    private static DataSource? First<TKey>(Dictionary<TKey, DataSource> seen, TKey key, DataSource at)
        where TKey : notnull
    {
        if (seen.TryGetValue(key, out var first))
        {
            return first;
        }
        seen.Add(key, at);
        return null;
    }
}
