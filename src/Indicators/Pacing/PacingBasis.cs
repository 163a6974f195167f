namespace Indicators;

/// <summary>How the expected share of the year (序时进度) is measured.</summary>
public enum PacingBasis
{
    /// <summary>Completed months over twelve (按月): the end of June is 50%, the end of September 75%.</summary>
    Months = 0,

    /// <summary>Elapsed days over the days of the year (按天), counting the as-of date.</summary>
    Days = 1,

    /// <summary>A seasonal profile (季节进度), such as last year's year-to-date share of its total by month.</summary>
    SeasonalProfile = 2,
}
