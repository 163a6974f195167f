using System.Collections.Immutable;

namespace Indicators.Assessment;

/// <summary>
/// One zone's input to an assessment (参评开发区): its id and ranking group, its value per indicator
/// (a missing value is explicit: null), its targets, its bonus and deduction events and its veto
/// triggers. Immutable: each <c>With…</c> returns a new zone.
/// </summary>
public sealed partial class AssessmentZone
{
    // An ImmutableDictionary, or a row of values (ZoneValues) of a zone made in one step.
    private readonly IReadOnlyDictionary<string, double?> values;
    private readonly ImmutableDictionary<string, ZoneTargets> targets;
    private readonly ImmutableDictionary<string, int> events;
    private readonly ImmutableDictionary<string, string> vetoes;
    private readonly ImmutableDictionary<string, string> attributes;
    private readonly ImmutableDictionary<(NoteItem Item, string Code), ItemNote> notes;

    private AssessmentZone(ZoneId id, string? group, IReadOnlyDictionary<string, double?> values,
        ImmutableDictionary<string, ZoneTargets> targets, ImmutableDictionary<string, int> events,
        ImmutableDictionary<string, string> vetoes, ImmutableDictionary<string, string> attributes,
        ImmutableDictionary<(NoteItem Item, string Code), ItemNote>? notes = null)
    {
        this.attributes = attributes;
        this.notes = notes ?? ImmutableDictionary<(NoteItem Item, string Code), ItemNote>.Empty;
        Id = id;
        Group = group;
        this.values = values;
        this.targets = targets;
        this.events = events;
        this.vetoes = vetoes;
    }

    /// <summary>The zone.</summary>
    public ZoneId Id { get; }

    /// <summary>The ranking group (分组/片区, e.g. 东部), or null.</summary>
    public string? Group { get; }

    /// <summary>The values per indicator code; null is an explicitly missing value.</summary>
    public IReadOnlyDictionary<string, double?> Values => values;

    /// <summary>The targets per indicator code, as given (a null part falls back to the scheme entry's default when scored).</summary>
    public IReadOnlyDictionary<string, ZoneTargets> Targets => targets;

    /// <summary>The number of events per bonus or deduction code.</summary>
    public IReadOnlyDictionary<string, int> Events => events;

    /// <summary>The veto triggers: the rule's code and the reason (事由).</summary>
    public IReadOnlyDictionary<string, string> Vetoes => vetoes;

    /// <summary>The zone's attributes by name (属性): its type (类型: 经开区, 高新区), region (地区: 东部)…, which a scheme may
    /// weigh or rank by.</summary>
    public IReadOnlyDictionary<string, string> Attributes => attributes;

    /// <summary>A zone with no values, targets or events.</summary>
    /// <param name="id">The zone.</param>
    /// <param name="group">Its ranking group, or null.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (empty) id.</exception>
    public static AssessmentZone Of(ZoneId id, string? group = null)
    {
        Guard.Against.False(id.IsValid, nameof(id), "The zone id is empty.");
        return new(id, group, ImmutableDictionary.Create<string, double?>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, ZoneTargets>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, string>(StringComparer.Ordinal));
    }

    /// <summary>A zone with no values, targets or events.</summary>
    /// <param name="id">The zone's code.</param>
    /// <param name="group">Its ranking group, or null.</param>
    /// <returns>The zone.</returns>
    public static AssessmentZone Of(string id, string? group = null) => Of(ZoneId.Of(id), group);

    /// <summary>This zone with a value (实际值) for an indicator; null records it as missing.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <param name="value">The value, or null when missing.</param>
    /// <returns>The new zone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or an infinity.</exception>
    public AssessmentZone WithValue(string code, double? value)
    {
        Guard.Against.NullOrWhiteSpace(code);
        if (value is double v)
        {
            Guard.Against.NotFinite(v, nameof(value));
        }
        return new(Id, Group, Editable(values).SetItem(code, value), targets, events, vetoes, attributes, notes);
    }

