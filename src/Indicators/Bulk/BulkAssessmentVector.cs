using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>The continuous ratio methods <see cref="BulkAssessmentVector"/> scores four years at a time.</summary>
internal enum RatioKind : byte
{
    /// <summary>Any other method, or a policy or default the vector path does not take: the generic path scores it.</summary>
    None,

    /// <summary><see cref="CappedRatioScoring"/>: w × min(ratio, cap), clamped to [0, w × cap].</summary>
    Capped,

    /// <summary><see cref="BenchmarkRatioScoring"/>: w × clamp(100 × ratio, 0, 100) / 100, clamped to [0, w].</summary>
    Benchmark,

    /// <summary><see cref="RatioToScoring"/>: the capped ratio to the population's reference (per year) or a stated one.</summary>
    RatioTo,

    /// <summary>
    /// <see cref="EfficacyCoefficientScoring"/>, relative or with fixed values: the scalar's binary position
    /// (<c>ScoringChecks.ContinuousPosition</c>) four years at a time; a lane whose difference is not finite goes through
    /// the scalar function.
    /// </summary>
    Efficacy,
}

/// <summary>One scheme indicator as the vector path reads it.</summary>
/// <param name="Kind">The method, or <see cref="RatioKind.None"/>.</param>
/// <param name="Parameter">The cap of a capped ratio; the fixed benchmark of a benchmark ratio, NaN when the target is the benchmark.</param>
/// <param name="DefaultTarget">The scheme's default target, NaN when there is none.</param>
/// <param name="Reverse">Whether lower is better.</param>
/// <param name="Reweight">Whether a missing value is reweighted (else it scores zero).</param>
internal readonly record struct RatioMethod(RatioKind Kind, double Parameter, double DefaultTarget, bool Reverse, bool Reweight)
{
    /// <summary>The stated reference of a ratio_to, or an efficacy coefficient's 满意值; NaN when the population gives it.</summary>
    internal double Reference { get; init; } = double.NaN;

    /// <summary>An efficacy coefficient's 不允许值; NaN when the population gives it.</summary>
    internal double Worst { get; init; } = double.NaN;

    /// <summary>Whether the method reads the population (per-year arrays of the results).</summary>
    internal bool Relative { get; init; }

    /// <summary>Whether the scalar refuses every value (a ratio to the total of a reverse indicator; fixed values against the polarity).</summary>
    internal bool Refused { get; init; }

    /// <summary>The indicator's ratio method, or <see cref="RatioKind.None"/> when the generic path must score it.</summary>
    internal static RatioMethod Of(SchemeIndicator indicator)
    {
        var defaults = indicator.DefaultTargets;
        // The scalar checks every target it is given: a non-finite default would make each cell throw, which the
        // generic path reports; the vector path only takes finite (or no) defaults and finite points.
        if (indicator.MissingData is not (MissingDataPolicy.Reweight or MissingDataPolicy.ScoreZero)
            || !FiniteOrNone(defaults.Target) || !FiniteOrNone(defaults.Stretch) || !FiniteOrNone(defaults.Baseline)
            || !double.IsFinite(indicator.Points) || indicator.Points < 0)
        {
            return default;
        }
        bool reverse = indicator.Definition.Polarity == Polarity.Reverse;
        bool reweight = indicator.MissingData == MissingDataPolicy.Reweight;
        double target = defaults.Target ?? double.NaN;
        return indicator.Method switch
        {
            CappedRatioScoring capped => new RatioMethod(RatioKind.Capped, capped.Cap, target, reverse, reweight),
            // Without a fixed benchmark or a default target, a cell without a target is scored against the year's best
            // zone, a population the generic path computes.
            BenchmarkRatioScoring benchmark when benchmark.Benchmark is not null || defaults.Target is not null =>
                new RatioMethod(RatioKind.Benchmark, benchmark.Benchmark ?? double.NaN, target, reverse, reweight),
            RatioToScoring ratio => new RatioMethod(RatioKind.RatioTo, ratio.Cap, target, reverse, reweight)
            {
                Reference = ratio.StatedReference ?? double.NaN,
                Relative = ratio.IsRelative,
                Refused = ratio.IsRelative && ratio.Reference == RelativeReference.Total && reverse,
            },
            // Only 满意值 without 不允许值 (or the reverse) reads a population the scheme does not give: the generic path refuses it.
            EfficacyCoefficientScoring efficacy when (efficacy.Satisfactory is null) == (efficacy.Unacceptable is null) =>
                new RatioMethod(RatioKind.Efficacy, double.NaN, target, reverse, reweight)
                {
                    Reference = efficacy.Satisfactory ?? double.NaN,
                    Worst = efficacy.Unacceptable ?? double.NaN,
                    Relative = efficacy.IsRelative,
                    Refused = efficacy is { Satisfactory: { } s, Unacceptable: { } u } && Math.Sign(s - u) != (reverse ? -1 : 1),
                },
            _ => default,
        };
    }

    private static bool FiniteOrNone(double? value) => value is not { } v || double.IsFinite(v);
}

