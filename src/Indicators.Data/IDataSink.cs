using Indicators.Rules;

namespace Indicators.Data;

/// <summary>Where the shape readers put what they read: the zone-data builder, or a list in the tests.</summary>
internal interface IDataSink
{
    void Attribute(string zone, string name, string value, Place at);

    void Value(string zone, string indicator, int year, double? value, string? unit, Place at);

    void Target(string zone, string indicator, int year, double? target, double? stretch, double? baseline, string? unit, Place at);

    void Event(string zone, int year, string item, double count, Place at);

    void Veto(string zone, int year, string item, string reason, Place at);

    void Record(string zone, int year, string set, RuleRecord record, Place at);
}
