using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Indicators.Bulk;

/// <summary>One cell a CSV row gives: its zone and indicator as <see cref="BulkCsvCells"/> keys, the calendar year, actual
/// or target, and the value in the indicator's unit (NaN for missing).</summary>
internal readonly record struct BulkCsvCell(int Zone, int Indicator, int Year, bool IsTarget, double Value);

/// <summary>
/// The cells of a CSV load, added in line order: the rules of <see cref="BulkCellCollector"/> (zones and indicators in
/// order of first cell, the same bounds, the same duplicate and weight checks) over integer keys, with the cells written
/// straight into what become the dataset's arrays. A cell not given yet holds a NaN of its own, one given as missing the
/// runtime's NaN (which the first becomes when the dataset is built), so the arrays say which cells were given: no dictionary of cells,
/// and no line kept per cell. A duplicate's first line is then found by reading the text again (<see cref="StartFinding"/>),
/// or, where the text cannot be read twice (a <see cref="TextReader"/>), kept per cell as the cells are added.
/// </summary>
/// <remarks>Names are interned here by every parsing thread (under a lock: only a name not seen before by a thread reaches
/// it); the cells are added by one thread, in line order, so first-seen rules and diagnostics come out as the rows are
/// written.</remarks>
internal sealed class BulkCsvCells
{
    internal enum Verdict
    {
        Added,
        Bound,
        Duplicate,
        NoWeight,
    }

    /// <summary>A cell not given while cells are added: a NaN with a payload no arithmetic makes (a cell given as
    /// missing holds the runtime's NaN, which every missing value is in the dataset). Constants, not static fields: the
    /// methods that read them are jitted optimised at once, before the class need be initialised.</summary>
    private const long NotGivenBits = 0x7FF8_0000_0000_0A11;

    /// <summary>The not-given mark as a double, to fill a zone's cells with.</summary>
    private static double NotGiven => BitConverter.Int64BitsToDouble(NotGivenBits);

    /// <summary>The runtime's NaN (<see cref="double.NaN"/>), what a cell not given becomes in the dataset.</summary>
    internal const long MissingBits = unchecked((long)0xFFF8_0000_0000_0000);

    private readonly object gate = new();
    private readonly Dictionary<string, int> zoneKeys = new(StringComparer.Ordinal);
    private readonly List<string> zoneNames = [];
    private readonly Dictionary<string, int> indicatorKeys = new(StringComparer.Ordinal);
    private readonly List<IndicatorDefinition> indicatorDefinitions = [];

    // The dataset's shape so far, touched only by the thread that adds cells.
    private int[] zoneIndex = [];
    private readonly List<string> zoneOrder = [];
    private int[] indicatorIndex = [];
    private readonly List<IndicatorDefinition> indicatorOrder = [];
    private readonly double[]? weights;
    private int minYear = int.MaxValue;
    private int maxYear = int.MinValue;
    private int count;
    private (bool YearSpan, string Code, string Reason, string ChineseReason) bound;

    // The cells, zone after zone in the dataset's own layout — indicator-major, then year — each zone a stride of
    // `slots` indicators × `span` years from `firstSlotYear`, so that when the shape ends exact (it does once the first
    // zone has named every indicator and year, as in a file written zone by zone) the arrays are the dataset's: written
    // once, never copied. Zone slots beyond the zones added are allocated and not touched (no page is mapped for them).
    private double[] actual = [];
    private double[] target = [];

    // The line that gave each cell's actual value and target (0: none yet; line 1 is the header), kept only when the
    // text cannot be read again to find a duplicate's first line: a third of the store's memory and page faults.
    private readonly bool keepLines;
    private int[] actualLines = [];
    private int[] targetLines = [];

    // The duplicates reported with their first line still to find; while the text is read again, the first lines found
    // and the lines that added no cell (every line with a diagnostic), which are not read.
    private readonly List<(int Index, BulkCsvCell Cell, int Line)> unnamed = [];
    private List<Diagnostic> unnamedIn = [];
    private Dictionary<(int Zone, int Indicator, int Year, bool IsTarget), int>? firstLines;
    private HashSet<int>? skipped;
    private int lastUnnamedLine;
    private int zoneSlots;
    private int slots;
    private int firstSlotYear;
    private int span;