/// <summary>
/// One scheme indicator's constants on the vector path (<see cref="RatioMethod"/> broadcast to Vector256 lanes), made
/// once with the plan so that scoring a zone's series starts from them instead of building them per zone.
/// </summary>
internal readonly struct RatioVectors
{
    internal RatioVectors(RatioMethod method, double indicatorPoints)
    {
        Kind = method.Kind;
        Reverse = method.Reverse;
        Relative = method.Relative;
        Refused = method.Refused;
        FixedBenchmark = method.Kind == RatioKind.Benchmark && !double.IsNaN(method.Parameter);
        Weight = indicatorPoints;
        Points = Vector256.Create(indicatorPoints);
        Parameter = Vector256.Create(method.Parameter);
        DefaultTarget = Vector256.Create(method.DefaultTarget);
        Reference = Vector256.Create(method.Reference);
        Worst = Vector256.Create(method.Worst);
    }

    /// <summary>The method (<see cref="RatioMethod.Kind"/>).</summary>
    internal RatioKind Kind { get; }

    /// <summary>Whether lower is better.</summary>
    internal bool Reverse { get; }

    /// <summary>Whether the method reads the population.</summary>
    internal bool Relative { get; }

    /// <summary>Whether the scalar refuses every value (<see cref="RatioMethod.Refused"/>).</summary>
    internal bool Refused { get; }

    /// <summary>Whether a benchmark ratio has a fixed benchmark (else the target is the benchmark).</summary>
    internal bool FixedBenchmark { get; }

    /// <summary>The indicator's points (its weight in the category).</summary>
    internal double Weight { get; }

    /// <summary><see cref="Weight"/> in every lane.</summary>
    internal Vector256<double> Points { get; }

    /// <summary><see cref="RatioMethod.Parameter"/> in every lane.</summary>
    internal Vector256<double> Parameter { get; }

    /// <summary><see cref="RatioMethod.DefaultTarget"/> in every lane.</summary>
    internal Vector256<double> DefaultTarget { get; }

    /// <summary><see cref="RatioMethod.Reference"/> in every lane.</summary>
    internal Vector256<double> Reference { get; }

    /// <summary><see cref="RatioMethod.Worst"/> in every lane.</summary>
    internal Vector256<double> Worst { get; }
}

