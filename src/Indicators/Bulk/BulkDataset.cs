using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Indicators.Bulk;

/// <summary>
/// A columnar store of zones × indicators × years (开发区指标批量数据集): actual values and targets
/// of every zone, indicator and year, with each indicator's weight (权重) and polarity (指标方向).
/// </summary>
/// <remarks>
/// <para>Cells are kept in two flat arrays (struct of arrays) with the year fastest: cell
/// (zone, indicator, year) is at <c>(zone · IndicatorCount + indicator) · YearCount + year</c>, the
/// layout of the zones-bulk <c>zbulk-v1</c> file, so a whole series of one zone and indicator is
/// contiguous.</para>
/// <para>Missing data stay missing: <see cref="GetActual"/> and <see cref="GetTarget"/> return
/// <see langword="null"/> for a value never filled in, never zero. Years are zero-based indices;
/// the calendar year of index <c>y</c> is <see cref="FirstYear"/> + <c>y</c>.</para>
/// <para>The store is mutable (set values, then recompute with <c>BulkEngine</c>) and not
/// thread-safe for writes.</para>
/// </remarks>
public sealed class BulkDataset
{
    private readonly double[] actual;
    private readonly double[] target;
    private readonly double[] weights;
    private readonly bool[] reverse;
    private readonly string[]? indicatorCodes;
    private readonly string[]? zoneIds;

    /// <summary>Per zone, how many times a setter changed one of its cells: results that hand out the dataset's
    /// inputs (<see cref="BulkResults.GetGrowthResult"/>) compare it with the count at their recomputation.</summary>
    private readonly int[] zoneChanges;

    /// <summary>
    /// Creates an empty dataset (every actual value and target missing) of the given shape
    /// (批量数据集).
    /// </summary>
    /// <param name="zoneCount">The number of zones (开发区个数), at least 1.</param>
    /// <param name="weights">One weight (权重) per indicator, each finite and not negative (−0 is taken
    /// as 0); their count is the number of indicators.</param>
    /// <param name="polarities">One polarity (指标方向) per indicator, as many as <paramref name="weights"/>.</param>
    /// <param name="yearCount">The number of consecutive years, at least 1.</param>
    /// <param name="firstYear">The calendar year of year index 0.</param>
    /// <param name="indicatorCodes">Optional indicator codes, one per indicator.</param>
    /// <param name="zoneIds">Optional zone identifiers, one per zone.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive, the cells are more than
    /// an array holds, or a weight is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentException">The metadata lists disagree in length with the shape, or a
    /// polarity is not defined.</exception>
    public BulkDataset(
        int zoneCount,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<Polarity> polarities,
        int yearCount,
        int firstYear = 0,
        IReadOnlyList<string>? indicatorCodes = null,
        IReadOnlyList<string>? zoneIds = null)
        : this(zoneCount, weights, polarities, yearCount, firstYear, indicatorCodes, zoneIds, null)
    {
    }

    /// <summary>A dataset that takes <paramref name="cells"/> as its storage (the zbulk reader's arrays, already
    /// checked with <see cref="FirstRefusedCell"/>), or starts empty when it is null.</summary>
    internal BulkDataset(
        int zoneCount,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<Polarity> polarities,
        int yearCount,
        int firstYear,
        IReadOnlyList<string>? indicatorCodes,
        IReadOnlyList<string>? zoneIds,
        (double[] Actual, double[] Target)? cells)
    {
        Guard.Against.LessThan(zoneCount, 1);
        Guard.Against.LessThan(yearCount, 1);
        Guard.Against.False(weights.Length > 0, nameof(weights), "A dataset needs at least one indicator weight.");
        Guard.Against.False(polarities.Length == weights.Length, nameof(polarities),
            string.Create(CultureInfo.InvariantCulture, $"There must be one polarity per indicator: {weights.Length} weights but {polarities.Length} polarities."));
        long cellCount = (long)zoneCount * weights.Length * yearCount;
        Guard.Against.NotInRange(cellCount <= Array.MaxLength, nameof(zoneCount), zoneCount, $"{zoneCount} zones × {weights.Length} indicators × {yearCount} years is {cellCount} cells, more than one array holds ({Array.MaxLength}).");

        this.weights = new double[weights.Length];
        reverse = new bool[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            double weight = weights[i];
            Guard.Against.NotInRange(IsWeight(weight), nameof(weights), weight, $"The weight of indicator {i} must be {WeightRule}; was {weight}.");
            this.weights[i] = Unsigned(weight);
            Polarity polarity = polarities[i];
            Guard.Against.False(polarity is Polarity.Positive or Polarity.Reverse, nameof(polarities),
                string.Create(CultureInfo.InvariantCulture, $"Polarity {(int)polarity} of indicator {i} is not defined."));
            reverse[i] = polarity == Polarity.Reverse;
        }

        if (indicatorCodes is not null)
        {
            Guard.Against.False(indicatorCodes.Count == weights.Length, nameof(indicatorCodes),
                string.Create(CultureInfo.InvariantCulture, $"There must be one indicator code per indicator: {weights.Length} indicators but {indicatorCodes.Count} codes."));
            this.indicatorCodes = CopyNonNull(indicatorCodes, nameof(indicatorCodes));
        }
        if (zoneIds is not null)
        {
            Guard.Against.False(zoneIds.Count == zoneCount, nameof(zoneIds),
                string.Create(CultureInfo.InvariantCulture, $"There must be one zone id per zone: {zoneCount} zones but {zoneIds.Count} ids."));
            this.zoneIds = CopyNonNull(zoneIds, nameof(zoneIds));
        }

        zoneChanges = new int[zoneCount];
        CellCount = (int)cellCount;
        ZoneCount = zoneCount;
        IndicatorCount = weights.Length;
        YearCount = yearCount;
        FirstYear = firstYear;
        if (cells is var (givenActual, givenTarget))
        {
            // The CSV loader's arrays may be longer: room it made for zones that never came, never touched.
            Debug.Assert(givenActual.Length >= cellCount && givenTarget.Length == givenActual.Length, "The reader sizes the arrays from the same counts.");
            actual = givenActual;
            target = givenTarget;
        }
        else
        {
            actual = new double[cellCount];
            target = new double[cellCount];
            actual.AsSpan().Fill(double.NaN);
            target.AsSpan().Fill(double.NaN);
        }
    }