    /// <param name="catalog">The catalogue that resolves indicators.</param>
    /// <param name="weights">Optional weights by indicator code or name, fixing the indicators and their order.</param>
    /// <param name="paramName">The caller's name for <paramref name="weights"/>.</param>
    /// <param name="keepLines">Whether to keep the line of every cell (a text read once); otherwise a duplicate's first
    /// line is found by <see cref="StartFinding"/>.</param>
    internal BulkCsvCells(IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights, string paramName, bool keepLines)
    {
        Catalog = catalog;
        this.keepLines = keepLines;
        var weighted = BulkCellCollector.Resolve(weights, key => BulkCellCollector.Lookup(catalog, key), paramName);
        if (weighted is null)
        {
            return;
        }
        BulkCellCollector.CheckWeighted(weighted);
        this.weights = new double[weighted.Count];
        for (int i = 0; i < weighted.Count; i++)
        {
            int key = IndicatorKey(weighted[i].Item1);
            Grow(ref indicatorIndex, key);
            indicatorIndex[key] = i;
            indicatorOrder.Add(weighted[i].Item1);
            this.weights[i] = weighted[i].Item2;
        }
    }

    internal IndicatorCatalog Catalog { get; }

    /// <summary>The text's length in bytes, when known (0 if not): with <see cref="Progress"/>, how many zones to make room for.</summary>
    internal long Size { get; init; }

    /// <summary>Where in the text the row being added starts, in bytes: set by the loader before a <see cref="TryAdd"/> that
    /// may add a zone (a row whose zone is not the row before's), and read only then.</summary>
    internal long Progress { get; set; }

    /// <summary>Whether duplicates were reported without their first line: the text is to be read again, its cells handed
    /// to <see cref="TryAdd"/> between <see cref="StartFinding"/> and <see cref="NameFirstLines"/>.</summary>
    internal bool Unnamed => unnamed.Count > 0;

    /// <summary>Whether every first line looked for is behind the reading: the rest of the text need not be read.</summary>
    internal bool Found { get; private set; }

    /// <summary>Starts reading the text again for the first lines of the duplicates reported without them; the lines
    /// of <paramref name="errors"/> (those of the first reading) added no cell and are skipped.</summary>
    internal void StartFinding(IEnumerable<Diagnostic> errors)
    {
        skipped = errors.Select(e => e.Line).ToHashSet();
        firstLines = [];
        foreach (var (_, cell, line) in unnamed)
        {
            firstLines.TryAdd(Key(cell), 0);
            lastUnnamedLine = Math.Max(lastUnnamedLine, line);
        }
        Found = false;
    }

    /// <summary>Ends the second reading: each duplicate's diagnostic is made again with the line found (or left saying "an
    /// earlier line" if the text read again did not give it, as a file changed in between would not).</summary>
    internal void NameFirstLines()
    {
        foreach (var (index, cell, _) in unnamed)
        {
            if (firstLines!.TryGetValue(Key(cell), out int first) && first > 0)
            {
                var (english, chinese) = DuplicateMessages(cell, first);
                unnamedIn[index] = unnamedIn[index].WithMessages(english, chinese);
            }
        }
        unnamed.Clear();
        (firstLines, skipped) = (null, null);
    }

    /// <summary>Whether lines are being skipped (the text is being read again); <see cref="Skips"/> is false otherwise.</summary>
    internal bool Skipping => skipped is not null;

    /// <summary>Whether the line is not to be read again: it added no cell the first time.</summary>
    internal bool Skips(int line) => skipped is not null && skipped.Contains(line);

    /// <summary>A duplicate's messages: already given on <paramref name="firstLine"/>, or on an earlier line (0).</summary>
    private (string English, string Chinese) DuplicateMessages(in BulkCsvCell cell, int firstLine)
    {
        string zone = ZoneName(cell.Zone);
        var indicator = Indicator(cell.Indicator);
        string where = firstLine > 0 ? string.Create(CultureInfo.InvariantCulture, $"on line {firstLine}") : "on an earlier line";
        string chineseWhere = firstLine > 0 ? string.Create(CultureInfo.InvariantCulture, $"第 {firstLine} 行") : "前面的行";
        return (string.Create(CultureInfo.InvariantCulture,
            $"duplicate cell: zone {TextExcerpt.Quote(zone)}, indicator {indicator.Code}, year {cell.Year}, {(cell.IsTarget ? "target" : "actual")} was already given {where}"),
            string.Create(CultureInfo.InvariantCulture,
            $"单元格重复：开发区 {TextExcerpt.Quote(zone)}、指标 {indicator.Code}、{cell.Year}年的{(cell.IsTarget ? "目标" : "实际")}值已在{chineseWhere}给出"));
    }

