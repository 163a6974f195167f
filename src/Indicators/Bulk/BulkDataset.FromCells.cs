using System.Globalization;

namespace Indicators.Bulk;

/// <summary>
/// Gathers loose cells (zone, indicator, year, actual or target, value in the indicator's unit)
/// into a <see cref="BulkDataset"/>: zones and indicators in order of first appearance (or the
/// weights' order when weights are given), years from the earliest to the latest seen. Shared by
/// the CSV loader and <see cref="BulkDatasetFactory.FromObservations"/> so both shape a dataset
/// the same way.
/// </summary>
internal sealed class BulkCellCollector
{
    internal enum AddResult
    {
        Added,
        Duplicate,
        NoWeight,
    }

    /// <summary>The codes of a cell refused by the dataset it would join, the same from CSV and from observations
    /// (docs/diagnostics.md): a cell given twice, an indicator without a weight, a year too far, too many cells, no cell at all.</summary>
    internal const string DuplicateCode = "BK3001", NoWeightCode = "BK3002", YearSpanCode = "BK3003", CellsCode = "BK3004", NoCellsCode = "BK3005";

    private readonly Dictionary<string, int> zones = new(StringComparer.Ordinal);
    private readonly List<string> zoneOrder = [];
    private readonly Dictionary<string, int> indicators = new(StringComparer.Ordinal);
    private readonly List<IndicatorDefinition> indicatorOrder = [];
    private readonly List<double> weights = [];
    private readonly bool fixedIndicators;
    private readonly List<(int Zone, int Indicator, int Year, bool IsTarget, double Value)> cells = [];
    private readonly Dictionary<(int Zone, int Indicator, int Year, bool IsTarget), int> seen = [];
    private int minYear = int.MaxValue;
    private int maxYear = int.MinValue;

    /// <param name="weighted">Indicators with their weights (权重), fixing the indicators and their order; null for every indicator seen, weighted equally.</param>
    internal BulkCellCollector(IReadOnlyList<(IndicatorDefinition Indicator, double Weight)>? weighted)
    {
        if (weighted is null)
        {
            return;
        }
        fixedIndicators = true;
        CheckWeighted(weighted);
        foreach (var (indicator, weight) in weighted)
        {
            indicators.Add(indicator.Code, indicatorOrder.Count);
            indicatorOrder.Add(indicator);
            weights.Add(weight);
        }
    }

