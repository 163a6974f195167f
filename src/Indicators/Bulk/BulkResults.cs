using System.Globalization;
using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>
/// The outputs of a bulk recomputation (批量计算结果), reusable between runs: per cell the growth
/// (增长率), completion rate (完成率), overfulfilment (超额完成) and attainment (是否完成); per zone
/// and year the weighted score (综合得分) and the competition rank (排名).
/// </summary>
/// <remarks>
/// <para>Create one for a dataset's shape and pass it to <see cref="BulkEngine.Recompute"/> as often
/// as needed: buffers are allocated once, here, so a recomputation allocates nothing per cell.</para>
/// <para>One recomputation at a time per results object: it also holds the ranking's sorted order
/// (for <see cref="BulkEngine.RecomputeZone"/>) and the bookkeeping of the parallel loops. A second
/// <see cref="BulkEngine.Recompute"/> or <see cref="BulkEngine.RecomputeZone"/> on the same object while one runs
/// is refused with an <see cref="InvalidOperationException"/>; give each concurrent call its own results, and read
/// them after the call that fills them has returned.</para>
/// <para>Where the domain has no value (no previous year, a base ≤ 0, a missing target, a zone-year
/// with no valid indicator) the accessors return <see langword="null"/>, never NaN or zero.</para>
/// <para>Two kinds of cell getters. <see cref="GetGrowthResult"/> and <see cref="GetCompletionResult"/> return the
/// scalar API's own result (<see cref="GrowthResult"/>, <see cref="CompletionResult"/>), made by
/// <see cref="Indicators.Growth.YearOnYear"/> and <see cref="Indicators.Completion.OfLevel"/> from the dataset's
/// inputs when asked: the same status (扭亏为盈, 由盈转亏, 从无到有, too large…), the same rate to the bit, the same
/// rounding from the development speed (发展速度) and the same phrase (<c>ChinesePhrasing.Phrase</c>) as a scalar
/// call, because they are one. Report, round and judge with them. <see cref="GetGrowth"/>,
/// <see cref="GetCompletion"/>, <see cref="GetOverfulfilment"/> and <see cref="IsAttained"/> return the engine's
/// numbers, the zones-bulk definition's single division that the scores and the workload's checksums are made of:
/// present exactly where the result has a rate, but a fraction within an ulp or two of the result's, which rounds
/// differently at a tie (100 → 100.45 is 0.0044999999999999485, "0.4%", where the result says "0.5%").</para>
/// </remarks>
public sealed class BulkResults
{
    internal const int RadixBits = 11;
    internal const int RadixBuckets = 1 << RadixBits;
    internal const int RadixDigits = (64 + RadixBits - 1) / RadixBits;

    private readonly double[] growth;
    private readonly double[] completion;
    private readonly double[] overfulfilment;
    private readonly byte[] attained;
    private readonly double[] scores;
    private readonly int[] ranks;

    /// <summary>Per zone, <see cref="BulkDataset.ChangesOf"/> when its cells were last computed from <see cref="source"/>,
    /// or <see cref="NotComputed"/>.</summary>
    private readonly long[] zoneChangesSeen;

    /// <summary>The dataset of the last recomputation: the inputs of <see cref="GetGrowthResult"/> and <see cref="GetCompletionResult"/>.</summary>
    private BulkDataset? source;

    /// <summary>A count of changes no zone can have (they are <see langword="int"/>).</summary>
    private const long NotComputed = long.MinValue;

    /// <summary>Creates empty result buffers sized for <paramref name="dataset"/> (结果缓冲区).</summary>
    /// <param name="dataset">The dataset whose shape the results take.</param>
    public BulkResults(BulkDataset dataset)
    {
        Guard.Against.Null(dataset);
        ZoneCount = dataset.ZoneCount;
        IndicatorCount = dataset.IndicatorCount;
        YearCount = dataset.YearCount;
        int cells = dataset.CellCount;
        int zoneYears = ZoneCount * YearCount;
        growth = new double[cells];
        completion = new double[cells];
        overfulfilment = new double[cells];
        attained = new byte[cells];
        scores = new double[zoneYears];
        ranks = new int[zoneYears];
        zoneChangesSeen = new long[ZoneCount];
        zoneChangesSeen.AsSpan().Fill(NotComputed);
        SortedKeys = new ulong[zoneYears];
        SortedZones = new int[zoneYears];
        ScratchKeys = new ulong[zoneYears];
        ScratchZones = new int[zoneYears];
        Histograms = new int[YearCount * RadixDigits * RadixBuckets];
    }

    /// <summary>Gets the number of zones the results are sized for.</summary>
    public int ZoneCount { get; }

    /// <summary>Gets the number of indicators the results are sized for.</summary>
    public int IndicatorCount { get; }

    /// <summary>Gets the number of years the results are sized for.</summary>
    public int YearCount { get; }

    /// <summary>Gets whether a full recomputation has filled these results (已计算).</summary>
    public bool IsComputed { get; internal set; }

