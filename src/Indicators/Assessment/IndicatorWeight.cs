using System.Globalization;

namespace Indicators.Assessment;

/// <summary>
/// How much an indicator counts inside its category (指标权重): either explicit points (权重分 10) or a
/// relative 赋权 multiplier (0.8, 1.2), in which case the indicator's points are the category weight
/// × multiplier / Σ multipliers of the category.
/// </summary>
public readonly struct IndicatorWeight : IEquatable<IndicatorWeight>
{
    private IndicatorWeight(double value, bool isMultiplier)
    {
        Value = value;
        IsMultiplier = isMultiplier;
    }

    /// <summary>The points or the multiplier.</summary>
    public double Value { get; }

    /// <summary>Whether <see cref="Value"/> is a 赋权 multiplier rather than points.</summary>
    public bool IsMultiplier { get; }

    /// <summary>Explicit points (权重分).</summary>
    /// <param name="points">The points; positive and finite.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not positive and finite.</exception>
    public static IndicatorWeight Points(double points)
    {
        return new(Guard.Against.NegativeOrZeroOrNotFinite(points), false);
    }

    /// <summary>A relative multiplier (赋权系数) within the category.</summary>
    /// <param name="multiplier">The multiplier; positive and finite.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiplier"/> is not positive and finite.</exception>
    public static IndicatorWeight Multiplier(double multiplier)
    {
        return new(Guard.Against.NegativeOrZeroOrNotFinite(multiplier), true);
    }

    /// <summary>Whether two weights are equal.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(IndicatorWeight left, IndicatorWeight right) => left.Equals(right);

    /// <summary>Whether two weights differ.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(IndicatorWeight left, IndicatorWeight right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(IndicatorWeight other) => Value.Equals(other.Value) && IsMultiplier == other.IsMultiplier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorWeight other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, IsMultiplier);

    /// <inheritdoc/>
    public override string ToString() => IsMultiplier
        ? "×" + NumberText.Format(Value)
        : NumberText.Format(Value) + " points";
}

/// <summary>
/// One zone's targets for one indicator, as a scoring method sees them (<see cref="ScoringInput"/>):
/// the target or guaranteed target (确保), the stretch target (力争) and a baseline (评分基数值).
/// </summary>
/// <param name="Target">The target or the guaranteed target; null when none.</param>
/// <param name="Stretch">The stretch target; null when none.</param>
/// <param name="Baseline">The baseline; null when none.</param>
public readonly record struct ZoneTargets(double? Target = null, double? Stretch = null, double? Baseline = null)
{
    /// <summary>No targets.</summary>
    public static ZoneTargets None => default;

    /// <summary>Whether no target, stretch or baseline is given.</summary>
    public bool IsEmpty => Target is null && Stretch is null && Baseline is null;

    /// <summary>
    /// These targets over a scheme entry's defaults: each part this zone gives replaces the default's, each part it
    /// leaves null keeps the default's. A zone's own target therefore keeps the scheme's stretch target and baseline,
    /// as <c>Indicators.Bulk.BulkAssessment</c> does with a dataset's cell target.
    /// </summary>
    internal ZoneTargets Over(ZoneTargets defaults) =>
        new(Target ?? defaults.Target, Stretch ?? defaults.Stretch, Baseline ?? defaults.Baseline);

    internal bool IsFinite => (Target is not double t || double.IsFinite(t)) && (Stretch is not double s || double.IsFinite(s)) && (Baseline is not double b || double.IsFinite(b));

    internal ZoneTargets Checked()
    {
        if (Target is double t) { Guard.Against.NotFinite(t, nameof(Target)); }
        if (Stretch is double s) { Guard.Against.NotFinite(s, nameof(Stretch)); }
        if (Baseline is double b) { Guard.Against.NotFinite(b, nameof(Baseline)); }
        return this;
    }

    internal string Describe(ExplanationLanguage language, string unit)
    {
        var zh = language == ExplanationLanguage.Chinese;
        var parts = new List<string>(3);
        if (Target is double t) { parts.Add((zh ? "目标值 " : "target ") + AssessmentText.Number(t) + unit); }
        if (Stretch is double s) { parts.Add((zh ? "力争值 " : "stretch ") + AssessmentText.Number(s) + unit); }
        if (Baseline is double b) { parts.Add((zh ? "基数值 " : "baseline ") + AssessmentText.Number(b) + unit); }
        return string.Join(zh ? "，" : ", ", parts);
    }
}

/// <summary>Formatting shared by the assessment explanations.</summary>
internal static class AssessmentText
{
    /// <summary>A number for people: at most four decimals (rounded by <see cref="Rounding.Round"/>), invariant, no trailing zeros.</summary>
    internal static string Number(double value) =>
        NumberText.Format(Rounding.Round(value, 4), "0.####", CultureInfo.InvariantCulture);
}
