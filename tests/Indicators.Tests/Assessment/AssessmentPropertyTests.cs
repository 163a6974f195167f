using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Assessment;

public class AssessmentPropertyTests
{
    private static readonly string[] EventCodes = ["aid", "pilot", "inspection", "case", "accident"];
    private static readonly string[] VetoCodes = ["disaster", "fraud", "pollution"];

    internal static Gen<double> Positive(int low, int high) => Gen.Choose(low, high).Select(i => i / 100.0);

    /// <summary>A zone of the sample scheme with random values, targets, events and (sometimes) vetoes.</summary>
    private static Gen<Func<int, AssessmentZone>> ZoneGen =>
        from gdp in Positive(100, 20000)
        from target in Positive(100, 20000)
        from revenue in Positive(100, 20000)
        from newFirms in Gen.Frequency((4, Positive(0, 10000).Select(v => (double?)v)), (1, Gen.Constant((double?)null)))
        from energy in Positive(10, 300)
        from region in Gen.Elements("东部", "中部", "西部")
        from events in Gen.Choose(0, 3).ArrayOf(EventCodes.Length)
        from veto in Gen.Frequency((6, Gen.Constant(-1)), (1, Gen.Choose(0, VetoCodes.Length - 1)))
        select (Func<int, AssessmentZone>)(index => Decorate(SampleScheme.Zone("Z" + index, region, gdp, target, revenue, newFirms, energy), events, veto));

    private static AssessmentZone Decorate(AssessmentZone zone, int[] events, int veto)
    {
        for (var i = 0; i < events.Length; i++)
        {
            zone = zone.WithEvents(EventCodes[i], events[i]);
        }
        return veto < 0 ? zone : zone.WithVeto(VetoCodes[veto], "reason " + veto);
    }

    internal static Gen<AssessmentZone[]> ZonesGen =>
        Gen.Choose(1, 8).SelectMany(n => ZoneGen.ArrayOf(n)).Select(makers => makers.Select((make, i) => make(i)).ToArray());

    [Property(MaxTest = 150)]
    public void Total_is_the_sum_of_its_explained_parts(AssessmentZones z)
    {
        var zones = z.Zones;
        foreach (var zone in SampleScheme.Scheme.Evaluate(zones))
        {
            var subtotals = zone.Categories.Sum(c => Math.Min(c.Indicators.Sum(i => i.Points), c.Category.Cap ?? double.MaxValue));
            var expected = Math.Max(0, subtotals + zone.Bonus - zone.DeductionItems.Sum(d => d.Points));
            if (zone.Vetoes.Any(v => v.Rule.Form == VetoForm.ScoreZero))
            {
                expected = 0;
            }
            Assert.Equal(expected, zone.Total, 9);
            Assert.True(zone.Bonus <= 2 + 1e-12);
            Assert.True(zone.Total >= 0);
        }
    }

    [Property(MaxTest = 150)]
    public void A_veto_dominates_any_score(AssessmentZones z, ZonePick zonePick)
    {
        var (zones, pick) = (z.Zones, zonePick.Value);
        var victim = pick % zones.Length;
        var zeroed = (AssessmentZone[])zones.Clone();
        zeroed[victim] = zeroed[victim].WithVeto("disaster", "重大事故");
        Assert.Equal(0, SampleScheme.Scheme.Evaluate(zeroed)[victim].Total);

        var excluded = (AssessmentZone[])zones.Clone();
        excluded[victim] = excluded[victim].WithVeto("fraud", "造假");
        var result = SampleScheme.Scheme.Evaluate(excluded);
        Assert.Null(result[victim].Rank);
        Assert.Null(result[victim].GroupRank);
        // The ranked zones still rank 1..k without a gap left by the excluded one.
        var ranked = result.Where(z => z.Rank is not null).ToArray();
        if (ranked.Length > 0)
        {
            Assert.Equal(1, ranked.Min(z => z.Rank));
            Assert.True(ranked.Max(z => z.Rank) <= ranked.Length);
        }
    }

    [Property(MaxTest = 150)]
    public void Ranking_is_invariant_under_permutation(PermutedZones pair)
    {
        var (zones, keys) = pair;
        var shuffled = zones.Select((z, i) => (z, k: keys[i])).OrderBy(p => p.k).Select(p => p.z).ToArray();
        var original = SampleScheme.Scheme.Evaluate(zones);
        var permuted = SampleScheme.Scheme.Evaluate(shuffled);
        foreach (var zone in original)
        {
            var other = permuted[zone.Id];
            Assert.Equal(zone.Total, other.Total);
            Assert.Equal(zone.Rank, other.Rank);
            Assert.Equal(zone.GroupRank, other.GroupRank);
            Assert.Equal(zone.Grade, other.Grade);
        }
    }

    [Property(MaxTest = 150)]
    public void Competition_rank_is_one_plus_the_number_of_better_zones(AssessmentZones z)
    {
        var zones = z.Zones;
        var result = SampleScheme.Scheme.Evaluate(zones);
        var ranked = result.Where(z => !z.IsExcludedFromRanking).ToArray();
        foreach (var zone in ranked)
        {
            Assert.Equal(1 + ranked.Count(o => o.Total > zone.Total), zone.Rank);
            Assert.Equal(1 + ranked.Count(o => o.Group == zone.Group && o.Total > zone.Total), zone.GroupRank);
        }
    }

    [Property(MaxTest = 150)]
    public void Raising_a_positive_indicator_never_lowers_total_or_rank(RaisedZone t)
    {
        var (zones, pick, code, raise) = t;
        var raised = (AssessmentZone[])zones.Clone();
        raised[pick] = raised[pick].WithValue(code, zones[pick].Values[code]!.Value + raise);
        var before = SampleScheme.Scheme.Evaluate(zones)[pick];
        var after = SampleScheme.Scheme.Evaluate(raised)[pick];
        Assert.True(after.Total >= before.Total, $"{before.Total} → {after.Total}");
        if (before.Rank is int was)
        {
            Assert.True(after.Rank <= was, $"rank {was} → {after.Rank}");
        }
    }

