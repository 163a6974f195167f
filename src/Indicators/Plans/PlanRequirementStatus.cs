namespace Indicators;

/// <summary>Whether the growth still needed each remaining year (后n年需年均增长) exists, and why not.</summary>
public enum PlanRequirementStatus
{
    /// <summary>A yearly growth is needed, given by <see cref="PlanProgressResult.RequiredGrowth"/>.</summary>
    Required = 0,

    /// <summary>The actual level already reaches the plan's target level (提前完成规划目标).</summary>
    TargetAlreadyMet = 1,

    /// <summary>The year is the plan's last and the target was not reached: no years are left.</summary>
    NoYearsLeft = 2,

    /// <summary>The actual level is zero or negative, or the target level is negative: no growth rate leads from one to the other.</summary>
    NoRate = 3,

    /// <summary>The growth needed overflows a double (超出可表示范围: a tiny actual level against a huge target): no rate is given.</summary>
    TooLarge = 4,
}
