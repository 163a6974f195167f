using Indicators.Assessment;
using Indicators.Bulk;

namespace Indicators.Tests.Bulk;

/// <summary>Issue 10: the engine's score reweights as one multiplication of the sum of capped points, on every loop.</summary>
public class ReweightingBulkTests
{
    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Issue10_Engine_score_is_the_scale_times_the_sum_of_capped_points(bool scalarOnly, int threads)
    {
        // One zone, weights 1, 2, 3, 4 (points 10, 20, 30, 40 of 100), the second indicator missing in every one of five
        // years (five: one whole vector and an overlapping tail). Completions 1.3 (capped at 1.2), 0.5 and 1. By hand:
        // Σ = 10 × 1.2 + 30 × 0.5 + 40 × 1 = 67; scale = 100 ÷ (100 − 20) = 1.25; score = 1.25 × 67 = 83.75, which is also
        // the workload's definition, (1 × 1.2 + 3 × 0.5 + 4 × 1) ÷ 8 × 100.
        var dataset = new BulkDataset(1, [1.0, 2, 3, 4], [Polarity.Positive, Polarity.Positive, Polarity.Positive, Polarity.Positive], 5, 2020);
        for (int y = 0; y < 5; y++)
        {
            dataset.SetActual(0, 0, y, 13);
            dataset.SetTarget(0, 0, y, 10);
            dataset.SetTarget(0, 1, y, 10);
            dataset.SetActual(0, 2, y, 5);
            dataset.SetTarget(0, 2, y, 10);
            dataset.SetActual(0, 3, y, 10);
            dataset.SetTarget(0, 3, y, 10);
        }
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results, new BulkOptions { MaxDegreeOfParallelism = threads, ScalarOnly = scalarOnly });

        // The scheme's arithmetic in its order: each indicator's capped points at its own points, summed from +0 in
        // indicator order, then one multiplication by the scale.
        double sum = 0.0 + (10 * 1.2) + (30 * 0.5) + (40 * 1.0);
        double scale = (80.0 + 20.0) / 80.0;
        for (int y = 0; y < 5; y++)
        {
            Assert.Equal(83.75, results.GetScore(0, y)!.Value, 12);
            Assert.Equal(BitConverter.DoubleToInt64Bits(scale * sum), BitConverter.DoubleToInt64Bits(results.GetScore(0, y)!.Value));
        }

        // The equivalent scheme, scalar and bulk, gives the same bits and says how it reweighted.
        var scheme = BulkEngine.ScoreScheme(dataset);
        var zone = AssessmentZone.Of("Z").WithValue("I0", 1.3).WithValue("I2", 0.5).WithValue("I3", 1.0);
        var assessed = scheme.Evaluate([zone])[0];
        Assert.Equal(1.25, assessed.Categories[0].Scale);
        Assert.Equal(BitConverter.DoubleToInt64Bits(results.GetScore(0, 0)!.Value), BitConverter.DoubleToInt64Bits(assessed.Total));
        Assert.Contains("类别得分 = 折算系数 1.25 × Σ 各项得分 67 = 83.75", assessed.Explain(), StringComparison.Ordinal);
    }
}
