using System.Collections.Immutable;

namespace Indicators.Rules;

// Issue 13: a zone made in one step from loaded data (RulePlan.Assess), rather than value by value through With…: the
// dictionaries are built once, so thousands of zones cost one dictionary build each, not one copy per value.
public sealed partial class RuleZone
{
    /// <summary>A zone of <paramref name="year"/> with all its data at once; every dictionary uses ordinal names.</summary>
    internal static RuleZone FromData(string name, int year, ImmutableDictionary<string, double> values,
        ImmutableDictionary<string, double> previousYear, ImmutableDictionary<string, ImmutableDictionary<int, double>>? yearValues,
        ImmutableDictionary<string, string>? attributes, ImmutableDictionary<string, ImmutableList<RuleRecord>>? records,
        ImmutableDictionary<string, RuleSchemeResult>? schemeResults) =>
        new(name, values, previousYear, Extra.Empty with
        {
            Year = year,
            YearValues = yearValues ?? Extra.Empty.YearValues,
            Attributes = attributes ?? Extra.Empty.Attributes,
            Records = records ?? Extra.Empty.Records,
            SchemeResults = schemeResults ?? Extra.Empty.SchemeResults,
        });
}
