using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>
/// The output buffers of a bulk assessment (批量考核结果): for every zone and year of a <see cref="BulkDataset"/>, the
/// points of each indicator of an <see cref="AssessmentScheme"/>, the category subtotals (一级指标小计), the total (总分),
/// the rank (排名) and a status saying why a total is missing. Filled by <see cref="BulkAssessment.Evaluate"/>; reuse
/// one object for many evaluations of the same dataset and scheme: an evaluation allocates no buffer per cell.
/// </summary>
/// <remarks>
/// <para>Accessors return <see langword="null"/> for "no value", never NaN. Zones and years are the dataset's zero-based
/// indices; scheme indicators and categories are numbered in the scheme's declaration order.</para>
/// <para>One evaluation at a time per results object: a second <see cref="BulkAssessment.Evaluate"/> on it while one
/// runs is refused with an <see cref="InvalidOperationException"/>; give each concurrent evaluation its own results.</para>
/// </remarks>
public sealed class BulkAssessmentResults
{
    private readonly double[] points;
    private readonly double[] subtotals;
    private readonly double[] totals;
    private readonly int[] ranks;
    private readonly byte[] statuses;
    private readonly Dictionary<string, int> indicatorIndex;

    /// <summary>Creates the buffers for evaluating <paramref name="scheme"/> on <paramref name="dataset"/> (批量考核结果).</summary>
    /// <param name="dataset">The dataset; it must have indicator codes.</param>
    /// <param name="scheme">The scheme.</param>
    /// <exception cref="ArgumentException">The dataset has no indicator codes, a scheme indicator's code is not in the
    /// dataset, or its polarity in the dataset disagrees with the scheme's catalogue; the message names the code.</exception>
    public BulkAssessmentResults(BulkDataset dataset, AssessmentScheme scheme)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(scheme);
        Plan = new BulkAssessmentPlan(dataset, scheme);
        Scheme = scheme;
        ZoneCount = dataset.ZoneCount;
        YearCount = dataset.YearCount;
        IndicatorCount = Plan.Indicators.Length;
        CategoryCount = scheme.Categories.Count;
        long zoneYears = (long)ZoneCount * YearCount;
        points = new double[checked(zoneYears * IndicatorCount)];
        subtotals = new double[checked(zoneYears * CategoryCount)];
        totals = new double[zoneYears];
        ranks = new int[zoneYears];
        statuses = new byte[zoneYears];
        SortKeys = new double[zoneYears];
        SortZones = new int[zoneYears];
        ScratchKeys = new ulong[zoneYears];
        ScratchZones = new int[zoneYears];
        Histograms = new int[YearCount * BulkResults.RadixDigits * BulkResults.RadixBuckets];
        // Ranks only for the relative methods that read them (a rank ladder, a user's method).
        int rankedCells = checked((int)(Plan.RelativeCount * zoneYears));
        PopulationRanks = Plan.Needs.Any(n => (n & PopulationNeeds.Ranks) != 0) ? new int[rankedCells] : [];
        PopulationLow = new double[Plan.RelativeCount * YearCount];
        PopulationHigh = new double[Plan.RelativeCount * YearCount];
        PopulationCounted = new double[Plan.RelativeCount * YearCount];
        PopulationReference = new double[Plan.RelativeCount * YearCount];
        PopulationBest = new double[Plan.RelativeCount * YearCount];
        PopulationWorst = new double[Plan.RelativeCount * YearCount];
        PopulationCount = new int[Plan.RelativeCount * YearCount];
        PopulationTotal = new double[Plan.RelativeCount * YearCount];
        PopulationMedian = new double[Plan.RelativeCount * YearCount];
        indicatorIndex = new Dictionary<string, int>(IndicatorCount, StringComparer.Ordinal);
        for (int k = 0; k < IndicatorCount; k++)
        {
            indicatorIndex.Add(Plan.Indicators[k].Code, k);
        }
    }

    /// <summary>Gets the scheme these results are for.</summary>
    public AssessmentScheme Scheme { get; }

    /// <summary>Gets the number of zones (开发区个数).</summary>
    public int ZoneCount { get; }

    /// <summary>Gets the number of years (年份个数).</summary>
    public int YearCount { get; }

    /// <summary>Gets the number of scheme indicators (二级指标个数), over all categories.</summary>
    public int IndicatorCount { get; }

    /// <summary>Gets the number of categories (一级指标个数).</summary>
    public int CategoryCount { get; }

    /// <summary>Gets whether an evaluation has filled the buffers.</summary>
    public bool IsComputed { get; internal set; }

    /// <summary>Gets the status of a zone-year (考核状态): scored, or why it has no total.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">Nothing was evaluated yet.</exception>
    public BulkAssessmentStatus GetStatus(int zone, int year) => (BulkAssessmentStatus)statuses[ZoneYear(zone, year)];

    /// <summary>Gets the total (总分) of a zone-year: the sum of its category subtotals, or <see langword="null"/> when it has none (see <see cref="GetStatus"/>).</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">Nothing was evaluated yet.</exception>
    public double? GetTotal(int zone, int year) => BulkDataset.Present(totals[ZoneYear(zone, year)]);

    /// <summary>
    /// Gets the rank (排名) of a zone's total among that year's zones, by the scheme's <see cref="AssessmentScheme.RankingOptions"/>;
    /// a zone-year without a total is <see langword="null"/> (unranked) or ranked last, as those options say.
    /// </summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">Nothing was evaluated yet.</exception>
    public int? GetRank(int zone, int year)
    {
        ZoneYear(zone, year);
        return ranks[year * ZoneCount + zone] is var rank and > 0 ? rank : null;
    }

    /// <summary>
    /// Gets the points (单项得分) of one scheme indicator for a zone-year: the method's points, 0 for a value missing under
    /// <see cref="MissingDataPolicy.ScoreZero"/> or <see cref="MissingDataPolicy.Reweight"/> (as
    /// <see cref="IndicatorAssessment.Points"/>), or <see langword="null"/> when the zone-year has no total.
    /// </summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The scheme indicator's index, category by category in declaration order.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">Nothing was evaluated yet.</exception>
    public double? GetPoints(int zone, int indicator, int year)
    {
        ZoneYear(zone, year);
        BulkDataset.CheckIndex(indicator, IndicatorCount, nameof(indicator));
        return BulkDataset.Present(points[PointIndex(zone, indicator, year)]);
    }

    /// <summary>Gets the points (单项得分) of the scheme indicator with code <paramref name="indicatorCode"/>; see <see cref="GetPoints(int, int, int)"/>.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentException">The scheme has no indicator with that code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">Nothing was evaluated yet.</exception>
    public double? GetPoints(int zone, string indicatorCode, int year)
    {
        Guard.Against.Null(indicatorCode);
        Guard.Against.False(indicatorIndex.TryGetValue(indicatorCode, out var k), nameof(indicatorCode), $"Scheme '{Scheme.Name}' has no indicator '{indicatorCode}'.");
        return GetPoints(zone, k, year);
    }

    /// <summary>Gets a category subtotal (一级指标小计, capped where the category has a cap) of a zone-year, or <see langword="null"/> when the zone-year has no total.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="category">The category's index in declaration order.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">Nothing was evaluated yet.</exception>
    public double? GetCategorySubtotal(int zone, int category, int year)
    {
        ZoneYear(zone, year);
        BulkDataset.CheckIndex(category, CategoryCount, nameof(category));
        return BulkDataset.Present(subtotals[SubtotalIndex(zone, category, year)]);
    }

    internal BulkAssessmentPlan Plan { get; }

    /// <summary>Refuses a second evaluation while one is filling these results.</summary>
    internal ExclusiveUse Use { get; } = new(nameof(BulkAssessmentResults));

    /// <summary>The parallel evaluation's work item, made on the first evaluation with more than one thread.</summary>
    internal BulkAssessmentJob? Job { get; set; }

    internal Span<double> Points => points;

    internal Span<double> Subtotals => subtotals;

    internal Span<double> Totals => totals;

    /// <summary>The ranks, year-major (year · zones + zone), as the ranking of one year writes them.</summary>
    internal Span<int> Ranks => ranks;

    internal Span<byte> Statuses => statuses;

    /// <summary>Per year, a zone-count slice of sort keys (year-major), for the rankings.</summary>
    internal double[] SortKeys { get; }

    /// <summary>Per year, the zones sorted with <see cref="SortKeys"/>.</summary>
    internal int[] SortZones { get; }

    /// <summary>Per year, a zone-count slice of radix-sort keys the ranking ping-pongs with <see cref="SortKeys"/>.</summary>
    internal ulong[] ScratchKeys { get; }

    /// <summary>Per year, the zones of <see cref="ScratchKeys"/>.</summary>
    internal int[] ScratchZones { get; }

    /// <summary>Per year, the radix digit histograms of the ranking.</summary>
    internal int[] Histograms { get; }

    /// <summary>Per relative indicator, zone and year, the competition rank of the value (0 when missing): ((r · years + y) · zones + z); empty when no method reads ranks.</summary>
    internal int[] PopulationRanks { get; }

    /// <summary>Per relative indicator and year (r · years + y), the smallest value present, as Math.Min finds it (+∞ when none).</summary>
    internal double[] PopulationLow { get; }

    /// <summary>Per relative indicator and year, the largest value present, as Math.Max finds it (−∞ when none).</summary>
    internal double[] PopulationHigh { get; }

    /// <summary>Per relative indicator and year, how many zones have a value, counted in a double (exact below 2^53).</summary>
    internal double[] PopulationCounted { get; }

    /// <summary>
    /// Per relative indicator and year, what a relative <c>ratio_to</c> divides by (best, mean, median or total), or NaN
    /// where the scalar method refuses every zone: no such value, or a best or worst that is not finite.
    /// </summary>
    internal double[] PopulationReference { get; }

    /// <summary>Per relative indicator and year (r · years + y), the best value present.</summary>
    internal double[] PopulationBest { get; }

    /// <summary>Per relative indicator and year, the worst value present.</summary>
    internal double[] PopulationWorst { get; }

    /// <summary>Per relative indicator and year, how many zones have a value.</summary>
    internal int[] PopulationCount { get; }

    /// <summary>Per relative indicator and year, the sum of the values present, in zone order (<see cref="PopulationStatistics"/>).</summary>
    internal double[] PopulationTotal { get; }

    /// <summary>Per relative indicator and year, the median of the values present (<see cref="PopulationStatistics"/>); NaN when no method reads it.</summary>
    internal double[] PopulationMedian { get; }

    internal int PointIndex(int zone, int indicator, int year) => ((zone * IndicatorCount) + indicator) * YearCount + year;

    internal int SubtotalIndex(int zone, int category, int year) => ((zone * CategoryCount) + category) * YearCount + year;

    internal bool Fits(BulkDataset dataset) => dataset.ZoneCount == ZoneCount && dataset.YearCount == YearCount;

    private int ZoneYear(int zone, int year)
    {
        if (!IsComputed)
        {
            throw new InvalidOperationException("The results hold nothing yet: call BulkAssessment.Evaluate first.");
        }
        BulkDataset.CheckIndex(zone, ZoneCount, nameof(zone));
        BulkDataset.CheckIndex(year, YearCount, nameof(year));
        return zone * YearCount + year;
    }
}
