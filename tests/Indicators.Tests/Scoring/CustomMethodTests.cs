namespace Indicators.Tests.Scoring;

public class CustomMethodTests
{
    /// <summary>
    /// A user's own method, built from the built-ins ([S33] "完成8%的目标得4分，未完成不得分；超过8%的，按照争先进位法计分，
    /// 实绩最高的得满分6分"): 4 points for the target, the rank ladder above it.
    /// </summary>
    private sealed class ThresholdThenLadder : IScoringMethod
    {
        private readonly IScoringMethod gate = ScoringMethods.AllOrNothing(decimals: 1);
        private readonly IScoringMethod ladder = ScoringMethods.RankLadder();

        public string Name => "threshold-then-ladder";

        public bool IsRelative => true;

        public IndicatorScore Score(in ScoringInput input)
        {
            var met = gate.Score(input with { Weight = 1 }).Points > 0;
            if (!met || input.Value <= input.Target)
            {
                return new IndicatorScore(met ? 4 : 0, null, Name, met ? "target met: 4" : "target missed: 0");
            }
            var ranked = ladder.Score(input);
            return new IndicatorScore(Math.Max(4, ranked.Points), null, Name, "above the target: " + ranked.Explanation);
        }
    }

    [Fact]
    public void A_custom_method_scores_through_the_interface()
    {
        IScoringMethod method = new ThresholdThenLadder();
        var population = new ScoringPopulation(12, 6, 1, 10);
        Assert.Equal(6, method.Score(new ScoringInput(12, 6, Target: 8, Population: population)).Points, 12);
        Assert.Equal(5.4, method.Score(new ScoringInput(10, 6, Target: 8, Population: population with { Rank = 3 })).Points, 12);
        Assert.Equal(4, method.Score(new ScoringInput(8, 6, Target: 8, Population: population with { Rank = 9 })).Points);
        Assert.Equal(0, method.Score(new ScoringInput(7.9, 6, Target: 8, Population: population with { Rank = 10 })).Points);
    }
}
