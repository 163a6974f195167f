namespace Indicators.Tests.Scoring;

public class ScoringPipelineTests
{
    [Fact]
    public void Relative_scores_from_populations_then_ranks_then_exit_flags()
    {
        // Four western zones, one indicator scored by 功效系数 against the sample (F13's 12 and 6 as best and worst).
        ZoneId[] zones = [ZoneId.Of("银川"), ZoneId.Of("石嘴山"), ZoneId.Of("酒泉"), ZoneId.Of("西宁")];
        double?[] values = [12, 9, 6, null];
        var populations = Ranking.Populations(values);
        var method = ScoringMethods.EfficacyCoefficient();
        var scores = values.Select((v, i) => v is { } value ? method.Score(new ScoringInput(value, 10, Population: populations[i])).Points : (double?)null).ToArray();
        Assert.Equal([10.0, 8.0, 6.0, null], scores.Select(s => s is { } p ? Math.Round(p, 10) : (double?)null));

        var ranks = Ranking.RankWithinGroups(zones.Select((z, i) => (z, "西部", scores[i])));
        Assert.Equal(3, ranks[zones[2]]);
        Assert.Null(ranks[zones[3]]);

        // Two years in the bottom 1 of the three ranked zones within three years: 酒泉 is flagged, 西宁 (unranked) is not.
        var years = new[] { 2021, 2022 }.SelectMany(year => zones.Select(z => (year, z, "西部", ranks[z])));
        var flag = Assert.Single(ExitRule.Of(2, 1, 3).Evaluate(years));
        Assert.Equal((zones[2], 2022), (flag.Zone, flag.Year));
        Assert.Equal([2021, 2022], flag.BottomYears);
    }
}