    /// <summary>Refuses weights that name one indicator twice: the check of every bulk loader that takes weights.</summary>
    /// <exception cref="ArgumentException">An indicator is weighted twice.</exception>
    internal static void CheckWeighted(IReadOnlyList<(IndicatorDefinition Indicator, double Weight)> weighted)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (indicator, _) in weighted)
        {
            Guard.Against.False(codes.Add(indicator.Code), nameof(weighted), $"Indicator {indicator.Code} is given a weight twice.");
        }
    }

    /// <summary>Resolves weights given by indicator code or Chinese name against a catalogue, checking each.</summary>
    internal static IReadOnlyList<(IndicatorDefinition, double)>? Resolve(
        IEnumerable<KeyValuePair<string, double>>? weights, Func<string, IndicatorDefinition?> lookup, string paramName)
    {
        if (weights is null)
        {
            return null;
        }
        var resolved = new List<(IndicatorDefinition, double)>();
        foreach (var (key, weight) in weights)
        {
            Guard.Against.Null(key, paramName);
            var indicator = lookup(key) ?? throw new ArgumentException(
                $"Weight given for \"{key}\", which is neither a code nor a name of a known indicator.", paramName);
            Guard.Against.NotInRange(BulkDataset.IsWeight(weight), paramName, weight, $"The weight of {indicator.Code} must be {BulkDataset.WeightRule}; was {weight}.");
            resolved.Add((indicator, weight));
        }
        Guard.Against.False(resolved.Count != 0, paramName, "The weights name no indicator.");
        return resolved;
    }

    /// <summary>An indicator by code, then by Chinese name or alias.</summary>
    internal static IndicatorDefinition? Lookup(IndicatorCatalog catalog, string codeOrName) =>
        catalog.TryGet(codeOrName.Trim(), out var byCode) ? byCode
        : catalog.TryGetByName(codeOrName, out var byName) ? byName
        : null;

    internal int Count => cells.Count;

    /// <summary>
    /// The shape the dataset would take with one more cell: its zones, indicators and first and last
    /// years. Lets a loader refuse the cell that would widen the dataset beyond a bound before it is
    /// added (an indicator without a weight adds nothing: <see cref="Add"/> refuses it).
    /// </summary>
    internal (int Zones, int Indicators, int FirstYear, int LastYear) ShapeWith(string zone, IndicatorDefinition indicator, int year) =>
        (zoneOrder.Count + (zones.ContainsKey(zone) ? 0 : 1),
         indicatorOrder.Count + (fixedIndicators || indicators.ContainsKey(indicator.Code) ? 0 : 1),
         Math.Min(minYear, year),
         Math.Max(maxYear, year));

    /// <summary>The most calendar years one dataset built from loose cells spans (最大年份跨度), first to last.</summary>
    internal const int MaxYearSpan = 200;

    /// <summary>The cells (zones × indicators × years) a dataset built from loose cells may always take.</summary>
    internal const int CellsFloor = 1 << 16;

    /// <summary>The cells a dataset may take per cell given, beyond <see cref="CellsFloor"/>.</summary>
    internal const int CellsPerRow = 256;

    /// <summary>
    /// Why one more cell would make the dataset too large, or null. A dataset is dense over zones ×
    /// indicators × years, so a few cells with far-apart years or many zones each with another
    /// indicator could ask for millions of cells: the years span at most <see cref="MaxYearSpan"/>,
    /// and the cells are at most max(<see cref="CellsFloor"/>, <see cref="CellsPerRow"/> × cells given),
    /// so memory stays proportional to the input. <c>YearSpan</c> says the year is what is too far.
    /// </summary>
    internal (bool YearSpan, string Code, string Reason, string ChineseReason)? BoundProblem(string zone, IndicatorDefinition indicator, int year)
    {
        var (zoneCount, indicatorCount, firstYear, lastYear) = ShapeWith(zone, indicator, year);
        return BoundProblem(zoneCount, indicatorCount, firstYear, lastYear, year, Count);
    }

    /// <summary>The bound of <see cref="BoundProblem(string, IndicatorDefinition, int)"/> on a shape given by counts, for a
    /// loader that keeps its own (the CSV loader's cell store); <paramref name="count"/> is the cells given so far.</summary>
    internal static (bool YearSpan, string Code, string Reason, string ChineseReason)? BoundProblem(
        int zoneCount, int indicatorCount, int firstYear, int lastYear, int year, int count)
    {
        long years = lastYear - (long)firstYear + 1;
        if (years > MaxYearSpan)
        {
            return (true, YearSpanCode, string.Create(CultureInfo.InvariantCulture,
                $"the year {year} would make the years loaded run from {firstYear} to {lastYear}, {years} years; one load spans at most {MaxYearSpan} years (load far-apart years separately)"),
                string.Create(CultureInfo.InvariantCulture,
                $"{year}年会使导入的年份从{firstYear}年到{lastYear}年，共{years}年；一次导入最多跨{MaxYearSpan}年（相距很远的年份请分开导入）"));
        }
        long cellCount = zoneCount * (long)indicatorCount * years;
        long allowed = Math.Min(Array.MaxLength, Math.Max(CellsFloor, CellsPerRow * (count + 1L)));
        return cellCount <= allowed ? null : (false, CellsCode, string.Create(CultureInfo.InvariantCulture,
            $"the row would make the dataset {zoneCount} zones × {indicatorCount} indicators × {years} years = {cellCount} cells, more than the {allowed} allowed for {count + 1} rows (at most {CellsPerRow} cells a row, or {CellsFloor} in all): the rows are too sparse for one dataset"),
            string.Create(CultureInfo.InvariantCulture,
            $"这一行会使数据集达到{zoneCount}个开发区 × {indicatorCount}个指标 × {years}年 = {cellCount}个单元格，超过{count + 1}行所允许的{allowed}个（每行最多{CellsPerRow}个，或总共{CellsFloor}个）：数据过于稀疏，不宜放入一个数据集"));
    }

    /// <summary>Adds one cell; <paramref name="value"/> is NaN for an explicitly missing one (it still occupies the cell).</summary>
    /// <param name="zone">The zone's id.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="isTarget">Whether the value is a target (目标) rather than an actual (实际).</param>
    /// <param name="value">The value in the indicator's unit, NaN for missing.</param>
    /// <param name="tag">The caller's mark for the cell (a line number), given back for a duplicate.</param>
    /// <param name="firstTag">For a duplicate, the tag of the cell's first value.</param>
    internal AddResult Add(string zone, IndicatorDefinition indicator, int year, bool isTarget, double value, int tag, out int firstTag)
    {
        firstTag = 0;
        if (!indicators.TryGetValue(indicator.Code, out int i))
        {
            if (fixedIndicators)
            {
                return AddResult.NoWeight;
            }
            i = indicatorOrder.Count;
            indicators.Add(indicator.Code, i);
            indicatorOrder.Add(indicator);
        }
        if (!zones.TryGetValue(zone, out int z))
        {
            z = zoneOrder.Count;
            zones.Add(zone, z);
            zoneOrder.Add(zone);
        }
        if (!seen.TryAdd((z, i, year, isTarget), tag))
        {
            firstTag = seen[(z, i, year, isTarget)];
            return AddResult.Duplicate;
        }
        cells.Add((z, i, year, isTarget, value));
        minYear = Math.Min(minYear, year);
        maxYear = Math.Max(maxYear, year);
        return AddResult.Added;
    }

    /// <summary>The dataset, or null when no cell was added (a dataset has at least one zone and year).</summary>
    internal BulkDataset? Build()
    {
        if (cells.Count == 0)
        {
            return null;
        }
        double[] w = fixedIndicators
            ? [.. weights]
            : Enumerable.Repeat(100.0 / indicatorOrder.Count, indicatorOrder.Count).ToArray();
        var polarities = indicatorOrder.Select(d => d.Polarity).ToArray();
        var dataset = new BulkDataset(zoneOrder.Count, w, polarities, maxYear - minYear + 1, minYear,
            indicatorOrder.Select(d => d.Code).ToArray(), zoneOrder);
        var actual = dataset.Actual;
        var target = dataset.Target;
        int indicatorCount = dataset.IndicatorCount;
        int yearCount = dataset.YearCount;
        foreach (var (z, i, year, isTarget, value) in cells)
        {
            int k = ((z * indicatorCount) + i) * yearCount + (year - minYear);
            (isTarget ? target : actual)[k] = value;
        }
        return dataset;
    }
}
