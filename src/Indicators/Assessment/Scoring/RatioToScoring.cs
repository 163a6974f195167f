using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// The ratio to a reference (参照比值法, the 科技部火炬中心 method): points = w × min(cap, x / R), or w × min(cap, R / x)
/// for a reverse indicator, floored at 0. The reference R is the best zone's value, the mean, the median or the total of
/// the values present (relative), or a stated value in the indicator's unit (a provincial average). Against the total the
/// points are the zone's share of the total × w. Best 20, x = 15, w = 3 → 3 × 15 / 20 = 2.25; a stated 12.5 and x = 15
/// with cap 1 → 3.
/// </summary>
/// <remarks>
/// Edge cases, each refused (an <see cref="ArgumentException"/> the scheme turns into an assessment error, and bulk into
/// an unscorable zone-year) rather than given a number: a reference of 0 or below (the population's best, mean, median or
/// total, which no ratio can be taken of), a population that gives no such value, and <see cref="RelativeReference.Total"/>
/// for a reverse indicator (a share of the total is better when larger). A reverse indicator's value of 0 or below
/// (nothing of a bad thing) earns the cap, as in the capped and benchmark ratios. A negative value of a positive indicator
/// earns 0 (the floor), not negative points. A missing value never reaches the method: the entry's missing-data policy
/// applies, and the population is the zones with a value.
/// </remarks>
internal sealed class RatioToScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal RatioToScoring(RelativeReference reference, double cap)
    {
        EnumCheck.Defined(reference, nameof(reference));
        Reference = reference;
        Cap = Guard.Against.NegativeOrZeroOrNotFinite(cap, nameof(cap));
    }

    internal RatioToScoring(double reference, double cap)
    {
        StatedReference = Guard.Against.NegativeOrZeroOrNotFinite(reference, nameof(reference));
        Cap = Guard.Against.NegativeOrZeroOrNotFinite(cap, nameof(cap));
    }

    /// <inheritdoc />
    public string Name => "ratio-to";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "参照比值法" : Name;

    /// <inheritdoc />
    /// <remarks>True: w × min(ratio, cap), clamped.</remarks>
    public bool IsProportionalToWeight => true;

    /// <inheritdoc />
    public bool IsRelative => StatedReference is null;

    /// <summary>The population's value the zone's value is divided by; meaningless when <see cref="StatedReference"/> is given.</summary>
    public RelativeReference Reference { get; }

    /// <summary>The stated reference (a provincial average), in the indicator's unit; null when the population gives it.</summary>
    public double? StatedReference { get; }

    /// <summary>The largest ratio counted, as a multiple of the weight (1: at most the weight).</summary>
    public double Cap { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The reference is not positive or the population gives none; or the total is asked of a reverse indicator.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var reference);
        var ratio = input.Polarity == Polarity.Reverse ? N(reference) + " / " + N(input.Value) : N(input.Value) + " / " + N(reference);
        var (what, whatZh) = Describe(input.Population);
        return new IndicatorScore(points, null, Name, $"ratio to {what} {N(reference)}: {N(input.Weight)} × min({ratio}, {N(Cap)}) = {N(points)}")
        {
            ChineseExplanation = $"参照比值法（参照值取{whatZh} {N(reference)}）：{N(input.Weight)} × {ratio}（比值不超过 {N(Cap)}，不低于 0）= {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _);

    private double Points(in ScoringInput input, out double reference)
    {
        // A stated reference reads no population, so a population the method does not read cannot refuse the zone.
        Check(StatedReference is null ? input : input with { Population = null });
        if (StatedReference is { } stated)
        {
            reference = stated;
        }
        else
        {
            Guard.Against.False(Reference != RelativeReference.Total || input.Polarity != Polarity.Reverse, nameof(input),
                "The ratio to the total is a share of it, better when larger; it has no meaning for a reverse indicator (lower is better).");
            var population = RequirePopulation(input, Name);
            var value = ReferenceOf(population, Reference);
            // The reference is named only in a refusal: describing it on every cell would allocate two strings per cell.
            reference = value is { } v
                ? (v > 0 ? v : RequirePositive(v, "reference (" + Describe(population).English + ")", Name))
                : throw new ArgumentException($"The {Name} method needs {Describe(population).English} of the zones' values, which the population does not give (a sum beyond the range of a number, or a population built without it).", nameof(input));
        }
        return Points(input.Weight, input.Value, reference, input.Polarity, Cap);
    }

    /// <summary>The population's value a relative ratio divides by, or null when the population does not give it.</summary>
    internal static double? ReferenceOf(in ScoringPopulation population, RelativeReference reference) => reference switch
    {
        RelativeReference.Best => population.Best,
        RelativeReference.Mean => population.Mean,
        RelativeReference.Median => population.Median,
        _ => population.Total,
    };

    /// <summary>
    /// The points against a positive reference: the one formula of the scalar method and of the bulk vector path
    /// (<c>BulkAssessmentVector</c> performs these operations lane by lane).
    /// </summary>
    internal static double Points(double weight, double value, double reference, Polarity polarity, double cap) =>
        CappedRatioScoring.Points(weight, ContinuousRatio(value, reference, polarity), cap);

    /// <summary>The reference named for an explanation, with the number of zones it comes from.</summary>
    private (string English, string Chinese) Describe(ScoringPopulation? population)
    {
        if (StatedReference is not null)
        {
            return ("the stated reference", "给定参照值");
        }
        var count = population is { } p ? p.Count : 0;
        return Reference switch
        {
            RelativeReference.Best => ($"the best of {count} zones' values", $"{count}个开发区中的最优值"),
            RelativeReference.Mean => ($"the mean of {count} zones' values", $"{count}个开发区的平均值"),
            RelativeReference.Median => ($"the median of {count} zones' values", $"{count}个开发区的中位数"),
            _ => ($"the total of {count} zones' values", $"{count}个开发区的合计"),
        };
    }

    /// <inheritdoc />
    public override string ToString() => StatedReference is { } r ? Name + " (reference " + N(r) + ", cap " + N(Cap) + ")"
        : Name + " (" + Reference.ToString().ToLowerInvariant() + ", cap " + N(Cap) + ")";
}
