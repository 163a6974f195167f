namespace Indicators.Assessment;

/// <summary>
/// What an assessment scheme does when a zone has no value for an indicator (数据缺失). Missing data is
/// never silently zero: every choice is explicit and shows in the explanation.
/// </summary>
public enum MissingDataPolicy
{
    /// <summary>Evaluation fails with an <see cref="AssessmentException"/> naming the zone and the indicator (the default).</summary>
    Error = 0,

    /// <summary>The indicator scores 0 points and is flagged as missing (缺报不得分).</summary>
    ScoreZero = 1,

    /// <summary>The indicator is dropped for that zone and the other indicators of its category are scaled up to keep the category's weight (权重重新分配).</summary>
    Reweight = 2,
}

/// <summary>The forms of a veto (一票否决).</summary>
public enum VetoForm
{
    /// <summary>The total is set to 0 (当年考核得分为零).</summary>
    ScoreZero = 0,

    /// <summary>The zone is excluded from the ranking (取消当年评价资格); it keeps its score but has no rank.</summary>
    ExcludeFromRanking = 1,

    /// <summary>The grade is capped at a given grade (不得评为优秀); the score and the rank stand.</summary>
    CapGrade = 2,

    /// <summary>The zone loses its honours only (取消评先评优资格): the total, the grade and the rank stand, and the result says
    /// so (<see cref="ZoneAssessment.HonoursRevoked"/>).</summary>
    RevokeHonours = 3,
}

/// <summary>How a bonus item (加分项) awards points.</summary>
public enum BonusKind
{
    /// <summary>Points for each event (每项加x分), up to the item's cap.</summary>
    PerEvent = 0,

    /// <summary>Fixed points once, however many events (达到即加x分).</summary>
    Fixed = 1,
}

/// <summary>How one indicator of one zone was scored (单项计分情况).</summary>
public enum IndicatorAssessmentStatus
{
    /// <summary>The value was present and the scoring method scored it.</summary>
    Scored = 0,

    /// <summary>The value was missing and <see cref="MissingDataPolicy.ScoreZero"/> scored it 0.</summary>
    MissingScoredZero = 1,

    /// <summary>The value was missing and <see cref="MissingDataPolicy.Reweight"/> dropped it; its weight went to the category's other indicators.</summary>
    MissingReweighted = 2,
}
