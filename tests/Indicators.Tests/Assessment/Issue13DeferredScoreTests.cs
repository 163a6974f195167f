using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Assessment;

/// <summary>
/// Issue 13 (performance): a built-in method's score in an assessment is scored by its points alone and formats its index
/// and explanations when first read. These check that what is read is what the method's eager <see cref="IScoringMethod.Score"/>
/// gives on the same input: the same points, index and texts, for every built-in method on random zones.
/// </summary>
public class Issue13DeferredScoreTests
{
    private static readonly (string Name, IScoringMethod Method)[] Methods =
    [
        ("all-or-nothing", ScoringMethods.AllOrNothing(1)),
        ("capped-ratio", ScoringMethods.CappedRatio(1.2)),
        ("base-step", ScoringMethods.BaseStep(60, 2, 1, StepMode.Proportional, 100)),
        ("target-share", ScoringMethods.EightyPercentAtTarget(2, 1.2)),
        ("interpolation", ScoringMethods.Interpolation()),
        ("efficacy (relative)", ScoringMethods.EfficacyCoefficient()),
        ("efficacy (fixed)", ScoringMethods.EfficacyCoefficient(150, 20)),
        ("benchmark (relative)", ScoringMethods.BenchmarkRatio()),
        ("benchmark (stated)", ScoringMethods.BenchmarkRatio(90)),
        ("rank ladder", ScoringMethods.RankLadder()),
        ("rank ladder by points", ScoringMethods.RankLadderByPoints(0.5)),
        ("guaranteed-stretch", ScoringMethods.GuaranteedStretch(0.6)),
        ("completion steps", ScoringMethods.CompletionSteps()),
        ("ratio to best", ScoringMethods.RatioTo(RelativeReference.Best)),
        ("ratio to mean", ScoringMethods.RatioTo(RelativeReference.Mean, 1.5)),
        ("ratio to median", ScoringMethods.RatioTo(RelativeReference.Median)),
        ("ratio to total", ScoringMethods.RatioTo(RelativeReference.Total)),
        ("ratio to stated", ScoringMethods.RatioTo(80, 1.2)),
    ];

    private static AssessmentScheme SchemeOf(IScoringMethod method, Polarity polarity)
    {
        var code = polarity == Polarity.Reverse ? "IdleLand" : "GDP";
        return AssessmentScheme.CreateBuilder("deferred", 100)
            .Category("类别", 100, c => c.Indicator(code, method, IndicatorWeight.Points(100), MissingDataPolicy.ScoreZero,
                new ZoneTargets(100, 120, 50)))
            .Build();
    }

    private static Gen<(int Method, bool Reverse, double?[] Values, double?[] OwnTargets)> CaseGen =>
        from method in Gen.Choose(0, Methods.Length - 1)
        from reverse in Gen.Elements(false, true)
        from n in Gen.Choose(1, 12)
        from values in Gen.Frequency((6, Gen.Choose(1, 30000).Select(i => (double?)(i / 100.0))), (1, Gen.Constant((double?)null))).ArrayOf(n)
        from targets in Gen.Frequency((3, Gen.Constant((double?)null)), (1, Gen.Choose(1, 30000).Select(i => (double?)(i / 100.0)))).ArrayOf(n)
        select (method, reverse, values, targets);

    [Property(MaxTest = 400)]
    public Property Issue13_DeferredScore_equals_the_methods_eager_score_for_every_built_in_method()
    {
        return Prop.ForAll(CaseGen.ToArbitrary(), c =>
        {
            var (name, method) = Methods[c.Method];
            var scheme = SchemeOf(method, c.Reverse ? Polarity.Reverse : Polarity.Positive);
            var code = scheme.Categories[0].Indicators[0].Code;
            var zones = c.Values.Select((v, i) =>
            {
                var zone = AssessmentZone.Of("Z" + i).WithValue(code, v);
                return c.OwnTargets[i] is { } t ? zone.WithTargets(code, new ZoneTargets(t)) : zone;
            }).ToArray();
            AssessmentResult result;
            try
            {
                result = scheme.Evaluate(zones);
            }
            catch (AssessmentException)
            {
                return; // the method refuses these inputs (a reference of 0, a target of 0): nothing is deferred
            }
            foreach (var zone in result)
            {
                var assessed = zone.Categories[0].Indicators[0];
                if (assessed.Score is not { } deferred)
                {
                    Assert.Null(assessed.Value);
                    continue;
                }
                var input = new ScoringInput(assessed.Value!.Value, assessed.Weight, assessed.Indicator.Definition.Polarity,
                    assessed.Targets.Target, assessed.Targets.Stretch, assessed.Targets.Baseline, assessed.Population);
                var eager = method.Score(in input);
                Assert.True(eager.Points.Equals(deferred.Points), name + ": points");
                Assert.Equal(eager.Index, deferred.Index);
                Assert.Equal(eager.Method, deferred.Method);
                Assert.Equal(eager.Explanation, deferred.Explanation);
                Assert.Equal(eager.ChineseExplanation, deferred.ChineseExplanation);
                Assert.Equal(eager, deferred);
                Assert.Equal(eager.GetHashCode(), deferred.GetHashCode());
                Assert.Equal(eager.ToString(), deferred.ToString());
            }
        });
    }

    [Fact]
    public void Issue13_DeferredScore_with_copies_keep_the_parts_not_set()
    {
        var scheme = SchemeOf(ScoringMethods.EfficacyCoefficient(), Polarity.Positive);
        var result = scheme.Evaluate([AssessmentZone.Of("A").WithValue("GDP", 80), AssessmentZone.Of("B").WithValue("GDP", 120)]);
        var deferred = result[ZoneId.Of("A")].Categories[0].Indicators[0].Score!.Value;
        // Worst 80 of best 120: the index is 60 + 40 × 0 = 60, 100 × 60 / 100 = 60 points.
        Assert.Equal(60, deferred.Index);
        Assert.Equal(60, deferred.Points);
        var renamed = deferred with { Explanation = "x" };
        Assert.Equal("x", renamed.Explanation);
        Assert.Equal(60, renamed.Index);
        Assert.Equal(deferred.ChineseExplanation, renamed.ChineseExplanation);
        Assert.StartsWith("功效系数法", renamed.ChineseExplanation);
        Assert.NotEqual(deferred, renamed);
    }
}
