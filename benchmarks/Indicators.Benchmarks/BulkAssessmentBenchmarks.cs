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

/// <summary>
/// Issue 13: where <see cref="AssessFromFilesBenchmarks"/>'s scheme part spends its time, on its shape (2,800 zones × 60
/// indicators × 10 years, seed 20261205, 1 thread; five categories of 12 entries, missing scores zero).
/// <see cref="Issue13Scheme"/> is that scheme (<c>ratio_to(best)</c>, and <c>efficacy_coefficient</c> for the reverse
/// indicators) straight on <see cref="BulkAssessment"/>; <see cref="RatioToOnly"/> scores the reverse indicators by
/// <c>ratio_to(mean)</c> instead, which takes no decimal quotient; the difference is the efficacy coefficient's.
/// </summary>
[MemoryDiagnoser]
public class RatioToAssessmentBenchmarks
{
    private BulkDataset dataset = null!;
    private AssessmentScheme efficacy = null!;
    private AssessmentScheme ratios = null!;
    private BulkAssessmentResults efficacyResults = null!;
    private BulkAssessmentResults ratioResults = null!;
    private BulkResults engine = null!;
    private BulkOptions options = null!;

    /// <summary>Builds the dataset, both schemes and the buffers, and fills them once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = RuleBulkBenchmarks.Coded(BulkDatasets.Create(zones: 2800, indicators: 60, years: 10, seed: 20261205));
        efficacy = Scheme(dataset, ScoringMethods.EfficacyCoefficient());
        ratios = Scheme(dataset, ScoringMethods.RatioTo(RelativeReference.Mean));
        options = new BulkOptions { MaxDegreeOfParallelism = 1 };
        efficacyResults = new BulkAssessmentResults(dataset, efficacy);
        ratioResults = new BulkAssessmentResults(dataset, ratios);
        engine = new BulkResults(dataset);
        BulkAssessment.Evaluate(dataset, efficacy, efficacyResults, options);
        BulkAssessment.Evaluate(dataset, ratios, ratioResults, options);
        BulkEngine.Recompute(dataset, engine, options);
    }

    private static AssessmentScheme Scheme(BulkDataset dataset, IScoringMethod reverseMethod)
    {
        int indicators = dataset.IndicatorCount;
        var codes = Enumerable.Range(0, indicators).Select(RuleBulkBenchmarks.Code).ToArray();
        var catalog = IndicatorCatalog.Empty.With(codes.Select((c, i) =>
            IndicatorDefinition.Create(c, "指标" + c, "Indicator " + c, Units.Count("项"), IndicatorNature.Flow, dataset.GetPolarity(i))).ToArray());
        var builder = AssessmentScheme.CreateBuilder("issue 13", 100).WithCatalog(catalog);
        for (int c = 0; c < 5; c++)
        {
            int first = c * 12;
            builder.Category("类别" + (c + 1), 20, b =>
            {
                for (int i = first; i < first + 12; i++)
                {
                    b.Indicator(codes[i], dataset.GetPolarity(i) == Polarity.Reverse ? reverseMethod : ScoringMethods.RatioTo(RelativeReference.Best),
                        IndicatorWeight.Points(20.0 / 12), MissingDataPolicy.ScoreZero);
                }
            });
        }
        return builder.Build();
    }

    /// <summary>The issue 13 scheme: ratio_to(best), efficacy_coefficient for the reverse indicators.</summary>
    [Benchmark]
    public BulkAssessmentResults Issue13Scheme()
    {
        BulkAssessment.Evaluate(dataset, efficacy, efficacyResults, options);
        return efficacyResults;
    }

    /// <summary>The same with ratio_to(mean) for the reverse indicators: no decimal arithmetic.</summary>
    [Benchmark]
    public BulkAssessmentResults RatioToOnly()
    {
        BulkAssessment.Evaluate(dataset, ratios, ratioResults, options);
        return ratioResults;
    }

    /// <summary>The hand-written kernels on the same cells (baseline).</summary>
    [Benchmark(Baseline = true)]
    public BulkResults EngineRecompute()
    {
        BulkEngine.Recompute(dataset, engine, options);
        return engine;
    }
}