    private static (int, int, int, bool) Key(in BulkCsvCell cell) => (cell.Zone, cell.Indicator, cell.Year, cell.IsTarget);

    /// <summary>A cell of the text read again (from a line that added it the first time: the others are skipped): its
    /// line is the cell's first if the cell is looked for and none was seen before it.</summary>
    private void See(in BulkCsvCell cell, int line)
    {
        if (line >= lastUnnamedLine)
        {
            Found = true;
            return;
        }
        if (firstLines!.TryGetValue(Key(cell), out int first) && first == 0)
        {
            firstLines[Key(cell)] = line;
        }
    }

    /// <summary>The key of a zone's (normalised) name; any thread.</summary>
    internal int ZoneKey(string zone)
    {
        lock (gate)
        {
            if (!zoneKeys.TryGetValue(zone, out int key))
            {
                key = zoneNames.Count;
                zoneKeys.Add(zone, key);
                zoneNames.Add(zone);
            }
            return key;
        }
    }

    /// <summary>The key of an indicator, by code; any thread.</summary>
    internal int IndicatorKey(IndicatorDefinition indicator)
    {
        lock (gate)
        {
            if (!indicatorKeys.TryGetValue(indicator.Code, out int key))
            {
                key = indicatorDefinitions.Count;
                indicatorKeys.Add(indicator.Code, key);
                indicatorDefinitions.Add(indicator);
            }
            return key;
        }
    }

    /// <summary>The indicator of a key; any thread.</summary>
    internal IndicatorDefinition Indicator(int key)
    {
        lock (gate)
        {
            return indicatorDefinitions[key];
        }
    }

    /// <summary>Adds a cell given on <paramref name="line"/>, in line order: the bound, weight and duplicate checks of
    /// <see cref="BulkCellCollector"/>, in its order. On a refusal nothing changes, and <see cref="Report"/> says why.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Verdict TryAdd(in BulkCsvCell cell, int line, out int firstLine)
    {
        // The usual cell first, in a few tests: of a zone and an indicator already added, in the years so far (so inside
        // the shape and the bounds), not given yet, the text read once and no line kept. Anything else takes every check.
        int zoneKey = cell.Zone, indicatorKey = cell.Indicator, year = cell.Year;
        if (firstLines is null && !keepLines && (uint)zoneKey < (uint)zoneIndex.Length && (uint)indicatorKey < (uint)indicatorIndex.Length
            && year >= minYear && year <= maxYear)
        {
            int z = zoneIndex[zoneKey], i = indicatorIndex[indicatorKey];
            if ((z | i) >= 0)
            {
                ref double slot = ref (cell.IsTarget ? target : actual)[Index(z, i, year)];
                if (BitConverter.DoubleToInt64Bits(slot) == NotGivenBits)
                {
                    slot = Stored(cell.Value);
                    count++;
                    firstLine = 0;
                    return Verdict.Added;
                }
            }
        }
        return Add(cell, line, out firstLine);
    }

    /// <summary>Where a cell of zone slot <paramref name="z"/>, indicator slot <paramref name="i"/> and <paramref name="year"/>
    /// is in the arrays (the year inside the slots).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Index(int z, int i, int year) => (z * slots * span) + (i * span) + (year - firstSlotYear);

    /// <summary>A value as the arrays hold it: any NaN (a cell given as missing) as the runtime's, never the not-given mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Stored(double value) => double.IsNaN(value) ? double.NaN : value;

