using System.Globalization;

namespace Indicators;

/// <summary>
/// A multi-year plan target (规划目标, e.g. 十四五): an average annual growth (年均增长7%) or a level to reach in the plan's
/// last year (2025年达到1000亿元), against the level of the base year, the year before the plan (2020 for 十四五).
/// </summary>
/// <remarks>
/// <para>The target implies a geometric path: the level of year k after the base is base × (1 + r)^k, where r is the
/// stated average growth or, for a level target, the implied one (target / base)^(1/n) − 1 (<see cref="AverageGrowth.Level"/>).</para>
/// <para>There is no path when the base is not positive or a level target is negative (<see cref="HasPath"/> is false):
/// growth from a base ≤ 0 is undefined.</para>
/// </remarks>
public readonly struct PlanTarget : IEquatable<PlanTarget>
{
    private readonly double factor; // 1 + r; zero when a level target has no path.
    private readonly Percentage rate; // As stated (7%, not 1.07 − 1 = 7.000000000000006%), or as implied by a level target.

    private PlanTarget(ReportingPeriod plan, double baseLevel, PlanTargetKind kind, double targetLevel, double factor, bool hasPath, Percentage? stated = null)
    {
        Plan = plan;
        BaseLevel = baseLevel + 0.0;
        Kind = kind;
        TargetLevel = targetLevel + 0.0;
        this.factor = factor;
        HasPath = hasPath;
        rate = stated ?? (hasPath ? Percentage.FromFraction(factor - 1) : default);
    }

    /// <summary>The plan period (规划期), such as <c>ReportingPeriod.FiveYearPlan(14)</c> for 2021-2025.</summary>
    public ReportingPeriod Plan { get; }

    /// <summary>The base year (基期年): the year before the plan's first year.</summary>
    public int BaseYear => Plan.Start.Year - 1;

    /// <summary>The plan's last year (目标年).</summary>
    public int FinalYear => Plan.End.Year;

    /// <summary>The years of the plan (n, the base year not counted): 5 for a five-year plan.</summary>
    public int Years => FinalYear - BaseYear;

    /// <summary>The level of the base year (基期水平).</summary>
    public double BaseLevel { get; }

    /// <summary>Whether the target is an average growth or a level.</summary>
    public PlanTargetKind Kind { get; }

    /// <summary>The level to reach in <see cref="FinalYear"/>: stated, or for a growth target base × (1 + r)^n.</summary>
    public double TargetLevel { get; }

    /// <summary>Whether the target implies a path: false when the base is not positive or a level target is negative.</summary>
    public bool HasPath { get; }

    /// <summary>The average annual growth (年均增长): stated, or implied by a level target (null when a level target has no path).</summary>
    public Percentage? AnnualGrowth => HasPath || Kind == PlanTargetKind.AverageGrowth ? rate : null;

    /// <summary>An average annual growth target (年均增长x%) over <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan period: whole calendar years, such as <c>ReportingPeriod.FiveYearPlan(14)</c>.</param>
    /// <param name="baseLevel">The level of the year before the plan; finite.</param>
    /// <param name="annualGrowth">The average annual growth; above −100%.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="plan"/> is not made of whole calendar years, or starts in year 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseLevel"/> is NaN or infinite, <paramref name="annualGrowth"/> is −100% or below, or the target level overflows.</exception>
    public static PlanTarget AverageGrowth(ReportingPeriod plan, double baseLevel, Percentage annualGrowth)
    {
        var years = CheckPlan(plan);
        Guard.Against.NotFinite(baseLevel);
        Guard.Against.NotInRange(annualGrowth.Percent > -100, nameof(annualGrowth), annualGrowth, "An average annual growth must be above −100%.");
        var factor = 1 + annualGrowth.Fraction;
        var target = baseLevel * Math.Pow(factor, years);
        Guard.Against.NotInRange(double.IsFinite(target), nameof(annualGrowth), annualGrowth, "The target level this growth implies is beyond a double's range.");
        return new(plan, baseLevel, PlanTargetKind.AverageGrowth, target, factor, baseLevel > 0, annualGrowth);
    }

    /// <summary>A level to reach in the plan's last year (到2025年达到x).</summary>
    /// <param name="plan">The plan period: whole calendar years, such as <c>ReportingPeriod.FiveYearPlan(14)</c>.</param>
    /// <param name="baseLevel">The level of the year before the plan; finite.</param>
    /// <param name="targetLevel">The level to reach; finite.</param>
    /// <returns>The target; without a path when the base is not positive or the target is negative.</returns>
    /// <exception cref="ArgumentException"><paramref name="plan"/> is not made of whole calendar years, or starts in year 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is NaN or infinite.</exception>
    public static PlanTarget Level(ReportingPeriod plan, double baseLevel, double targetLevel)
    {
        var years = CheckPlan(plan);
        Guard.Against.NotFinite(baseLevel);
        Guard.Against.NotFinite(targetLevel);
        var implied = Indicators.AverageGrowth.Level(baseLevel, targetLevel, years);
        return implied.TryGetRate(out var impliedRate)
            ? new(plan, baseLevel, PlanTargetKind.Level, targetLevel, 1 + impliedRate.Fraction, true, impliedRate)
            : new(plan, baseLevel, PlanTargetKind.Level, targetLevel, 0, false);
    }

    /// <summary>The level the path reaches in <paramref name="year"/> (应达到): base × (1 + r)^(year − base year); the target itself in the last year.</summary>
    /// <param name="year">A year from the base year to the plan's last year.</param>
    /// <returns>The level, or null without a path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the base year to the last year.</exception>
    public double? PathLevel(int year)
    {
        Guard.Against.NotInRange(year, BaseYear, FinalYear);
        return HasPath ? LevelAt(year) : null;
    }

    /// <summary>The implied annual path (规划路径): each year of the plan with its level and the growth it implies.</summary>
    /// <returns>One entry per plan year, first to last; empty without a path.</returns>
    public IReadOnlyList<PlanPathYear> Path()
    {
        if (!HasPath)
        {
            return [];
        }
        // A geometric path grows by the same rate every year: the stated rate, not level / previous − 1 with its rounding noise.
        var path = new PlanPathYear[Years];
        for (var k = 1; k <= Years; k++)
        {
            path[k - 1] = new PlanPathYear(BaseYear + k, LevelAt(BaseYear + k), rate);
        }
        return path;
    }

    /// <summary>
    /// Whether the zone is on track in <paramref name="year"/> (规划进度): the actual level against the path, in the level
    /// and in percentage points of cumulative growth, and the growth still needed each remaining year.
    /// </summary>
    /// <param name="year">A year of the plan (the first to the last).</param>
    /// <param name="actual">The actual level of <paramref name="year"/>; finite.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the plan, or <paramref name="actual"/> is NaN or infinite.</exception>
    public PlanProgressResult Progress(int year, double actual)
    {
        Guard.Against.NotInRange(year, BaseYear + 1, FinalYear);
        return new(this, year, Guard.Against.NotFinite(actual));
    }

    /// <summary>Progress year by year (逐年规划进度) from the plan's first year, for as many years as have been reported.</summary>
    /// <param name="actualsFromFirstYear">The actual levels of the plan's first year, second year, …; at most <see cref="Years"/>, each finite.</param>
    /// <returns>One progress per level given, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There are more levels than plan years, or a level is NaN or infinite.</exception>
    public IReadOnlyList<PlanProgressResult> Track(ReadOnlySpan<double> actualsFromFirstYear)
    {
        Guard.Against.GreaterThan(actualsFromFirstYear.Length, Years, nameof(actualsFromFirstYear));
        var progress = new PlanProgressResult[actualsFromFirstYear.Length];
        for (var i = 0; i < progress.Length; i++)
        {
            progress[i] = new(this, BaseYear + 1 + i, Guard.Against.NotFinite(actualsFromFirstYear[i], nameof(actualsFromFirstYear)));
        }
        return progress;
    }

    /// <summary>Equality of plan, kind, base and target levels.</summary>
    /// <param name="left">A target.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PlanTarget left, PlanTarget right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A target.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PlanTarget left, PlanTarget right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PlanTarget other) =>
        Plan == other.Plan && Kind == other.Kind && BaseLevel.Equals(other.BaseLevel) && TargetLevel.Equals(other.TargetLevel) && factor.Equals(other.factor);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlanTarget other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Plan, Kind, BaseLevel, TargetLevel);

    /// <summary>"FYP14: average growth 7% from 500 in 2020 (2025: 701.27586…)", invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Plan.ToString() + ": " + (Kind == PlanTargetKind.AverageGrowth ? "average growth " + rate.ToString() : "level " + NumberText.Format(TargetLevel))
        + " from " + NumberText.Format(BaseLevel) + " in " + BaseYear.ToString(CultureInfo.InvariantCulture)
        + (HasPath ? " (" + FinalYear.ToString(CultureInfo.InvariantCulture) + ": " + NumberText.Format(TargetLevel) + ", average growth " + rate.ToString() + ")" : " (no path: the base is not positive or the target is negative)");

    internal double LevelAt(int year) =>
        year == FinalYear ? TargetLevel : BaseLevel * Math.Pow(factor, year - BaseYear);

    private static int CheckPlan(ReportingPeriod plan)
    {
        Guard.Against.False(
            plan.Start.Month == 1 && plan.Start.Day == 1 && plan.End.Month == 12 && plan.End.Day == 31,
            nameof(plan),
            "A plan runs over whole calendar years.");
        Guard.Against.False(plan.Start.Year > 1, nameof(plan), "A plan needs a base year before its first year.");
        return plan.End.Year - plan.Start.Year + 1;
    }
}
