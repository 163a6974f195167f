using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Bulk;

/// <summary>
/// One definition of the zones-bulk score: every score of <see cref="BulkEngine.Recompute"/> is the total of
/// <see cref="BulkEngine.ScoreScheme"/> evaluated on that zone-year's completions, bit for bit (no ulps), by the scalar
/// <see cref="AssessmentScheme.Evaluate"/> and by <see cref="BulkAssessment.Evaluate"/>.
/// </summary>
public class BulkScoreSchemeTests
{
    /// <summary>Datasets with missing, zero, negative and extreme cells, sometimes a zero weight (not every one), and long enough series for the vector paths.</summary>
    internal static readonly Gen<(DatasetSpec Spec, int Threads, bool Scalar)> Cases =
        from spec in BulkGen.Dataset(BulkGen.CornerCell, maxZones: 12, maxIndicators: 6, maxYears: 9)
        from zeroWeight in spec.Indicators > 1 ? Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, spec.Indicators - 1))) : Gen.Constant(-1)
        from threads in Gen.Choose(1, 3)
        from scalar in Gen.Elements(false, true)
        select (spec with { Weights = spec.Weights.Select((w, i) => i == zeroWeight ? 0.0 : w).ToArray() }, threads, scalar);

    private static string Code(int i) => "I" + i.ToString(CultureInfo.InvariantCulture);

    private static BulkResults Engine(DatasetSpec spec, int threads, bool scalar)
    {
        var dataset = spec.Build();
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results, new BulkOptions { MaxDegreeOfParallelism = threads, ScalarOnly = scalar });
        return results;
    }

    [Property(MaxTest = 150)]
    public bool Issue10_BulkScore_EqualsTheScalarSchemeOnTheCompletionsBitForBit(SchemeScoreCase c)
    {
        var (spec, threads, scalar) = c;
        var results = Engine(spec, threads, scalar);
        var scheme = BulkEngine.ScoreScheme(spec.Build());
        for (int z = 0; z < spec.Zones; z++)
        {
            for (int y = 0; y < spec.Years; y++)
            {
                var zone = AssessmentZone.Of("Z" + z.ToString(CultureInfo.InvariantCulture));
                for (int i = 0; i < spec.Indicators; i++)
                {
                    if (spec.Weights[i] > 0)
                    {
                        zone = zone.WithValue(Code(i), results.GetCompletion(z, i, y));
                    }
                }
                double? total;
                try
                {
                    total = scheme.Evaluate([zone])[0].Total;
                }
                catch (AssessmentException)
                {
                    total = null; // nothing to reweight: no completion with a weight
                }
                var score = results.GetScore(z, y);
                if (score is null != total is null || (score is double s && !BulkAssessmentGen.Same(s, total!.Value)))
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Property(MaxTest = 150)]
    public bool Issue10_BulkScore_EqualsBulkAssessmentOfTheSchemeBitForBit(SchemeScoreCase c)
    {
        var (spec, threads, scalar) = c;
        var results = Engine(spec, threads, scalar);
        // The completions as a dataset: every indicator positive, no cell target (the scheme's default target 1 applies).
        var codes = Enumerable.Range(0, spec.Indicators).Select(Code).ToArray();
        var completions = new BulkDataset(spec.Zones, spec.Weights, new Polarity[spec.Indicators], spec.Years, spec.FirstYear, codes);
        completions.Target.Fill(double.NaN);
        for (int z = 0; z < spec.Zones; z++)
        {
            for (int i = 0; i < spec.Indicators; i++)
            {
                for (int y = 0; y < spec.Years; y++)
                {
                    completions.Actual[spec.Index(z, i, y)] = results.GetCompletion(z, i, y) ?? double.NaN;
                }
            }
        }
        var scheme = BulkEngine.ScoreScheme(completions);
        var bulk = new BulkAssessmentResults(completions, scheme);
        BulkAssessment.Evaluate(completions, scheme, bulk, new BulkOptions { MaxDegreeOfParallelism = threads, ScalarOnly = !scalar });
        for (int z = 0; z < spec.Zones; z++)
        {
            for (int y = 0; y < spec.Years; y++)
            {
                var score = results.GetScore(z, y);
                var total = bulk.GetTotal(z, y);
                if (score is null != total is null || (score is double s && !BulkAssessmentGen.Same(s, total!.Value)))
                {
                    return false;
                }
                if (score is null && bulk.GetStatus(z, y) != BulkAssessmentStatus.NothingToReweight)
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Fact]
    public void Issue10_BulkScore_SchemeLeavesOutZeroWeightsAndKeepsTheDatasetCodes()
    {
        var dataset = new BulkDataset(2, [3.0, 0.0, 1.0], [Polarity.Positive, Polarity.Reverse, Polarity.Positive], 1, 2020, ["GDP", "ENERGY", "RD"]);
        var scheme = BulkEngine.ScoreScheme(dataset);
        var indicators = scheme.Categories.Single().Indicators;
        Assert.Equal(["GDP", "RD"], indicators.Select(i => i.Code));
        Assert.Equal([75.0, 25.0], indicators.Select(i => i.Points));
        Assert.All(indicators, i => Assert.Equal(Polarity.Positive, i.Definition.Polarity));
    }

    [Fact]
    public void Issue10_BulkScore_NoSchemeAndNoScoreWhenEveryWeightIsZero()
    {
        var dataset = new BulkDataset(2, [0.0, 0.0], [Polarity.Positive, Polarity.Positive], 2, 2020);
        dataset.Actual.Fill(5.0);
        dataset.Target.Fill(4.0);
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results);
        Assert.Null(results.GetScore(0, 0));
        Assert.Null(results.GetScore(1, 1));
        Assert.Equal(1.25, results.GetCompletion(0, 0, 0));
        Assert.Throws<ArgumentException>(() => BulkEngine.ScoreScheme(dataset));
    }
}