    /// <summary>Gets the number of zones (开发区个数).</summary>
    public int ZoneCount { get; }

    /// <summary>Gets the number of indicators (指标个数).</summary>
    public int IndicatorCount { get; }

    /// <summary>Gets the number of consecutive years (年份个数).</summary>
    public int YearCount { get; }

    /// <summary>Gets the calendar year of year index 0 (起始年份).</summary>
    public int FirstYear { get; }

    /// <summary>Gets the number of cells (zones × indicators × years).</summary>
    public int CellCount { get; }

    /// <summary>Gets the indicator codes (指标代码), or <see langword="null"/> when none were given.</summary>
    public IReadOnlyList<string>? IndicatorCodes => indicatorCodes;

    /// <summary>Gets the zone identifiers (开发区标识), or <see langword="null"/> when none were given.</summary>
    public IReadOnlyList<string>? ZoneIds => zoneIds;

    /// <summary>Gets the weight (权重) of an indicator.</summary>
    /// <param name="indicator">The zero-based indicator index.</param>
    public double GetWeight(int indicator) => weights[CheckIndicator(indicator)];

    /// <summary>Gets the polarity (指标方向) of an indicator.</summary>
    /// <param name="indicator">The zero-based indicator index.</param>
    public Polarity GetPolarity(int indicator) => reverse[CheckIndicator(indicator)] ? Polarity.Reverse : Polarity.Positive;

    /// <summary>Gets the actual value (实际值) of a cell, or <see langword="null"/> when it is missing.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    public double? GetActual(int zone, int indicator, int year) => Present(actual[CellIndex(zone, indicator, year)]);

    /// <summary>Gets the target (目标值) of a cell, or <see langword="null"/> when it is missing.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    public double? GetTarget(int zone, int indicator, int year) => Present(target[CellIndex(zone, indicator, year)]);

    /// <summary>Sets the actual value (实际值) of a cell; <see langword="null"/> makes it missing.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <param name="value">The value, finite, or <see langword="null"/> for missing.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range, or <paramref name="value"/> is NaN or infinite.</exception>
    public void SetActual(int zone, int indicator, int year, double? value)
    {
        actual[CellIndex(zone, indicator, year)] = Stored(value);
        zoneChanges[zone]++;
    }

    /// <summary>Sets the target (目标值) of a cell; <see langword="null"/> makes it missing.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The zero-based indicator index.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <param name="value">The target, finite, or <see langword="null"/> for missing.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range, or <paramref name="value"/> is NaN or infinite.</exception>
    public void SetTarget(int zone, int indicator, int year, double? value)
    {
        target[CellIndex(zone, indicator, year)] = Stored(value);
        zoneChanges[zone]++;
    }

    /// <summary>How many times a setter changed a cell of <paramref name="zone"/> (wrapping, so compare for equality only).</summary>
    internal int ChangesOf(int zone) => zoneChanges[zone];

    /// <summary>The actual values, NaN for missing, in cell order: for kernels and loaders.</summary>
    internal Span<double> Actual => actual.AsSpan(0, CellCount);