    private static readonly AssessmentScheme LibraryMethods = AssessmentScheme.CreateBuilder("library methods", 100)
        .Category("A", 100, c => c
            .Indicator("GDP", ScoringMethods.CappedRatio(), IndicatorWeight.Points(40), targets: new ZoneTargets(100))
            .Indicator("OperatingRevenue", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Points(30))
            .Indicator("NewRegisteredEnterprises", ScoringMethods.RankLadder(), IndicatorWeight.Points(30)))
        .Build();

    internal static readonly string[] LibraryCodes = ["GDP", "OperatingRevenue", "NewRegisteredEnterprises"];

    // 功效系数 and the rank ladder are relative: raising one zone lowers or keeps the others' scores, never its own.
    [Property(MaxTest = 150)]
    public void Raising_a_value_never_lowers_total_or_rank_with_the_library_methods(LibraryRaise t)
    {
        var (n, values, pick, code, raise) = t;
        var (scheme, codes) = (LibraryMethods, LibraryCodes);
        AssessmentZone[] Zones(double extra) => Enumerable.Range(0, n).Select(z =>
        {
            var zone = AssessmentZone.Of("Z" + z);
            for (var c = 0; c < codes.Length; c++)
            {
                zone = zone.WithValue(codes[c], values[(z * codes.Length) + c] + (z == pick && c == code ? extra : 0));
            }
            return zone;
        }).ToArray();
        var before = scheme.Evaluate(Zones(0))[pick];
        var after = scheme.Evaluate(Zones(raise))[pick];
        Assert.True(after.Total >= before.Total, $"{before.Total} → {after.Total}");
        Assert.True(after.Rank <= before.Rank, $"rank {before.Rank} → {after.Rank}");
    }

    [Property(MaxTest = 150)]
    public void Multiplier_weights_sum_to_the_category_weight(MultiplierCase t)
    {
        var codes = IndicatorCatalog.Standard.Select(d => d.Code).Take(8).ToArray();
        var (weight, multipliers) = t;
        var scheme = AssessmentScheme.CreateBuilder("赋权", weight)
            .Category("only", weight, c =>
            {
                for (var i = 0; i < multipliers.Length; i++)
                {
                    c.Indicator(codes[i], FullMarks.Instance, IndicatorWeight.Multiplier(multipliers[i]));
                }
            })
            .Build();
        var points = scheme.Categories[0].Indicators.Select(i => i.Points).ToArray();
        // A relative tolerance: rounding both sides to n places fails whenever they straddle a
        // rounding midpoint (48.5498046875 against 48.549804687499993).
        Assert.InRange(Math.Abs(points.Sum() - weight), 0, 1e-12 * weight);
        for (var i = 1; i < points.Length; i++)
        {
            // Proportional to the multipliers.
            var expected = points[0] / multipliers[0];
            Assert.InRange(Math.Abs(points[i] / multipliers[i] - expected), 0, 1e-12 * expected);
        }
    }

    [Property(MaxTest = 150)]
    public void Reweighting_under_missing_data_keeps_the_category_total(ReweightCase t)
    {
        var codes = IndicatorCatalog.Standard.Select(d => d.Code).Take(ReweightCase.Count).ToArray();
        var (weights, present) = t;
        var scheme = AssessmentScheme.CreateBuilder("reweight", weights.Sum())
            .Category("only", weights.Sum(), c =>
            {
                for (var i = 0; i < codes.Length; i++)
                {
                    c.Indicator(codes[i], FullMarks.Instance, IndicatorWeight.Points(weights[i]), MissingDataPolicy.Reweight);
                }
            })
            .Build();
        var zone = AssessmentZone.Of("Z");
        for (var i = 0; i < codes.Length; i++)
        {
            zone = zone.WithValue(codes[i], present[i] ? 1.0 : null);
        }
        var category = scheme.Evaluate([zone])[0].Categories[0];
        Assert.Equal(weights.Sum(), category.Subtotal, 9);
        Assert.Equal(weights.Sum(), category.Indicators.Sum(i => i.Weight), 9);
        Assert.All(category.Indicators.Where(i => i.Value is null), i => Assert.Equal(IndicatorAssessmentStatus.MissingReweighted, i.Status));
    }

    [Property(MaxTest = 40)]
    public void Explanations_always_state_the_total_and_each_indicator(AssessmentZones z)
    {
        var zones = z.Zones;
        var result = SampleScheme.Scheme.Evaluate(zones);
        foreach (var zone in result)
        {
            var zh = zone.Explain(ExplanationLanguage.Chinese);
            var en = zone.Explain(ExplanationLanguage.English);
            Assert.Contains("综合得分 " + AssessmentTextProbe.Number(zone.Total), zh, StringComparison.Ordinal);
            Assert.Contains("total " + AssessmentTextProbe.Number(zone.Total), en, StringComparison.Ordinal);
            foreach (var indicator in zone.Categories.SelectMany(c => c.Indicators))
            {
                Assert.Contains(indicator.Code + " ", zh, StringComparison.Ordinal);
                Assert.Contains(indicator.Code + " ", en, StringComparison.Ordinal);
            }
            foreach (var veto in zone.Vetoes)
            {
                Assert.Contains(veto.Reason, zh, StringComparison.Ordinal);
                Assert.Contains(veto.Reason, en, StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>The explanation's number format, restated so the test does not share the code it checks.</summary>
internal static class AssessmentTextProbe
{
    internal static string Number(double value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
