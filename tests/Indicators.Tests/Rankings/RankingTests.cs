namespace Indicators.Tests.Rankings;

public class RankingTests
{

    // Few distinct values so that ties are common; about one score in six is missing.
    private static int?[] Rank(double?[] scores, RankingOptions? options = null) => Ranking.Rank(scores, options);

    [Fact]
    public void Competition_ranks_share_ties_and_skip()
    {
        // Rule 24 (domain-research §3.6): ties share a rank and the next rank skips (1, 2, 2, 4).
        Assert.Equal([1, 2, 2, 4], Rank([90, 85, 85, 70]));
        Assert.Equal([4, 2, 1, 2], Rank([70, 85, 90, 85]));
    }

    [Fact]
    public void Dense_ranks_do_not_skip() =>
        Assert.Equal([1, 2, 2, 3], Rank([90, 85, 85, 70], new RankingOptions { Method = RankingMethod.Dense }));

    [Fact]
    public void Lower_is_better_for_a_reverse_indicator() =>
        // Energy per 万元 of value added: 0.3 is best.
        Assert.Equal([3, 1, 2], Rank([0.5, 0.3, 0.4], new RankingOptions { Polarity = Polarity.Reverse }));

    [Fact]
    public void Missing_scores_are_unranked_by_default_and_do_not_take_a_place() =>
        Assert.Equal([1, null, 2], Rank([90, null, 80]));

    [Fact]
    public void Missing_scores_can_be_ranked_last_together()
    {
        var last = new RankingOptions { Missing = MissingScores.RankedLast };
        Assert.Equal([1, 3, 1, 3], Rank([90, null, 90, null], last));
        Assert.Equal([1, 2, 1, 2], Rank([90, null, 90, null], last with { Method = RankingMethod.Dense }));
        Assert.Equal([1, 1], Rank([null, null], last));
    }

    [Fact]
    public void Rounded_tie_policy_ranks_the_published_scores()
    {
        // Published to two decimals, 86.004 and 85.996 both read 86.00 and share first place.
        var published = new RankingOptions { Ties = TiePolicy.RoundedTo(2) };
        Assert.Equal([1, 1, 3], Rank([86.004, 85.996, 85.9], published));
        Assert.Equal([1, 2, 3], Rank([86.004, 85.996, 85.9]));
        Assert.Equal(2, published.Ties.Decimals);
        Assert.Null(TiePolicy.Exact.Decimals);
        Assert.Equal("rounded to 2 decimals", published.Ties.ToString());
    }

