using System.Globalization;

namespace Indicators.Tests.Rules;

/// <summary>docs/examples/rules: the 商务部 2021 scheme in the rule language equals the C# scheme of
/// docs/examples/provincial-assessment.cs on the sample data; the provincial scheme extends it.</summary>
public class BindingExampleTests
{
    private static RulePlan Plan()
    {
        var text = ExampleFiles.Rules("mofcom-2021-illustrative.rules") + "\n" + ExampleFiles.Rules("jiangsu-2021.rules");
        var result = RulePlan.Compile(text, sourceName: "examples");
        Assert.True(result.Success, result.ToString());
        return result.Value!;
    }

    // The scheme of docs/examples/provincial-assessment.cs, as written there.
    private static AssessmentScheme InCSharp() => AssessmentScheme.CreateBuilder("省级开发区综合考核（示例）", total: 100)
        .Category("对外开放", 30, c => c
            .Indicator("ActualForeignInvestment", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Multiplier(1.2))
            .Indicator("ImportsExports", ScoringMethods.BenchmarkRatio(), IndicatorWeight.Multiplier(1.2))
            .Indicator("Exports", ScoringMethods.RankLadder(0.05), IndicatorWeight.Multiplier(0.8))
            .Indicator("NewForeignInvestedEnterprises", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(0.8)))
        .Category("科技创新", 15, c => c
            .Indicator("RdIntensity", ScoringMethods.Interpolation(), IndicatorWeight.Multiplier(1.2), targets: new ZoneTargets(Target: 3.0, Baseline: 1.0))
            .Indicator("HighTechEnterprises", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(1))
            .Indicator("InventionPatentsGranted", ScoringMethods.RankLadderByPoints(0.15), IndicatorWeight.Multiplier(1), missingData: MissingDataPolicy.ScoreZero)
            .Indicator("ResearchInstitutions", ScoringMethods.AllOrNothing(decimals: 0), IndicatorWeight.Multiplier(0.8)))
        .Category("绿色发展", 15, c => c
            .Indicator("EnergyPerIndustrialValueAdded", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Multiplier(1.2))
            .Indicator("CarbonPerValueAdded", ScoringMethods.CappedRatio(1.1), IndicatorWeight.Multiplier(1))
            .Indicator("SolidWasteUtilisationRate", ScoringMethods.AllOrNothing(decimals: 1), IndicatorWeight.Multiplier(0.8))
            .Indicator("IdleLand", ScoringMethods.RankLadder(0.04), IndicatorWeight.Multiplier(1)))
        .Category("统筹协调", 10, c => c
            .Indicator("NewJobs", ScoringMethods.CappedRatio(1.0), IndicatorWeight.Points(3))
            .Indicator("HighLevelTalentRecruited", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Points(2.5))
            .Indicator("NewRegisteredEnterprises", ScoringMethods.BenchmarkRatio(), IndicatorWeight.Points(2.5))
            .Indicator("ProductionSafetyAccidents", ScoringMethods.AllOrNothing(decimals: 0), IndicatorWeight.Points(2)))
        .Category("发展质量", 30, c => c
            .Indicator("GDP", ScoringMethods.GuaranteedStretch(baseShare: 0.8), IndicatorWeight.Multiplier(1.2))
            .Indicator("IndustrialOutput", ScoringMethods.GuaranteedStretch(baseShare: 0.8), IndicatorWeight.Multiplier(1.2))
            .Indicator("GeneralBudgetRevenue", ScoringMethods.CappedRatio(1.1), IndicatorWeight.Multiplier(1))
            .Indicator("TaxPerMu", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Multiplier(0.6)))
        .Bonus("援疆援藏结对帮扶", "援疆援藏结对帮扶", 0.5, BonusKind.PerEvent, cap: 1)
        .Bonus("国家级荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, cap: 2)
        .BonusCap(3)
        .Deduction("中央环保督察反馈问题", "中央生态环保督察反馈问题", 0.3)
        .Deduction("省级环保督察反馈问题", "省级生态环保督察反馈问题", 0.2)
        .Deduction("较大生产安全事故", "较大生产安全事故", 1)
        .Veto("重大生产安全事故", "发生重大及以上生产安全事故，取消当年评价资格", VetoForm.ExcludeFromRanking)
        .RankTier("第一档", 8).RankTier("第二档", 16).RankTier("第三档", int.MaxValue)
        .Build();

    // As provincial-assessment.cs reads them.
    private static Dictionary<int, List<AssessmentZone>> Zones()
    {
        var data = Path.Combine(ExampleFiles.Root(), "docs", "examples", "data");
        static IEnumerable<string[]> Csv(string path) => File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split(','));
        static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
        var zones = new Dictionary<(int Year, string Zone), AssessmentZone>();
        foreach (var f in Csv(Path.Combine(data, "assessment-sample.csv")))
        {
            var key = (int.Parse(f[2], CultureInfo.InvariantCulture), f[0]);
            var zone = (zones.TryGetValue(key, out var z) ? z : AssessmentZone.Of(f[0], f[1])).WithValue(f[3], Number(f[4]));
            if (Number(f[5]) is { } target && f[3] != "RdIntensity")
            {
                zone = zone.WithTargets(f[3], new ZoneTargets(Target: target, Stretch: Number(f[6])));
            }
            zones[key] = zone;
        }
        foreach (var f in Csv(Path.Combine(data, "assessment-events.csv")))
        {
            var key = (int.Parse(f[1], CultureInfo.InvariantCulture), f[0]);
            var count = int.Parse(f[3], CultureInfo.InvariantCulture);
            zones[key] = f[2] == "重大生产安全事故" ? zones[key].WithVeto(f[2], "发生重大生产安全事故") : zones[key].WithEvents(f[2], count);
        }
        return zones.GroupBy(z => z.Key.Year).ToDictionary(g => g.Key, g => g.Select(z => z.Value).ToList());
    }

    [Fact]
    public void The_national_scheme_in_the_language_scores_the_sample_zones_as_the_csharp_scheme()
    {
        var fromText = Plan().Schemes["Mofcom2021"];
        var inCSharp = InCSharp();
        var years = Zones().Where(y => y.Key >= 2022).ToList();
        Assert.NotEmpty(years);
        foreach (var (year, zones) in years)
        {
            var a = fromText.Evaluate(zones);
            var b = inCSharp.Evaluate(zones);
            Assert.Equal(b.Select(z => (z.Id, z.Total, z.Rank, z.Grade)), a.Select(z => (z.Id, z.Total, z.Rank, z.Grade)));
        }
    }

    [Fact]
    public void The_provincial_scheme_extends_the_national_one()
    {
        var plan = Plan();
        var jiangsu = plan.Schemes["Jiangsu2021"];
        Assert.Equal([25.0, 20, 15, 10, 30], jiangsu.Categories.Select(c => c.Weight).ToArray());
        Assert.Equal(IndicatorWeight.Multiplier(1.2), jiangsu.Categories[1].Indicators.Single(i => i.Code == "HighTechEnterprises").Weight);
        Assert.Equal(2.5, jiangsu.Categories[1].Indicators.Single(i => i.Code == "RdIntensity").DefaultTargets.Target);
        Assert.Equal(1.0, jiangsu.Categories[1].Indicators.Single(i => i.Code == "RdIntensity").DefaultTargets.Baseline); // kept from the base
        Assert.Equal(2, jiangsu.VetoRules.Count);
        var results = jiangsu.Evaluate(Zones()[2024]);
        Assert.All(results, z => Assert.InRange(z.Total, 0, 103));
    }
}
