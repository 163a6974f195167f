using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>
/// Bulk recomputation (批量计算) of every zone's growth, completion, overfulfilment, attainment,
/// weighted score and rank, as defined by the zones-bulk workload.
/// </summary>
/// <remarks>
/// <para>Per cell: growth = actual ÷ previous − 1 when the previous year's value is positive;
/// completion = actual ÷ target (target ÷ actual for a reverse indicator) when the denominator is
/// positive; overfulfilment = max(0, completion − 1); attained when completion ≥ 1. Per zone and
/// year: score = Σ weight · min(completion, 1.2) ÷ Σ weight · 100 over the indicators with a
/// completion, as one assessment scheme computes it (<see cref="ScoreScheme"/>: each indicator worth
/// 100 · weight ÷ Σ weight points, each indicator's points clamped to [0, 1.2 × its points], summed in
/// ascending indicator order, and the sum multiplied by the reweighting scale, Σ points ÷ the points of the
/// indicators with a completion), so that the score is that scheme's total bit for bit, by <see cref="AssessmentScheme.Evaluate"/>
/// and by <see cref="BulkAssessment.Evaluate"/>; a zone-year with no completion, or whose kept weight is
/// negligible (within 1e-12 of 100), has no score. Rank = 1 + the number of zones with a strictly
/// higher score, zones without a score last together: <see cref="Ranking.Rank(ReadOnlySpan{double?}, RankingOptions?)"/>'s
/// rule with <see cref="MissingScores.RankedLast"/>, by the same code.</para>
/// <para>Every cell equals the scalar API (<see cref="Growth.YearOnYear"/>, <see cref="Completion.OfLevel"/>,
/// <see cref="Completion.OfCeiling"/>): a value exactly where the scalar result has a rate, missing
/// where it has only a status. So, departing from the zones-bulk definition for values its data never
/// hold (negative actual values, negative targets, extremes), the engine scores a negative completion
/// 0 points (the scheme's clamp, where the definition would subtract), gives no growth for a
/// current loss over a positive base (由盈转亏, where the definition has a ÷ p − 1) or for a ratio
/// whose percent overflows (TooLarge), and no completion for a reverse indicator with a negative
/// ceiling (where the definition has t ÷ a) or for a percent 100·n ÷ d that overflows. Attained
/// equals the scalar IsMet wherever a rate exists (n ÷ d never rounds to 1 for n ≠ d). Three
/// differences remain by design, as the workload's checksums fix them: a cell without a rate is
/// never attained, though IsMet may hold (a ceiling met with 0, MetWithZero, is in the data);
/// overfulfilment is 0, not missing, for a cell below or on target; and where the scalar
/// throws because actual − target overflows, the cell is missing. The numbers themselves are the
/// definition's single division: the scalar goes through a percent, so its rate ÷ 100 is within
/// 1 ulp (growth) or 2 ulps (completion) of the bulk value.</para>
/// <para>Zones are split into contiguous blocks over the cores and each zone's arithmetic is
/// independent and in a fixed order, so the results are bitwise identical whatever the number of
/// threads, and identical between the vectorised and the scalar loop (no fused multiply-add, no
/// reordering of sums).</para>
/// </remarks>
public static class BulkEngine
{
    /// <summary>The score's cap on a completion (120%).</summary>
    private const double ScoreCap = 1.2;

    /// <summary>The score's scale: the weight of <see cref="ScoreScheme"/>'s one category, and its total with every completion on target.</summary>
    private const double ScoreWeight = 100.0;

    private const int StackYears = 256;
    private const int StackIndicators = 256;

