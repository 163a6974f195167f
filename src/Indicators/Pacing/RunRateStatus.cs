namespace Indicators;

/// <summary>Whether the monthly run rate still needed (余下月份需月均完成) exists, and why not.</summary>
public enum RunRateStatus
{
    /// <summary>A run rate is needed and given by <see cref="PacingResult.RequiredMonthlyRunRate"/>.</summary>
    Required = 0,

    /// <summary>The year-to-date value already reaches the annual target (已完成全年目标): nothing more is needed.</summary>
    TargetAlreadyMet = 1,

    /// <summary>The year is over (no months left) and the target was not reached.</summary>
    NoMonthsLeft = 2,

    /// <summary>The annual target is zero or negative: no completion rate exists.</summary>
    TargetNotPositive = 3,

    /// <summary>The amount still needed (annual target − year-to-date) overflows a double (超出可表示范围): no run rate is given.</summary>
    TooLarge = 4,
}
