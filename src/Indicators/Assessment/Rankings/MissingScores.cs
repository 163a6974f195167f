namespace Indicators.Assessment;

/// <summary>What a ranking does with a zone without a score (无数据, or excluded by a veto).</summary>
public enum MissingScores
{
    /// <summary>Not ranked (不参加排名): its rank is null and it does not count in the others' ranks. The default.</summary>
    Unranked = 0,

    /// <summary>Ranked last, all together (并列最后): after every zone with a score, sharing one rank.</summary>
    RankedLast = 1,
}
