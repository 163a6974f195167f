using Indicators.Rules;
namespace Indicators.Data;

/// <summary>What was loaded where, across all the files of one load: a figure given twice (in one file or in two) is
/// an error naming both places, never a silent "last one wins"; the same figure again (two files that agree) is no error.
/// Values are not here: the builder checks them as they come (<see cref="ZoneDataBuilder.PutValue"/>), by index, because a
/// long file gives millions.</summary>
internal sealed class Ledger
{
    // Targets by the numbers of their zone and indicator names (NameKey) and year: a 统计月报 table gives one a row, and
    // its reader looks its zone's and row's numbers up once, not the two names for every target.
    private readonly Dictionary<(int Zone, int Indicator, int Year), (double? Target, double? Stretch, double? Baseline, string? Unit, DataSource At)> targets = [];
    private readonly Dictionary<string, int> names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Zone, string Name), (string Value, DataSource At)> attributes = [];
    private readonly Dictionary<(string Zone, int Year, string Item), DataSource> vetoes = [];
    private readonly Dictionary<(string Zone, int Year, string Set, string Key), DataSource> records = [];

    /// <summary>New (pass it on), the same again (a zone table and a long file that agree: nothing to do), or a conflict.</summary>
    internal enum Seen { New, Same, Conflict }

    /// <summary>Whether a target is new, the same as before or different.</summary>
    internal Seen Target(string zone, string indicator, int year, double? target, double? stretch, double? baseline, string? unit, DataSource at, out DataSource first) =>
        Target(NameKey(zone), NameKey(indicator), year, target, stretch, baseline, unit, at, out first);

    /// <summary>The number of a zone's or indicator's name in this load's targets (the same for the same text).</summary>
    internal int NameKey(string name)
    {
        if (!names.TryGetValue(name, out var key))
        {
            key = names.Count;
            names.Add(name, key);
        }
        return key;
    }

    /// <summary><see cref="Target(string, string, int, double?, double?, double?, string?, DataSource, out DataSource)"/> by
    /// the names' numbers (<see cref="NameKey"/>).</summary>
    internal Seen Target(int zone, int indicator, int year, double? target, double? stretch, double? baseline, string? unit, DataSource at, out DataSource first)
    {
        if (targets.TryGetValue((zone, indicator, year), out var known))
        {
            first = known.At;
            return (known.Target, known.Stretch, known.Baseline, known.Unit) == (target, stretch, baseline, unit) ? Seen.Same : Seen.Conflict;
        }
        targets.Add((zone, indicator, year), (target, stretch, baseline, unit, at));
        first = at;
        return Seen.New;
    }

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
