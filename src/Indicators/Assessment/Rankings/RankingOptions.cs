namespace Indicators.Assessment;

/// <summary>
/// How scores are ranked (排名规则): competition or dense ranks, the tie policy, missing scores and which direction is
/// better. Immutable; change it with <c>with</c>: <c>RankingOptions.Default with { Method = RankingMethod.Dense }</c>.
/// </summary>
public sealed record RankingOptions
{
    private readonly RankingMethod method;
    private readonly MissingScores missing;
    private readonly Polarity polarity;

    /// <summary>Competition ranks (1, 2, 2, 4), exact ties, missing scores unranked, higher is better.</summary>
    public static RankingOptions Default { get; } = new();

    /// <summary>Competition (1, 2, 2, 4; the default) or dense (1, 2, 2, 3).</summary>
    public RankingMethod Method
    {
        get => method;
        init
        {
            EnumCheck.Defined(value, nameof(Method));
            method = value;
        }
    }

    /// <summary>When two scores tie; <see cref="TiePolicy.Exact"/> by default.</summary>
    public TiePolicy Ties { get; init; }

    /// <summary>Whether a zone without a score is unranked (the default) or ranked last with the others without one.</summary>
    public MissingScores Missing
    {
        get => missing;
        init
        {
            EnumCheck.Defined(value, nameof(Missing));
            missing = value;
        }
    }

    /// <summary>Higher is better (<see cref="Polarity.Positive"/>, the default) or lower is better (<see cref="Polarity.Reverse"/>, 逆向: energy per 万元, accidents).</summary>
    public Polarity Polarity
    {
        get => polarity;
        init
        {
            EnumCheck.Defined(value, nameof(Polarity));
            polarity = value;
        }
    }
}
