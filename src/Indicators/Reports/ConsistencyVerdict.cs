namespace Indicators.Reports;

/// <summary>The verdict of a consistency check on stated figures (核验结论).</summary>
/// <remarks>0 is <see cref="Unverifiable"/>, so that a <c>default</c> check never claims that figures agree.</remarks>
public enum ConsistencyVerdict
{
    /// <summary>无法核验: a figure the check needs is not given (a base, a whole, a target), or has no value (a base ≤ 0).</summary>
    Unverifiable = 0,

    /// <summary>一致: the figures as stated give the stated result at its own precision.</summary>
    Consistent = 1,

    /// <summary>勉强一致: the figures as stated do not give it, but values they stand for (their rounding, their qualifiers) do.</summary>
    Borderline = 2,

    /// <summary>不一致: no values the figures stand for give the stated result.</summary>
    Inconsistent = 3,
}