    private Verdict Add(in BulkCsvCell cell, int line, out int firstLine)
    {
        firstLine = 0;
        if (firstLines is not null)
        {
            See(cell, line);
            return Verdict.Added;
        }
        int zoneKey = cell.Zone, indicatorKey = cell.Indicator, year = cell.Year;
        Grow(ref zoneIndex, zoneKey);
        Grow(ref indicatorIndex, indicatorKey);
        int z = zoneIndex[zoneKey], i = indicatorIndex[indicatorKey];
        int indicatorCount = indicatorOrder.Count + (weights is null && i < 0 ? 1 : 0);
        // A cell inside the shape so far leaves the shape's cell count as it was when it last passed, and the bound only
        // grows with the count: the check can only fail on a new zone, indicator or year.
        if ((z < 0 || i < 0 || year < minYear || year > maxYear) && BulkCellCollector.BoundProblem(zoneOrder.Count + (z < 0 ? 1 : 0), indicatorCount,
            Math.Min(minYear, year), Math.Max(maxYear, year), year, count) is { } problem)
        {
            bound = problem;
            return Verdict.Bound;
        }
        if (i < 0)
        {
            if (weights is not null)
            {
                return Verdict.NoWeight;
            }
            i = indicatorIndex[indicatorKey] = indicatorOrder.Count;
            indicatorOrder.Add(Indicator(indicatorKey));
        }
        if (i >= slots || year < firstSlotYear || year >= firstSlotYear + span)
        {
            Reshape(i, year);
        }
        int stride = slots * span;
        if (z < 0)
        {
            z = zoneOrder.Count;
            if (z == zoneSlots)
            {
                MakeRoom(z + 1);
            }
            zoneIndex[zoneKey] = z;
            zoneOrder.Add(ZoneName(zoneKey));
            actual.AsSpan(z * stride, stride).Fill(NotGiven);
            target.AsSpan(z * stride, stride).Fill(NotGiven);
            if (keepLines)
            {
                actualLines.AsSpan(z * stride, stride).Clear();
                targetLines.AsSpan(z * stride, stride).Clear();
            }
        }
        int k = Index(z, i, year);
        var values = cell.IsTarget ? target : actual;
        if (BitConverter.DoubleToInt64Bits(values[k]) != NotGivenBits)
        {
            firstLine = keepLines ? (cell.IsTarget ? targetLines : actualLines)[k] : 0;
            return Verdict.Duplicate;
        }
        if (keepLines)
        {
            (cell.IsTarget ? targetLines : actualLines)[k] = line;
        }
        values[k] = Stored(cell.Value);
        count++;
        minYear = Math.Min(minYear, year);
        maxYear = Math.Max(maxYear, year);
        return Verdict.Added;
    }

    /// <summary>The diagnostic of a refused cell, with <see cref="BulkCellCollector"/>'s codes and texts; a duplicate
    /// whose first line is not known (0) says "an earlier line" until <see cref="NameFirstLines"/> names it.</summary>
    internal void Report(BulkCsv.Row row, Verdict verdict, in BulkCsvCell cell, int firstLine)
    {
        if (verdict == Verdict.Duplicate && firstLine == 0)
        {
            // Every row of a load reports into one list.
            unnamedIn = row.Errors;
            unnamed.Add((row.ErrorCount, cell, row.Record.Line));
        }
        switch (verdict)
        {
            case Verdict.Bound when bound.YearSpan:
                row.Fail(BulkCsv.Period, bound.Code, bound.Reason, bound.ChineseReason);
                break;
            case Verdict.Bound:
                row.Whole(bound.Code, bound.Reason, bound.ChineseReason);
                break;
            case Verdict.Duplicate:
                var (english, chinese) = DuplicateMessages(cell, firstLine);
                row.Whole(BulkCellCollector.DuplicateCode, english, chinese);
                break;
            case Verdict.NoWeight:
                var unweighted = Indicator(cell.Indicator);
                row.Fail(BulkCsv.Indicator, BulkCellCollector.NoWeightCode, $"indicator {unweighted.Code} has no weight among those given", $"所给权重中没有指标 {unweighted.Code} 的权重");
                break;
        }
    }

