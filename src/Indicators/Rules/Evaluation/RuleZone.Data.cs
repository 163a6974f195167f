using System.Collections.Immutable;

namespace Indicators.Rules;

// Issue 13 skeleton: what a zone brings beyond this period and last year — its year, the values of earlier years,
// its attributes (地区, 类型, 片区), its records (企业, 项目) and other schemes' results. Storage only; each concern's
// behaviour lives in the file of that concern (history, attributes, records, scheme results).
public sealed partial class RuleZone
{
    private readonly Extra extras;

    /// <summary>The year of this period (本期所属年度), or <see langword="null"/> when not given; earlier years'
    /// values (<see cref="WithYearValue"/>) are read relative to it.</summary>
    public int? Year => extras.Year;

    /// <summary>Values of other years by the name they were given under, then by year (历年数据).</summary>
    public IReadOnlyDictionary<string, ImmutableDictionary<int, double>> YearValues => extras.YearValues;

    /// <summary>The zone's attributes by name (属性): its region (地区: 东部), type (类型: 经开区), group (片区)….</summary>
    public IReadOnlyDictionary<string, string> Attributes => extras.Attributes;

    /// <summary>The zone's records by set name (企业、项目): each record's fields this period.</summary>
    public IReadOnlyDictionary<string, ImmutableList<RuleRecord>> Records => extras.Records;

    /// <summary>Other schemes' results for this zone and period, by scheme name (其他考核方案的结果).</summary>
    public IReadOnlyDictionary<string, RuleSchemeResult> SchemeResults => extras.SchemeResults;

    /// <summary>A copy whose period is in <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1900–2200.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2200.</exception>
    public RuleZone InYear(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 2200);
        return Changed(extras with { Year = year });
    }

    /// <summary>A copy with the value of <paramref name="indicator"/> in <paramref name="year"/> (某年数值), for rules that
    /// read earlier years than last year, a fixed base year or a mean over years.</summary>
    /// <param name="indicator">A name of the indicator.</param>
    /// <param name="year">The year, 1900–2200.</param>
    /// <param name="value">The value in the indicator's unit; finite.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite, or the year is out of range.</exception>
    public RuleZone WithYearValue(string indicator, int year, double value)
    {
        Guard.Against.Null(indicator);
        Guard.Against.OutOfRange(year, nameof(year), 1900, 2200);
        Guard.Against.NotFinite(value);
        var years = extras.YearValues.TryGetValue(indicator, out var known) ? known : ImmutableDictionary<int, double>.Empty;
        return Changed(extras with { YearValues = extras.YearValues.SetItem(indicator, years.SetItem(year, value)) });
    }

    /// <summary>A copy with the attribute <paramref name="name"/> (地区, 类型, 片区…) set to <paramref name="value"/>.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">Its value (东部, 经开区…).</param>
    /// <returns>The changed copy.</returns>
    public RuleZone WithAttribute(string name, string value)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(value);
        return Changed(extras with { Attributes = extras.Attributes.SetItem(name, value) });
    }

    /// <summary>A copy with one more record in the set <paramref name="set"/> (企业、项目).</summary>
    /// <param name="set">The record set's name.</param>
    /// <param name="record">The record.</param>
    /// <returns>The changed copy.</returns>
    public RuleZone WithRecord(string set, RuleRecord record)
    {
        Guard.Against.NullOrWhiteSpace(set);
        Guard.Against.Null(record);
        var records = extras.Records.TryGetValue(set, out var known) ? known : ImmutableList<RuleRecord>.Empty;
        return Changed(extras with { Records = extras.Records.SetItem(set, records.Add(record)) });
    }

    /// <summary>A copy with another scheme's result for this zone and period (its total and rank), for rules that read
    /// <c>score(S)</c> or <c>rank(S)</c>.</summary>
    /// <param name="scheme">The scheme's name in the rules.</param>
    /// <param name="result">The result.</param>
    /// <returns>The changed copy.</returns>
    public RuleZone WithSchemeResult(string scheme, RuleSchemeResult result)
    {
        Guard.Against.NullOrWhiteSpace(scheme);
        return Changed(extras with { SchemeResults = extras.SchemeResults.SetItem(scheme, result) });
    }

    private RuleZone Changed(Extra extra) =>
        new(Name, (ImmutableDictionary<string, double>)Values, (ImmutableDictionary<string, double>)PreviousYearValues, extra);

    private sealed record Extra(
        int? Year,
        ImmutableDictionary<string, ImmutableDictionary<int, double>> YearValues,
        ImmutableDictionary<string, string> Attributes,
        ImmutableDictionary<string, ImmutableList<RuleRecord>> Records,
        ImmutableDictionary<string, RuleSchemeResult> SchemeResults)
    {
        public static readonly Extra Empty = new(
            null,
            ImmutableDictionary.Create<string, ImmutableDictionary<int, double>>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, ImmutableList<RuleRecord>>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, RuleSchemeResult>(StringComparer.Ordinal));
    }
}

/// <summary>One record of a zone (企业、项目记录): its key and its fields' values, each in the unit the record set declares.
/// A field not given is missing, never zero.</summary>
public sealed class RuleRecord
{
    private RuleRecord(string key, ImmutableDictionary<string, double> values, ImmutableDictionary<string, string> texts)
    {
        Key = key;
        Values = values;
        Texts = texts;
    }

    /// <summary>A record with no fields.</summary>
    /// <param name="key">The record's key (the firm's or project's name or code).</param>
    /// <returns>The record.</returns>
    public static RuleRecord Create(string key)
    {
        Guard.Against.NullOrWhiteSpace(key);
        return new(key, ImmutableDictionary.Create<string, double>(StringComparer.Ordinal), ImmutableDictionary.Create<string, string>(StringComparer.Ordinal));
    }

    /// <summary>The record's key.</summary>
    public string Key { get; }

    /// <summary>The numeric fields by name.</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary>The text fields by name (行业: 制造业).</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>A copy with a numeric field.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="value">Its value in the field's unit; finite.</param>
    /// <returns>The changed copy.</returns>
    public RuleRecord With(string field, double value)
    {
        Guard.Against.NullOrWhiteSpace(field);
        Guard.Against.NotFinite(value);
        return new(Key, ((ImmutableDictionary<string, double>)Values).SetItem(field, value), (ImmutableDictionary<string, string>)Texts);
    }

    /// <summary>A copy with a text field.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="text">Its text.</param>
    /// <returns>The changed copy.</returns>
    public RuleRecord WithText(string field, string text)
    {
        Guard.Against.NullOrWhiteSpace(field);
        Guard.Against.Null(text);
        return new(Key, (ImmutableDictionary<string, double>)Values, ((ImmutableDictionary<string, string>)Texts).SetItem(field, text));
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>Another scheme's result for one zone and period (考核结果): the total and the rank, each possibly absent.</summary>
/// <param name="Total">The total score, or <see langword="null"/>.</param>
/// <param name="Rank">The rank, or <see langword="null"/> (excluded or not ranked).</param>
public readonly record struct RuleSchemeResult(double? Total, int? Rank);
