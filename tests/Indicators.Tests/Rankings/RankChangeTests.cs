namespace Indicators.Tests.Rankings;

public class RankChangeTests
{
    [Fact]
    public void Shaoxing_zones_rose_37_70_and_32_places_a_mean_of_46_3()
    {
        // F15, [S25]: MOFCOM 2020 results, 73→36, 161→91, 92→60; "平均排名位次前移46.3位".
        RankChange[] changes = [RankChange.Between(73, 36), RankChange.Between(161, 91), RankChange.Between(92, 60)];
        Assert.Equal([37, 70, 32], changes.Select(c => c.Places!.Value));
        Assert.Equal(46.3, Math.Round(RankChange.MeanPlaces(changes)!.Value, 1));
        Assert.Equal("排名上升37位", ChinesePhrasing.Phrase(changes[0]));
    }

    [Fact]
    public void Phrases_every_status()
    {
        Assert.Equal("排名下降3位", ChinesePhrasing.Phrase(RankChange.Between(5, 8)));
        Assert.Equal("排名持平", ChinesePhrasing.Phrase(RankChange.Between(5, 5)));
        Assert.Equal("新进入排名", ChinesePhrasing.Phrase(RankChange.Between(null, 12)));
        Assert.Equal("退出排名", ChinesePhrasing.Phrase(RankChange.Between(12, null)));
        Assert.Equal("未参加排名", ChinesePhrasing.Phrase(RankChange.Between(null, null)));
        Assert.Equal(RankChangeStatus.Fell, RankChange.Between(5, 8).Status);
        Assert.Equal("73 -> 36 (+37)", RankChange.Between(73, 36).ToString());
        Assert.Equal("- -> 12 (entered)", RankChange.Between(null, 12).ToString());
    }

    [Fact]
    public void Mean_leaves_out_changes_without_both_ranks()
    {
        Assert.Equal(10, RankChange.MeanPlaces([RankChange.Between(20, 10), RankChange.Between(null, 1)]));
        Assert.Null(RankChange.MeanPlaces([RankChange.Between(null, 1)]));
    }

    [Fact]
    public void A_rank_below_one_throws_naming_it() =>
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => RankChange.Between(3, 0)).ParamName);

    [Property(MaxTest = 300)]
    public bool Yearly_changes_telescope_to_the_change_from_first_to_last(RankPath path)
    {
        var ranks = path.Ranks;
        var sum = ranks.Zip(ranks.Skip(1), (p, c) => RankChange.Between(p, c).Places!.Value).Sum();
        return sum == RankChange.Between(ranks[0], ranks[^1]).Places;
    }
}
