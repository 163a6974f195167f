using Indicators.Rules;

namespace Indicators.Data;

/// <summary>Where the shape readers put what they read: the zone-data builder, or a list in the tests.</summary>
internal interface IDataSink
{
    void Attribute(string zone, string name, string value, DataSource at);

    /// <summary>Passes a value on unless it was given before (in any file of the load): new, the same again, or a conflict
    /// with the value given first at <paramref name="first"/>.</summary>
    ZoneDataBuilder.Given Value(string zone, string indicator, int year, double? value, string? unit, DataSource at, out DataSource first);

    void Target(string zone, string indicator, int year, double? target, double? stretch, double? baseline, string? unit, DataSource at);

    void Event(string zone, int year, string item, int count, DataSource at);

    void Veto(string zone, int year, string item, string reason, DataSource at);

    void Record(string zone, int year, string set, RuleRecord record, DataSource at);
}
