using BenchmarkDotNet.Attributes;
using Indicators.Assessment;
using Indicators.Bulk;

namespace Indicators.Benchmarks;

/// <summary>
/// The zones-bulk workload written as an assessment scheme (one category of 100 points, indicator i a 赋权 multiplier of
/// its weight, CappedRatio(1.2), Reweight for missing values) evaluated in bulk by <see cref="BulkAssessment"/>, against
/// <see cref="BulkEngine.Recompute"/>'s hand-written kernel of the same score, on the large shape (30,000 zones × 40
/// indicators × 15 years, the synthetic data of <see cref="BulkRecomputeBenchmarks"/>). The scheme's only category is
/// all capped ratios, so <see cref="BulkAssessment.Evaluate"/> takes its vector path (Vector256 over a series' years,
/// as the engine); it must not allocate per cell. The target of issue 5 is at most 1.25× the engine.
/// </summary>
[MemoryDiagnoser]
public class BulkAssessmentBenchmarks
{
    private BulkDataset dataset = null!;
    private AssessmentScheme scheme = null!;
    private BulkAssessmentResults assessment = null!;
    private BulkResults engine = null!;
    private BulkOptions options = null!;

    /// <summary>Worker threads (<see cref="BulkOptions.MaxDegreeOfParallelism"/>).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Zones of the large shape.</summary>
    private const int Zones = 30_000;

    /// <summary>Builds the dataset (with indicator codes), the scheme and both result buffers, and fills them once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = RuleBulkBenchmarks.Coded(BulkDatasets.Create(zones: Zones, indicators: 40, years: 15, seed: 20240601));
        int indicators = dataset.IndicatorCount;
        var codes = Enumerable.Range(0, indicators).Select(RuleBulkBenchmarks.Code).ToArray();
        var weights = Enumerable.Range(0, indicators).Select(dataset.GetWeight).ToArray();
        var polarities = Enumerable.Range(0, indicators).Select(dataset.GetPolarity).ToArray();

        var catalog = IndicatorCatalog.Empty.With(codes.Select((c, i) =>
            IndicatorDefinition.Create(c, "指标" + c, "Indicator " + c, Units.Count("项"), IndicatorNature.Flow, polarities[i])).ToArray());
        scheme = AssessmentScheme.CreateBuilder("zones-bulk", 100).WithCatalog(catalog)
            .Category("综合", 100, c =>
            {
                for (int i = 0; i < indicators; i++)
                {
                    c.Indicator(codes[i], ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(weights[i]), MissingDataPolicy.Reweight);
                }
            })
            .Build();

        options = new BulkOptions { MaxDegreeOfParallelism = Threads };
        assessment = new BulkAssessmentResults(dataset, scheme);
        engine = new BulkResults(dataset);
        BulkAssessment.Evaluate(dataset, scheme, assessment, options);
        BulkEngine.Recompute(dataset, engine, options);
    }

    /// <summary>The workload's score and rank as a scheme, for every zone and year.</summary>
    [Benchmark]
    public BulkAssessmentResults SchemeInBulk()
    {
        BulkAssessment.Evaluate(dataset, scheme, assessment, options);
        return assessment;
    }

    /// <summary>The engine's full recomputation (also growth, completion, overfulfilment and attainment per cell).</summary>
    [Benchmark(Baseline = true)]
    public BulkResults EngineRecompute()
    {
        BulkEngine.Recompute(dataset, engine, options);
        return engine;
    }
}
