namespace Indicators.Rules;

// History beyond last year (issue 13, item 4): how previous(x, n), in_year(x, Y) and average(x, n) find a value.
public sealed partial class RuleZone
{
    /// <summary>The value given under any of <paramref name="names"/> <paramref name="lag"/> years before this period: this
    /// period's values (0); last year's values, then <see cref="YearValues"/> of the year before <see cref="Year"/> (1);
    /// <see cref="YearValues"/> of <see cref="Year"/> − lag (2 and more; missing when the zone has no year).</summary>
    internal bool TryGetBack(List<string> names, int lag, out double value)
    {
        if (lag <= 1 && TryGetPeriod(names, lag, out value))
        {
            return true;
        }
        if (lag >= 1 && Year is int year)
        {
            return TryGetYear(names, year - lag, out value);
        }
        value = double.NaN;
        return false;
    }

    /// <summary>The value in <paramref name="year"/>: this period's or last year's when the year is one of theirs, else <see cref="YearValues"/>.</summary>
    internal bool TryGetInYear(List<string> names, int year, out double value)
    {
        if (Year is int now && (year == now || year == now - 1) && TryGetPeriod(names, now - year, out value))
        {
            return true;
        }
        return TryGetYear(names, year, out value);
    }

    private bool TryGetYear(List<string> names, int year, out double value)
    {
        foreach (var name in names)
        {
            if (YearValues.TryGetValue(name, out var years) && years.TryGetValue(year, out value))
            {
                return true;
            }
        }
        value = double.NaN;
        return false;
    }
}
