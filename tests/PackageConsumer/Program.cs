// A user's program over the packed Indicators package: a broad slice of the public API, printing only text that
// must be the same byte for byte whether it runs on the JIT, NativeAOT (any instruction set) or trimmed
// (.ci/package.sh compares them). What may differ between builds (whether Vector256 is accelerated) goes to stderr.

using System.Globalization;
using System.Runtime.Intrinsics;
using Indicators;
using Indicators.Assessment;
using Indicators.Bulk;
using Indicators.Rules;

var failures = 0;

Section("values");
var gdp2011 = Quantity.Parse("170亿元").Value;
var target2012 = Quantity.Parse("210亿元").Value;
Console.WriteLine($"{gdp2011} → {target2012}; 17.5万方 = {Quantity.Parse("17.5万方").Value}");
Console.WriteLine($"unit 吨标准煤/万元: {Unit.Parse("吨标准煤/万元").Value}");
var period = ReportingPeriod.Parse("2020年1-11月").Value;
Console.WriteLine($"period {period} = {period.ToChineseString()}");
var bad = Quantity.Parse("17.5万方x");
Console.WriteLine($"refused: {bad.Error!.Message}");
Console.WriteLine(bad.Error.Excerpt);

Section("growth and completion");
var growth = Growth.YearOnYear(target2012.Value, gdp2011.Value);
Console.WriteLine(ChinesePhrasing.Phrase(growth));
Console.WriteLine(growth.Explain());
Console.WriteLine(growth.Explain(ExplanationLanguage.English));
foreach (var (current, previous) in new[] { (148.0, -46.0), (-30.0, 12.0), (-50.0, -20.0), (-10.0, -20.0), (5.0, 0.0) })
{
    var g = Growth.YearOnYear(current, previous);
    Console.WriteLine($"{current} on {previous}: {g.Status} · {ChinesePhrasing.Phrase(g)}");
}
var sales = Completion.OfLevel(actual: 5000, target: 2994);
Console.WriteLine($"{sales.Status} · {ChinesePhrasing.Phrase(sales)} · {sales.Explain()}");
var energy = Completion.OfCeiling(actual: 0.42, ceiling: 0.45);
Console.WriteLine($"{energy.Status} · {ChinesePhrasing.Phrase(energy, targetName: "能耗上限")}");
var implied = Implied.TargetFromOverfulfilment(5000, Percentage.FromPercent(67));
Console.WriteLine($"implied target {(implied.TryGetValue(out var t) ? Number(t) : "none")} · {implied.Explain()}");

Section("target and pacing");
var target = Target.Parse("确保8%、力争10%").Value;
Console.WriteLine($"target {target.ToChineseString()}");
foreach (var actual in new[] { 7.96, 9.0, 10.2 })
{
    Console.WriteLine(ChinesePhrasing.Phrase(Attainment.Of(target, actual)));
}
var pace = Pacing.ByMonths(yearToDate: 50.22, annualTarget: 100, month: 6);
Console.WriteLine($"{pace.Status} · {ChinesePhrasing.Phrase(pace)}");
Console.WriteLine(ChinesePhrasing.Phrase(Pacing.OfGrowthTarget(Percentage.FromPercent(6.1), Percentage.FromPercent(7), month: 9)));

