using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>Whether one zone-year of a bulk assessment has a total (批量考核状态), and if not, why.</summary>
public enum BulkAssessmentStatus
{
    /// <summary>Every indicator was scored (or handled by its missing-data policy): the total, subtotals and points are present.</summary>
    Scored = 0,

    /// <summary>
    /// A value is missing for an indicator whose policy is <see cref="MissingDataPolicy.Error"/> (数据缺失). The scalar
    /// <see cref="AssessmentScheme.Evaluate"/> throws for the whole population; in bulk only this zone-year has no total.
    /// </summary>
    MissingValue = 1,

    /// <summary>Every indicator of a category is missing under <see cref="MissingDataPolicy.Reweight"/>, so its weight cannot be reweighted.</summary>
    NothingToReweight = 2,

    /// <summary>
    /// A scoring method rejected its input (no target, a target of zero, a base on the wrong side) or gave a non-finite
    /// score, or a category's points add up beyond the range of a number; the scalar evaluation throws an
    /// <see cref="AssessmentException"/> there.
    /// </summary>
    Unscorable = 3,
}
