using System.Collections;
using System.Collections.Immutable;

namespace Indicators.Assessment;

// Issue 13 (performance): a zone made in one step from a row of values, for RulePlan.Assess (2,800 zones × 60 values a
// year), instead of one immutable copy per value.
public sealed partial class AssessmentZone
{
    /// <summary>
    /// A zone with a value for every code of <paramref name="values"/>'s layout (NaN: missing), and the attributes and targets
    /// given: the zone <c>Of(id, group)</c> with <c>WithAttribute</c>, <c>WithValue</c> and <c>WithTargets</c> for each
    /// would be, with the same checks.
    /// </summary>
    /// <exception cref="ArgumentException">An attribute's name or value is empty, or a code of the targets is.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or a target is an infinity.</exception>
    internal static AssessmentZone FromRow(ZoneId id, string? group, ZoneValues values, ImmutableDictionary<string, string> attributes,
        IEnumerable<(string Code, ZoneTargets Targets)>? targets)
    {
        Guard.Against.False(id.IsValid, nameof(id), "The zone id is empty.");
        Guard.Against.Null(values);
        values.CheckFinite();
        foreach (var (name, value) in attributes)
        {
            Guard.Against.NullOrWhiteSpace(name, nameof(name));
            Guard.Against.NullOrWhiteSpace(value, nameof(value));
        }
        var checkedTargets = ImmutableDictionary.Create<string, ZoneTargets>(StringComparer.Ordinal);
        if (targets is not null)
        {
            var builder = checkedTargets.ToBuilder();
            foreach (var (code, given) in targets)
            {
                Guard.Against.NullOrWhiteSpace(code, nameof(code));
                builder[code] = given.Checked();
            }
            checkedTargets = builder.ToImmutable();
        }
        return new(id, group, values, checkedTargets, ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), attributes.WithComparers(StringComparer.Ordinal));
    }

    /// <summary>The zone's values as one row of a layout shared by the zones made with it, or null when given one by one.</summary>
    internal ZoneValues? Row => values as ZoneValues;

    /// <summary>The values as an immutable dictionary, for a zone that changes one of them.</summary>
    private static ImmutableDictionary<string, double?> Editable(IReadOnlyDictionary<string, double?> values) =>
        values as ImmutableDictionary<string, double?> ?? values.ToImmutableDictionary(StringComparer.Ordinal);
}

/// <summary>
/// The codes of a row of values (<see cref="ZoneValues"/>), in order, and where each is: made once and shared by every zone
/// of an assessment, so that a code's place is looked up once, not once per zone.
/// </summary>
internal sealed class ValueLayout
{
    private readonly Dictionary<string, int> positions;

    /// <summary>The layout of distinct, non-empty codes.</summary>
    /// <exception cref="ArgumentException">A code is empty or given twice.</exception>
    internal ValueLayout(IReadOnlyList<string> codes)
    {
        positions = new Dictionary<string, int>(codes.Count, StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            Guard.Against.NullOrWhiteSpace(codes[i], nameof(codes));
            Guard.Against.False(positions.TryAdd(codes[i], i), nameof(codes), $"The code '{codes[i]}' is given twice.");
        }
        Codes = [.. codes];
    }

    /// <summary>The codes, in row order.</summary>
    internal string[] Codes { get; }

    /// <summary>The code's place in a row, or −1.</summary>
    internal int PositionOf(string code) => positions.TryGetValue(code, out var position) ? position : -1;
}

/// <summary>
/// One zone's values as a row of a <see cref="ValueLayout"/> (NaN: missing): <see cref="AssessmentZone.Values"/> of a zone
/// made by <c>AssessmentZone.FromRow</c>, with every code of the layout present (a missing one as null), in layout order.
/// </summary>
internal sealed class ZoneValues : IReadOnlyDictionary<string, double?>
{
    private readonly double[] cells;
    private readonly int start;

    /// <summary>The row of <paramref name="layout"/>'s length at <paramref name="start"/> in <paramref name="cells"/>, which the
    /// caller no longer writes.</summary>
    internal ZoneValues(ValueLayout layout, double[] cells, int start)
    {
        Guard.Against.False(start >= 0 && start + layout.Codes.Length <= cells.Length, nameof(start), "The row lies outside the cells.");
        Layout = layout;
        this.cells = cells;
        this.start = start;
    }

    /// <summary>The codes of the row.</summary>
    internal ValueLayout Layout { get; }

    /// <summary>The value at <paramref name="position"/> of the layout; NaN when missing.</summary>
    internal double At(int position) => cells[start + position];

    /// <summary>Refuses an infinity, as <see cref="AssessmentZone.WithValue(string, double?)"/> does.</summary>
    internal void CheckFinite()
    {
        foreach (var value in cells.AsSpan(start, Count))
        {
            if (!double.IsNaN(value))
            {
                Guard.Against.NotFinite(value, nameof(value));
            }
        }
    }

    public int Count => Layout.Codes.Length;

    public IEnumerable<string> Keys => Layout.Codes;

    public IEnumerable<double?> Values => Layout.Codes.Select((_, i) => Nullable(i));

    public double? this[string key] => TryGetValue(key, out var value) ? value
        : throw new KeyNotFoundException("The zone has no value for '" + key + "'.");

    public bool ContainsKey(string key) => Layout.PositionOf(key) >= 0;

    public bool TryGetValue(string key, out double? value)
    {
        var position = Layout.PositionOf(key);
        value = position < 0 ? null : Nullable(position);
        return position >= 0;
    }

    public IEnumerator<KeyValuePair<string, double?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new(Layout.Codes[i], Nullable(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private double? Nullable(int position) => double.IsNaN(At(position)) ? null : At(position);
}
