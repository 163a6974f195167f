using System.Collections.Frozen;

namespace Indicators.Rules;

/// <summary>
/// The data of an assessment (考核数据): for many zones and years, each indicator's value in the unit the data states, the
/// zones' attributes (地区: 东部, 类型: 经开区), targets, bonus and deduction events, vetoes and firm or project records,
/// each with the place it came from. Built by <see cref="CreateBuilder"/>; immutable. A value given as missing (an empty
/// cell) and a value never given are both missing, never zero. <c>RulePlan.Assess</c> runs a scheme on it.
/// </summary>
/// <remarks>Values are stored by column (one array per indicator, zones × years), so millions of them build and read fast.</remarks>
public sealed class ZoneData
{
    private readonly FrozenDictionary<string, int> zoneIndex;
    private readonly FrozenDictionary<string, int> indicatorIndex;
    private readonly int[] yearSlot;
    private readonly int firstYear;
    private readonly FrozenDictionary<string, string>[] attributes;

    internal ZoneData(ZoneDataColumns columns, string[] zones, int[] years, string[] indicators,
        FrozenDictionary<string, string>[] attributes, DataTarget[] targets, DataEvent[] events, DataVeto[] vetoes, DataRecord[] records)
    {
        Columns = columns;
        Zones = zones;
        Years = years;
        Indicators = indicators;
        this.attributes = attributes;
        Targets = targets;
        Events = events;
        Vetoes = vetoes;
        Records = records;
        zoneIndex = zones.Select((z, i) => (z, i)).ToFrozenDictionary(p => p.z, p => p.i, StringComparer.Ordinal);
        indicatorIndex = indicators.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        firstYear = years.Length == 0 ? 0 : years[0];
        yearSlot = years.Length == 0 ? [] : new int[years[^1] - firstYear + 1];
        Array.Fill(yearSlot, -1);
        for (var i = 0; i < years.Length; i++)
        {
            yearSlot[years[i] - firstYear] = i;
        }
    }

    /// <summary>A builder of zone data (考核数据构建器).</summary>
    /// <returns>An empty builder.</returns>
    public static ZoneDataBuilder CreateBuilder() => new();

    /// <summary>The zones (开发区), in the order of their first appearance.</summary>
    public IReadOnlyList<string> Zones { get; }

    /// <summary>The years the data covers (年度), ascending: every year any value, target, event, veto or record names.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The indicators values were given for (指标), by the names given, in the order of their first appearance.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The targets (目标), in the order given.</summary>
    public IReadOnlyList<DataTarget> Targets { get; }

    /// <summary>The bonus and deduction events (加减分事项), one per zone, year and item (counts of repeated rows added up).</summary>
    public IReadOnlyList<DataEvent> Events { get; }

    /// <summary>The vetoes (一票否决事项), in the order given.</summary>
    public IReadOnlyList<DataVeto> Vetoes { get; }

    /// <summary>The firm and project records (企业、项目记录), in the order given.</summary>
    public IReadOnlyList<DataRecord> Records { get; }

    /// <summary>The columns: values, units and places by indicator, zone and year.</summary>
    internal ZoneDataColumns Columns { get; }

    /// <summary>The value of <paramref name="indicator"/> for <paramref name="zone"/> in <paramref name="year"/> (数值), in
    /// the unit the data states (<see cref="GetUnit"/>), or <see langword="null"/> when it is missing or was never given.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's name as given.</param>
    /// <param name="year">The year.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public double? GetValue(string zone, string indicator, int year)
    {
        var cell = Cell(zone, indicator, year, out var column);
        if (cell < 0)
        {
            return null;
        }
        var value = Columns.Values[column][cell];
        return double.IsNaN(value) ? null : value;
    }

    /// <summary>Whether a value of <paramref name="indicator"/> for <paramref name="zone"/> in <paramref name="year"/> was
    /// given at all (有记录), a number or explicitly missing (an empty cell).</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's name as given.</param>
    /// <param name="year">The year.</param>
    /// <returns>Whether it was given.</returns>
    public bool IsGiven(string zone, string indicator, int year) => Entry(zone, indicator, year) >= 0;

