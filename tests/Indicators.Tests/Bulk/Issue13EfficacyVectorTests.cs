namespace Indicators.Tests.Bulk;

/// <summary>Issue 13: the efficacy coefficient four years at a time in <see cref="BulkAssessmentVector"/>, including the lanes it leaves to the scalar function.</summary>
public class Issue13EfficacyVectorTests
{
    /// <summary>
    /// Values near ±1.8e308, whose differences overflow, in some years and not others of one vector: the scalar divides
    /// the halves there, so the vector path must leave those lanes to it. Three zones, 5 years (one whole vector and an
    /// overlapping tail), relative and fixed efficacy, positive and reverse: the vector path equals the generic path and
    /// the scalar evaluation of each year, bit for bit. Year 1, positive (best 1.7e308, worst −1.7e308): zone 1 at 0 is
    /// halfway, index 60 + 40 × 0.5 = 80, 8 of 10 points.
    /// </summary>
    [Fact]
    public void Issue13_EfficacyVector_lanes_whose_difference_overflows_equal_the_scalar()
    {
        var catalog = IndicatorCatalog.Empty.With(
            IndicatorDefinition.Create("P", "正", "P", Units.Count("项"), IndicatorNature.Flow, Polarity.Positive),
            IndicatorDefinition.Create("R", "逆", "R", Units.Count("项"), IndicatorNature.Flow, Polarity.Reverse),
            IndicatorDefinition.Create("F", "定", "F", Units.Count("项"), IndicatorNature.Flow, Polarity.Positive));
        var scheme = AssessmentScheme.CreateBuilder("efficacy", 30).WithCatalog(catalog)
            .Category("C", 30, b => b
                .Indicator("P", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero)
                .Indicator("R", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Points(10), MissingDataPolicy.Reweight)
                .Indicator("F", ScoringMethods.EfficacyCoefficient(1e308, -1e308), IndicatorWeight.Points(10), MissingDataPolicy.ScoreZero))
            .Build();
        const int zones = 3, years = 5;
        var dataset = new BulkDataset(zones, [1.0, 1.0, 1.0], [Polarity.Positive, Polarity.Reverse, Polarity.Positive], years, 2020, ["P", "R", "F"]);
        // Odd years span ±1.7e308 (the differences overflow); even years are ordinary, one with a missing value.
        double?[][] wide = [[-1.7e308, 0, 1.7e308], [1.7e308, -5e307, -1.7e308], [-1.7e308, 9e307, 1e308]];
        double?[][] narrow = [[1, 2.5, 4], [3, null, 1], [0.5, 7, 2]];
        for (int z = 0; z < zones; z++)
        {
            for (int i = 0; i < 3; i++)
            {
                for (int y = 0; y < years; y++)
                {
                    dataset.SetActual(z, i, y, (y % 2 == 1 ? wide : narrow)[i][z]);
                }
            }
        }
        var generic = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, generic, new BulkOptions { MaxDegreeOfParallelism = 1, ScalarOnly = true });
        var vector = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, vector, new BulkOptions { MaxDegreeOfParallelism = 1 });
        Assert.True(BulkGen.SameBits(generic.Points, vector.Points));
        Assert.True(BulkGen.SameBits(generic.Totals, vector.Totals));
        Assert.Equal(generic.Statuses, vector.Statuses);
        for (int y = 0; y < years; y++)
        {
            int year = y;
            var scalar = scheme.Evaluate(Enumerable.Range(0, zones).Select(z => AssessmentZone.Of("Z" + z)
                .WithValue("P", (year % 2 == 1 ? wide : narrow)[0][z])
                .WithValue("R", (year % 2 == 1 ? wide : narrow)[1][z])
                .WithValue("F", (year % 2 == 1 ? wide : narrow)[2][z])).ToList());
            for (int z = 0; z < zones; z++)
            {
                Assert.Equal(BulkAssessmentStatus.Scored, vector.GetStatus(z, y));
                Assert.Equal(BitConverter.DoubleToInt64Bits(scalar[z].Total), BitConverter.DoubleToInt64Bits(vector.GetTotal(z, y)!.Value));
            }
        }
        Assert.Equal(8.0, vector.GetPoints(1, "P", 1));
    }
}
