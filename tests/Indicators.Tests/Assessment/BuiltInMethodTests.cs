namespace Indicators.Tests.Assessment;

/// <summary>The scheme with the library's own scoring methods (ScoringMethods, built on feat/scoring).</summary>
public class BuiltInMethodTests
{
    private static readonly AssessmentScheme Scheme = AssessmentScheme.CreateBuilder("built-in methods", 100)
        .Category("经济发展", 60, c => c
            .Indicator("GDP", ScoringMethods.CappedRatio(), IndicatorWeight.Points(40))
            .Indicator("OperatingRevenue", ScoringMethods.EfficacyCoefficient(), IndicatorWeight.Points(20)))
        .Category("创新驱动", 40, c => c
            .Indicator("NewRegisteredEnterprises", ScoringMethods.RankLadder(), IndicatorWeight.Points(40)))
        .Build();

    private static AssessmentZone Zone(string id, double gdp, double revenue, double firms) =>
        AssessmentZone.Of(id).WithValue("GDP", gdp).WithTargets("GDP", new ZoneTargets(100))
            .WithValue("OperatingRevenue", revenue).WithValue("NewRegisteredEnterprises", firms);

    [Fact]
    public void Capped_ratio_efficacy_coefficient_and_rank_ladder_together()
    {
        // A: 40 × min(110/100, 1) = 40; 功效系数 60 + 40 × (200 − 100)/(200 − 100) = 100 → 20; first place → 40; total 100.
        // B: 40 × 0.9 = 36; 60 + 40 × 0.5 = 80 → 16; tied second (1, 2, 2) → 95% of 40 = 38; total 90.
        // C: 40 × 0.8 = 32; 60 → 12; tied second → 38; total 82 (ladder F21 / 功效系数 §2.5).
        var result = Scheme.Evaluate([Zone("A", 110, 200, 30), Zone("B", 90, 150, 20), Zone("C", 80, 100, 20)]);
        Assert.Equal([100, 90, 82], result.Select(z => Math.Round(z.Total, 9)));
        Assert.Equal([1, 2, 3], result.Select(z => z.Rank!.Value));
        Assert.Equal(80, result[1].Categories[0].Indicators[1].Score!.Value.Index);
        Assert.Equal(new ScoringPopulation(30, 20, 2, 3), result[2].Categories[1].Indicators[0].Population);
    }

    [Fact]
    public void A_method_that_cannot_score_names_the_zone_and_indicator()
    {
        var noTarget = AssessmentZone.Of("Q").WithValue("GDP", 1).WithValue("OperatingRevenue", 1).WithValue("NewRegisteredEnterprises", 1);
        var exception = Assert.Throws<AssessmentException>(() => Scheme.Evaluate([noTarget]));
        Assert.Contains("cannot score zone 'Q' on indicator 'GDP'", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(exception.InnerException);
    }
}
