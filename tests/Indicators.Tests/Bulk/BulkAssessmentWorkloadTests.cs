using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

/// <summary>
/// The zones-bulk workload written as an assessment scheme (one category worth 100, indicator i a 赋权 multiplier of its
/// weight, CappedRatio(1.2), Reweight for a missing value) gives BulkEngine's scores, bit for bit, and ranks.
/// </summary>
public class BulkAssessmentWorkloadTests
{
    internal static readonly Gen<double> Positive = Gen.Frequency(
        (10, Gen.Choose(1, 1_000_000).Select(n => n / 1000.0)),
        (2, Gen.Elements(1.0, 5.0, 10.0, 100.0)));

    internal static readonly Gen<DatasetSpec> Workload =
        from z in Gen.Choose(1, 40)
        from i in Gen.Choose(1, 8)
        from y in Gen.Choose(1, 4)
        from weights in Gen.Choose(1, 400).Select(n => n / 4.0).ArrayOf(i)
        from reverse in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(i)
        from actual in Gen.Frequency((8, Positive), (1, Gen.Constant(double.NaN))).ArrayOf(z * i * y)
        from target in Positive.ArrayOf(z * i * y)
        select new DatasetSpec(z, i, y, 2000, weights, reverse, actual, target);

    private static string Code(int i) => "W" + i.ToString(CultureInfo.InvariantCulture);

    private static (BulkDataset Dataset, AssessmentScheme Scheme) AsScheme(DatasetSpec spec)
    {
        var polarities = spec.Reverse.Select(r => r ? Polarity.Reverse : Polarity.Positive).ToArray();
        var codes = Enumerable.Range(0, spec.Indicators).Select(Code).ToArray();
        var dataset = new BulkDataset(spec.Zones, spec.Weights, polarities, spec.Years, spec.FirstYear, codes);
        spec.Actual.CopyTo(dataset.Actual);
        spec.Target.CopyTo(dataset.Target);
        var catalog = IndicatorCatalog.Empty.With(codes.Select((c, i) =>
            IndicatorDefinition.Create(c, "指标" + c, "Indicator " + c, Units.Count("项"), IndicatorNature.Flow, polarities[i])).ToArray());
        var scheme = AssessmentScheme.CreateBuilder("zones-bulk", 100).WithCatalog(catalog)
            .Category("综合", 100, c =>
            {
                for (int i = 0; i < spec.Indicators; i++)
                {
                    c.Indicator(codes[i], ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(spec.Weights[i]), MissingDataPolicy.Reweight);
                }
            })
            .Build();
        return (dataset, scheme);
    }

    /// <summary>The spec as a scheme, recomputed by the engine and evaluated by the scheme, on one thread.</summary>
    private static (AssessmentScheme Scheme, BulkResults Engine, BulkAssessmentResults Bulk) BothPaths(DatasetSpec spec)
    {
        var (dataset, scheme) = AsScheme(spec);
        var engine = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, engine, new BulkOptions { MaxDegreeOfParallelism = 1 });
        var bulk = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, bulk);
        return (scheme, engine, bulk);
    }

    [Property(MaxTest = 300)]
    public bool Issue10_BulkScore_TheWorkloadAsASchemeGivesTheEngineScoresAndRanksBitForBit(WorkloadSpec workload)
    {
        var spec = workload.Spec;
        // On data where the scheme scores the cells the engine has a completion for (positive targets, values positive or
        // missing), the scheme on the values is BulkEngine.ScoreScheme on the completions: the same bits, so the same ranks.
        {
            var (_, engine, bulk) = BothPaths(spec);
            for (int y = 0; y < spec.Years; y++)
            {
                for (int z = 0; z < spec.Zones; z++)
                {
                    var expected = engine.GetScore(z, y);
                    var actual = bulk.GetTotal(z, y);
                    if (expected is null != actual is null || (expected is double e && !BulkAssessmentGen.Same(e, actual!.Value)))
                    {
                        return false;
                    }
                    if (expected is null && (bulk.GetStatus(z, y) != BulkAssessmentStatus.NothingToReweight || bulk.GetRank(z, y) is not null))
                    {
                        return false;
                    }
                    // The engine ranks a zone without a score last; the scheme leaves it unranked.
                    if (bulk.GetRank(z, y) is int rank && rank != engine.GetRank(z, y))
                    {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    [Property(MaxTest = 200)]
    public bool Each_points_cell_is_the_engine_completion_capped_and_weighted(LongerWorkloadSpec longer)
    {
        // The capped ratio divides in binary (docs/numeric-policy.md), so where the engine has a completion c the scheme's
        // points are exactly Clamp(w × min(c, 1.2), w × 1.2) with w = the indicator's own points, and the total is the
        // reweighting scale × their sum in indicator order, on the vector path (four years or more) as on the generic one.
        var spec = longer.Spec;
        {
            var (scheme, engine, bulk) = BothPaths(spec);
            var indicators = scheme.Categories[0].Indicators;
            double total = indicators.Sum(i => i.Points);
            for (int z = 0; z < spec.Zones; z++)
            {
                for (int y = 0; y < spec.Years; y++)
                {
                    if (bulk.GetTotal(z, y) is null)
                    {
                        continue;
                    }
                    double dropped = 0.0;
                    for (int i = 0; i < spec.Indicators; i++)
                    {
                        dropped += double.IsNaN(spec.Actual[spec.Index(z, i, y)]) ? indicators[i].Points : 0.0;
                    }
                    double scale = dropped > 0 ? (total - dropped + dropped) / (total - dropped) : 1.0;
                    double sum = 0.0;
                    for (int i = 0; i < spec.Indicators; i++)
                    {
                        double w = indicators[i].Points;
                        double expected = engine.GetCompletion(z, i, y) is double c ? Math.Clamp(w * Math.Min(c, 1.2), 0, w * 1.2) + 0.0 : 0.0;
                        if (!BulkAssessmentGen.Same(expected, bulk.GetPoints(z, i, y)!.Value))
                        {
                            return false;
                        }
                        sum += expected;
                    }
                    if (!BulkAssessmentGen.Same(scale * sum, bulk.GetTotal(z, y)!.Value))
                    {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