    /// <summary>Recomputes every output of <paramref name="results"/> from <paramref name="dataset"/> (全量重算).</summary>
    /// <remarks>After the first call with a results object, a call allocates nothing, on any number
    /// of threads: the caller and thread-pool helpers share contiguous blocks of zones, then years.</remarks>
    /// <param name="dataset">The inputs.</param>
    /// <param name="results">Buffers sized for <paramref name="dataset"/>; overwritten.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BulkOptions.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> was sized for another shape.</exception>
    /// <exception cref="InvalidOperationException">Another call is filling <paramref name="results"/>.</exception>
    public static void Recompute(BulkDataset dataset, BulkResults results, BulkOptions? options = null)
    {
        CheckPair(dataset, results);
        using var lease = results.Use.Enter();
        options ??= BulkOptions.Default;
        int zones = dataset.ZoneCount;
        int degree = Math.Min(options.MaxDegreeOfParallelism, zones);
        bool vector = !options.ScalarOnly && Vector256.IsHardwareAccelerated;
        results.IsComputed = false;
        if (degree <= 1)
        {
            CellsAndScores(dataset, results, 0, zones, vector);
            for (int year = 0; year < dataset.YearCount; year++)
            {
                RankYear(results, year);
            }
        }
        else
        {
            Job job = results.Job ??= new Job(results);
            job.Run(dataset, degree, vector);
        }
        results.ComputedFrom(dataset);
        results.IsComputed = true;
    }

    /// <summary>
    /// Recomputes only what depends on one zone (增量重算) after its values changed with
    /// <see cref="BulkDataset.SetActual"/> or <see cref="BulkDataset.SetTarget"/>: its cells, its
    /// scores and the ranks of the years whose score changed. The answer equals a full recomputation.
    /// </summary>
    /// <param name="dataset">The inputs, the same dataset the results were computed from.</param>
    /// <param name="results">Results of a full <see cref="Recompute"/> of <paramref name="dataset"/>.</param>
    /// <param name="zone">The zero-based index of the zone that changed.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> was sized for another shape.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="results"/> were never fully computed, or another
    /// call is filling them.</exception>
    public static void RecomputeZone(BulkDataset dataset, BulkResults results, int zone)
    {
        CheckPair(dataset, results);
        dataset.CheckZone(zone);
        using var lease = results.Use.Enter();
        if (!results.IsComputed)
        {
            throw new InvalidOperationException("Incremental recomputation needs a full BulkEngine.Recompute of the results first.");
        }
        int years = dataset.YearCount;
        Span<double> scores = results.Scores.Slice(zone * years, years);
        Span<ulong> oldKeys = years <= StackYears ? stackalloc ulong[years] : new ulong[years];
        for (int y = 0; y < years; y++)
        {
            oldKeys[y] = SortKey(scores[y]);
        }
        CellsAndScores(dataset, results, zone, zone + 1, Vector256.IsHardwareAccelerated);
        for (int y = 0; y < years; y++)
        {
            ulong key = SortKey(scores[y]);
            if (key != oldKeys[y])
            {
                MoveInRanking(results, zone, y, oldKeys[y], key);
            }
        }
        results.ComputedFrom(dataset, zone);
    }

    /// <summary>
    /// The assessment scheme whose total is the engine's score (考核方案): one category worth 100 in which each indicator
    /// with a positive weight is scored by <see cref="ScoringMethods.CappedRatio"/>(1.2) with its weight as a 赋权
    /// multiplier, <see cref="MissingDataPolicy.Reweight"/> for a missing value, and a default target of 1. Its values are
    /// completions: evaluated (by <see cref="AssessmentScheme.Evaluate"/> or <see cref="BulkAssessment.Evaluate"/>) on
    /// a zone-year whose value for each indicator is <see cref="BulkResults.GetCompletion"/> (missing where that is null),
    /// its total equals <see cref="BulkResults.GetScore"/> bit for bit, and a zone-year without a total
    /// (<see cref="BulkAssessmentStatus.NothingToReweight"/>) has no score.
    /// </summary>
    /// <remarks>The scheme's indicator codes are the dataset's (<see cref="BulkDataset.IndicatorCodes"/>), or <c>I0</c>,
    /// <c>I1</c>, … by index when it has none; every indicator is positive, since a completion already takes the
    /// indicator's polarity into account.</remarks>
    /// <param name="dataset">The dataset whose weights the scheme uses.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">No weight of <paramref name="dataset"/> is positive, or they add up beyond the
    /// range of a number: the engine gives no score, and no scheme has one.</exception>
    public static AssessmentScheme ScoreScheme(BulkDataset dataset)
    {
        Guard.Against.Null(dataset);
        ReadOnlySpan<double> weights = dataset.Weights;
        Guard.Against.False(!double.IsNaN(ScorePoints(weights, new double[weights.Length])), nameof(dataset),
            "The dataset's weights add up to 0 or beyond the range of a number, so it has no score.");
        var codes = new string[weights.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = dataset.IndicatorCodes?[i] ?? "I" + i.ToString(CultureInfo.InvariantCulture);
        }
        var kept = Enumerable.Range(0, codes.Length).Where(i => dataset.Weights[i] > 0).ToArray();
        var catalog = IndicatorCatalog.Empty.With(kept.Select(i =>
            IndicatorDefinition.Create(codes[i], codes[i] + " 完成率", "Completion of " + codes[i], Units.One, IndicatorNature.Ratio)).ToArray());
        var weightsCopy = weights.ToArray();
        return AssessmentScheme.CreateBuilder("zones-bulk score", ScoreWeight).WithCatalog(catalog)
            .Category("完成率", ScoreWeight, category =>
            {
                foreach (int i in kept)
                {
                    category.Indicator(codes[i], ScoringMethods.CappedRatio(ScoreCap), IndicatorWeight.Multiplier(weightsCopy[i]),
                        MissingDataPolicy.Reweight, new ZoneTargets(1.0));
                }
            })
            .Build();
    }