    /// <summary>Gets the year-on-year growth (同比增长率) of a cell as a fraction, or <see langword="null"/>
    /// for the first year, a missing value, a previous value that is missing or not positive, a current
    /// loss (由盈转亏) or a ratio too large for its percent: where <see cref="Indicators.Growth.YearOnYear"/> has no rate.
    /// The engine's number (actual ÷ previous − 1, one division); to phrase, round or judge it, take
    /// <see cref="GetGrowthResult"/>, which rounds from the development speed and says why there is no rate.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed.</exception>
    public double? GetGrowth(int zone, int indicator, int year) => BulkDataset.Present(growth[CellIndex(zone, indicator, year)]);

    /// <summary>
    /// Gets the year-on-year growth (同比) of a cell as the scalar API has it: <see cref="Indicators.Growth.YearOnYear"/>
    /// of the cell's actual value over the previous year's, with its status (扭亏为盈 for −46 → 148, 由盈转亏, 增亏, 减亏,
    /// 从无到有, too large…), its rate, and its rounding and judging from the development speed (100 → 100.45 is
    /// 同比增长0.5% through <c>ChinesePhrasing.Phrase</c>). Built when asked, from the
    /// dataset the results were computed from.
    /// </summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <returns>The growth, or <see langword="null"/> for the first year or when either value is missing: missing
    /// data make no result, never one of zero. <see cref="GetGrowth"/> has a value exactly where this has a rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed, or the zone's values changed
    /// (<see cref="BulkDataset.SetActual"/>, <see cref="BulkDataset.SetTarget"/>) since its cells were computed.</exception>
    public GrowthResult? GetGrowthResult(int zone, int indicator, int year)
    {
        int cell = CellIndex(zone, indicator, year);
        ReadOnlySpan<double> actual = InputsOf(zone).Actual;
        if (year == 0 || double.IsNaN(actual[cell]) || double.IsNaN(actual[cell - 1]))
        {
            return null;
        }
        return Indicators.Growth.YearOnYear(actual[cell], actual[cell - 1]);
    }

    /// <summary>
    /// Gets the completion (完成情况) of a cell as the scalar API has it: <see cref="Indicators.Completion.OfLevel"/> of
    /// the cell's actual value and target with the indicator's polarity (a reverse indicator's target is a ceiling, as
    /// <see cref="Indicators.Completion.OfCeiling"/>), with its status (超额完成, 完成, 未完成, met with zero, no rate),
    /// its rate, <see cref="CompletionResult.IsMet"/> and its phrase. Built when asked, from the dataset the results
    /// were computed from.
    /// </summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <returns>The completion, or <see langword="null"/> when the actual value or the target is missing, or when the
    /// two are so far apart that actual − target overflows (where the scalar API throws). <see cref="GetCompletion"/>
    /// has a value exactly where this has a rate; <see cref="IsAttained"/> is its <see cref="CompletionResult.IsMet"/>
    /// where it has a rate, and false otherwise (the zones-bulk definition's, even for a ceiling met with zero).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed, or the zone's values changed
    /// (<see cref="BulkDataset.SetActual"/>, <see cref="BulkDataset.SetTarget"/>) since its cells were computed.</exception>
    public CompletionResult? GetCompletionResult(int zone, int indicator, int year)
    {
        int cell = CellIndex(zone, indicator, year);
        BulkDataset inputs = InputsOf(zone);
        double actual = inputs.Actual[cell];
        double target = inputs.Target[cell];
        // The scalar API throws for a pair whose difference overflows: that is bad data in a cell, not a
        // programming error, so the cell has no result, as it has no completion in the engine.
        return !double.IsNaN(actual) && !double.IsNaN(target)
            && CompletionResult.TryCreate(actual, target, inputs.GetPolarity(indicator), CompletionBasis.Level, out var result)
            ? result
            : null;
    }

    /// <summary>Gets the completion rate (完成率) of a cell as a ratio (actual ÷ target, or target ÷ actual for
    /// a reverse indicator), or <see langword="null"/> when a value is missing, the denominator is not positive, a
    /// reverse indicator's ceiling is negative or the percent overflows: where <see cref="Indicators.Completion.OfLevel"/>
    /// or <see cref="Indicators.Completion.OfCeiling"/> has no rate. The engine's number (one division, the one the scores
    /// use); the status and the phrase are <see cref="GetCompletionResult"/>'s.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed.</exception>
    public double? GetCompletion(int zone, int indicator, int year) => BulkDataset.Present(completion[CellIndex(zone, indicator, year)]);

    /// <summary>Gets the overfulfilment (超额完成部分) of a cell, max(0, completion − 1), or <see langword="null"/>
    /// when the completion rate has no value.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed.</exception>
    public double? GetOverfulfilment(int zone, int indicator, int year) => BulkDataset.Present(overfulfilment[CellIndex(zone, indicator, year)]);