    /// <summary>The dataset, or null when no cell was added. The store's arrays become the dataset's; only a shape left
    /// wider than the dataset's (an indicator or year first seen after the first zone) is closed up first, in place.</summary>
    internal BulkDataset? Build()
    {
        if (count == 0)
        {
            return null;
        }
        int indicatorCount = indicatorOrder.Count, yearCount = maxYear - minYear + 1, zones = zoneOrder.Count;
        double[] w = weights is not null ? [.. weights] : Enumerable.Repeat(100.0 / indicatorCount, indicatorCount).ToArray();
        var polarities = indicatorOrder.Select(d => d.Polarity).ToArray();
        int cellCount = zones * indicatorCount * yearCount;
        if (slots != indicatorCount || span != yearCount)
        {
            // Each row moves to an index no larger than its own, and rows are moved in order: no row is overwritten
            // before it is read (CopyTo moves overlapping ranges correctly).
            int stride = slots * span, offset = minYear - firstSlotYear;
            for (int z = 0; z < zones; z++)
            {
                for (int i = 0; i < indicatorCount; i++)
                {
                    int from = (z * stride) + (i * span) + offset, to = ((z * indicatorCount) + i) * yearCount;
                    actual.AsSpan(from, yearCount).CopyTo(actual.AsSpan(to));
                    target.AsSpan(from, yearCount).CopyTo(target.AsSpan(to));
                }
            }
        }
        if (count < 2L * cellCount)
        {
            // Cells not given are missing, the runtime's NaN as every missing value is. (A file that gives every cell,
            // actual and target, leaves none: no pass over the arrays.)
            MemoryMarshal.Cast<double, long>(actual.AsSpan(0, cellCount)).Replace(NotGivenBits, MissingBits);
            MemoryMarshal.Cast<double, long>(target.AsSpan(0, cellCount)).Replace(NotGivenBits, MissingBits);
        }
        var cells = (actual, target);
        (actual, target, actualLines, targetLines) = ([], [], [], []);
        // Room made for zones that never came is not kept by the dataset when it is more than a quarter of it: those
        // pages were never touched, but the runtime counts them.
        if (cells.actual.Length - cellCount > cellCount / 4)
        {
            cells = (cells.actual[..cellCount], cells.target[..cellCount]);
        }
        return new BulkDataset(zones, w, polarities, yearCount, minYear,
            indicatorOrder.Select(d => d.Code).ToArray(), zoneOrder, cells);
    }

    private string ZoneName(int key)
    {
        lock (gate)
        {
            return zoneNames[key];
        }
    }

    /// <summary>
    /// Widens every zone's stride to hold indicator slot <paramref name="indicator"/> and <paramref name="year"/>. Exact
    /// while the first zone is read (so that a file written zone by zone ends in the dataset's own layout); later, with
    /// room to spare (twice the indicators, half again the years on the side that grew), so that a file written
    /// year by year or indicator by indicator widens a few times, not once per year or indicator.
    /// </summary>
    private void Reshape(int indicator, int year)
    {
        bool first = zoneOrder.Count <= 1 || span == 0;
        int lastSlotYear = span == 0 ? year : firstSlotYear + span - 1;
        int newSlots = Math.Max(slots, indicator + 1);
        int low = Math.Min(year, span == 0 ? year : firstSlotYear), high = Math.Max(year, lastSlotYear);
        if (!first)
        {
            if (weights is null && indicator >= slots)
            {
                newSlots = Math.Max(newSlots, 2 * slots);
            }
            // Never wider than the years a load may span (they are bounded by the years added, the window by this).
            if (year < firstSlotYear)
            {
                low = Math.Min(year, Math.Max(year - (span / 2), high - BulkCellCollector.MaxYearSpan + 1));
            }
            if (year > lastSlotYear)
            {
                high = Math.Max(year, Math.Min(year + (span / 2), low + BulkCellCollector.MaxYearSpan - 1));
            }
        }
        if (weights is not null)
        {
            newSlots = Math.Max(newSlots, weights.Length);
        }
        // The room kept, but for no more zones than the bounds admit at the dataset's shape now.
        long room = Math.Max(1, Math.Max(zoneOrder.Count, Math.Min(zoneSlots, AllowedZones())));
        if (room * newSlots * (high - low + 1) > Array.MaxLength && count > 0)
        {
            // Room to spare would not fit one array: the exact shape does (the bounds hold the cells to Array.MaxLength).
            (newSlots, low, high, room) = (indicatorOrder.Count, Math.Min(year, minYear), Math.Max(year, maxYear), Math.Max(1, zoneOrder.Count));
        }
        Relayout((int)room, newSlots, low, high - low + 1);
    }

