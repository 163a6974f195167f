namespace Indicators.Data;

/// <summary>What was loaded where, across all the files of one load: a figure given twice (in one file or in two) is
/// an error naming both places, never a silent "last one wins".</summary>
internal sealed class Ledger
{
    private readonly Dictionary<(string Zone, string Indicator, int Year), Place> values = [];
    private readonly Dictionary<(string Zone, string Indicator, int Year), Place> targets = [];
    private readonly Dictionary<(string Zone, string Name), (string Value, Place At)> attributes = [];
    private readonly Dictionary<(string Zone, int Year, string Item), Place> events = [];
    private readonly Dictionary<(string Zone, int Year, string Item), Place> vetoes = [];
    private readonly Dictionary<(string Zone, int Year, string Set, string Key), Place> records = [];

    /// <summary>Null when new, else where it was given first.</summary>
    internal Place? Value(string zone, string indicator, int year, Place at) => First(values, (zone, indicator, year), at);

    internal Place? Target(string zone, string indicator, int year, Place at) => First(targets, (zone, indicator, year), at);

    internal Place? Event(string zone, int year, string item, Place at) => First(events, (zone, year, item), at);

    internal Place? Veto(string zone, int year, string item, Place at) => First(vetoes, (zone, year, item), at);

    internal Place? Record(string zone, int year, string set, string key, Place at) => First(records, (zone, year, set, key), at);

    /// <summary>Null when new or the same value again (a group repeated on every row), else the other value and its place.</summary>
    internal (string Value, Place At)? Attribute(string zone, string name, string value, Place at)
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

    private static Place? First<TKey>(Dictionary<TKey, Place> seen, TKey key, Place at)
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
