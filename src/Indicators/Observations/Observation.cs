using System.Globalization;

namespace Indicators;

/// <summary>
/// One figure of a report (观测值): the value of an indicator for a zone and a reporting period,
/// with its kind (实际, 预计, 目标, 计划), its qualifier (以上, 左右…) and its source. The value may
/// be explicitly missing — "预计全年可完成规上工业总产值亿元" never filled the number in — and a
/// missing value never turns into zero: reading it throws.
/// </summary>
/// <remarks>
/// Observations are created against an <see cref="IndicatorDefinition"/>, which checks that the
/// value's unit measures the same as the indicator's (亿元 for 地区生产总值, not 亩). Immutable;
/// equality compares every field.
/// </remarks>
public sealed class Observation : IEquatable<Observation>
{
    private readonly Quantity value;

    private Observation(ZoneId zone, IndicatorDefinition indicator, ReportingPeriod period, ObservationKind kind, Qualifier qualifier, string? source, Quantity value, bool hasValue)
    {
        Zone = zone;
        Indicator = indicator;
        Period = period;
        Kind = kind;
        Qualifier = qualifier;
        Source = source;
        this.value = value;
        HasValue = hasValue;
    }

    /// <summary>The zone (开发区).</summary>
    public ZoneId Zone { get; }

    /// <summary>The indicator (指标).</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The reporting period (报告期).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>实际, 预计, 目标 or 计划.</summary>
    public ObservationKind Kind { get; }

    /// <summary>The word next to the figure (以上, 左右…); <see cref="Qualifier.None"/> for an exact figure or a missing one.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>Where the figure comes from (document and page), free text; null if not given.</summary>
    public string? Source { get; }

    /// <summary>Whether the report gave a number. False for a missing value (缺失), which is never zero.</summary>
    public bool HasValue { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The value is missing; the message names the zone, the indicator and the period.</exception>
    public Quantity Value => HasValue
        ? value
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"The {Kind} value of indicator {Indicator.Code} ({Indicator.ChineseName}) for zone {Zone} in {Period} is missing; a missing value is not zero."));

    /// <summary>The value, or null when it is missing (never zero).</summary>
    public Quantity? ValueOrNull => HasValue ? value : null;

    /// <summary>
    /// An observation with a value: <c>Observation.Of(zone, IndicatorCatalog.Standard["GDP"], ReportingPeriod.Year(2011), Quantity.Parse("170亿元").Value)</c>.
    /// </summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's definition.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="value">The value, in a unit compatible with the indicator's.</param>
    /// <param name="kind">实际 (the default), 预计, 目标 or 计划.</param>
    /// <param name="qualifier">以上, 左右…; none by default.</param>
    /// <param name="source">Where the figure comes from; optional.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException">The zone is <c>default</c>, or the value's unit does not measure the same as the indicator's (the message names both units).</exception>
    public static Observation Of(
        ZoneId zone, IndicatorDefinition indicator, ReportingPeriod period, Quantity value,
        ObservationKind kind = ObservationKind.Actual, Qualifier qualifier = Qualifier.None, string? source = null)
    {
        CheckCommon(zone, indicator, kind);
        EnumCheck.Defined(qualifier, nameof(qualifier));
        Guard.Against.False(value.Unit.IsCompatibleWith(indicator.Unit), nameof(value), $"Indicator {indicator.Code} ({indicator.ChineseName}) is measured in \"{indicator.Unit.Symbol}\" ({indicator.Unit.Dimension}); a value in \"{value.Unit.Symbol}\" ({value.Unit.Dimension}) does not measure the same.");
        return new Observation(zone, indicator, period, kind, qualifier, Normalize(source), value, hasValue: true);
    }

    /// <summary>An observation whose number the report left out (缺失): it has no value, and never a zero one.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="indicator">The indicator's definition.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="kind">实际 (the default), 预计, 目标 or 计划.</param>
    /// <param name="source">Where the gap was seen; optional.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException">The zone is <c>default</c>.</exception>
    public static Observation Missing(
        ZoneId zone, IndicatorDefinition indicator, ReportingPeriod period,
        ObservationKind kind = ObservationKind.Actual, string? source = null)
    {
        CheckCommon(zone, indicator, kind);
        return new Observation(zone, indicator, period, kind, Qualifier.None, Normalize(source), default, hasValue: false);
    }

    /// <summary>Whether two observations have equal fields (a missing value equals only a missing value).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Observation? left, Observation? right) => Equals(left, right);

    /// <summary>Whether two observations differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Observation? left, Observation? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Observation? other) =>
        other is not null && Zone == other.Zone && Indicator == other.Indicator && Period == other.Period && Kind == other.Kind
        && Qualifier == other.Qualifier && Source == other.Source && HasValue == other.HasValue && value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Observation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone, Indicator.Code, Period, Kind, Qualifier, HasValue, value);

    /// <summary>Invariant text: "Z1 GDP 2011 Actual 170亿元", "Z1 IndustrialOutput 2012 Estimate missing".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Zone} {Indicator.Code} {Period} {Kind} {(HasValue ? value.ToString() : "missing")}{(Qualifier == Qualifier.None ? string.Empty : " " + Qualifier)}");

    private static void CheckCommon(ZoneId zone, IndicatorDefinition indicator, ObservationKind kind)
    {
        Guard.Against.False(zone.IsValid, nameof(zone), "An observation needs a zone; default(ZoneId) is not one.");
        Guard.Against.Null(indicator);
        EnumCheck.Defined(kind, nameof(kind));
    }

    private static string? Normalize(string? source) => string.IsNullOrWhiteSpace(source) ? null : source.Trim();
}