/// <summary>
/// The vector path of <see cref="BulkAssessment.Evaluate"/> for a category whose indicators are all continuous ratio
/// methods (<see cref="RatioKind"/>) under <see cref="MissingDataPolicy.Reweight"/> or
/// <see cref="MissingDataPolicy.ScoreZero"/>: one zone's years four at a time (Vector256 lanes over the contiguous
/// years of a series, a series not a multiple of four ending with one overlapping vector whose repeated lanes are
/// masked out of the sums). Every lane performs the scalar method's operations in the scalar's order — the dropped
/// points summed in indicator order, the scale, each indicator's ratio, cap and clamp at its own points, the points
/// summed in indicator order, the sum × the scale — so the bits are <c>BulkAssessmentKernel</c>'s generic ones. Every
/// such method gives points proportional to the weight, so the category's reweighting scales its sum
/// (<see cref="SchemeCategory.ReweightsSum"/>).
/// </summary>
internal static class BulkAssessmentVector
{
    /// <summary>
    /// Scores category <paramref name="c"/> of zone <paramref name="z"/> in every year: writes its points and subtotals,
    /// adds the subtotals to <paramref name="sums"/>, and marks in <paramref name="statuses"/> the years it cannot score
    /// (a year keeps the first failure, as the scalar stops at it).
    /// </summary>
    /// <param name="dataset">The values and targets; at least four years.</param>
    /// <param name="results">The buffers.</param>
    /// <param name="z">The zone.</param>
    /// <param name="c">The category.</param>
    /// <param name="sums">Per year, the sum of the subtotals so far.</param>
    /// <param name="statuses">Per year, the zone-year's status so far.</param>
    /// <param name="scale">Scratch of one value per year.</param>
    /// <param name="acc">Scratch of one value per year.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Category(BulkDataset dataset, BulkAssessmentResults results, int z, int c,
        Span<double> sums, Span<byte> statuses, Span<double> scale, Span<double> acc)
    {
        var plan = results.Plan;
        int years = dataset.YearCount;
        int indicators = dataset.IndicatorCount;
        int first = plan.CategoryStart[c], end = plan.CategoryStart[c + 1];
        ref double actual = ref MemoryMarshal.GetReference(dataset.Actual);
        ref double target = ref MemoryMarshal.GetReference(dataset.Target);
        ref double points = ref MemoryMarshal.GetReference(results.Points);
        ref double sum = ref MemoryMarshal.GetReference(acc);
        int whole = years & ~3;
        int last = years - 4;
        Vector256<double> tail = Vector256.GreaterThanOrEqual(Vector256.Create(0L, 1L, 2L, 3L), Vector256.Create((long)(whole - last))).AsDouble();
        var category = plan.Categories[c];
        if (plan.CategoryReweights[c])
        {
            Reweight(dataset, plan, z, c, statuses, scale, acc, tail);
        }
        else
        {
            // No value is reweighted, so nothing is dropped: Reweighting.Scale(points, 0, weight) is 1 in every year.
            scale.Fill(1.0);
        }

        // Pass 2, the scalar's second loop: each indicator's points at its own weight, summed in indicator order.
        acc.Clear();
        RatioVectors[] steps = plan.VectorSteps;
        for (int k = first; k < end; k++)
        {
            ref readonly RatioVectors step = ref steps[k];
            nint series = ((nint)z * indicators + plan.DatasetIndex[k]) * years;
            ref double a = ref Unsafe.Add(ref actual, series);
            ref double t = ref Unsafe.Add(ref target, series);
            ref double p = ref Unsafe.Add(ref points, ((nint)z * results.IndicatorCount + k) * years);
            // A relative method's per-year population arrays; a method that reads none gets the series itself (unread).
            int r = plan.RelativeIndex[k];
            if (step.Kind == RatioKind.Efficacy)
            {
                ref double best = ref r >= 0 ? ref results.PopulationBest[r * years] : ref a;
                ref double worst = ref r >= 0 ? ref results.PopulationWorst[r * years] : ref a;
                for (int y = 0; y < whole; y += 4)
                {
                    if (Efficacy(in step, ref a, ref t, ref p, ref sum, ref best, ref worst, y, Vector256<double>.AllBitsSet) is var bad and not 0)
                    {
                        MarkUnscorable(statuses, y, bad);
                    }
                }
                if (whole < years && Efficacy(in step, ref a, ref t, ref p, ref sum, ref best, ref worst, last, tail) is var badTail and not 0)
                {
                    MarkUnscorable(statuses, last, badTail);
                }
            }
            else
            {
                ref double reference = ref r >= 0 ? ref results.PopulationReference[r * years] : ref a;
                for (int y = 0; y < whole; y += 4)
                {
                    if (Ratio(in step, ref a, ref t, ref p, ref sum, ref reference, y, Vector256<double>.AllBitsSet) is var bad and not 0)
                    {
                        MarkUnscorable(statuses, y, bad);
                    }
                }
                if (whole < years && Ratio(in step, ref a, ref t, ref p, ref sum, ref reference, last, tail) is var badTail and not 0)
                {
                    MarkUnscorable(statuses, last, badTail);
                }
            }
        }
        double? cap = category.Cap;
        Span<double> subtotals = results.Subtotals.Slice(results.SubtotalIndex(z, c, 0), years);
        for (int y = 0; y < years; y++)
        {
            double uncapped = scale[y] * acc[y];
            if (!double.IsFinite(uncapped))
            {
                Fail(statuses, y, BulkAssessmentStatus.Unscorable);
            }
            double subtotal = cap is double most ? Math.Min(uncapped, most) : uncapped;
            subtotals[y] = subtotal;
            sums[y] += subtotal;
        }
    }

    /// <summary>
    /// Pass 1, the scalar's first loop: the points of the values missing under Reweight, in indicator order, into
    /// <paramref name="acc"/>; then each year's reweighting scale (a year with nothing left to reweight fails).
    /// </summary>
    private static void Reweight(BulkDataset dataset, BulkAssessmentPlan plan, int z, int c, Span<byte> statuses, Span<double> scale, Span<double> acc,
        Vector256<double> tail)
    {
        int years = dataset.YearCount;
        int indicators = dataset.IndicatorCount;
        int whole = years & ~3;
        int last = years - 4;
        ref double actual = ref MemoryMarshal.GetReference(dataset.Actual);
        ref double sum = ref MemoryMarshal.GetReference(acc);
        acc.Clear();
        for (int k = plan.CategoryStart[c]; k < plan.CategoryStart[c + 1]; k++)
        {
            if (!plan.VectorMethods[k].Reweight)
            {
                continue;
            }
            ref double a = ref Unsafe.Add(ref actual, ((nint)z * indicators + plan.DatasetIndex[k]) * years);
            Vector256<double> weight = plan.VectorSteps[k].Points;
            for (int y = 0; y < whole; y += 4)
            {
                Dropped(ref a, ref sum, y, weight, Vector256<double>.AllBitsSet);
            }
            if (whole < years)
            {
                Dropped(ref a, ref sum, last, weight, tail);
            }
        }
        var category = plan.Categories[c];
        double categoryPoints = plan.CategoryPoints[c];
        for (int y = 0; y < years; y++)
        {
            double factor = Reweighting.Scale(categoryPoints, acc[y], category.Weight);
            if (double.IsNaN(factor))
            {
                Fail(statuses, y, BulkAssessmentStatus.NothingToReweight);
                factor = 1.0;
            }
            scale[y] = factor;
        }
    }

    /// <summary>Adds the indicator's points to the dropped sum of the years whose value is missing (+0 elsewhere, which leaves a sum unchanged).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Dropped(ref double a, ref double sum, int y, Vector256<double> weight, Vector256<double> fresh)
    {
        Vector256<double> value = Vector256.LoadUnsafe(ref a, (nuint)y);
        Vector256<double> missing = ~Vector256.Equals(value, value) & fresh;
        (Vector256.LoadUnsafe(ref sum, (nuint)y) + (weight & missing)).StoreUnsafe(ref sum, (nuint)y);
    }

    private static void MarkUnscorable(Span<byte> statuses, int y, uint lanes)
    {
        for (int lane = 0; lane < 4; lane++)
        {
            if ((lanes & (1u << lane)) != 0)
            {
                Fail(statuses, y + lane, BulkAssessmentStatus.Unscorable);
            }
        }
    }

    /// <summary>Records a year's failure unless an earlier one (an earlier category, or this category's reweighting) stopped it first.</summary>
    private static void Fail(Span<byte> statuses, int y, BulkAssessmentStatus status)
    {
        if (statuses[y] == (byte)BulkAssessmentStatus.Scored)
        {
            statuses[y] = (byte)status;
        }
    }

    /// <summary>
    /// Years y … y + 3 of one indicator of one zone by a capped ratio, a benchmark ratio or a ratio to a reference, as the
    /// scalar method computes each: stores the points, adds the <paramref name="fresh"/> lanes to the sums, and returns
    /// the lanes (bits) with a value the method rejects.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Ratio(in RatioVectors step, ref double a, ref double t, ref double points, ref double sum, ref double reference,
        int y, Vector256<double> fresh)
    {
        Vector256<double> zero = Vector256<double>.Zero;
        Vector256<double> infinity = Vector256.Create(double.PositiveInfinity);
        Vector256<double> value = Vector256.LoadUnsafe(ref a, (nuint)y);
        Vector256<double> cellTarget = Vector256.LoadUnsafe(ref t, (nuint)y);
        Vector256<double> weight = step.Points;
        Vector256<double> present = Vector256.Equals(value, value);
        // The dataset's target where it has one, else the scheme's default (NaN: none).
        Vector256<double> targetValue = Vector256.ConditionalSelect(Vector256.Equals(cellTarget, cellTarget), cellTarget, step.DefaultTarget);
        Vector256<double> targetOk;
        Vector256<double> denominator;
        if (step.Kind == RatioKind.RatioTo)
        {
            // Check rejects a target that is there and not finite, though the method reads none; the reference is
            // positive (RequirePositive), NaN where the population gives none or is not finite (every zone refused).
            denominator = step.Relative ? Vector256.LoadUnsafe(ref reference, (nuint)y) : step.Reference;
            targetOk = ~Vector256.Equals(Vector256.Abs(targetValue), infinity) & Vector256.GreaterThan(denominator, zero);
            if (step.Refused)
            {
                targetOk = zero;
            }
        }
        else if (step.FixedBenchmark)
        {
            // ScoringChecks.Check still rejects a target that is there and not finite.
            targetOk = ~Vector256.Equals(Vector256.Abs(targetValue), infinity);
            denominator = step.Parameter;
        }
        else
        {
            // RequirePositive and Check: a target, finite and positive.
            targetOk = Vector256.GreaterThan(targetValue, zero) & Vector256.LessThan(targetValue, infinity);
            denominator = targetValue;
        }
        // ScoringChecks.ContinuousRatio: x / T, or T / x with a reverse value of 0 or below infinitely good.
        Vector256<double> ratio = step.Reverse
            ? Vector256.ConditionalSelect(Vector256.LessThanOrEqual(value, zero), infinity, denominator / value)
            : value / denominator;
        Vector256<double> result;
        if (step.Kind is RatioKind.Capped or RatioKind.RatioTo)
        {
            // RatioToScoring.Points is CappedRatioScoring.Points of the continuous ratio, the parameter its cap.
            result = CappedRatioScoring.Points(weight, ratio, step.Parameter);
        }
        else
        {
            // Math.Clamp(100 × ratio, 0, 100) + 0.0, then Clamp(w × index / 100, w).
            Vector256<double> hundred = Vector256.Create(100.0);
            Vector256<double> index = ScoringChecks.Clamp(hundred * ratio, hundred);
            result = ScoringChecks.Clamp(weight * index / hundred, weight);
        }
        // What ScoringChecks.Check and the evaluator's finiteness test reject. The weight is the indicator's finite
        // points (RatioMethod.Of), but w × cap may overflow for a huge cap, which leaves the result +∞.
        Vector256<double> ok = targetOk
            & Vector256.LessThan(Vector256.Abs(value), infinity)
            & Vector256.LessThan(result, infinity);
        // A missing value scores +0 under both policies.
        Vector256<double> stored = result & present;
        stored.StoreUnsafe(ref points, (nuint)y);
        (Vector256.LoadUnsafe(ref sum, (nuint)y) + (stored & fresh)).StoreUnsafe(ref sum, (nuint)y);
        return (present & ~ok).ExtractMostSignificantBits();
    }

    /// <summary>
    /// <see cref="Ratio"/> for an efficacy coefficient, with <see cref="EfficacyCoefficientScoring.Points(double, double, double, double, out double)"/>'s
    /// operations in its order, after the checks the scalar makes (a finite value and target, a finite best and worst
    /// of the population, fixed values that agree with the polarity). A lane whose difference is not finite (values
    /// near ±1.8e308, where the scalar divides the halves) is scored by the scalar function.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Efficacy(in RatioVectors step, ref double a, ref double t, ref double points, ref double sum, ref double best, ref double worst,
        int y, Vector256<double> fresh)
    {
        Vector256<double> infinity = Vector256.Create(double.PositiveInfinity);
        Vector256<double> hundred = Vector256.Create(100.0);
        Vector256<double> indicatorPoints = step.Points;
        Vector256<double> value = Vector256.LoadUnsafe(ref a, (nuint)y);
        Vector256<double> high = step.Relative ? Vector256.LoadUnsafe(ref best, (nuint)y) : step.Reference;
        Vector256<double> low = step.Relative ? Vector256.LoadUnsafe(ref worst, (nuint)y) : step.Worst;
        Vector256<double> present = Vector256.Equals(value, value);
        // Check rejects a target that is there and not finite (the default is finite or none: RatioMethod.Of); the
        // population's best and worst are NaN where every zone was refused.
        Vector256<double> ok = step.Refused ? Vector256<double>.Zero
            : Vector256.LessThan(Vector256.Abs(value), infinity)
            & ~Vector256.Equals(Vector256.Abs(Vector256.LoadUnsafe(ref t, (nuint)y)), infinity)
            & Vector256.LessThan(Vector256.Abs(high), infinity)
            & Vector256.LessThan(Vector256.Abs(low), infinity);
        // ScoringChecks.ContinuousPosition, 60 + 40 × it, Math.Clamp to [0, 100] (the index is never −0, so Clamp's
        // + 0.0 keeps its bits); best = worst gives 100.
        Vector256<double> gap = value - low;
        Vector256<double> span = high - low;
        Vector256<double> position = (gap / span) + Vector256<double>.Zero;
        Vector256<double> index = Vector256.ConditionalSelect(Vector256.Equals(high, low), hundred,
            ScoringChecks.Clamp(Vector256.Create(60.0) + (Vector256.Create(40.0) * position), hundred));
        Vector256<double> result = ScoringChecks.Clamp(indicatorPoints * index / hundred, indicatorPoints);
        Vector256<double> stored = result & present & ok;
        stored.StoreUnsafe(ref points, (nuint)y);
        uint halves = (present & ok & ~(Vector256.LessThan(Vector256.Abs(gap), infinity) & Vector256.LessThan(Vector256.Abs(span), infinity)))
            .ExtractMostSignificantBits();
        if (halves != 0)
        {
            ScalarLanes(step.Weight, ref points, y, value, high, low, halves);
        }
        // The weight is finite (RatioMethod.Of) and the index in [0, 100], so the points are finite.
        (Vector256.LoadUnsafe(ref sum, (nuint)y) + (Vector256.LoadUnsafe(ref points, (nuint)y) & fresh)).StoreUnsafe(ref sum, (nuint)y);
        return (present & ~ok).ExtractMostSignificantBits();
    }

    /// <summary>The lanes <see cref="Efficacy"/> leaves to the scalar function (a difference that overflows).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ScalarLanes(double weight, ref double points, int y, Vector256<double> value, Vector256<double> high, Vector256<double> low, uint halves)
    {
        for (int lane = 0; halves != 0; lane++, halves >>= 1)
        {
            if ((halves & 1) != 0)
            {
                Unsafe.Add(ref points, y + lane) = EfficacyCoefficientScoring.Points(weight, value.GetElement(lane), high.GetElement(lane), low.GetElement(lane), out _);
            }
        }
    }
}
