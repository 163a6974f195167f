using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Indicators.Bulk;
using Indicators.Data;
using Indicators.Rules;

namespace Indicators.Benchmarks;

/// <summary>
/// Issue 13, Show: a 2,800-zone × 60-indicator × 10-year scheme run from CSV files (从数据文件到排名). GlobalSetup writes
/// the zones-bulk-shaped synthetic dataset (<see cref="BulkDatasets"/>: log-normal levels, 2% missing, 20% reverse) as
/// files in a temporary directory — the observations in long form (<c>zone,year,indicator,value,unit</c>, 1.68M rows;
/// a missing cell is an empty value) and the zones' attributes (<c>zone,地区,类型</c>) — and the rules: 60 declared
/// indicators and a scheme shaped like the 科技部 2021 one (five categories 20/20/15/15/30 of 12 entries each, the
/// dataset's weight of each indicator as its 赋权, <c>ratio_to(best) missing zero</c>, competition ranking).
/// <para><see cref="LoadCompileAssess"/> is what a user waits for (load + compile + assess the last year to a ranked
/// result; bar: under 1 s). The scheme part against the hand-written kernels (bar: within 1.25×):
/// <see cref="EngineRecompute"/> (baseline: <see cref="BulkEngine.Recompute"/> on the same cells, every year) against
/// <see cref="AssessAllYears"/> (<see cref="RulePlan.Assess(string, ZoneData, int?)"/> for each of the 10 years, on the
/// loaded data) and <see cref="RulesBulkScheme"/> (the plan's scheme in bulk, <see cref="RuleBulk.Evaluate"/>, every
/// year). <see cref="LoadOnly"/> and <see cref="AssessLastYear"/> split the first figure.</para>
/// </summary>
[MemoryDiagnoser]
public class AssessFromFilesBenchmarks
{
    private const int ZoneCount = 2800;
    private const int IndicatorCount = 60;
    private const int YearCount = 10;
    private const string Scheme = "Assess60";
    private static readonly string[] Regions = ["东部", "中部", "西部"];
    private static readonly int[] CategoryWeights = [20, 20, 15, 15, 30];

    private string directory = null!;
    private string[] files = null!;
    private string rules = null!;
    private BulkDataset dataset = null!;
    private BulkResults engine = null!;
    private RuleBulkResults bulk = null!;
    private BulkOptions options = null!;
    private ZoneData data = null!;
    private RulePlan plan = null!;
    private int lastYear;
    private HandWrittenScheme hand = null!;
    private HandWrittenScheme handWithPoints = null!;

    /// <summary>Writes the files and the rules, loads and compiles them once, fills every result once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = RuleBulkBenchmarks.Coded(BulkDatasets.Create(zones: ZoneCount, indicators: IndicatorCount, years: YearCount, seed: 20261205));
        lastYear = dataset.FirstYear + YearCount - 1;
        directory = Path.Combine(Path.GetTempPath(), "indicators-assess-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        files = [WriteZones(directory), WriteValues(directory, dataset)];
        rules = Rules(dataset);
        plan = RulePlan.Compile(rules).GetValueOrThrow();
        data = DataLoader.Load(files).GetValueOrThrow();
        options = new BulkOptions { MaxDegreeOfParallelism = 1 };
        engine = new BulkResults(dataset);
        bulk = new RuleBulkResults(plan, dataset);
        BulkEngine.Recompute(dataset, engine, options);
        RuleBulk.Evaluate(plan, dataset, bulk, options);
        _ = plan.Assess(Scheme, data, lastYear).GetValueOrThrow();
        hand = new HandWrittenScheme(dataset, CategoryWeights);
        hand.Run(dataset.Actual);
        hand.Verify(bulk.GetAssessment(Scheme));
        handWithPoints = new HandWrittenScheme(dataset, CategoryWeights, keepPoints: true);
        handWithPoints.Run(dataset.Actual);
        handWithPoints.Verify(bulk.GetAssessment(Scheme));
    }

    /// <summary>Removes the temporary files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    /// <summary>Load the two files, compile the rules, assess the last year: the ranked result (bar: under 1 s).</summary>
    [Benchmark]
    public RuleAssessment LoadCompileAssess()
    {
        var loaded = DataLoader.Load(files).GetValueOrThrow();
        var compiled = RulePlan.Compile(rules).GetValueOrThrow();
        return compiled.Assess(Scheme, loaded, lastYear).GetValueOrThrow();
    }

    /// <summary>Loading alone: 1.68M observation rows and 2,800 attribute rows into a <see cref="ZoneData"/>.</summary>
    [Benchmark]
    public ZoneData LoadOnly() => DataLoader.Load(files).GetValueOrThrow();

