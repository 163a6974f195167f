namespace Indicators;

/// <summary>One year on a plan's implied path (规划路径): the level the year should reach and the growth that implies.</summary>
public readonly struct PlanPathYear : IEquatable<PlanPathYear>
{
    internal PlanPathYear(int year, double level, Percentage growth)
    {
        Year = year;
        Level = level;
        Growth = growth;
    }

    /// <summary>The calendar year (年份).</summary>
    public int Year { get; }

    /// <summary>The level the path reaches in <see cref="Year"/> (应达到).</summary>
    public double Level { get; }

    /// <summary>The growth over the previous year that the path implies (当年需增长): the plan's average annual growth, every year of a geometric path.</summary>
    public Percentage Growth { get; }

    /// <summary>Equality of year, level and growth.</summary>
    /// <param name="left">A year.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PlanPathYear left, PlanPathYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A year.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PlanPathYear left, PlanPathYear right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PlanPathYear other) => Year == other.Year && Level.Equals(other.Level) && Growth.Equals(other.Growth);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlanPathYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Level, Growth);

    /// <summary>"2023: 612.5215 (growth 7%)", invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + NumberText.Format(Level) + " (growth " + Growth.ToString() + ")";
}