Section("assessment");
var scheme = AssessmentScheme.CreateBuilder("示例考核", total: 100)
    .Category("发展质量", 60, c => c
        .Indicator("GDP", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(1.2))
        .Indicator("GeneralBudgetRevenue", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Multiplier(1),
            missingData: MissingDataPolicy.ScoreZero))
    .Category("对外开放", 40, c => c
        .Indicator("Exports", ScoringMethods.RankLadder(0.05), IndicatorWeight.Multiplier(1))
        .Indicator("ActualForeignInvestment", ScoringMethods.BenchmarkRatio(), IndicatorWeight.Multiplier(1)))
    .Bonus("国家级荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, cap: 2)
    .Deduction("较大生产安全事故", "较大生产安全事故", 1)
    .Build();
var zones = new[]
{
    Zone("甲开发区", "苏南", 420, 400, 31, 120, 5.2, events: ("国家级荣誉", 1)),
    Zone("乙开发区", "苏南", 380, 400, 28, 150, 6.1),
    Zone("丙开发区", "苏北", 210, 200, 19, 60, 1.4, events: ("较大生产安全事故", 1)),
    Zone("丁开发区", "苏北", 260, 240, null, 80, 2.0),
};
var result = scheme.Evaluate(zones);
foreach (var zone in result.OrderBy(z => z.Rank ?? int.MaxValue).ThenBy(z => z.Id.Code, StringComparer.Ordinal))
{
    Console.WriteLine($"{zone.Rank} {zone.Id.Code} {zone.Group} {Number(zone.Total)}");
}
Console.WriteLine(result.Explain(ZoneId.Of("丙开发区")));
Console.WriteLine(result.Explain(ZoneId.Of("丁开发区"), ExplanationLanguage.English));

Section("rules");
var plan = RulePlan.Compile("""
    indicator 研发强度测算 = [R&D经费] / 营业收入 unit %;
    check 研发经费不超过营收: [R&D经费] <= 营业收入 "研发经费不应超过营业收入";
    """, sourceName: "consumer.rules").GetValueOrThrow();
Console.WriteLine(plan.Evaluate(RuleZone.Create("示例开发区").With("RdExpenditure", 12.6).With("OperatingRevenue", 480)));
Console.WriteLine(plan.Evaluate(RuleZone.Create("错报开发区").With("RdExpenditure", 600).With("OperatingRevenue", 480)));
var mixed = RulePlan.Compile("indicator Mixed = GDP + LandSupplied unit 亿元;", sourceName: "a.rules");
Console.WriteLine(mixed.Diagnostics[0] + "\n" + mixed.Diagnostics[0].Excerpt);

Section("bulk");
// 4,000 zones × 12 indicators × 7 years: with 7 years the vectorised loop runs (where Vector256 is accelerated),
// its overlapping last vector included; the checksum must not depend on whether it did.
const int Zones = 4000, IndicatorCount = 12, Years = 7;
var weights = Enumerable.Range(0, IndicatorCount).Select(i => 1.0 + (i % 4) * 0.5).ToArray();
var polarities = Enumerable.Range(0, IndicatorCount).Select(i => i % 5 == 4 ? Polarity.Reverse : Polarity.Positive).ToArray();
var dataset = new BulkDataset(Zones, weights, polarities, Years, firstYear: 2018);
ulong state = 0x9E3779B97F4A7C15;
for (int z = 0; z < Zones; z++)
{
    for (int i = 0; i < IndicatorCount; i++)
    {
        for (int y = 0; y < Years; y++)
        {
            // Every 37th cell missing, some non-positive bases, so statuses and gaps are exercised too.
            double draw = Next(ref state);
            double? value = draw < 1.0 / 37 ? null : Math.Round((draw - 0.03) * 1000, 3);
            dataset.SetActual(z, i, y, value);
            dataset.SetTarget(z, i, y, Next(ref state) < 0.02 ? null : Math.Round(Next(ref state) * 900 + 50, 2));
        }
    }
}
var parallel = new BulkResults(dataset);
BulkEngine.Recompute(dataset, parallel);
var single = new BulkResults(dataset);
BulkEngine.Recompute(dataset, single, new BulkOptions { MaxDegreeOfParallelism = 1 });
var checksum = Checksum(dataset, parallel);
var agrees = Checksum(dataset, single) == checksum;
failures += agrees ? 0 : 1;
Console.WriteLine($"cells {dataset.CellCount}, checksum {checksum:x16}, one thread agrees: {agrees}");
for (int y = 0; y < Years; y++)
{
    var scored = Enumerable.Range(0, Zones).Count(z => parallel.GetScore(z, y) is not null);
    var first = Enumerable.Range(0, Zones).First(z => parallel.GetRank(z, y) == 1);
    Console.WriteLine($"{dataset.FirstYear + y}: {scored} zones scored, first zone {first} with {Number(parallel.GetScore(first, y)!.Value)}");
}
// The bulk cell and the scalar API agree: one cell's growth and completion, phrased.
var cell = parallel.GetGrowthResult(17, 3, 4);
Console.WriteLine($"zone 17, indicator 3, year 4: {(cell is { } c ? ChinesePhrasing.Phrase(c) : "no growth")}; "
    + $"{(parallel.GetCompletionResult(17, 3, 4) is { } d ? ChinesePhrasing.Phrase(d) : "no completion")}");
Console.Error.WriteLine($"Vector256.IsHardwareAccelerated: {Vector256.IsHardwareAccelerated}");

Console.WriteLine();
Console.WriteLine(failures == 0 ? "consumer: ok" : $"consumer: {failures} failures");
return failures == 0 ? 0 : 1;

void Section(string name) => Console.WriteLine($"== {name}");

static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

static AssessmentZone Zone(string id, string group, double gdp, double gdpTarget, double? revenue, double exports, double fdi,
    (string Code, int Count)? events = null)
{
    var zone = AssessmentZone.Of(id, group)
        .WithValue("GDP", gdp).WithTargets("GDP", new ZoneTargets(Target: gdpTarget))
        .WithValue("GeneralBudgetRevenue", revenue)
        .WithValue("Exports", exports)
        .WithValue("ActualForeignInvestment", fdi);
    return events is var (code, count) ? zone.WithEvents(code, count) : zone;
}

// SplitMix64: the same numbers on every runtime, unlike System.Random's unseeded or future algorithms.
static double Next(ref ulong state)
{
    ulong z = state += 0x9E3779B97F4A7C15;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
    return (z ^ (z >> 31)) / 18446744073709551616.0;
}

// FNV-1a over the bits of every output, missing ones as a marker of their own.
static ulong Checksum(BulkDataset dataset, BulkResults results)
{
    ulong hash = 14695981039346656037;
    void Add(ulong bits)
    {
        hash = (hash ^ bits) * 1099511628211;
    }
    void AddValue(double? value) => Add(value is { } v ? (ulong)BitConverter.DoubleToInt64Bits(v) : 0xFFFF_0000_DEAD_BEEF);
    for (int z = 0; z < dataset.ZoneCount; z++)
    {
        for (int y = 0; y < dataset.YearCount; y++)
        {
            for (int i = 0; i < dataset.IndicatorCount; i++)
            {
                AddValue(results.GetGrowth(z, i, y));
                AddValue(results.GetCompletion(z, i, y));
                AddValue(results.GetOverfulfilment(z, i, y));
                Add(results.IsAttained(z, i, y) ? 1UL : 0UL);
            }
            AddValue(results.GetScore(z, y));
            Add((ulong)(results.GetRank(z, y) ?? -1));
        }
    }
    return hash;
}
