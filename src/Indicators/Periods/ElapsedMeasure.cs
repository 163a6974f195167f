namespace Indicators;

/// <summary>How <see cref="ReportingPeriod.ElapsedShare(NodaTime.LocalDate, ElapsedMeasure)"/> measures elapsed time (序时进度的计算口径).</summary>
public enum ElapsedMeasure
{
    /// <summary>
    /// Completed whole calendar months over the months in the period (按月): at the end of June
    /// half of a year has elapsed. A month counts once its last day is reached.
    /// </summary>
    Months = 0,

    /// <summary>Elapsed days, counting the as-of date itself, over the days in the period (按天).</summary>
    Days = 1,
}