    private static void CheckPair(BulkDataset dataset, BulkResults results)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(results);
        Guard.Against.False(results.Fits(dataset), nameof(results), $"The results are sized for {results.ZoneCount} zones × {results.IndicatorCount} indicators × {results.YearCount} years, the dataset has {dataset.ZoneCount} × {dataset.IndicatorCount} × {dataset.YearCount}.");
    }

    /// <summary>Per-cell outputs and per-(zone, year) scores of zones [<paramref name="zoneStart"/>, <paramref name="zoneEnd"/>).</summary>
    /// <remarks>
    /// The score is <see cref="ScoreScheme"/>'s total in the scheme's order of operations, in one pass over the cells:
    /// with each cell, an indicator without a completion adds its points to the year's dropped points, and one with a
    /// completion adds its capped points (at its own points, in indicator order); at the end of the zone each year's sum
    /// is multiplied once by the reweighting scale, as the scheme reweights a category whose methods are proportional to
    /// the weight (<see cref="Reweighting"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CellsAndScores(BulkDataset dataset, BulkResults results, int zoneStart, int zoneEnd, bool vector)
    {
        int indicators = dataset.IndicatorCount;
        int years = dataset.YearCount;
        Span<double> dropped = years <= StackYears ? stackalloc double[years] : new double[years];
        Span<double> sums = years <= StackYears ? stackalloc double[years] : new double[years];
        Span<double> scale = years <= StackYears ? stackalloc double[years] : new double[years];
        Span<double> points = indicators <= StackIndicators ? stackalloc double[indicators] : new double[indicators];
        double categoryPoints = ScorePoints(dataset.Weights, points);
        var cells = new CellRefs(dataset, results);
        ReadOnlySpan<bool> reverse = dataset.Reverse;
        Span<double> scores = results.Scores;
        bool scored = !double.IsNaN(categoryPoints);
        for (int z = zoneStart; z < zoneEnd; z++)
        {
            dropped.Clear();
            sums.Clear();
            for (int i = 0; i < indicators; i++)
            {
                nint start = ((nint)z * indicators + i) * years;
                if (vector && years >= 5)
                {
                    SeriesVector(in cells, start, years, reverse[i], points[i], dropped, sums);
                }
                else
                {
                    SeriesScalar(in cells, start, 0, years, reverse[i], points[i], dropped, sums);
                }
            }
            Span<double> zoneScores = scores.Slice(z * years, years);
            if (!scored)
            {
                zoneScores.Fill(double.NaN);
                continue;
            }
            if (vector && years >= 4)
            {
                // The last vector overlaps the one before when years is not a multiple of four: same lanes, same bits.
                ref double droppedRef = ref MemoryMarshal.GetReference(dropped);
                ref double scaleRef = ref MemoryMarshal.GetReference(scale);
                for (int k = 0; k < years; k += 4)
                {
                    nuint y = (nuint)Math.Min(k, years - 4);
                    Reweighting.Scale(categoryPoints, Vector256.LoadUnsafe(ref droppedRef, y), ScoreWeight).StoreUnsafe(ref scaleRef, y);
                }
            }
            else
            {
                for (int y = 0; y < years; y++)
                {
                    scale[y] = Reweighting.Scale(categoryPoints, dropped[y], ScoreWeight);
                }
            }
            for (int y = 0; y < years; y++)
            {
                // A NaN scale (nothing left to reweight: no completion, or only negligible weights kept) gives a NaN
                // product, which TotalOf keeps (Math.Max propagates NaN): no score.
                zoneScores[y] = ZoneAssessment.TotalOf(scale[y] * sums[y], 0.0, 0.0);
            }
        }
    }

    /// <summary>
    /// Each indicator's points in <see cref="ScoreScheme"/> (<see cref="ScoreWeight"/> × weight ÷ Σ weights, as the
    /// scheme builder derives them from 赋权 multipliers) into <paramref name="points"/>; returns their sum in indicator
    /// order (the category's points, as the scheme sums them), or NaN when the weights sum to 0 and there is no score.
    /// </summary>
    internal static double ScorePoints(ReadOnlySpan<double> weights, Span<double> points)
    {
        double sum = 0;
        foreach (double weight in weights)
        {
            sum += weight;
        }
        if (!(sum > 0) || !double.IsFinite(sum))
        {
            return double.NaN;
        }
        double total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            // A zero weight gives +0 points, which adds nothing to any sum: the scheme leaves that indicator out.
            points[i] = SchemeCategoryBuilder.MultiplierPoints(ScoreWeight, weights[i], sum);
            total += points[i];
        }
        return total;
    }

    /// <summary>The first element of every per-cell array, so the kernels index without bounds checks.</summary>
    private readonly ref struct CellRefs
    {
        internal readonly ref double Actual;
        internal readonly ref double Target;
        internal readonly ref double Growth;
        internal readonly ref double Completion;
        internal readonly ref double Overfulfilment;
        internal readonly ref byte Attained;

        internal CellRefs(BulkDataset dataset, BulkResults results)
        {
            Actual = ref MemoryMarshal.GetReference(dataset.Actual);
            Target = ref MemoryMarshal.GetReference(dataset.Target);
            Growth = ref MemoryMarshal.GetReference(results.Growth);
            Completion = ref MemoryMarshal.GetReference(results.Completion);
            Overfulfilment = ref MemoryMarshal.GetReference(results.Overfulfilment);
            Attained = ref MemoryMarshal.GetReference(results.Attained);
        }
    }

    /// <summary>Years [<paramref name="from"/>, <paramref name="years"/>) of one series, one at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SeriesScalar(in CellRefs cells, nint start, int from, int years, bool reverse, double points, Span<double> dropped, Span<double> sums)
    {
        ref double a = ref Unsafe.Add(ref cells.Actual, start);
        ref double t = ref Unsafe.Add(ref cells.Target, start);
        ref double g = ref Unsafe.Add(ref cells.Growth, start);
        ref double c = ref Unsafe.Add(ref cells.Completion, start);
        ref double o = ref Unsafe.Add(ref cells.Overfulfilment, start);
        ref byte attained = ref Unsafe.Add(ref cells.Attained, start);
        ref double droppedRef = ref MemoryMarshal.GetReference(dropped);
        ref double sumRef = ref MemoryMarshal.GetReference(sums);
        for (int y = from; y < years; y++)
        {
            double value = Unsafe.Add(ref a, y);
            double previous = y > 0 ? Unsafe.Add(ref a, y - 1) : double.NaN;
            double ratio = value / previous;
            // Growth.YearOnYear's condition for a rate: a positive base, a current value that is
            // not a loss (由盈转亏 has no rate), and a ratio whose percent is finite.
            Unsafe.Add(ref g, y) = previous > 0 && value >= 0 && ratio * 100.0 < double.PositiveInfinity ? ratio - 1.0 : double.NaN;
            double num = reverse ? Unsafe.Add(ref t, y) : value;
            double den = reverse ? value : Unsafe.Add(ref t, y);
            // CompletionResult.Create's condition for a rate: a positive denominator, a ceiling
            // that is not negative, and a finite percent 100·n/d (exactly 100 when on target).
            bool rate = den > 0 && (num >= 0 || !reverse) && (num == den || Math.Abs(100.0 * num / den) < double.PositiveInfinity);
            double completion = rate ? num / den : double.NaN;
            Unsafe.Add(ref c, y) = completion;
            // Math.Max/Min are branch-free and agree here with the definition's comparisons: NaN
            // stays NaN, and completion − 1 is never −0.
            Unsafe.Add(ref o, y) = Math.Max(completion - 1.0, 0.0);
            // Equal to the scalar IsMet (n ≥ d) wherever a rate exists: the relative spacing of doubles
            // is at least 2⁻⁵³, so n ≠ d puts n ÷ d at least that far from 1, and it never rounds to 1.
            Unsafe.Add(ref attained, y) = (byte)(completion >= 1.0 ? 1 : 0);
            if (double.IsNaN(completion))
            {
                Unsafe.Add(ref droppedRef, y) += points;
            }
            else
            {
                Unsafe.Add(ref sumRef, y) += CappedRatioScoring.Points(points, completion, ScoreCap);
            }
        }
    }

    /// <summary>
    /// One series, four years per Vector256; a series whose length is not a multiple of four ends
    /// with one more vector overlapping the previous one (its repeated lanes store the same values
    /// again and are masked out of the score sums). The same operations as the scalar loop, so the
    /// same bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SeriesVector(in CellRefs cells, nint start, int years, bool reverse, double points, Span<double> dropped, Span<double> sums)
    {
        ref double a = ref Unsafe.Add(ref cells.Actual, start);
        ref double g = ref Unsafe.Add(ref cells.Growth, start);

        // Growth needs the previous year: lanes y..y+3 against y-1..y+2, from year 1.
        g = double.NaN;
        int y = 1;
        for (; y + 4 <= years; y += 4)
        {
            GrowthVector(ref a, ref g, y);
        }
        if (y < years)
        {
            GrowthVector(ref a, ref g, years - 4);
        }

        var step = new CompletionStep(in cells, start, reverse, points, dropped, sums);
        Vector256<double> allLanes = Vector256<double>.AllBitsSet;
        y = 0;
        for (; y + 4 <= years; y += 4)
        {
            step.Run(y, allLanes);
        }
        if (y < years)
        {
            int last = years - 4;
            Vector256<double> fresh = Vector256.GreaterThanOrEqual(Vector256.Create(0L, 1L, 2L, 3L), Vector256.Create((long)(y - last))).AsDouble();
            step.Run(last, fresh);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GrowthVector(ref double a, ref double g, int y)
    {
        Vector256<double> current = Vector256.LoadUnsafe(ref a, (nuint)y);
        Vector256<double> previous = Vector256.LoadUnsafe(ref a, (nuint)(y - 1));
        Vector256<double> ratio = current / previous;
        Vector256<double> rate = Vector256.GreaterThan(previous, Vector256<double>.Zero)
            & Vector256.GreaterThanOrEqual(current, Vector256<double>.Zero)
            & Vector256.LessThan(ratio * Vector256.Create(100.0), Vector256.Create(double.PositiveInfinity));
        Vector256<double> growth = Vector256.ConditionalSelect(rate, ratio - Vector256<double>.One, Vector256.Create(double.NaN));
        growth.StoreUnsafe(ref g, (nuint)y);
    }

    /// <summary>Completion, overfulfilment, attainment, the dropped points and the capped points of four years of one series.</summary>
    private readonly ref struct CompletionStep
    {
        private readonly ref double a;
        private readonly ref double t;
        private readonly ref double c;
        private readonly ref double o;
        private readonly ref byte attained;
        private readonly ref double dropped;
        private readonly ref double sums;
        private readonly bool reverse;
        private readonly Vector256<double> points;

        internal CompletionStep(in CellRefs cells, nint start, bool reverse, double points, Span<double> dropped, Span<double> sums)
        {
            a = ref Unsafe.Add(ref cells.Actual, start);
            t = ref Unsafe.Add(ref cells.Target, start);
            c = ref Unsafe.Add(ref cells.Completion, start);
            o = ref Unsafe.Add(ref cells.Overfulfilment, start);
            attained = ref Unsafe.Add(ref cells.Attained, start);
            this.dropped = ref MemoryMarshal.GetReference(dropped);
            this.sums = ref MemoryMarshal.GetReference(sums);
            this.reverse = reverse;
            this.points = Vector256.Create(points);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Run(int y, Vector256<double> fresh)
        {
            Vector256<double> zero = Vector256<double>.Zero;
            Vector256<double> one = Vector256<double>.One;
            Vector256<double> av = Vector256.LoadUnsafe(ref a, (nuint)y);
            Vector256<double> tv = Vector256.LoadUnsafe(ref t, (nuint)y);
            Vector256<double> num = reverse ? tv : av;
            Vector256<double> den = reverse ? av : tv;
            Vector256<double> ratio = num / den;
            Vector256<double> completion = Vector256.ConditionalSelect(RateLanes(num, den, ratio), ratio, Vector256.Create(double.NaN));
            completion.StoreUnsafe(ref c, (nuint)y);
            Vector256<double> excess = completion - one;
            Vector256.ConditionalSelect(Vector256.LessThanOrEqual(excess, zero), zero, excess).StoreUnsafe(ref o, (nuint)y);
            uint mask = Vector256.GreaterThanOrEqual(completion, one).ExtractMostSignificantBits();
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref attained, y), AttainedBytes(mask));
            // Lanes with a completion add +0.0, which leaves a sum that started at +0.0 unchanged, as skipping them does.
            Vector256<double> missing = ~Vector256.Equals(completion, completion) & fresh;
            (Vector256.LoadUnsafe(ref dropped, (nuint)y) + (points & missing)).StoreUnsafe(ref dropped, (nuint)y);
            // The capped points at the indicator's own points: +0 without a completion, and in a repeated lane.
            Vector256<double> capped = CappedRatioScoring.PointsOrZero(points, completion, Vector256.Create(ScoreCap));
            (Vector256.LoadUnsafe(ref sums, (nuint)y) + (capped & fresh)).StoreUnsafe(ref sums, (nuint)y);
        }

        /// <summary>
        /// The lanes where the scalar loop's rate condition holds: den &gt; 0, a ceiling not negative,
        /// and num = den or |100·num ÷ den| finite. That last division is needed only where the
        /// percent might overflow: when |100·num| is finite and |num ÷ den| &lt; 1e306, 100·num ÷ den is
        /// at most 100·1e306·(1 + 2⁻⁵²)², far below double.MaxValue, so it is finite too.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector256<double> RateLanes(Vector256<double> num, Vector256<double> den, Vector256<double> ratio)
        {
            Vector256<double> infinity = Vector256.Create(double.PositiveInfinity);
            Vector256<double> hundred = Vector256.Create(100.0);
            Vector256<double> candidate = Vector256.GreaterThan(den, Vector256<double>.Zero);
            if (reverse)
            {
                candidate &= Vector256.GreaterThanOrEqual(num, Vector256<double>.Zero);
            }
            Vector256<double> finite = Vector256.Equals(num, den)
                | (Vector256.LessThan(Vector256.Abs(hundred * num), infinity) & Vector256.LessThan(Vector256.Abs(ratio), Vector256.Create(1e306)));
            // Lanes not yet known finite, with a ratio that is a number: rare (huge values or tiny denominators).
            Vector256<double> unsure = candidate & Vector256.Equals(ratio, ratio) & ~finite;
            if (unsure != Vector256<double>.Zero)
            {
                finite |= Vector256.LessThan(Vector256.Abs(hundred * num / den), infinity);
            }
            return candidate & finite;
        }
    }

    /// <summary>Four attained flags (one byte each, little-endian) from a four-bit lane mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AttainedBytes(uint mask) =>
        (mask & 1u) | ((mask & 2u) << 7) | ((mask & 4u) << 14) | ((mask & 8u) << 21);

    /// <summary>The engine's ranking: competition ranks, exact ties, higher is better, zones without a score last together.</summary>
    internal static readonly RankingOptions EngineRanking = RankingOptions.Default with { Missing = MissingScores.RankedLast };

    /// <summary>A score's key in <see cref="EngineRanking"/> (<see cref="RankAssignment.Key"/>), <see cref="RankAssignment.Missing"/> for NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong SortKey(double score) => double.IsNaN(score) ? RankAssignment.Missing : RankAssignment.Key(score, EngineRanking);

    /// <summary>Ranks one year by <see cref="RadixSort.Rank"/>, keeping the sorted order in SortedKeys/SortedZones for <see cref="RecomputeZone"/>'s incremental moves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RankYear(BulkResults results, int year)
    {
        int zones = results.ZoneCount;
        int offset = year * zones;
        Span<ulong> keys = results.SortedKeys.AsSpan(offset, zones);
        Span<int> order = results.SortedZones.AsSpan(offset, zones);
        Span<ulong> otherKeys = results.ScratchKeys.AsSpan(offset, zones);
        Span<int> otherOrder = results.ScratchZones.AsSpan(offset, zones);
        // Year-major outputs: threads ranking different years never write the same cache line, and an incremental move
        // touches one compact slice.
        if (RadixSort.Rank(results.Scores, year, results.YearCount, EngineRanking, keys, order, otherKeys, otherOrder,
            results.Histograms.AsSpan(year * BulkResults.RadixDigits * BulkResults.RadixBuckets, BulkResults.RadixDigits * BulkResults.RadixBuckets),
            results.Ranks.Slice(offset, zones)))
        {
            otherKeys.CopyTo(keys);
            otherOrder.CopyTo(order);
        }
    }

    /// <summary>
    /// Moves one zone from <paramref name="oldKey"/> to <paramref name="key"/> in a year's sorted
    /// order and updates the ranks, in time linear in the zones but with sequential memory access only.
    /// </summary>
    /// <remarks>
    /// <para>The zone's old place is found by binary search on (oldKey, zone), the sort's total
    /// order, and the zones in between are shifted by one memmove of keys and one of zones.</para>
    /// <para>A competition rank is 1 + the number of other zones with a smaller key. When the zone's
    /// key goes from k₁ to k₂, another zone's rank changes by [k₂ &lt; k] − [k₁ &lt; k]: −1 for keys in
    /// (k₁, k₂], +1 for keys in (k₂, k₁], none elsewhere, ties included. Those zones are contiguous
    /// in the sorted order and, as ranks are monotone in the key, exactly the zones whose old rank
    /// lies in (oldRank, C] (moving down) or (C − 1, oldRank] (moving up), C being the number of
    /// keys ≤ k₂. A short span is updated through the sorted order; a long one (up to every zone
    /// when a zone jumps from first to last) by one branch-free vector pass over the year's ranks,
    /// which writes sequentially instead of scattering one write per zone.</para>
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MoveInRanking(BulkResults results, int zone, int year, ulong oldKey, ulong key)
    {
        int zones = results.ZoneCount;
        Span<ulong> keys = results.SortedKeys.AsSpan(year * zones, zones);
        Span<int> order = results.SortedZones.AsSpan(year * zones, zones);
        int old = Place(keys, order, oldKey, zone);
        int place = Place(keys, order, key, zone);
        if (place < old)
        {
            keys[place..old].CopyTo(keys[(place + 1)..]);
            order[place..old].CopyTo(order[(place + 1)..]);
        }
        else if (place > old)
        {
            // Place counted the zone itself at its old place, before the new one.
            place--;
            keys[(old + 1)..(place + 1)].CopyTo(keys[old..]);
            order[(old + 1)..(place + 1)].CopyTo(order[old..]);
        }
        keys[place] = key;
        order[place] = zone;

        Span<int> ranks = results.Ranks.Slice(year * zones, zones);
        int oldRank = ranks[zone];
        int atMost = UpperBound(keys, key);
        int atMostOld = UpperBound(keys, oldKey);
        bool down = oldKey < key;
        // Sorted positions of the other zones whose rank changes (the moved zone may be among them; it is set last).
        int from = down ? atMostOld : atMost;
        int to = down ? atMost : atMostOld;
        int delta = down ? -1 : 1;
        if ((to - from) * 8L <= zones)
        {
            for (int p = from; p < to; p++)
            {
                ranks[order[p]] += delta;
            }
        }
        else
        {
            ShiftRanks(ranks, down ? oldRank : atMost - 1, down ? atMost : oldRank, delta);
        }
        ranks[zone] = LowerBound(keys, key) + 1;
    }

    /// <summary>The index of the first (key, zone) in the sorted order that does not sort before the given one.</summary>
    private static int Place(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> order, ulong key, int zone)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Before(keys[mid], order[mid], key, zone)) { lo = mid + 1; } else { hi = mid; }
        }
        return lo;
    }

    /// <summary>The number of keys less than <paramref name="key"/>.</summary>
    private static int LowerBound(ReadOnlySpan<ulong> keys, ulong key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) { lo = mid + 1; } else { hi = mid; }
        }
        return lo;
    }

    /// <summary>The number of keys less than or equal to <paramref name="key"/>.</summary>
    private static int UpperBound(ReadOnlySpan<ulong> keys, ulong key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= key) { lo = mid + 1; } else { hi = mid; }
        }
        return lo;
    }

    /// <summary>Adds <paramref name="delta"/> to every rank in (<paramref name="above"/>, <paramref name="upTo"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ShiftRanks(Span<int> ranks, int above, int upTo, int delta)
    {
        ref int r = ref MemoryMarshal.GetReference(ranks);
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<int> low = Vector256.Create(above);
            Vector256<int> high = Vector256.Create(upTo);
            Vector256<int> step = Vector256.Create(delta);
            for (; k + Vector256<int>.Count <= ranks.Length; k += Vector256<int>.Count)
            {
                Vector256<int> v = Vector256.LoadUnsafe(ref r, (nuint)k);
                Vector256<int> inside = Vector256.GreaterThan(v, low) & Vector256.LessThanOrEqual(v, high);
                (v + (step & inside)).StoreUnsafe(ref r, (nuint)k);
            }
        }
        for (; k < ranks.Length; k++)
        {
            int v = Unsafe.Add(ref r, k);
            if (v > above && v <= upTo)
            {
                Unsafe.Add(ref r, k) = v + delta;
            }
        }
    }

    /// <summary>Whether (key1, zone1) sorts before (key2, zone2): the full sort's order, ties by zone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(ulong key1, int zone1, ulong key2, int zone2) =>
        key1 < key2 || (key1 == key2 && zone1 < zone2);

    /// <summary>The two parallel phases of a recomputation (blocks of zones, then years), on <see cref="ParallelPhases"/>.</summary>
    internal sealed class Job : ParallelPhases
    {
        private readonly BulkResults results;
        private BulkDataset? dataset;
        private bool vector;
        private int blocks;
        private bool ranking;

        internal Job(BulkResults results) => this.results = results;

        internal void Run(BulkDataset data, int degree, bool useVectors)
        {
            dataset = data;
            vector = useVectors;
            // A few blocks per thread even out zones of unequal cost and cores of unequal speed.
            blocks = Math.Min(data.ZoneCount, degree * 8);
            try
            {
                ranking = false;
                RunPhase(blocks, degree);
                ranking = true;
                RunPhase(data.YearCount, degree);
            }
            finally
            {
                dataset = null;
            }
        }

        /// <inheritdoc />
        protected override void RunItem(int item)
        {
            if (ranking)
            {
                RankYear(results, item);
            }
            else
            {
                CellsAndScores(dataset!, results, BlockStart(results.ZoneCount, blocks, item), BlockStart(results.ZoneCount, blocks, item + 1), vector);
            }
        }
    }
}
