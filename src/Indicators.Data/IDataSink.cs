using Indicators.Rules;

namespace Indicators.Data;

/// <summary>Where the shape readers put what they read: the zone-data builder, or a list in the tests.</summary>
internal interface IDataSink
{
    void Attribute(string zone, string name, string value, DataSource at);

    void Value(string zone, string indicator, int year, double? value, string? unit, DataSource at);

    void Target(string zone, string indicator, int year, double? target, double? stretch, double? baseline, string? unit, DataSource at);

    void Event(string zone, int year, string item, int count, DataSource at);

    void Veto(string zone, int year, string item, string reason, DataSource at);

    void Record(string zone, int year, string set, RuleRecord record, DataSource at);
}
