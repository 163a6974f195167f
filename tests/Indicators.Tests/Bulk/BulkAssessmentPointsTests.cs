using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

/// <summary>The allocation-free points of every built-in scoring method are the bits of its full score, and it fails where the score fails.</summary>
public class BulkAssessmentPointsTests
{
    internal static readonly IScoringMethod[] Methods =
    [
        ScoringMethods.CappedRatio(1.2), ScoringMethods.CappedRatio(), ScoringMethods.AllOrNothing(1), ScoringMethods.AllOrNothing(0, LimitComparison.FullValue),
        ScoringMethods.Interpolation(), ScoringMethods.EfficacyCoefficient(), ScoringMethods.EfficacyCoefficient(12, 6),
        ScoringMethods.RankLadder(0.05), ScoringMethods.RankLadderByPoints(0.2), ScoringMethods.BenchmarkRatio(), ScoringMethods.BenchmarkRatio(35.12),
        ScoringMethods.CompletionSteps(), ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Floor), ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Proportional, 4),
        ScoringMethods.EightyPercentAtTarget(0.5, 1.5), ScoringMethods.GuaranteedStretch(2.0 / 3),
    ];

    private static readonly Gen<double?> Optional = Gen.Frequency(
        (4, Gen.Choose(-2_000, 200_000).Select(n => (double?)(n / 1000.0))),
        (1, Gen.Constant((double?)null)),
        (1, Gen.Elements<double?>(0.0, 8.0, 10.0)));

    internal static readonly Gen<ScoringInput> Input =
        from value in Gen.Choose(-5_000, 200_000).Select(n => n / 1000.0)
        from weight in Gen.Choose(0, 4000).Select(n => n / 100.0)
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Reverse)
        from target in Optional
        from stretch in Optional
        from baseline in Optional
        from a in Gen.Choose(-1000, 200_000).Select(n => n / 1000.0)
        from b in Gen.Choose(-1000, 200_000).Select(n => n / 1000.0)
        from count in Gen.Choose(1, 30)
        from rank in Gen.Choose(1, 30)
        from withPopulation in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new ScoringInput(value, weight, polarity, target, stretch, baseline,
            withPopulation ? new ScoringPopulation(polarity == Polarity.Reverse ? Math.Min(a, b) : Math.Max(a, b),
                polarity == Polarity.Reverse ? Math.Max(a, b) : Math.Min(a, b), Math.Min(rank, count), count) : null);

    [Fact]
    public void Every_built_in_method_has_the_fast_path()
    {
        Assert.All(Methods, m => Assert.IsAssignableFrom<IPointsOnly>(m));
    }

    [Property(MaxTest = 2000)]
    public bool Points_are_the_bits_of_the_scores_points_and_fail_alike(PointsCase t)
    {
        var (method, input) = t;
        double? score = null, points = null;
        Type? scoreError = null, pointsError = null;
        try { score = method.Score(in input).Points; } catch (ArgumentException e) { scoreError = e.GetType(); }
        try { points = ((IPointsOnly)method).Points(in input); } catch (ArgumentException e) { pointsError = e.GetType(); }
        return scoreError == pointsError
            && (score is null ? points is null : points is double p && BulkAssessmentGen.Same(p, score.Value));
    }
}
