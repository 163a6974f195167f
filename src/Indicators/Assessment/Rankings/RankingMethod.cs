namespace Indicators.Assessment;

/// <summary>How ranks follow a tie (并列).</summary>
public enum RankingMethod
{
    /// <summary>Competition ranking (1, 2, 2, 4): tied zones share a rank and the next rank skips; rank = 1 + the number of zones strictly better. What published rankings use.</summary>
    Competition = 0,

    /// <summary>Dense ranking (1, 2, 2, 3): tied zones share a rank and the next rank does not skip.</summary>
    Dense = 1,
}