    /// <summary>Gets whether a cell attained its target (完成目标): completion ≥ 1, which is the scalar IsMet
    /// wherever a completion exists; false when the completion has no value (even a ceiling met with 0).</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed.</exception>
    public bool IsAttained(int zone, int indicator, int year) => attained[CellIndex(zone, indicator, year)] != 0;

    /// <summary>Gets the weighted score (综合得分, 0–120) of a zone in a year, or <see langword="null"/> when none
    /// of its indicators has a completion rate.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed.</exception>
    public double? GetScore(int zone, int year) => BulkDataset.Present(scores[ZoneYearIndex(zone, year)]);

    /// <summary>Gets the competition rank (排名, "1224") of a zone in a year by score, highest first; zones
    /// without a score share the rank after every scored zone (as <see cref="MissingScores.RankedLast"/>).</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <returns>The rank, 1 for the best. <see langword="int"/>? as <see cref="BulkAssessmentResults.GetRank"/>, where
    /// <see langword="null"/> is an unranked zone-year; the zones-bulk definition ranks every zone (a zone without a score
    /// last), so a computed rank here is never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed.</exception>
    public int? GetRank(int zone, int year)
    {
        ZoneYearIndex(zone, year);
        return ranks[year * ZoneCount + zone] is var rank and > 0 ? rank : null;
    }

    internal Span<double> Growth => growth;

    internal Span<double> Completion => completion;

    internal Span<double> Overfulfilment => overfulfilment;

    /// <summary>1 where attained, 0 otherwise.</summary>
    internal Span<byte> Attained => attained;

    /// <summary>Scores at <c>zone · YearCount + year</c>, NaN for none.</summary>
    internal Span<double> Scores => scores;

    /// <summary>Ranks at <c>year · ZoneCount + zone</c> (year-major, unlike the scores).</summary>
    internal Span<int> Ranks => ranks;

    /// <summary>Per year (at <c>year · ZoneCount</c>), the sort keys in ascending order: best score first, NaN last.</summary>
    internal ulong[] SortedKeys { get; }

    /// <summary>Per year, the zones in the order of <see cref="SortedKeys"/> (ties by zone ascending).</summary>
    internal int[] SortedZones { get; }

    internal ulong[] ScratchKeys { get; }

    internal int[] ScratchZones { get; }

    internal int[] Histograms { get; }

    /// <summary>Refuses a second recomputation while one is filling these results.</summary>
    internal ExclusiveUse Use { get; } = new(nameof(BulkResults));

    /// <summary>Bookkeeping of the parallel loops, kept so that a recomputation allocates no closures.</summary>
    internal BulkEngine.Job? Job { get; set; }

    /// <summary>Records that every cell was computed from <paramref name="dataset"/> as it is now.</summary>
    internal void ComputedFrom(BulkDataset dataset)
    {
        source = dataset;
        for (int zone = 0; zone < ZoneCount; zone++)
        {
            zoneChangesSeen[zone] = dataset.ChangesOf(zone);
        }
    }

    /// <summary>Records that the cells of <paramref name="zone"/> were computed from <paramref name="dataset"/> as it is now.</summary>
    internal void ComputedFrom(BulkDataset dataset, int zone)
    {
        if (!ReferenceEquals(source, dataset))
        {
            // The other zones were computed from another dataset: their inputs are not this one's.
            source = dataset;
            zoneChangesSeen.AsSpan().Fill(NotComputed);
        }
        zoneChangesSeen[zone] = dataset.ChangesOf(zone);
    }

    /// <summary>The dataset the cells of <paramref name="zone"/> were computed from, unchanged since.</summary>
    private BulkDataset InputsOf(int zone)
    {
        ThrowIfNotComputed();
        if (source is null || zoneChangesSeen[zone] != source.ChangesOf(zone))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The values of zone {zone} changed since its results were computed: call BulkEngine.RecomputeZone or BulkEngine.Recompute first."));
        }
        return source;
    }

    private void ThrowIfNotComputed()
    {
        if (!IsComputed)
        {
            throw new InvalidOperationException("The results have not been computed: call BulkEngine.Recompute first.");
        }
    }

    internal bool Fits(BulkDataset dataset) =>
        dataset.ZoneCount == ZoneCount && dataset.IndicatorCount == IndicatorCount && dataset.YearCount == YearCount;

    private int CellIndex(int zone, int indicator, int year)
    {
        BulkDataset.CheckIndex(zone, ZoneCount, nameof(zone));
        BulkDataset.CheckIndex(indicator, IndicatorCount, nameof(indicator));
        BulkDataset.CheckIndex(year, YearCount, nameof(year));
        // Before the first recomputation every buffer holds zeros, which would read as real results of 0.
        ThrowIfNotComputed();
        return ((zone * IndicatorCount) + indicator) * YearCount + year;
    }

    private int ZoneYearIndex(int zone, int year)
    {
        BulkDataset.CheckIndex(zone, ZoneCount, nameof(zone));
        BulkDataset.CheckIndex(year, YearCount, nameof(year));
        ThrowIfNotComputed();
        return zone * YearCount + year;
    }
}