    /// <summary>The unit text the value is stated in (单位), or <see langword="null"/> when none was given (the indicator's
    /// own unit) or there is no value.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's name as given.</param>
    /// <param name="year">The year.</param>
    /// <returns>The unit text, or <see langword="null"/>.</returns>
    public string? GetUnit(string zone, string indicator, int year)
    {
        var entry = Entry(zone, indicator, year);
        return entry < 0 ? null : Columns.UnitOf(entry);
    }

    /// <summary>Where the value came from (来源), or <c>default</c> when it was not given or has no place.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's name as given.</param>
    /// <param name="year">The year.</param>
    /// <returns>The place.</returns>
    public DataSource GetSource(string zone, string indicator, int year)
    {
        var entry = Entry(zone, indicator, year);
        return entry < 0 ? default : Columns.SourceOf(entry);
    }

    /// <summary>The zone's attributes (属性: 地区, 类型, 片区…) by name; empty for a zone not in the data.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The attributes.</returns>
    public IReadOnlyDictionary<string, string> GetAttributes(string zone) =>
        zoneIndex.TryGetValue(zone, out var z) ? attributes[z] : FrozenDictionary<string, string>.Empty;

    /// <summary>The zone's attribute <paramref name="name"/> (地区 → 东部), or <see langword="null"/>.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="name">The attribute's name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? GetAttribute(string zone, string name) => GetAttributes(zone).TryGetValue(name, out var value) ? value : null;

    /// <summary>The index of a zone, or -1.</summary>
    internal int ZoneIndex(string zone) => zoneIndex.TryGetValue(zone, out var z) ? z : -1;

    /// <summary>The index of an indicator, or -1.</summary>
    internal int IndicatorIndex(string indicator) => indicatorIndex.TryGetValue(indicator, out var i) ? i : -1;

    /// <summary>The index of a year in <see cref="Years"/>, or -1.</summary>
    internal int YearIndex(int year) => year < firstYear || year - firstYear >= yearSlot.Length ? -1 : yearSlot[year - firstYear];

    /// <summary>The attributes of the zone at an index.</summary>
    internal FrozenDictionary<string, string> AttributesAt(int zone) => attributes[zone];

    private int Cell(string zone, string indicator, int year, out int column)
    {
        Guard.Against.Null(zone);
        Guard.Against.Null(indicator);
        column = IndicatorIndex(indicator);
        var z = ZoneIndex(zone);
        var y = YearIndex(year);
        return column < 0 || z < 0 || y < 0 ? -1 : z * Years.Count + y;
    }

    private int Entry(string zone, string indicator, int year)
    {
        var cell = Cell(zone, indicator, year, out var column);
        return cell < 0 ? -1 : Columns.Entries[column][cell] - 1;
    }
}

/// <summary>The stored values of a <see cref="ZoneData"/>: per indicator, zones × years (year fastest) of values (NaN =
/// missing or not given) and of entry numbers (0 = not given, else the entry + 1) that lead to the unit and the place.</summary>
internal sealed class ZoneDataColumns(double[][] values, int[][] entries, int[] entryUnit, int[] entrySource, int[] entryLine,
    int[] entryColumn, string[] units, string[] sources)
{
    public double[][] Values { get; } = values;

    public int[][] Entries { get; } = entries;

    /// <summary>Per indicator, the one unit all its values state (−1 none), or −2 when they differ.</summary>
    public int[] CommonUnit { get; } = CommonUnits(entries, entryUnit);

    public string? UnitOf(int entry) => entryUnit[entry] < 0 ? null : units[entryUnit[entry]];

    public int UnitIndexOf(int entry) => entryUnit[entry];

    public string UnitText(int unit) => units[unit];

    public DataSource SourceOf(int entry) =>
        new(entrySource[entry] < 0 ? null : sources[entrySource[entry]], entryLine[entry], entryColumn[entry]);

    private static int[] CommonUnits(int[][] entries, int[] entryUnit)
    {
        var common = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var unit = int.MinValue;
            foreach (var e in entries[i])
            {
                if (e == 0)
                {
                    continue;
                }
                var u = entryUnit[e - 1];
                if (unit == int.MinValue)
                {
                    unit = u;
                }
                else if (unit != u)
                {
                    unit = -2;
                    break;
                }
            }
            common[i] = unit == int.MinValue ? -1 : unit;
        }
        return common;
    }
}
