#:project ../../src/Indicators/Indicators.csproj
#:property PublishAot=false

// A provincial assessment (综合考核) of 24 development zones over 2022-2024: 5 categories,
// 20 indicators from the standard catalogue, nine scoring methods, bonus, deductions, a veto,
// rank tiers, ranks within 片区, rank changes and an exit rule. Run from the repository root:
//
//     dotnet run docs/examples/provincial-assessment.cs [zone [year]]
//
// The data (data/assessment-sample.csv, data/assessment-events.csv) is ILLUSTRATIVE: synthetic
// figures at the magnitudes provincial zones report, made by data/make-assessment-sample.py.
// The scheme's structure follows real ones (商务部 2021 category weights; 江苏's veto and exit
// rule; deductions per event as in provincial methods); see docs/assessment.md.

using Indicators;
using Indicators.Assessment;

var explainZone = args.Length > 0 ? args[0] : "示例开发区05";
var explainYear = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2024;
var dataDirectory = FindDataDirectory();

var scheme = AssessmentScheme.CreateBuilder("省级开发区综合考核（示例）", total: 100)
    .Category("对外开放", 30, c => c
        .Indicator("ActualForeignInvestment", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Multiplier(1.2))
        .Indicator("ImportsExports", ScoringMethods.BenchmarkRatio(), IndicatorWeight.Multiplier(1.2))
        .Indicator("Exports", ScoringMethods.RankLadder(0.05), IndicatorWeight.Multiplier(0.8))
        .Indicator("NewForeignInvestedEnterprises", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(0.8)))
    .Category("科技创新", 15, c => c
        .Indicator("RdIntensity", ScoringMethods.Interpolation(), IndicatorWeight.Multiplier(1.2),
            targets: new ZoneTargets(Target: 3.0, Baseline: 1.0))
        .Indicator("HighTechEnterprises", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(1))
        .Indicator("InventionPatentsGranted", ScoringMethods.RankLadderByPoints(0.15), IndicatorWeight.Multiplier(1),
            missingData: MissingDataPolicy.ScoreZero)
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
    .RankTier("第一档", 8)
    .RankTier("第二档", 16)
    .RankTier("第三档", int.MaxValue)
    .Build();

var zonesByYear = ReadZones(Path.Combine(dataDirectory, "assessment-sample.csv"), Path.Combine(dataDirectory, "assessment-events.csv"));
var results = zonesByYear.Keys.Order().Where(y => y >= 2022).ToDictionary(y => y, y => scheme.Evaluate(zonesByYear[y]));
var lastYear = results.Keys.Max();
var latest = results[lastYear];
var previous = results[lastYear - 1];

Console.WriteLine($"{scheme.Name} · {lastYear}年度 · {latest.Count}个开发区");
Console.WriteLine();
Console.WriteLine($"{"名次",4} {"开发区",-8} {"片区",-3} {"片区名次",4} {"总分",7} {"对外开放",6} {"科技创新",6} {"绿色发展",6} {"统筹协调",6} {"发展质量",6} {"加分",5} {"扣分",5} {"档次",-4} 排名变化");
foreach (var zone in latest.OrderBy(z => z.Rank ?? int.MaxValue).ThenBy(z => z.Id.Code, StringComparer.Ordinal))
{
    var before = previous.Single(z => z.Id == zone.Id);
    var change = RankChange.Between(before.Rank, zone.Rank);
    var subtotals = string.Join(" ", zone.Categories.Select(c => $"{c.Subtotal,8:0.00}"));
    var rank = zone.IsExcludedFromRanking ? "—" : zone.Rank.ToString();
    var groupRank = zone.IsExcludedFromRanking ? "—" : zone.GroupRank.ToString();
    Console.WriteLine($"{rank,5} {zone.Id.Code,-8} {zone.Group,-3} {groupRank,7} {zone.Total,8:0.00} {subtotals} {zone.Bonus,6:0.0} {-zone.Deductions,6:0.0} {zone.Grade ?? "—",-4} {ChinesePhrasing.Phrase(change)}");
}

// 动态管理: twice in the last 3 of its 片区 within the 3 years → 约谈/退出备选.
var exitRule = ExitRule.Of(times: 2, bottom: 3, years: 3);
var history = results.SelectMany(r => r.Value.Select(z => (Year: r.Key, Zone: z.Id, Group: z.Group ?? "", Rank: z.GroupRank)));
Console.WriteLine();
Console.WriteLine($"动态管理（{exitRule}）：");
foreach (var flag in exitRule.Evaluate(history))
{
    Console.WriteLine("   " + flag);
}

var vetoed = results.SelectMany(r => r.Value.Where(z => z.Vetoes.Count > 0).Select(z => $"{r.Key}年 {z.Id.Code}: {string.Join("；", z.Vetoes)}"));
foreach (var line in vetoed)
{
    Console.WriteLine("一票否决 " + line);
}

Console.WriteLine();
Console.WriteLine($"—— {explainYear}年度 ——");
Console.WriteLine(results[explainYear].Explain(ZoneId.Of(explainZone), ExplanationLanguage.Chinese));
Console.WriteLine();
Console.WriteLine(results[explainYear].Explain(ZoneId.Of(explainZone), ExplanationLanguage.English));
return 0;

static Dictionary<int, List<AssessmentZone>> ReadZones(string valuesPath, string eventsPath)
{
    var zones = new Dictionary<(int Year, string Zone), AssessmentZone>();
    foreach (var f in ReadCsv(valuesPath))
    {
        var key = (int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[0]);
        var zone = zones.TryGetValue(key, out var z) ? z : AssessmentZone.Of(f[0], f[1]);
        // An empty value is a figure the zone never reported: missing, never zero.
        zone = zone.WithValue(f[3], Number(f[4]));
        // R&D intensity is scored against the province-wide target and baseline the scheme sets.
        if (Number(f[5]) is { } target && f[3] != "RdIntensity")
        {
            zone = zone.WithTargets(f[3], new ZoneTargets(Target: target, Stretch: Number(f[6])));
        }
        zones[key] = zone;
    }
    foreach (var f in ReadCsv(eventsPath))
    {
        var key = (int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[0]);
        var count = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
        zones[key] = f[2] == "重大生产安全事故"
            ? zones[key].WithVeto(f[2], $"发生重大生产安全事故{count}起")
            : zones[key].WithEvents(f[2], count);
    }
    return zones.GroupBy(z => z.Key.Year).ToDictionary(g => g.Key, g => g.Select(z => z.Value).ToList());
}

static IEnumerable<string[]> ReadCsv(string path) =>
    File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split(','));

static double? Number(string text) =>
    text.Length == 0 ? null : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

static string FindDataDirectory()
{
    const string Relative = "docs/examples/data";
    foreach (var root in new[] { ".", "../..", (AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".") + "/../.." })
    {
        var candidate = Path.Combine(root, Relative);
        if (File.Exists(Path.Combine(candidate, "assessment-sample.csv")))
        {
            return candidate;
        }
    }
    throw new DirectoryNotFoundException($"Cannot find {Relative}; run from the repository root.");
}
