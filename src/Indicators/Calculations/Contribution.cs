namespace Indicators;

/// <summary>Contributions to growth (贡献率) and pulls (拉动) of the parts of a whole.</summary>
public static class Contribution
{
    /// <summary>The contribution of a part to the whole's growth (贡献率): <c>Δpart / Δwhole</c>.</summary>
    /// <param name="partIncrease">The part's increase; finite.</param>
    /// <param name="wholeIncrease">The whole's increase; finite.</param>
    /// <returns>The contribution, or no value when the whole did not change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static ContributionResult Of(double partIncrease, double wholeIncrease) =>
        new(Guard.Against.NotFinite(partIncrease), Guard.Against.NotFinite(wholeIncrease));

    /// <summary>The pull of a part on the whole's growth (拉动), in percentage points: <c>Δpart / whole(t−1)</c>.</summary>
    /// <param name="partIncrease">The part's increase; finite.</param>
    /// <param name="wholePrevious">The whole's earlier level; finite.</param>
    /// <returns>The pull, or no value when the whole's earlier level is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static PullResult Pull(double partIncrease, double wholePrevious) =>
        new(Guard.Against.NotFinite(partIncrease), Guard.Against.NotFinite(wholePrevious));
}