    /// <summary>The compiled scheme on the loaded data, the last year: 2,800 zones × 60 scored and ranked.</summary>
    [Benchmark]
    public RuleAssessment AssessLastYear() => plan.Assess(Scheme, data, lastYear).GetValueOrThrow();

    /// <summary>The compiled scheme on the loaded data, each of the 10 years (the cells the engine computes).</summary>
    [Benchmark]
    public RuleAssessment AssessAllYears()
    {
        RuleAssessment last = null!;
        for (var year = dataset.FirstYear; year <= lastYear; year++)
        {
            last = plan.Assess(Scheme, data, year).GetValueOrThrow();
        }
        return last;
    }

    /// <summary>The plan's scheme in bulk on the same cells, every year (<see cref="RuleBulk.Evaluate"/>, 1 thread).</summary>
    [Benchmark]
    public RuleBulkResults RulesBulkScheme()
    {
        RuleBulk.Evaluate(plan, dataset, bulk, options);
        return bulk;
    }

    /// <summary>This scheme's own hand-written kernel on the same cells, every year (1 thread; <see cref="HandWrittenScheme"/>).</summary>
    [Benchmark]
    public double[] HandWrittenScheme()
    {
        hand.Run(dataset.Actual);
        return hand.Totals;
    }

    /// <summary>The same hand-written kernel keeping what <see cref="BulkAssessmentResults"/> keeps (every cell's points and
    /// every category's subtotal, besides totals and ranks): the same outputs as <see cref="RulesBulkScheme"/>.</summary>
    [Benchmark]
    public double[] HandWrittenSchemeWithPoints()
    {
        handWithPoints.Run(dataset.Actual);
        return handWithPoints.Totals;
    }

    /// <summary>The hand-written kernels on the same cells, every year (1 thread): the baseline.</summary>
    [Benchmark(Baseline = true)]
    public BulkResults EngineRecompute()
    {
        BulkEngine.Recompute(dataset, engine, options);
        return engine;
    }

    internal static string ZoneName(int zone) => "示例区" + zone.ToString("D4", CultureInfo.InvariantCulture);

    private static string WriteZones(string directory)
    {
        var path = Path.Combine(directory, "zones.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine("zone,地区,类型");
        for (var zone = 0; zone < ZoneCount; zone++)
        {
            writer.Write(ZoneName(zone));
            writer.Write(',');
            writer.Write(Regions[zone % Regions.Length]);
            writer.WriteLine(",高新区");
        }
        return path;
    }

    /// <summary>The cells in long form; a missing cell is written with an empty value (missing, never zero).</summary>
    private static string WriteValues(string directory, BulkDataset dataset)
    {
        var path = Path.Combine(directory, "values.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.WriteLine("zone,year,indicator,value,unit");
        for (var zone = 0; zone < dataset.ZoneCount; zone++)
        {
            var name = ZoneName(zone);
            for (var indicator = 0; indicator < dataset.IndicatorCount; indicator++)
            {
                var code = RuleBulkBenchmarks.Code(indicator);
                for (var year = 0; year < dataset.YearCount; year++)
                {
                    var value = dataset.GetActual(zone, indicator, year);
                    writer.Write(name);
                    writer.Write(',');
                    writer.Write((dataset.FirstYear + year).ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(code);
                    writer.Write(',');
                    if (value is { } v)
                    {
                        writer.Write(v.ToString("R", CultureInfo.InvariantCulture));
                    }
                    writer.WriteLine(",项");
                }
            }
        }
        return path;
    }

    /// <summary>60 declared indicators and the scheme: category k holds indicators 12k…12k+11.</summary>
    internal static string Rules(BulkDataset dataset)
    {
        var text = new StringBuilder();
        for (var i = 0; i < dataset.IndicatorCount; i++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"indicator {RuleBulkBenchmarks.Code(i)} unit 项{(dataset.GetPolarity(i) == Polarity.Reverse ? " reverse" : "")};").AppendLine();
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"scheme {Scheme} \"2,800个开发区 × 60项指标（示例）\" total 100 {{");
        var perCategory = dataset.IndicatorCount / CategoryWeights.Length;
        for (var c = 0; c < CategoryWeights.Length; c++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  category 类别{c + 1} {CategoryWeights[c]} {{");
            for (var i = c * perCategory; i < (c + 1) * perCategory; i++)
            {
                // A reverse indicator's best can be 0 (the dataset has zero cells), which no ratio can be taken to: 功效系数.
                var method = dataset.GetPolarity(i) == Polarity.Reverse ? "efficacy_coefficient()" : "ratio_to(best)";
                text.AppendLine(CultureInfo.InvariantCulture, $"    {RuleBulkBenchmarks.Code(i)} *{dataset.GetWeight(i):R} by {method} missing zero;");
            }
            text.AppendLine("  }");
        }
        return text.AppendLine("  rank competition;").AppendLine("}").ToString();
    }
}
