using System.Globalization;
using Indicators.Assessment;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 13, Show: the 科技部 2021 and 商务部 2021 schemes of docs/examples/rules compile with no error and run on the
/// example data of docs/examples/data (made by make-scheme-samples.py) in one call, <see cref="RulePlan.Assess(string, ZoneData, int?)"/>.
/// The expected numbers are computed here from the CSV files by the schemes' published definitions, not read from the
/// library's output.
/// </summary>
public class Issue13SchemeExampleTests
{
    private static readonly string Data = Path.Combine(ExampleFiles.Root(), "docs", "examples", "data");

    private static RulePlan Compile(string file)
    {
        var compiled = RulePlan.Compile(ExampleFiles.Rules(file), sourceName: file);
        Assert.True(compiled.Success, compiled.ToString());
        Assert.DoesNotContain(compiled.Diagnostics, d => d.IsError);
        return compiled.Value!;
    }

    // ---- the example files, read as plain CSV (the expected values are computed from them) ----------------------

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(Data, file)).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split(','));

    private static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>zone → 地区.</summary>
    private static Dictionary<string, string> Regions() =>
        Rows("torch-2021-zones.csv").Concat(Rows("mofcom-2021-zones.csv")).ToDictionary(f => f[0], f => f[1]);

    /// <summary>(zone, indicator, year) → value (null when the file leaves it empty).</summary>
    private static Dictionary<(string Zone, string Indicator, int Year), double?> Values(string file) =>
        Rows(file).ToDictionary(f => (f[0], f[2], Year(f[1])), f => Number(f[3]));

    /// <summary>The data in one <see cref="ZoneData"/>: values with their units, attributes, firm records.</summary>
    private static ZoneData Load(string zones, string values, string firms)
    {
        var builder = ZoneData.CreateBuilder();
        foreach (var f in Rows(values))
        {
            builder.Value(f[0], f[2], Year(f[1]), Number(f[3]), f[4].Length == 0 ? null : f[4]);
        }
        foreach (var f in Rows(zones))
        {
            builder.Attribute(f[0], "地区", f[1]).Attribute(f[0], "类型", f[2]);
        }
        var header = File.ReadLines(Path.Combine(Data, firms)).Where(l => !l.StartsWith('#')).First().Split(',');
        foreach (var f in Rows(firms))
        {
            var record = RuleRecord.Create(f[3]);
            for (var i = 4; i < f.Length; i++)
            {
                var field = header[i].Split('(')[0];
                record = double.TryParse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? record.With(field, number) : record.WithText(field, f[i]);
            }
            builder.Record(f[0], Year(f[1]), f[2], record);
        }
        var built = builder.Build();
        Assert.True(built.Success, string.Join("\n", built.Diagnostics));
        return built.Value!;
    }

    private static RuleAssessment Assess(RulePlan plan, string scheme, ZoneData data, int year)
    {
        var assessed = plan.Assess(scheme, data, year);
        Assert.True(assessed.Success, assessed.ToString());
        return assessed.Value!;
    }

    private static ZoneAssessment Zone(AssessmentResult result, string zone) => result.Single(z => z.Id.Code == zone);

    private static IndicatorAssessment Entry(ZoneAssessment zone, string category, int index) =>
        zone.Categories.Single(c => c.Name == category).Indicators[index];

    // ---- 科技部 2021 -------------------------------------------------------------------------------------------

    [Fact]
    public void Issue13_Schemes_the_torch_2021_rules_compile_with_no_error()
    {
        var plan = Compile("torch-2021.rules");
        var scheme = plan.Schemes["Torch2021"];
        Assert.Equal([20.0, 20, 15, 15, 30], scheme.Categories.Select(c => c.Weight));
        // 9 + 9 + 7 + 7 + 8 二级指标 (1.1–1.9, 2.1–2.9, 3.1–3.7, 4.1–4.7, 5.1–5.8).
        Assert.Equal([9, 9, 7, 7, 8], scheme.Categories.Select(c => c.Indicators.Count));
    }

    [Fact]
    public void Issue13_Schemes_the_torch_2021_scheme_runs_on_the_example_files_in_one_call()
    {
        var plan = Compile("torch-2021.rules");
        var data = Load("torch-2021-zones.csv", "torch-2021-values.csv", "torch-2021-firms.csv");
        var result = Assess(plan, "Torch2021", data, 2022).Result;

        Assert.Equal(30, result.Count);
        foreach (var zone in result)
        {
            // No category earns more than its weight; no total exceeds 100 (the scheme has no bonus).
            foreach (var category in zone.Categories)
            {
                Assert.InRange(category.Subtotal, 0, category.Category.Weight + 1e-9);
            }
            Assert.InRange(zone.Total, 0, 100 + 1e-9);
            Assert.NotNull(zone.Rank);
        }
        Assert.Equal(Enumerable.Range(1, 30), result.Select(z => z.Rank!.Value).Order());
    }

    [Fact]
    public void Issue13_Schemes_torch_1_1_scores_the_ratio_to_the_best_zone_times_its_weight_of_0_8_in_nine()
    {
        var plan = Compile("torch-2021.rules");
        var result = Assess(plan, "Torch2021", Load("torch-2021-zones.csv", "torch-2021-values.csv", "torch-2021-firms.csv"), 2022).Result;
        var values = Values("torch-2021-values.csv");
        // By hand from the file: 1.1's weight is 20 × 0.8 / (0.8 + 1.2 + 7 × 1) = 1.777…; points = weight × value / best.
        var institutions = values.Where(v => v.Key.Indicator == "ResearchInstitutions" && v.Key.Year == 2022).ToDictionary(v => v.Key.Zone, v => v.Value!.Value);
        var best = institutions.Values.Max();
        foreach (var (zone, value) in institutions)
        {
            var entry = Entry(Zone(result, zone), "创新能力和创业活跃度", 0);
            Assert.Equal(20 * 0.8 / 9, entry.Weight, 9);
            Assert.Equal(20 * 0.8 / 9 * value / best, entry.Points, 9);
        }
    }

    [Fact]
    public void Issue13_Schemes_torch_5_7_counts_the_firms_with_RD_of_5_percent_and_revenue_above_5_yi()
    {
        var plan = Compile("torch-2021.rules");
        var result = Assess(plan, "Torch2021", Load("torch-2021-zones.csv", "torch-2021-values.csv", "torch-2021-firms.csv"), 2021).Result;
        // By hand from the firm records: 研发经费 ≥ 5% of 营业收入 and 营业收入 > 5亿元 (50000万元).
        var expected = Rows("torch-2021-firms.csv").Where(f => Year(f[1]) == 2021)
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.Count(f => Number(f[5])!.Value >= Number(f[4])!.Value * 0.05 && Number(f[4])!.Value > 50000));
        Assert.Contains(expected.Values, c => c > 0);
        foreach (var (zone, count) in expected)
        {
            Assert.Equal(count, Entry(Zone(result, zone), "综合质效和持续创新力", 6).Value);
        }
    }

    [Fact]
    public void Issue13_Schemes_torch_a_missing_value_scores_zero_and_stays_missing()
    {
        var plan = Compile("torch-2021.rules");
        var result = Assess(plan, "Torch2021", Load("torch-2021-zones.csv", "torch-2021-values.csv", "torch-2021-firms.csv"), 2021).Result;
        // 示例高新区07 does not report 3.7 (月工资房价比) in 2021: `missing zero` gives it 0 points, and its value stays missing.
        var entry = Entry(Zone(result, "示例高新区07"), "绿色发展和宜居包容性", 6);
        Assert.Null(entry.Value);
        Assert.Equal(0, entry.Points);
    }

    // ---- 商务部 2021 -------------------------------------------------------------------------------------------

    [Fact]
    public void Issue13_Schemes_the_mofcom_2021_rules_compile_with_no_error()
    {
        var plan = Compile("mofcom-2021.rules");
        var scheme = plan.Schemes["Mofcom2021"];
        Assert.Equal([30.0, 15, 15, 10, 30], scheme.Categories.Select(c => c.Weight));
        // The published counts of the first four categories: 7, 6, 5, 4.
        Assert.Equal([7, 6, 5, 4], scheme.Categories.Take(4).Select(c => c.Indicators.Count));
        Assert.True(plan.Schemes.ContainsKey("Mofcom2021Regional"));
    }

    [Fact]
    public void Issue13_Schemes_the_mofcom_2021_scheme_runs_on_the_example_files_in_one_call()
    {
        var plan = Compile("mofcom-2021.rules");
        var data = Load("mofcom-2021-zones.csv", "mofcom-2021-values.csv", "mofcom-2021-firms.csv");
        var result = Assess(plan, "Mofcom2021", data, 2021).Result;
        Assert.Equal(30, result.Count);
        foreach (var zone in result)
        {
            foreach (var category in zone.Categories)
            {
                Assert.InRange(category.Subtotal, 0, category.Category.Weight + 1e-9);
            }
            // At most 100 and the one 0.5 bonus.
            Assert.InRange(zone.Total, 0, 100.5 + 1e-9);
        }
        // 示例经开区05 had a 重大及以上生产安全事故 in 2021: vetoed, excluded from the ranking, no rank.
        var vetoed = Zone(result, "示例经开区05");
        Assert.True(vetoed.IsExcludedFromRanking);
        Assert.Null(vetoed.Rank);
        Assert.Contains(vetoed.Vetoes, v => v.Rule.Code == "重大事故");
        // The other 29 are ranked 1…29.
        Assert.Equal(Enumerable.Range(1, 29), result.Where(z => z.Rank is not null).Select(z => z.Rank!.Value).Order());
    }

    [Fact]
    public void Issue13_Schemes_mofcom_an_honours_veto_leaves_total_and_rank_standing()
    {
        var plan = Compile("mofcom-2021.rules");
        var result = Assess(plan, "Mofcom2021", Load("mofcom-2021-zones.csv", "mofcom-2021-values.csv", "mofcom-2021-firms.csv"), 2022).Result;
        // 示例经开区09: 统计造假 in 2022 → 取消评先评优资格 only.
        var zone = Zone(result, "示例经开区09");
        Assert.Contains(zone.Vetoes, v => v.Rule.Code == "统计造假");
        Assert.False(zone.IsExcludedFromRanking);
        Assert.NotNull(zone.Rank);
        Assert.Equal(zone.BeforeVeto, zone.Total);
    }

    [Fact]
    public void Issue13_Schemes_mofcom_counts_manufacturers_above_the_threshold_of_their_region()
    {
        var plan = Compile("mofcom-2021.rules");
        var result = Assess(plan, "Mofcom2021", Load("mofcom-2021-zones.csv", "mofcom-2021-values.csv", "mofcom-2021-firms.csv"), 2021).Result;
        var regions = Regions();
        // By hand: 制造业 firms with 主营业务收入 ≥ 30亿元 (300000万元) in 东部, ≥ 15亿元 (150000万元) in 中部 and 西部.
        var expected = Rows("mofcom-2021-firms.csv").Where(f => Year(f[1]) == 2021).GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.Count(f => f[5] == "制造业" && Number(f[4])!.Value >= (regions[g.Key] == "东部" ? 300000 : 150000)));
        Assert.Contains(regions, r => r.Value == "东部" && expected.ContainsKey(r.Key));
        Assert.Contains(regions, r => r.Value != "东部" && expected.ContainsKey(r.Key));
        foreach (var (zone, count) in expected)
        {
            Assert.Equal(count, Entry(Zone(result, zone), "发展质量", 1).Value);
        }
    }

    [Fact]
    public void Issue13_Schemes_mofcom_deducts_0_3_per_environmental_inspection_problem()
    {
        var plan = Compile("mofcom-2021.rules");
        var result = Assess(plan, "Mofcom2021", Load("mofcom-2021-zones.csv", "mofcom-2021-values.csv", "mofcom-2021-firms.csv"), 2022).Result;
        var values = Values("mofcom-2021-values.csv");
        var checkedZones = 0;
        foreach (var zone in result.Where(z => values[(z.Id.Code, "环保督察问题数", 2022)] is > 0))
        {
            var problems = values[(zone.Id.Code, "环保督察问题数", 2022)]!.Value;
            Assert.Equal(0.3 * problems, zone.DeductionItems.Single(d => d.Code == "环保督察").Points, 9);
            checkedZones++;
        }
        Assert.True(checkedZones > 0);
    }

    [Fact]
    public void Issue13_Schemes_mofcom_exit_candidates_were_twice_in_their_regions_last_five_within_three_years()
    {
        var plan = Compile("mofcom-2021.rules");
        var assessment = Assess(plan, "Mofcom2021", Load("mofcom-2021-zones.csv", "mofcom-2021-values.csv", "mofcom-2021-firms.csv"), 2022);
        var regions = Regions();
        // Each flagged zone, checked against the three years' results by the published rule: in at least two of them it is
        // among the last 5 ranked zones of its region. 西部 has 7 zones in the example, so there are candidates.
        Assert.NotEmpty(assessment.Exits);
        // The candidates are those of the assessed year, each zone once (the rule also sees windows ending in 2020 and 2021).
        Assert.All(assessment.Exits, flag => Assert.Equal(2022, flag.Year));
        Assert.Equal(assessment.Exits.Count, assessment.Exits.Select(f => f.Zone).Distinct().Count());
        foreach (var flag in assessment.Exits)
        {
            var zone = flag.Zone.Code;
            var times = assessment.ResultsByYear.Values.Count(result =>
            {
                var ranked = result.Where(z => z.Rank is not null && regions[z.Id.Code] == regions[zone]).OrderBy(z => z.Rank).ToList();
                return ranked.TakeLast(5).Any(z => z.Id.Code == zone);
            });
            Assert.True(times >= 2, $"{zone} flagged but in its region's last five only {times} times");
        }
        Assert.Equal(3, assessment.ResultsByYear.Count);
    }
}