    [Fact]
    public void Invalid_input_throws_naming_the_parameter()
    {
        Assert.Equal("scores", Assert.Throws<ArgumentOutOfRangeException>(() => Rank([1, double.NaN])).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => TiePolicy.RoundedTo(16)).ParamName);
        Assert.Equal("Method", Assert.Throws<ArgumentOutOfRangeException>(() => new RankingOptions { Method = (RankingMethod)7 }).ParamName);
        var a = ZoneId.Of("A");
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => Ranking.Rank([(a, 1.0), (a, 2.0)])).ParamName);
        Assert.Throws<ArgumentException>(() => Ranking.Rank([(default(ZoneId), (double?)1.0)]));
    }

    [Fact]
    public void Keyed_and_grouped_ranks_by_zone()
    {
        var (a, b, c, d) = (ZoneId.Of("A"), ZoneId.Of("B"), ZoneId.Of("C"), ZoneId.Of("D"));
        var overall = Ranking.Rank([(a, 80.0), (b, 90.0), (c, null), (d, 85.0)]);
        Assert.Equal(3, overall[a]);
        Assert.Equal(1, overall[b]);
        Assert.Null(overall[c]);
        var byRegion = Ranking.RankWithinGroups([(a, "东部", (double?)80.0), (b, "东部", 90.0), (c, "西部", 60.0), (d, "西部", 85.0)]);
        Assert.Equal(2, byRegion[a]);
        Assert.Equal(1, byRegion[b]);
        Assert.Equal(2, byRegion[c]);
        Assert.Equal(1, byRegion[d]);
    }

    [Property(MaxTest = 300)]
    public bool Ranking_is_invariant_under_permutation(PermutedScores c)
    {
        var (scores, keys, options) = (c.Scores.Scores, c.Keys, c.Options);
        var order = Enumerable.Range(0, scores.Length).OrderBy(i => keys[i]).ToArray();
        var ranks = Rank(scores, options);
        var permuted = Rank(order.Select(i => scores[i]).ToArray(), options);
        return order.Select((source, position) => permuted[position] == ranks[source]).All(x => x);
    }

    [Property(MaxTest = 300)]
    public bool Competition_rank_is_one_plus_the_number_strictly_better(ScoreList list, Polarity polarity)
    {
        var scores = list.Scores;
        var ranks = Rank(scores, new RankingOptions { Polarity = polarity });
        bool Better(double x, double y) => polarity == Polarity.Positive ? x > y : x < y;
        return scores.Select((s, i) => s is { } v
            ? ranks[i] == 1 + scores.Count(o => o is { } w && Better(w, v))
            : ranks[i] is null).All(x => x);
    }

    [Property(MaxTest = 300)]
    public bool Dense_ranks_are_consecutive_and_keep_the_order(ScoreList list)
    {
        var scores = list.Scores;
        var dense = Rank(scores, new RankingOptions { Method = RankingMethod.Dense });
        var present = scores.Select((s, i) => (s, r: dense[i])).Where(p => p.s is not null).ToArray();
        var distinctRanks = present.Select(p => p.r!.Value).Distinct().Order().ToArray();
        var consecutive = distinctRanks.SequenceEqual(Enumerable.Range(1, distinctRanks.Length));
        var sameCount = distinctRanks.Length == present.Select(p => p.s).Distinct().Count();
        var ordered = present.All(p => present.All(q => p.s > q.s == p.r < q.r));
        return consecutive && sameCount && ordered;
    }

    [Property(MaxTest = 300)]
    public bool Group_ranks_equal_ranks_of_each_group_alone(GroupedScores c)
    {
        var (scores, groups, options) = (c.Scores.Scores, c.Groups, c.Options);
        var zones = scores.Select((_, i) => ZoneId.Of("Z" + i)).ToArray();
        var grouped = Ranking.RankWithinGroups(zones.Select((z, i) => (z, groups[i], scores[i])), options);
        return groups.Distinct().All(g =>
        {
            var members = Enumerable.Range(0, zones.Length).Where(i => groups[i] == g).ToArray();
            var alone = Ranking.Rank(members.Select(i => (zones[i], scores[i])), options);
            return members.All(i => grouped[zones[i]] == alone[zones[i]]);
        });
    }

    [Property(MaxTest = 300)]
    public bool Reverse_ranking_is_the_positive_ranking_of_the_negated_scores(ScoreList list, RankingOptions options) =>
        Rank(list.Scores, options with { Polarity = Polarity.Reverse })
            .SequenceEqual(Rank(list.Scores.Select(s => -s).ToArray(), options with { Polarity = Polarity.Positive }));

    [Fact]
    public void Populations_give_best_worst_rank_and_count_by_polarity()
    {
        var positive = Ranking.Populations([5.81, 12, null, 6]);
        Assert.Equal(new ScoringPopulation(12, 5.81, 1, 3), positive[1]);
        Assert.Equal(new ScoringPopulation(12, 5.81, 3, 3), positive[0]);
        Assert.Null(positive[2]);
        var reverse = Ranking.Populations([0.5, 0.3, 0.3], Polarity.Reverse);
        Assert.Equal(new ScoringPopulation(0.3, 0.5, 3, 3), reverse[0]);
        Assert.Equal(new ScoringPopulation(0.3, 0.5, 1, 3), reverse[2]);
    }

    [Property(MaxTest = 300)]
    public bool Populations_agree_with_the_ranking_and_the_extremes(ScoreList list, Polarity polarity)
    {
        var scores = list.Scores;
        var populations = Ranking.Populations(scores, polarity);
        var ranks = Rank(scores, new RankingOptions { Polarity = polarity });
        var present = scores.Where(s => s is not null).Select(s => s!.Value).ToArray();
        return populations.Select((p, i) => p is { } q
            ? q.Rank == ranks[i] && q.Count == present.Length
              && q.Best == (polarity == Polarity.Positive ? present.Max() : present.Min())
              && q.Worst == (polarity == Polarity.Positive ? present.Min() : present.Max())
            : scores[i] is null).All(x => x);
    }

    [Property(MaxTest = 300)]
    public bool Rounded_ties_rank_as_the_exactly_ranked_rounded_scores(FineScores fine, FewDecimals few) =>
        Rank(fine.Scores, new RankingOptions { Ties = TiePolicy.RoundedTo(few.Value) })
            .SequenceEqual(Rank(fine.Scores.Select(s => (double?)Indicators.Rounding.Round(s!.Value, few.Value)).ToArray()));
}
