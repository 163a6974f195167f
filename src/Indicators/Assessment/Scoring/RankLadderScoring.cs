using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// The rank ladder (争先进位法): the first place earns the full weight and each place below loses a fixed share of it
/// ("第二位得满分的95%，第三位得满分的90%，以后按5%依次递减": w = 6, rank 3 → 5.4, F21) or a fixed number of points
/// ("第1名满分，相差一名扣0.2分": w = 3, rank 4 → 2.4), floored at 0. Relative: the rank is the population's competition
/// rank, so tied zones earn the same points.
/// </summary>
internal sealed class RankLadderScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal RankLadderScoring(double decrement, bool isShareOfWeight)
    {
        Decrement = Guard.Against.NegativeOrZeroOrNotFinite(decrement, isShareOfWeight ? "shareOfWeightPerPlace" : "pointsPerPlace");
        IsShareOfWeight = isShareOfWeight;
    }

    /// <inheritdoc />
    public string Name => "rank-ladder";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "排名赋分" : Name;

    /// <inheritdoc />
    /// <remarks>A share of the weight per place is (w × (1 − share × places)); a number of points per place is not.</remarks>
    public bool IsProportionalToWeight => IsShareOfWeight;

    /// <inheritdoc />
    public bool IsRelative => true;

    /// <summary>What each place below the first loses: a share of the weight (0.05) or points (0.2).</summary>
    public double Decrement { get; }

    /// <summary>Whether <see cref="Decrement"/> is a share of the weight (true) or a number of points (false).</summary>
    public bool IsShareOfWeight { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The input has no population.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var places);
        var step = IsShareOfWeight ? $"{N(Decrement)} × {N(input.Weight)}" : N(Decrement);
        return new IndicatorScore(points, null, Name, $"rank ladder: rank {places + 1}, {N(input.Weight)} - {step} × {places} = {N(points)}")
        {
            ChineseExplanation = $"排名赋分：第{places + 1}名，{N(input.Weight)} - {step} × {places} = {N(points)}",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _);

    private double Points(in ScoringInput input, out int places)
    {
        Check(input);
        places = RequirePopulation(input, Name).Rank - 1;
        var loss = IsShareOfWeight ? input.Weight * Decrement * places : Decrement * places;
        return Clamp(input.Weight - loss, input.Weight);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
