using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

/// <summary>Issue 14: the builder's grid of first entries (the loader's given-twice check) starts with one year's slot.</summary>
public class Issue14BuilderGridTests
{
    [Property(MaxTest = 200)]
    public void Issue14_MonthlyTable_values_by_index_in_years_that_come_late_are_the_values_given_by_name(int seed)
    {
        // Years first given after many zones and indicators widen the grid; what it holds is what Value (no grid) holds.
        var random = new Random(seed);
        var years = Enumerable.Range(0, random.Next(1, 40)).Select(_ => 1900 + random.Next(301)).ToArray();
        var byIndex = ZoneData.CreateBuilder();
        var byName = ZoneData.CreateBuilder();
        const int Count = 3000;
        for (var n = random.Next(0, Count); n > 0; n--)
        {
            var (z, i) = (random.Next(random.Next(1, 300)), random.Next(random.Next(1, 30)));
            // Early entries draw from the first years only, late ones from all.
            var year = years[random.Next(Math.Min(years.Length, 1 + (Count - n) / 100))];
            var (zone, indicator) = ("区" + z, "指标" + i);
            // The value is the key's, so that a key given again is the same figure (nothing new), never a conflict.
            var value = (z * 31 + i * 7 + year) % 5 == 0 ? double.NaN : z + i / 100.0 + year * 1e-4;
            var at = new DataSource("f.csv", n, 1);
            var given = byIndex.PutValue(byIndex.ZoneIndexOf(zone), byIndex.IndicatorIndexOf(indicator), year, value, byIndex.UnitIndexOf("项"), "项",
                byIndex.SourceIndexOf(at.Source), at.Line, at.Column, out _);
            Assert.NotEqual(ZoneDataBuilder.Given.Conflict, given);
            byName.Value(zone, indicator, year, double.IsNaN(value) ? null : value, "项", at);
        }
        var (expected, actual) = (byName.Build().Value!, byIndex.Build().Value!);
        Assert.Equal(expected.Zones, actual.Zones);
        Assert.Equal(expected.Years, actual.Years);
        Assert.Equal(expected.Indicators, actual.Indicators);
        foreach (var zone in expected.Zones)
        {
            foreach (var indicator in expected.Indicators)
            {
                foreach (var year in expected.Years)
                {
                    Assert.Equal(expected.GetValue(zone, indicator, year), actual.GetValue(zone, indicator, year));
                    Assert.Equal(expected.IsGiven(zone, indicator, year), actual.IsGiven(zone, indicator, year));
                    Assert.Equal(expected.GetSource(zone, indicator, year), actual.GetSource(zone, indicator, year));
                }
            }
        }
    }
}
