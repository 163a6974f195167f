using System.Collections.Immutable;

namespace Indicators.Rules;

/// <summary>
/// One zone's figures for one period, as a <see cref="RulePlan"/> evaluates them (开发区数据): each indicator's value this
/// period and, for <c>previous(x)</c> and <c>growth(x)</c>, the same period last year (上年同期). Values are in the
/// indicator's unit (8 for 8% in a % indicator, 120 for 120亿元 in a 亿元 indicator), given under any of its names: the
/// rule name, the catalogue code, the Chinese name or an alias (a unit declared in the rules wins over the catalogue's).
/// An indicator not given is missing, never zero; values given for a derived indicator are ignored (the plan computes it).
/// Immutable; every <c>With…</c> returns a changed copy.
/// </summary>
public sealed partial class RuleZone
{
    private RuleZone(string? name, ImmutableDictionary<string, double> values, ImmutableDictionary<string, double> previousYear)
        : this(name, values, previousYear, Extra.Empty)
    {
    }

    private RuleZone(string? name, ImmutableDictionary<string, double> values, ImmutableDictionary<string, double> previousYear, Extra extra)
    {
        Name = name;
        Values = values;
        PreviousYearValues = previousYear;
        extras = extra;
    }

    /// <summary>A zone with no figures yet.</summary>
    /// <param name="name">The zone's name for explanations, or <see langword="null"/>.</param>
    /// <returns>The zone.</returns>
    public static RuleZone Create(string? name = null) =>
        new(name, ImmutableDictionary.Create<string, double>(StringComparer.Ordinal), ImmutableDictionary.Create<string, double>(StringComparer.Ordinal));

    /// <summary>The zone's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>This period's values by the name they were given under.</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary>The same period last year's values (上年同期) by name.</summary>
    public IReadOnlyDictionary<string, double> PreviousYearValues { get; }

    /// <summary>A copy with this period's value of <paramref name="indicator"/> (本期值).</summary>
    /// <param name="indicator">A name of the indicator.</param>
    /// <param name="value">The value in the indicator's unit; finite.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public RuleZone With(string indicator, double value)
    {
        Guard.Against.Null(indicator);
        Guard.Against.NotFinite(value);
        return new(Name, ((ImmutableDictionary<string, double>)Values).SetItem(indicator, value), (ImmutableDictionary<string, double>)PreviousYearValues, extras);
    }

    /// <summary>A copy with the value of <paramref name="indicator"/> in the same period last year (上年同期值).</summary>
    /// <param name="indicator">A name of the indicator.</param>
    /// <param name="value">The value in the indicator's unit; finite.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public RuleZone WithPreviousYear(string indicator, double value)
    {
        Guard.Against.Null(indicator);
        Guard.Against.NotFinite(value);
        return new(Name, (ImmutableDictionary<string, double>)Values, ((ImmutableDictionary<string, double>)PreviousYearValues).SetItem(indicator, value), extras);
    }

    /// <summary>A copy with both values of <paramref name="indicator"/>: this period's and the same period last year's.</summary>
    /// <param name="indicator">A name of the indicator.</param>
    /// <param name="value">This period's value; finite.</param>
    /// <param name="previousYear">Last year's value; finite.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public RuleZone With(string indicator, double value, double previousYear) => With(indicator, value).WithPreviousYear(indicator, previousYear);

    /// <summary>The value given under any of <paramref name="names"/>, lag 0 (this period) or 1 (last year, then the year
    /// before <see cref="Year"/> in <see cref="YearValues"/>).</summary>
    internal bool TryGet(List<string> names, int lag, out double value) => TryGetBack(names, lag, out value);

    private bool TryGetPeriod(List<string> names, int lag, out double value)
    {
        var values = lag == 0 ? Values : PreviousYearValues;
        foreach (var name in names)
        {
            if (values.TryGetValue(name, out value))
            {
                return true;
            }
        }
        value = double.NaN;
        return false;
    }
}
