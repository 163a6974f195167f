using System.Collections.Frozen;
using System.Globalization;

namespace Indicators.Rules;

/// <summary>
/// Builds a <see cref="ZoneData"/> (考核数据构建器) call by call, as a loader reads rows: values, targets, attributes, events,
/// vetoes and records, each with the place it came from. Problems of the data (a number that is not finite, a year out of
/// range, the same value given twice with two different numbers) do not throw: <see cref="Build"/> reports them all as
/// <see cref="Diagnostic"/>s (<c>DA1001</c>–<c>DA1009</c>) at their places. A null or blank name is a programming error and throws.
/// </summary>
public sealed class ZoneDataBuilder
{
    private const int MinYear = 1900;
    private const int MaxYear = 2200;
    private const int MaxErrors = 200;

    private readonly Dictionary<string, int> zoneIndex = new(StringComparer.Ordinal);
    private readonly List<string> zones = [];
    private readonly Dictionary<string, int> indicatorIndex = new(StringComparer.Ordinal);
    private readonly List<string> indicators = [];
    private readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);
    private readonly List<string> units = [];
    private readonly Dictionary<string, int> sourceIndex = new(StringComparer.Ordinal);
    private readonly List<string> sources = [];
    private readonly List<Dictionary<string, (string Value, DataSource At)>> attributes = [];
    private readonly List<DataTarget> targets = [];
    private readonly List<DataEvent> events = [];
    private readonly List<DataVeto> vetoes = [];
    private readonly List<DataRecord> records = [];
    private readonly List<Diagnostic> problems = [];

    // The values, one entry per call, by column: Build spreads them into per-indicator arrays.
    private int[] entryZone = new int[1024];
    private int[] entryIndicator = new int[1024];
    private int[] entryYear = new int[1024];
    private double[] entryValue = new double[1024];
    private int[] entryUnit = new int[1024];
    private int[] entrySource = new int[1024];
    private int[] entryLine = new int[1024];
    private int[] entryColumn = new int[1024];
    private int count;

    // The first entry (+ 1) of each zone, indicator and year given so far, for a loader's "given twice?" check as it reads
    // (PutValue): per indicator, zones × year slots, the slots in the order the years first appear, so that the grid is
    // as small as the data. Built only when a loader asks.
    private int[][] firstEntry = [];
    private int[] yearSlot = [];
    private int yearSlots;
    private int slotCapacity;
    private int zoneCapacity;
    private Dictionary<int, string>? blankUnits;

    // Whether values came through Value (which may give a cell twice, for Build to report) and not only PutValue: then
    // the entries say where each value goes. Values only from PutValue have their places in the grid instead.
    private bool loose;

    private bool Loose => loose || firstEntry.Length == 0;

    // The last names looked up: a loader gives the same zone or indicator many times in a row.
    private string? lastZone;
    private int lastZoneIndex;
    private string? lastIndicator;
    private int lastIndicatorIndex;

    internal ZoneDataBuilder()
    {
    }

    /// <summary>Sets an attribute of a zone (属性): 地区 = 东部, 类型 = 经开区. The same attribute given twice with two different
    /// values is an error (<c>DA1004</c>).</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">Its value.</param>
    /// <param name="at">Where it came from.</param>
    /// <returns>This builder.</returns>
    public ZoneDataBuilder Attribute(string zone, string name, string value, DataSource at = default)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(value);
        var z = Zone(zone);
        var known = attributes[z];
        if (known.TryGetValue(name, out var first))
        {
            if (!string.Equals(first.Value, value, StringComparison.Ordinal))
            {
                Problem(at, "DA1004",
                    $"the attribute '{W(name)}' of zone '{W(zone)}' is '{W(value)}' here but '{W(first.Value)}' {Place(first.At, english: true)}",
                    $"开发区“{W(zone)}”的属性“{W(name)}”此处为“{W(value)}”，但{Place(first.At, english: false)}为“{W(first.Value)}”");
            }
            return this;
        }
        known[name] = (value, at);
        return this;
    }

    /// <summary>Gives the value of an indicator for a zone and year (数值), in the unit the data states.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's name as the data gives it (a rule name, a catalogue code, a Chinese name).</param>
    /// <param name="year">The year, 1900–2200.</param>
    /// <param name="value">The value, or <see langword="null"/> for a value explicitly missing (an empty cell): missing, never zero.</param>
    /// <param name="unit">The unit text the value is in (万元), or <see langword="null"/> for the indicator's own unit.</param>
    /// <param name="at">Where it came from.</param>
    /// <returns>This builder.</returns>
    public ZoneDataBuilder Value(string zone, string indicator, int year, double? value, string? unit = null, DataSource at = default)
    {
        if (!loose && firstEntry.Length > 0)
        {
            Unspread();
        }
        loose = true;
        var z = Zone(zone);
        var i = Indicator(indicator);
        if (!YearInRange(year, at) || !Finite(value, at, indicator))
        {
            return this;
        }
        if (count == entryValue.Length)
        {
            Grow();
        }
        entryZone[count] = z;
        entryIndicator[count] = i;
        entryYear[count] = year;
        entryValue[count] = value ?? double.NaN;
        entryUnit[count] = string.IsNullOrWhiteSpace(unit) ? -1 : Index(unitIndex, units, unit);
        entrySource[count] = at.Source is null ? -1 : Index(sourceIndex, sources, at.Source);
        entryLine[count] = at.Line;
        entryColumn[count] = at.Column;
        if (firstEntry.Length > 0)
        {
            ref var first = ref FirstEntry(z, i, year);
            if (first == 0)
            {
                first = count + 1;
            }
        }
        count++;
        return this;
    }

    /// <summary>What a loader's value is against those given before it (in any file of one load).</summary>
    internal enum Given
    {
        /// <summary>New: stored.</summary>
        New,

        /// <summary>The same number and unit again (two files that agree): nothing stored.</summary>
        Same,

        /// <summary>Another number or unit for the same zone, indicator and year: nothing stored, the caller reports it.</summary>
        Conflict,
    }

    /// <summary>The index of a zone, registering it (in the order of first appearance).</summary>
    internal int ZoneIndexOf(string zone) => Zone(zone);

    /// <summary>The index of an indicator, registering it.</summary>
    internal int IndicatorIndexOf(string indicator) => Indicator(indicator);

    /// <summary>The index of a unit text (−1 for none or blank).</summary>
    internal int UnitIndexOf(string? unit) => string.IsNullOrWhiteSpace(unit) ? -1 : Index(unitIndex, units, unit);

    /// <summary>The index of a source name (−1 for none).</summary>
    internal int SourceIndexOf(string? source) => source is null ? -1 : Index(sourceIndex, sources, source);

    /// <summary>The place of an entry.</summary>
    internal DataSource EntrySource(int entry) => SourceOf(entry);

    /// <summary>Gives a value unless the zone, indicator and year were given before: the loader's check, as it reads, so
    /// that a figure given twice is reported at its cell (the same figure again is nothing). The year is 1900–2200 and the
    /// value finite (NaN = missing): the loader checked both.</summary>
    /// <param name="z">The zone's index (<see cref="ZoneIndexOf"/>).</param>
    /// <param name="i">The indicator's index (<see cref="IndicatorIndexOf"/>).</param>
    /// <param name="year">The year.</param>
    /// <param name="value">The value, NaN when missing.</param>
    /// <param name="unit">The unit's index (<see cref="UnitIndexOf"/>).</param>
    /// <param name="unitText">The unit text as given: two blank texts that differ are two units to the check.</param>
    /// <param name="source">The source's index (<see cref="SourceIndexOf"/>).</param>
    /// <param name="line">The line.</param>
    /// <param name="column">The column.</param>
    /// <param name="first">The entry given first, when not new.</param>
    /// <returns>New, the same again, or a conflict.</returns>
    internal Given PutValue(int z, int i, int year, double value, int unit, string? unitText, int source, int line, int column, out int first)
    {
        if (firstEntry.Length == 0)
        {
            StartGrid();
        }
        ref var cell = ref FirstEntry(z, i, year);
        if (cell != 0)
        {
            first = cell - 1;
            var sameValue = entryValue[first] == value || (double.IsNaN(entryValue[first]) && double.IsNaN(value));
            return sameValue && entryUnit[first] == unit && (unit >= 0 || BlankUnit(first) == unitText) ? Given.Same : Given.Conflict;
        }
        if (count == entryValue.Length)
        {
            Grow();
        }
        if (loose)
        {
            entryZone[count] = z;
            entryIndicator[count] = i;
            entryYear[count] = year;
        }
        entryValue[count] = value;
        entryUnit[count] = unit;
        entrySource[count] = source;
        entryLine[count] = line;
        entryColumn[count] = column;
        if (unit < 0 && unitText is not null)
        {
            (blankUnits ??= [])[count] = unitText;
        }
        first = count;
        cell = ++count;
        return Given.New;
    }

    /// <summary>Each value's zone, indicator and year from the grid (PutValue leaves them out), for Build's loose path.</summary>
    private void Unspread()
    {
        ResizePlaces(entryValue.Length);
        for (var i = 0; i < firstEntry.Length; i++)
        {
            if (firstEntry[i] is not { } grid)
            {
                continue;
            }
            for (var y = 0; y < yearSlot.Length; y++)
            {
                var slot = yearSlot[y];
                for (var z = 0; slot >= 0 && z < zoneCapacity; z++)
                {
                    if (grid[z * slotCapacity + slot] is var e and > 0)
                    {
                        (entryZone[e - 1], entryIndicator[e - 1], entryYear[e - 1]) = (z, i, y + MinYear);
                    }
                }
            }
        }
    }

    /// <summary>The values of the grid into the data's columns (zones × years, years ascending).</summary>
    private void Spread(int[] yearIndex, int yearCount, double[][] values, int[][] entries)
    {
        var rank = new int[slotCapacity];
        for (var y = 0; y < yearSlot.Length; y++)
        {
            if (yearSlot[y] >= 0)
            {
                rank[yearSlot[y]] = yearIndex[y];
            }
        }
        for (var i = 0; i < indicators.Count && i < firstEntry.Length; i++)
        {
            if (firstEntry[i] is not { } grid)
            {
                continue;
            }
            var (columnValues, columnEntries) = (values[i], entries[i]);
            for (var z = 0; z < zones.Count && z < zoneCapacity; z++)
            {
                var row = grid.AsSpan(z * slotCapacity, yearSlots);
                for (var s = 0; s < row.Length; s++)
                {
                    if (row[s] is var e and > 0)
                    {
                        var cell = z * yearCount + rank[s];
                        columnEntries[cell] = e;
                        columnValues[cell] = entryValue[e - 1];
                    }
                }
            }
        }
    }

    /// <summary>Room for at least <paramref name="entries"/> values (a loader that knows its file's size).</summary>
    internal void Reserve(int entries)
    {
        if (entries > entryValue.Length)
        {
            Resize(entries);
        }
    }

    private string? BlankUnit(int entry) => blankUnits is not null && blankUnits.TryGetValue(entry, out var text) ? text : null;

    /// <summary>The grid of first entries, filled from the entries given so far.</summary>
    private void StartGrid()
    {
        yearSlot = new int[MaxYear - MinYear + 1];
        Array.Fill(yearSlot, -1);
        // One year's slot to start, doubled as years come (WidenSlots): many zones' 统计月报 of one year would otherwise
        // hold 16 slots a zone and indicator, 15 of them empty (47 MB for 2,800 zones and 180 indicators).
        slotCapacity = 1;
        zoneCapacity = Math.Max(64, zones.Count);
        firstEntry = new int[Math.Max(1, indicators.Count)][];
        for (var e = 0; e < count; e++)
        {
            ref var first = ref FirstEntry(entryZone[e], entryIndicator[e], entryYear[e]);
            if (first == 0)
            {
                first = e + 1;
            }
        }
    }

    private ref int FirstEntry(int z, int i, int year)
    {
        var slot = yearSlot[year - MinYear];
        if (slot < 0)
        {
            slot = yearSlot[year - MinYear] = yearSlots++;
            if (slot == slotCapacity)
            {
                WidenSlots();
            }
        }
        if (z >= zoneCapacity)
        {
            zoneCapacity = Math.Max(zoneCapacity * 2, z + 1);
            for (var k = 0; k < firstEntry.Length; k++)
            {
                if (firstEntry[k] is not null)
                {
                    Array.Resize(ref firstEntry[k], zoneCapacity * slotCapacity);
                }
            }
        }
        if (i >= firstEntry.Length)
        {
            Array.Resize(ref firstEntry, Math.Max(firstEntry.Length * 2, i + 1));
        }
        var grid = firstEntry[i] ??= new int[zoneCapacity * slotCapacity];
        return ref grid[z * slotCapacity + slot];
    }

    private void WidenSlots()
    {
        var wider = Math.Min(slotCapacity * 2, MaxYear - MinYear + 1);
        for (var k = 0; k < firstEntry.Length; k++)
        {
            if (firstEntry[k] is not { } old)
            {
                continue;
            }
            var grid = new int[zoneCapacity * wider];
            for (var z = 0; z < zoneCapacity; z++)
            {
                Array.Copy(old, z * slotCapacity, grid, z * wider, slotCapacity);
            }
            firstEntry[k] = grid;
        }
        slotCapacity = wider;
    }

    /// <summary>Gives a zone's target for an indicator and year (目标任务): the target, the stretch target (力争) and the
    /// baseline (基数), each missing when <see langword="null"/>.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's name.</param>
    /// <param name="year">The year, 1900–2200.</param>
    /// <param name="target">The target, or <see langword="null"/>.</param>
    /// <param name="stretch">The stretch target, or <see langword="null"/>.</param>
    /// <param name="baseline">The baseline, or <see langword="null"/>.</param>
    /// <param name="unit">The unit text the numbers are in, or <see langword="null"/>.</param>
    /// <param name="at">Where it came from.</param>
    /// <returns>This builder.</returns>
    public ZoneDataBuilder Target(string zone, string indicator, int year, double? target, double? stretch = null, double? baseline = null,
        string? unit = null, DataSource at = default)
    {
        Zone(zone);
        Guard.Against.NullOrWhiteSpace(indicator);
        if (YearInRange(year, at) && Finite(target, at, indicator) && Finite(stretch, at, indicator) && Finite(baseline, at, indicator))
        {
            targets.Add(new DataTarget(zone, indicator, year, target, stretch, baseline, string.IsNullOrWhiteSpace(unit) ? null : unit, at));
        }
        return this;
    }

    /// <summary>Gives a zone's bonus or deduction events of a year (加分、扣分事项): how many times the item happened.
    /// Rows for the same zone, year and item add up.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="year">The year, 1900–2200.</param>
    /// <param name="item">The scheme's bonus or deduction item.</param>
    /// <param name="count">How many times; zero or more.</param>
    /// <param name="at">Where it came from.</param>
    /// <returns>This builder.</returns>
    public ZoneDataBuilder Event(string zone, int year, string item, int count, DataSource at = default)
    {
        Zone(zone);
        Guard.Against.NullOrWhiteSpace(item);
        if (!YearInRange(year, at))
        {
            return this;
        }
        if (count < 0)
        {
            Problem(at, "DA1005",
                $"the event count of '{W(item)}' for zone '{W(zone)}' is {count.ToString(CultureInfo.InvariantCulture)}: a count is zero or more",
                $"开发区“{W(zone)}”的事项“{W(item)}”次数为{count.ToString(CultureInfo.InvariantCulture)}：次数不能为负");
            return this;
        }
        events.Add(new DataEvent(zone, year, item, count, at));
        return this;
    }

    /// <summary>Gives a veto that applies to a zone in a year (一票否决).</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="year">The year, 1900–2200.</param>
    /// <param name="item">The scheme's veto item.</param>
    /// <param name="reason">The reason as stated.</param>
    /// <param name="at">Where it came from.</param>
    /// <returns>This builder.</returns>
    public ZoneDataBuilder Veto(string zone, int year, string item, string reason, DataSource at = default)
    {
        Zone(zone);
        Guard.Against.NullOrWhiteSpace(item);
        Guard.Against.Null(reason);
        if (YearInRange(year, at))
        {
            vetoes.Add(new DataVeto(zone, year, item, reason, at));
        }
        return this;
    }

    /// <summary>Gives one firm or project record of a zone in a year (企业、项目记录), in the record set <paramref name="set"/>.
    /// The same key twice in one zone, year and set is an error (<c>DA1006</c>): it would be counted twice.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="year">The year, 1900–2200.</param>
    /// <param name="set">The record set's name (企业、项目).</param>
    /// <param name="record">The record.</param>
    /// <param name="at">Where it came from.</param>
    /// <returns>This builder.</returns>
    public ZoneDataBuilder Record(string zone, int year, string set, RuleRecord record, DataSource at = default)
    {
        Zone(zone);
        Guard.Against.NullOrWhiteSpace(set);
        Guard.Against.Null(record);
        if (YearInRange(year, at))
        {
            records.Add(new DataRecord(zone, year, set, record, at));
        }
        return this;
    }

    /// <summary>Builds the data (构建): every problem found, at its place, and the data when there is no error.</summary>
    /// <returns>The data, or <see langword="null"/> with the errors.</returns>
    public Outcome<ZoneData> Build()
    {
        var diagnostics = new List<Diagnostic>(problems);
        var years = Years();
        var yearCount = years.Length;
        var slot = new int[MaxYear - MinYear + 1];
        for (var y = 0; y < yearCount; y++)
        {
            slot[years[y] - MinYear] = y;
        }
        var cells = zones.Count * yearCount;
        var values = new double[indicators.Count][];
        var entries = new int[indicators.Count][];
        for (var i = 0; i < indicators.Count; i++)
        {
            values[i] = new double[cells];
            Array.Fill(values[i], double.NaN);
            entries[i] = new int[cells];
        }
        var errors = diagnostics.Count(d => d.IsError);
        if (!Loose)
        {
            Spread(slot, yearCount, values, entries);
        }
        for (var e = 0; Loose && e < count; e++)
        {
            var i = entryIndicator[e];
            var cell = entryZone[e] * yearCount + slot[entryYear[e] - MinYear];
            var first = entries[i][cell] - 1;
            if (first < 0)
            {
                entries[i][cell] = e + 1;
                values[i][cell] = entryValue[e];
            }
            else if (!SameEntry(first, e) && errors++ < MaxErrors)
            {
                diagnostics.Add(Conflict(first, e));
            }
        }
        if (errors > MaxErrors)
        {
            diagnostics.Add(Diagnostic.Unplaced("DA1009",
                $"{(errors - MaxErrors).ToString(CultureInfo.InvariantCulture)} more conflicting values are not listed",
                $"另有{(errors - MaxErrors).ToString(CultureInfo.InvariantCulture)}处冲突的数值未列出"));
        }
        diagnostics.AddRange(RecordKeysTwice());
        if (diagnostics.Any(d => d.IsError))
        {
            return new Outcome<ZoneData>(null, diagnostics);
        }
        // The entry arrays are shared, not copied: the data reads entries below count only, and the builder only ever
        // writes at count and beyond (a value given after Build is the builder's, not the data's).
        var columns = new ZoneDataColumns(values, entries, entryUnit, entrySource, entryLine, entryColumn, [.. units], [.. sources]);
        var data = new ZoneData(columns, [.. zones], years, [.. indicators],
            [.. attributes.Select(a => a.ToFrozenDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal))],
            [.. targets], SummedEvents(), [.. vetoes], [.. records]);
        return new Outcome<ZoneData>(data, diagnostics);
    }

    private int[] Years()
    {
        var seen = new bool[MaxYear - MinYear + 1];
        for (var e = 0; Loose && e < count; e++)
        {
            seen[entryYear[e] - MinYear] = true;
        }
        for (var y = 0; !Loose && y < yearSlot.Length; y++)
        {
            seen[y] |= yearSlot[y] >= 0;
        }
        foreach (var year in targets.Select(t => t.Year).Concat(events.Select(e => e.Year)).Concat(vetoes.Select(v => v.Year))
            .Concat(records.Select(r => r.Year)))
        {
            seen[year - MinYear] = true;
        }
        return [.. Enumerable.Range(MinYear, seen.Length).Where(y => seen[y - MinYear])];
    }

    private DataEvent[] SummedEvents()
    {
        var sums = new Dictionary<(string Zone, int Year, string Item), DataEvent>();
        foreach (var e in events)
        {
            var key = (e.Zone, e.Year, e.Item);
            sums[key] = sums.TryGetValue(key, out var known) ? known with { Count = checked(known.Count + e.Count) } : e;
        }
        return [.. sums.Values];
    }

    private IEnumerable<Diagnostic> RecordKeysTwice()
    {
        var seen = new Dictionary<(string Zone, int Year, string Set, string Key), DataSource>();
        foreach (var r in records)
        {
            if (!seen.TryAdd((r.Zone, r.Year, r.Set, r.Record.Key), r.At))
            {
                var first = seen[(r.Zone, r.Year, r.Set, r.Record.Key)];
                yield return At(r.At, "DA1006", DiagnosticSeverity.Error,
                    $"the record '{W(r.Record.Key)}' of set '{W(r.Set)}' is given twice for zone '{W(r.Zone)}' in {Year(r.Year)}, first {Place(first, english: true)}",
                    $"开发区“{W(r.Zone)}”{Year(r.Year)}年的{W(r.Set)}记录“{W(r.Record.Key)}”重复，首次见{Place(first, english: false)}");
            }
        }
    }

    private bool SameEntry(int a, int b) =>
        entryValue[a].Equals(entryValue[b]) && entryUnit[a] == entryUnit[b];

    private Diagnostic Conflict(int first, int second)
    {
        var zone = zones[entryZone[second]];
        var indicator = indicators[entryIndicator[second]];
        var firstAt = SourceOf(first);
        return At(SourceOf(second), "DA1003", DiagnosticSeverity.Error,
            $"'{W(indicator)}' of zone '{W(zone)}' in {Year(entryYear[second])} is {ValueText(second)} here but {ValueText(first)} {Place(firstAt, english: true)}",
            $"开发区“{W(zone)}”{Year(entryYear[second])}年的“{W(indicator)}”此处为{ValueText(second)}，但{Place(firstAt, english: false)}为{ValueText(first)}");
    }

    private string ValueText(int entry) =>
        (double.IsNaN(entryValue[entry]) ? "—" : NumberText.Format(entryValue[entry])) + (entryUnit[entry] < 0 ? string.Empty : units[entryUnit[entry]]);

    private DataSource SourceOf(int entry) =>
        new(entrySource[entry] < 0 ? null : sources[entrySource[entry]], entryLine[entry], entryColumn[entry]);

    private int Zone(string zone)
    {
        if (ReferenceEquals(zone, lastZone))
        {
            return lastZoneIndex;
        }
        Guard.Against.NullOrWhiteSpace(zone);
        if (!zoneIndex.TryGetValue(zone, out var z))
        {
            z = zones.Count;
            zoneIndex.Add(zone, z);
            zones.Add(zone);
            attributes.Add(new Dictionary<string, (string, DataSource)>(StringComparer.Ordinal));
        }
        lastZone = zone;
        lastZoneIndex = z;
        return z;
    }

    private int Indicator(string indicator)
    {
        if (ReferenceEquals(indicator, lastIndicator))
        {
            return lastIndicatorIndex;
        }
        Guard.Against.NullOrWhiteSpace(indicator);
        var i = Index(indicatorIndex, indicators, indicator);
        lastIndicator = indicator;
        lastIndicatorIndex = i;
        return i;
    }

    private static int Index(Dictionary<string, int> index, List<string> names, string name)
    {
        if (!index.TryGetValue(name, out var i))
        {
            i = names.Count;
            index.Add(name, i);
            names.Add(name);
        }
        return i;
    }

    private bool YearInRange(int year, DataSource at)
    {
        if (year is >= MinYear and <= MaxYear)
        {
            return true;
        }
        Problem(at, "DA1002", $"the year {Year(year)} is outside 1900–2200", $"年份{Year(year)}不在1900–2200之间");
        return false;
    }

    private bool Finite(double? value, DataSource at, string indicator)
    {
        if (value is not { } v || double.IsFinite(v))
        {
            return true;
        }
        Problem(at, "DA1001",
            $"the value of '{W(indicator)}' is not a finite number ({v.ToString(CultureInfo.InvariantCulture)}): a missing value is not a number, give it as missing",
            $"“{W(indicator)}”的数值不是有限数（{v.ToString(CultureInfo.InvariantCulture)}）：缺失值请留空，不要写成数");
        return false;
    }

    private void Problem(DataSource at, string code, string message, string chineseMessage)
    {
        if (problems.Count < MaxErrors)
        {
            problems.Add(At(at, code, DiagnosticSeverity.Error, message, chineseMessage));
        }
    }

    private void Grow() => Resize(entryValue.Length * 2);

    private void Resize(int size)
    {
        if (Loose)
        {
            ResizePlaces(size);
        }
        Array.Resize(ref entryValue, size);
        Array.Resize(ref entryUnit, size);
        Array.Resize(ref entrySource, size);
        Array.Resize(ref entryLine, size);
        Array.Resize(ref entryColumn, size);
    }

    /// <summary>Room in the arrays of each value's zone, indicator and year (left small while only PutValue gives values).</summary>
    private void ResizePlaces(int size)
    {
        Array.Resize(ref entryZone, size);
        Array.Resize(ref entryIndicator, size);
        Array.Resize(ref entryYear, size);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string W(string text) => Diagnostic.Window(text);

    /// <summary>A diagnostic at a datum's place (its file, line and column), or without a place.</summary>
    internal static Diagnostic At(DataSource at, string code, DiagnosticSeverity severity, string message, string chineseMessage) =>
        Diagnostic.AtLine(code, severity, message, chineseMessage, at.Source, at.Line, at.Column);

    /// <summary>A place as a message names it: "at data.csv(3,2)" / "于data.csv第3行第2列"; "elsewhere" / "别处" without one.</summary>
    internal static string Place(DataSource at, bool english)
    {
        var name = at.Source ?? Diagnostic.TextSourceName;
        return (at.Line > 0, english) switch
        {
            (true, true) => "at " + at,
            (true, false) => string.Create(CultureInfo.InvariantCulture, $"{W(name)}第{at.Line}行第{at.Column}列"),
            (false, true) => at.Source is null ? "elsewhere" : "in " + W(at.Source),
            _ => at.Source is null ? "别处" : W(at.Source),
        };
    }
}
