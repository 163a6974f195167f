using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

/// <summary>Random small zone data for <c>RulePlan.Assess</c>: three indicators per zone and year, a region per zone and
/// an order in which the zones are given.</summary>
public sealed record Issue13DataCase(int Zones, int Years, double[] Cells, string[] Regions, int[] Order)
{
    public static readonly string[] Indicators = ["A", "B", "C"];

    public double Value(int zone, int indicator, int year) => Cells[((zone * Indicators.Length) + indicator) * Years + year];

    /// <summary>The data, the zones given in <paramref name="order"/> (indexes of zones).</summary>
    public ZoneData Data(IEnumerable<int> order)
    {
        var builder = ZoneData.CreateBuilder();
        foreach (var z in order)
        {
            builder.Attribute("Z" + z, "地区", Regions[z]);
            for (var i = 0; i < Indicators.Length; i++)
            {
                for (var y = 0; y < Years; y++)
                {
                    var v = Value(z, i, y);
                    builder.Value("Z" + z, Indicators[i], 2020 + y, double.IsNaN(v) ? null : v);
                }
            }
        }
        return builder.Build().GetValueOrThrow();
    }

    public static Gen<Issue13DataCase> Cases() =>
        from zones in Gen.Choose(1, 7)
        from years in Gen.Choose(1, 3)
        from cells in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(double.NaN)), (4, Gen.Choose(4, 800).Select(i => i / 8.0))), zones * Indicators.Length * years)
        from regions in Gen.ArrayOf(Gen.Elements("东部", "西部"), zones)
        from keys in Gen.ArrayOf(Gen.Choose(0, 1000), zones)
        select new Issue13DataCase(zones, years, cells, regions,
            [.. Enumerable.Range(0, zones).OrderBy(z => keys[z]).ThenBy(z => z)]);
}

public class Issue13DataPropertyTests
{
    /// <summary>Derived indicators of every kind the bulk path runs (a ratio in a compound unit, growth, previous), scored
    /// by absolute and relative methods, under both missing policies, ranked within 地区.</summary>
    private static readonly RulePlan Plan = RulePlan.Compile("""
        indicator A unit 亿元;
        indicator B unit 亩;
        indicator C;
        indicator R = A / B unit "万元/亩";
        indicator G = growth(A) unit %;
        indicator P = previous(C) + C;
        scheme Q "q" {
          category 一 50 { A 20 by capped_ratio(1.2) missing zero target 5; R 30 by efficacy_coefficient() missing reweight; }
          category 二 50 { G 25 by efficacy_coefficient() missing zero; P 25 by capped_ratio(1) missing reweight target 50; }
          rank competition within 地区;
        }
        """).GetValueOrThrow();

    private static Dictionary<string, (double Total, int? Rank, int? GroupRank)> Totals(Outcome<RuleAssessment> outcome) =>
        outcome.GetValueOrThrow().Result.ToDictionary(z => z.Id.Code, z => (z.Total, z.Rank, z.GroupRank));

    [Property(MaxTest = 100)]
    public Property Issue13_Assess_scalar_and_bulk_derived_values_give_the_same_totals_and_ranks() =>
        Prop.ForAll(Issue13DataCase.Cases().ToArbitrary(), c =>
        {
            var data = c.Data(Enumerable.Range(0, c.Zones));
            var scalar = Totals(Plan.Assess("Q", data, null, DerivedPath.Scalar));
            var bulk = Totals(Plan.Assess("Q", data, null, DerivedPath.Bulk));
            Assert.Equal(scalar.Count, bulk.Count);
            foreach (var (zone, expected) in scalar)
            {
                // Bit for bit: both paths compute the same derived doubles, and the scheme then runs once on them.
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Total), BitConverter.DoubleToInt64Bits(bulk[zone].Total));
                Assert.Equal((expected.Rank, expected.GroupRank), (bulk[zone].Rank, bulk[zone].GroupRank));
            }
        });

    [Property(MaxTest = 100)]
    public Property Issue13_Assess_does_not_depend_on_the_order_the_zones_are_given_in() =>
        Prop.ForAll(Issue13DataCase.Cases().ToArbitrary(), c =>
        {
            var inOrder = Totals(Plan.Assess("Q", c.Data(Enumerable.Range(0, c.Zones))));
            var shuffled = Totals(Plan.Assess("Q", c.Data(c.Order)));
            Assert.Equal(inOrder.Count, shuffled.Count);
            foreach (var (zone, expected) in inOrder)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Total), BitConverter.DoubleToInt64Bits(shuffled[zone].Total));
                Assert.Equal((expected.Rank, expected.GroupRank), (shuffled[zone].Rank, shuffled[zone].GroupRank));
            }
        });
}