    /// <summary>This zone with the value of an observation, in the unit of the observation's indicator; a missing observation records a missing value.</summary>
    /// <param name="observation">An observation of this zone.</param>
    /// <returns>The new zone.</returns>
    /// <exception cref="ArgumentException">The observation is of another zone.</exception>
    public AssessmentZone WithValue(Observation observation)
    {
        Guard.Against.Null(observation);
        CheckZone(observation, nameof(observation));
        double? value = observation.HasValue ? observation.Value.ConvertTo(observation.Indicator.Unit).Value : null;
        return WithValue(observation.Indicator.Code, value);
    }

    /// <summary>
    /// This zone with its targets for an indicator (确保, 力争, 基数). Each part given replaces the scheme entry's default
    /// for this zone; a part left null keeps the scheme's default (a zone's own target keeps the scheme's baseline and
    /// stretch target). Replaces targets given earlier for the same indicator.
    /// </summary>
    /// <param name="code">The indicator's code.</param>
    /// <param name="targets">The targets; null parts fall back to the scheme's defaults.</param>
    /// <returns>The new zone.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A target is NaN or an infinity.</exception>
    public AssessmentZone WithTargets(string code, ZoneTargets targets)
    {
        Guard.Against.NullOrWhiteSpace(code);
        return new(Id, Group, values, this.targets.SetItem(code, targets.Checked()), events, vetoes, attributes, notes);
    }

    /// <summary>This zone with the target (目标值) of a target or plan observation (计划/目标), keeping any stretch target and baseline already given.</summary>
    /// <param name="target">An observation of this zone whose kind is <see cref="ObservationKind.Target"/> or <see cref="ObservationKind.Plan"/>.</param>
    /// <returns>The new zone.</returns>
    /// <exception cref="ArgumentException">The observation is of another zone, is not a target or plan, or has no value.</exception>
    public AssessmentZone WithTarget(Observation target)
    {
        Guard.Against.Null(target);
        CheckZone(target, nameof(target));
        Guard.Against.False(target.Kind is ObservationKind.Target or ObservationKind.Plan && target.HasValue, nameof(target),
            $"The observation is not a target or plan with a value: {target}");
        var code = target.Indicator.Code;
        var existing = targets.TryGetValue(code, out var found) ? found : ZoneTargets.None;
        return WithTargets(code, existing with { Target = target.Value.ConvertTo(target.Indicator.Unit).Value });
    }

    /// <summary>This zone with a number of bonus or deduction events (加分/扣分事项).</summary>
    /// <param name="code">The bonus or deduction item's code.</param>
    /// <param name="count">How many events; 0 removes them.</param>
    /// <returns>The new zone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public AssessmentZone WithEvents(string code, int count)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.LessThan(count, 0);
        return new(Id, Group, values, targets, count == 0 ? events.Remove(code) : events.SetItem(code, count), vetoes, attributes, notes);
    }

    /// <summary>This zone with a veto trigger (一票否决事项) and its reason.</summary>
    /// <param name="code">The veto rule's code.</param>
    /// <param name="reason">What happened, e.g. 发生1起重大生产安全事故.</param>
    /// <returns>The new zone.</returns>
    public AssessmentZone WithVeto(string code, string reason)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(reason);
        return new(Id, Group, values, targets, events, vetoes.SetItem(code, reason), attributes, notes);
    }

    /// <summary>This zone with the attribute <paramref name="name"/> (类型, 地区…) set to <paramref name="value"/>.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">Its value, e.g. 经开区.</param>
    /// <returns>The new zone.</returns>
    public AssessmentZone WithAttribute(string name, string value)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(value);
        return new(Id, Group, values, targets, events, vetoes, attributes.SetItem(name, value), notes);
    }

    private void CheckZone(Observation observation, string paramName)
    {
        Guard.Against.False(observation.Zone == Id, paramName, $"The observation is of zone '{observation.Zone.Code}', not '{Id.Code}'.");
    }

    /// <inheritdoc/>
    public override string ToString() => Group is null ? Id.Code : Id.Code + " (" + Group + ")";
}
