using System.Globalization;

namespace Indicators.Bulk;

/// <summary>One cell a CSV row gives: its zone and indicator as <see cref="BulkCsvCells"/> keys, the calendar year, actual
/// or target, and the value in the indicator's unit (NaN for missing).</summary>
internal readonly record struct BulkCsvCell(int Zone, int Indicator, int Year, bool IsTarget, double Value);

/// <summary>
/// The cells of a CSV load, added in line order: the rules of <see cref="BulkCellCollector"/> (zones and indicators in
/// order of first cell, the same bounds, the same duplicate and weight checks) over integer keys, with each zone's cells
/// stored in place — a value and the line that gave it per cell, so a duplicate names the first line without a
/// dictionary of cells.
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

    /// <summary>One zone's cells: indicators × a window of years, a value and the line that gave it (0 for none) per cell.</summary>
    private sealed class ZoneCells(int indicators, int firstYear, int years)
    {
        internal readonly int Indicators = indicators;
        internal readonly int FirstYear = firstYear;
        internal readonly int Years = years;
        internal readonly double[] Actual = Filled(indicators * years);
        internal readonly double[] Target = Filled(indicators * years);

        /// <summary>The line of each cell's value, actual then target per cell; 0 while the cell is empty (line 1 is the header).</summary>
        internal readonly int[] Lines = GC.AllocateArray<int>(indicators * years * 2, pinned: true);

        internal bool Holds(int indicator, int year) => indicator < Indicators && year >= FirstYear && year < FirstYear + Years;

        private static double[] Filled(int length)
        {
            // Pinned: the pinned heap is never compacted, so a gigabyte of zone cells is not copied from generation to generation.
            var values = GC.AllocateUninitializedArray<double>(length, pinned: true);
            values.AsSpan().Fill(double.NaN);
            return values;
        }
    }

    private readonly object gate = new();
    private readonly Dictionary<string, int> zoneKeys = new(StringComparer.Ordinal);
    private readonly List<string> zoneNames = [];
    private readonly Dictionary<string, int> indicatorKeys = new(StringComparer.Ordinal);
    private readonly List<IndicatorDefinition> indicatorDefinitions = [];

    // The dataset's shape so far, touched only by the thread that adds cells.
    private int[] zoneIndex = [];
    private readonly List<ZoneCells> zones = [];
    private readonly List<string> zoneOrder = [];
    private int[] indicatorIndex = [];
    private readonly List<IndicatorDefinition> indicatorOrder = [];
    private readonly double[]? weights;
    private int minYear = int.MaxValue;
    private int maxYear = int.MinValue;
    private int count;
    private (bool YearSpan, string Code, string Reason, string ChineseReason) bound;

    /// <param name="catalog">The catalogue that resolves indicators.</param>
    /// <param name="weights">Optional weights by indicator code or name, fixing the indicators and their order.</param>
    /// <param name="paramName">The caller's name for <paramref name="weights"/>.</param>
    internal BulkCsvCells(IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights, string paramName)
    {
        Catalog = catalog;
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
    internal Verdict TryAdd(in BulkCsvCell cell, int line, out int firstLine)
    {
        firstLine = 0;
        int zoneKey = cell.Zone, indicatorKey = cell.Indicator, year = cell.Year;
        Grow(ref zoneIndex, zoneKey);
        Grow(ref indicatorIndex, indicatorKey);
        int z = zoneIndex[zoneKey], i = indicatorIndex[indicatorKey];
        int indicatorCount = indicatorOrder.Count + (weights is null && i < 0 ? 1 : 0);
        if (BulkCellCollector.BoundProblem(zoneOrder.Count + (z < 0 ? 1 : 0), indicatorCount,
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
        if (z < 0)
        {
            z = zoneIndex[zoneKey] = zones.Count;
            zones.Add(Window(null, i, year));
            zoneOrder.Add(ZoneName(zoneKey));
        }
        var cells = zones[z];
        if (!cells.Holds(i, year))
        {
            cells = zones[z] = Window(cells, i, year);
        }
        int k = (i * cells.Years) + (year - cells.FirstYear);
        int l = (2 * k) + (cell.IsTarget ? 1 : 0);
        if (cells.Lines[l] != 0)
        {
            firstLine = cells.Lines[l];
            return Verdict.Duplicate;
        }
        cells.Lines[l] = line;
        (cell.IsTarget ? cells.Target : cells.Actual)[k] = cell.Value;
        count++;
        minYear = Math.Min(minYear, year);
        maxYear = Math.Max(maxYear, year);
        return Verdict.Added;
    }

    /// <summary>The diagnostic of a refused cell, with <see cref="BulkCellCollector"/>'s codes and texts.</summary>
    internal void Report(BulkCsv.Row row, Verdict verdict, in BulkCsvCell cell, int firstLine)
    {
        switch (verdict)
        {
            case Verdict.Bound when bound.YearSpan:
                row.Fail(BulkCsv.Period, bound.Code, bound.Reason, bound.ChineseReason);
                break;
            case Verdict.Bound:
                row.Whole(bound.Code, bound.Reason, bound.ChineseReason);
                break;
            case Verdict.Duplicate:
                string zone = ZoneName(cell.Zone);
                var indicator = Indicator(cell.Indicator);
                row.Whole(BulkCellCollector.DuplicateCode, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate cell: zone {TextExcerpt.Quote(zone)}, indicator {indicator.Code}, year {cell.Year}, {(cell.IsTarget ? "target" : "actual")} was already given on line {firstLine}"),
                    string.Create(CultureInfo.InvariantCulture,
                    $"单元格重复：开发区 {TextExcerpt.Quote(zone)}、指标 {indicator.Code}、{cell.Year}年的{(cell.IsTarget ? "目标" : "实际")}值已在第 {firstLine} 行给出"));
                break;
            case Verdict.NoWeight:
                var unweighted = Indicator(cell.Indicator);
                row.Fail(BulkCsv.Indicator, BulkCellCollector.NoWeightCode, $"indicator {unweighted.Code} has no weight among those given", $"所给权重中没有指标 {unweighted.Code} 的权重");
                break;
        }
    }

    /// <summary>The dataset, or null when no cell was added; each zone's cells are copied in and then let go.</summary>
    internal BulkDataset? Build()
    {
        if (count == 0)
        {
            return null;
        }
        int indicatorCount = indicatorOrder.Count, yearCount = maxYear - minYear + 1;
        double[] w = weights is not null ? [.. weights] : Enumerable.Repeat(100.0 / indicatorCount, indicatorCount).ToArray();
        var polarities = indicatorOrder.Select(d => d.Polarity).ToArray();
        long cellCount = (long)zones.Count * indicatorCount * yearCount;
        var actual = GC.AllocateUninitializedArray<double>(checked((int)cellCount));
        var target = GC.AllocateUninitializedArray<double>(checked((int)cellCount));
        actual.AsSpan().Fill(double.NaN);
        target.AsSpan().Fill(double.NaN);
        for (int z = 0; z < zones.Count; z++)
        {
            var cells = zones[z];
            for (int i = 0; i < cells.Indicators; i++)
            {
                int from = i * cells.Years, to = (((z * indicatorCount) + i) * yearCount) + (cells.FirstYear - minYear);
                cells.Actual.AsSpan(from, cells.Years).CopyTo(actual.AsSpan(to));
                cells.Target.AsSpan(from, cells.Years).CopyTo(target.AsSpan(to));
            }
            zones[z] = null!;
        }
        return new BulkDataset(zones.Count, w, polarities, yearCount, minYear,
            indicatorOrder.Select(d => d.Code).ToArray(), zoneOrder, (actual, target));
    }

    private string ZoneName(int key)
    {
        lock (gate)
        {
            return zoneNames[key];
        }
    }

    /// <summary>A zone's cells widened to hold indicator <paramref name="indicator"/> and <paramref name="year"/>: every
    /// indicator known and every year loaded so far, so that once the first zone is read later zones need no widening.</summary>
    private ZoneCells Window(ZoneCells? old, int indicator, int year)
    {
        int indicators = Math.Max(indicatorOrder.Count, indicator + 1);
        int first = Math.Min(year, minYear), last = Math.Max(year, maxYear);
        if (old is not null)
        {
            indicators = Math.Max(indicators, old.Indicators);
            first = Math.Min(first, old.FirstYear);
            last = Math.Max(last, old.FirstYear + old.Years - 1);
        }
        var cells = new ZoneCells(indicators, first, last - first + 1);
        if (old is not null)
        {
            for (int i = 0; i < old.Indicators; i++)
            {
                int from = i * old.Years, to = (i * cells.Years) + (old.FirstYear - first);
                old.Actual.AsSpan(from, old.Years).CopyTo(cells.Actual.AsSpan(to));
                old.Target.AsSpan(from, old.Years).CopyTo(cells.Target.AsSpan(to));
                old.Lines.AsSpan(2 * from, 2 * old.Years).CopyTo(cells.Lines.AsSpan(2 * to));
            }
        }
        return cells;
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