    /// <summary>The targets, NaN for missing, in cell order: for kernels and loaders.</summary>
    internal Span<double> Target => target.AsSpan(0, CellCount);

    /// <summary>The indicator weights.</summary>
    internal ReadOnlySpan<double> Weights => weights;

    /// <summary>Per indicator, whether it is reverse (lower is better).</summary>
    internal ReadOnlySpan<bool> Reverse => reverse;

    /// <summary>The flat index of a cell, after checking each index.</summary>
    internal int CellIndex(int zone, int indicator, int year)
    {
        CheckZone(zone);
        CheckIndicator(indicator);
        if ((uint)year >= (uint)YearCount)
        {
            ThrowOutOfRange(nameof(year), year, YearCount);
        }
        return ((zone * IndicatorCount) + indicator) * YearCount + year;
    }

    /// <summary>Throws unless <paramref name="zone"/> is a zone index.</summary>
    internal int CheckZone(int zone, [CallerArgumentExpression(nameof(zone))] string? paramName = null)
    {
        if ((uint)zone >= (uint)ZoneCount)
        {
            ThrowOutOfRange(paramName, zone, ZoneCount);
        }
        return zone;
    }

    private int CheckIndicator(int indicator)
    {
        if ((uint)indicator >= (uint)IndicatorCount)
        {
            ThrowOutOfRange(nameof(indicator), indicator, IndicatorCount);
        }
        return indicator;
    }

    /// <summary>A stored cell or result as the accessors return it: NaN (missing) as null.</summary>
    internal static double? Present(double stored) => double.IsNaN(stored) ? null : stored;

    /// <summary>Throws naming <paramref name="paramName"/> unless 0 ≤ <paramref name="value"/> &lt; <paramref name="count"/>.</summary>
    internal static void CheckIndex(int value, int count, string paramName)
    {
        if ((uint)value >= (uint)count)
        {
            ThrowOutOfRange(paramName, value, count);
        }
    }

    // The rules for values entering a dataset live here, once, so that the constructor, the setters, the factories
    // and the zbulk reader cannot drift apart (they did: the reader let −0 through and the constructor refused it).

    /// <summary>How a weight must be, in words, for messages.</summary>
    internal const string WeightRule = "a finite number at least 0";

    /// <summary>Whether <paramref name="weight"/> may be an indicator's weight: finite and not below 0. −0 is 0, so it may.</summary>
    internal static bool IsWeight(double weight) => double.IsFinite(weight) && weight >= 0;

    /// <summary>Whether <paramref name="value"/> may be stored in a cell as a value: finite. Missing is not a value
    /// (null at the accessors, NaN inside and in a zbulk file); an infinity is neither a value nor missing, so it is refused.</summary>
    internal static bool IsCellValue(double value) => double.IsFinite(value);

    /// <summary><paramref name="weight"/> with −0 as 0, so that no later test of a sign (<c>double.IsNegative</c>) takes
    /// an admitted weight for a negative one.</summary>
    private static double Unsigned(double weight) => weight == 0 ? 0.0 : weight;

    /// <summary>
    /// The index of the first cell of <paramref name="cells"/> (NaN for missing, as stored and as in a zbulk file) that
    /// <see cref="IsCellValue"/> refuses, an infinity, or −1 when every cell is a value or missing.
    /// </summary>
    internal static int FirstRefusedCell(ReadOnlySpan<double> cells)
    {
        int k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var infinity = new Vector<double>(double.PositiveInfinity);
            for (; k <= cells.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                if (Vector.EqualsAny(Vector.Abs(new Vector<double>(cells[k..])), infinity))
                {
                    break;
                }
            }
        }
        for (; k < cells.Length; k++)
        {
            if (!double.IsNaN(cells[k]) && !IsCellValue(cells[k]))
            {
                return k;
            }
        }
        return -1;
    }

    private static double Stored(double? value)
    {
        if (value is not { } v)
        {
            return double.NaN;
        }
        if (!IsCellValue(v))
        {
            // Throws, with the message every API gives a NaN or an infinity.
            Guard.Against.NotFinite(v, nameof(value));
        }
        return v;
    }

    private static string[] CopyNonNull(IReadOnlyList<string> source, string paramName)
    {
        var copy = new string[source.Count];
        for (int k = 0; k < copy.Length; k++)
        {
            copy[k] = source[k] ?? throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Entry {k} is null."), paramName);
        }
        return copy;
    }

    private static void ThrowOutOfRange(string? paramName, int value, int count) =>
        throw new ArgumentOutOfRangeException(paramName, value,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} must be between 0 and {count - 1}; was {value}."));
}