    /// <summary>How many zones the bounds let the rows so far have at the dataset's shape now (indicators × years).</summary>
    private long AllowedZones()
    {
        long allowed = Math.Min(Array.MaxLength, Math.Max(BulkCellCollector.CellsFloor, BulkCellCollector.CellsPerRow * (count + 1L)));
        return count == 0 ? 1 : allowed / ((long)indicatorOrder.Count * (maxYear - minYear + 1));
    }

    /// <summary>Room for at least <paramref name="zones"/> zones: as many as the text's size says are coming (the zones so
    /// far per byte read), at least twice as many as now and at most 64 times (a guess too high costs pages never touched;
    /// each step up leaves the arrays before it, touched, as garbage: on the large workload 16 → 1,024 → 30,600); and no
    /// more zones than the bounds admit (sparse rows, each with a new zone and indicator).</summary>
    private void MakeRoom(int zones)
    {
        long guess = Size > 0 && Progress > 0 ? (long)(zoneOrder.Count * (double)Size / Progress * 1.02) + 1 : 0;
        long room = Math.Clamp(guess, Math.Max(16, 2L * zoneSlots), 64L * Math.Max(zoneSlots, 16));
        room = Math.Max(zones, Math.Min(Math.Min(room, AllowedZones()), Array.MaxLength / (slots * span)));
        Relayout((int)room, slots, firstSlotYear, span);
    }

    /// <summary>New arrays for <paramref name="zoneRoom"/> zones of the given stride, the zones added so far copied in (the
    /// part of each that both shapes hold: the cells given always are).</summary>
    private void Relayout(int zoneRoom, int newSlots, int newFirstYear, int newSpan)
    {
        int oldStride = slots * span, stride = newSlots * newSpan, zones = zoneOrder.Count;
        int length = checked(zoneRoom * stride);
        // Uninitialised: a zone's cells are filled when it is added, so the pages of zones still to come stay untouched.
        var (newActual, newTarget) = (GC.AllocateUninitializedArray<double>(length), GC.AllocateUninitializedArray<double>(length));
        var (newActualLines, newTargetLines) = keepLines ? (GC.AllocateUninitializedArray<int>(length), GC.AllocateUninitializedArray<int>(length)) : ([], []);
        if (newSlots == slots && newSpan == span && newFirstYear == firstSlotYear)
        {
            actual.AsSpan(0, zones * stride).CopyTo(newActual);
            target.AsSpan(0, zones * stride).CopyTo(newTarget);
            if (keepLines)
            {
                actualLines.AsSpan(0, zones * stride).CopyTo(newActualLines);
                targetLines.AsSpan(0, zones * stride).CopyTo(newTargetLines);
            }
        }
        else
        {
            int low = Math.Max(firstSlotYear, newFirstYear), years = Math.Min(firstSlotYear + span, newFirstYear + newSpan) - low;
            for (int z = 0; z < zones; z++)
            {
                newActual.AsSpan(z * stride, stride).Fill(NotGiven);
                newTarget.AsSpan(z * stride, stride).Fill(NotGiven);
                if (keepLines)
                {
                    newActualLines.AsSpan(z * stride, stride).Clear();
                    newTargetLines.AsSpan(z * stride, stride).Clear();
                }
                for (int i = 0; i < Math.Min(slots, newSlots) && years > 0; i++)
                {
                    int from = (z * oldStride) + (i * span) + (low - firstSlotYear), to = (z * stride) + (i * newSpan) + (low - newFirstYear);
                    actual.AsSpan(from, years).CopyTo(newActual.AsSpan(to));
                    target.AsSpan(from, years).CopyTo(newTarget.AsSpan(to));
                    if (keepLines)
                    {
                        actualLines.AsSpan(from, years).CopyTo(newActualLines.AsSpan(to));
                        targetLines.AsSpan(from, years).CopyTo(newTargetLines.AsSpan(to));
                    }
                }
            }
        }
        (actual, target, actualLines, targetLines) = (newActual, newTarget, newActualLines, newTargetLines);
        (zoneSlots, slots, firstSlotYear, span) = (zoneRoom, newSlots, newFirstYear, newSpan);
    }

    private static void Grow(ref int[] index, int key)
    {
        if (key < index.Length)
        {
            return;
        }
        int old = index.Length;
        Array.Resize(ref index, Math.Max(key + 1, old * 2));
        index.AsSpan(old).Fill(-1);
    }
}
