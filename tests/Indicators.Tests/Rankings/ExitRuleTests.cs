namespace Indicators.Tests.Rankings;

public class ExitRuleTests
{
    private static readonly ZoneId A = ZoneId.Of("A");
    private static readonly ZoneId B = ZoneId.Of("B");

    // Eight zones in one region; A is last in 2021 and 2023, B is 4th of 8 (not in the bottom 3) throughout.
    private static IEnumerable<(int, ZoneId, string, int?)> Region(int year, int rankOfA) =>
        Enumerable.Range(1, 8).Select(i => (year, i == 1 ? A : i == 2 ? B : ZoneId.Of("Z" + i), "西部", (int?)(i == 1 ? rankOfA : i == 2 ? 4 : i)));

    [Fact]
    public void Mofcom_two_of_three_years_in_the_regional_bottom_five()
    {
        // Rule 25, [S25]: "连续三年内有两次进入本地区…最后5名的纳入降级备选名单".
        var years = Region(2021, 8).Concat(Region(2022, 1)).Concat(Region(2023, 7));
        var flags = ExitRule.Mofcom2021.Evaluate(years).Where(f => f.Zone == A).ToArray();
        Assert.Single(flags);
        Assert.Equal(2023, flags[0].Year);
        Assert.Equal([2021, 2023], flags[0].BottomYears);
    }

    [Fact]
    public void Bottom_is_relative_to_the_ranked_zones_of_the_group()
    {
        // With 8 zones the bottom 5 are ranks 4–8: B at 4th is in it; under 江苏's bottom 3 (ranks 6–8) it is not.
        var years = Region(2021, 1).Concat(Region(2022, 1));
        Assert.Contains(ExitRule.Mofcom2021.Evaluate(years), f => f.Zone == B && f.Year == 2022);
        Assert.DoesNotContain(ExitRule.Jiangsu2021.Evaluate(years), f => f.Zone == B);
    }

    [Fact]
    public void Zhejiang_needs_three_consecutive_years()
    {
        var twice = Region(2021, 8).Concat(Region(2022, 8)).Concat(Region(2023, 1)).Concat(Region(2024, 8));
        Assert.DoesNotContain(ExitRule.Zhejiang2021.Evaluate(twice), f => f.Zone == A);
        var thrice = Region(2021, 8).Concat(Region(2022, 8)).Concat(Region(2023, 8));
        Assert.Equal(2023, Assert.Single(ExitRule.Zhejiang2021.Evaluate(thrice), f => f.Zone == A).Year);
    }

    [Fact]
    public void An_unranked_year_is_not_a_bottom_year_but_uses_up_the_window()
    {
        var years = Region(2021, 8).Concat(Region(2022, 1).Select(e => e.Item2 == A ? (e.Item1, A, e.Item3, (int?)null) : e)).Concat(Region(2024, 8));
        Assert.DoesNotContain(ExitRule.Mofcom2021.Evaluate(years), f => f.Zone == A);
    }

    [Fact]
    public void Rule_is_validated_and_described()
    {
        Assert.Equal("times", Assert.Throws<ArgumentOutOfRangeException>(() => ExitRule.Of(4, 5, 3)).ParamName);
        Assert.Equal("bottom", Assert.Throws<ArgumentOutOfRangeException>(() => ExitRule.Of(1, 0, 3)).ParamName);
        Assert.Equal("2 of 3 years in the bottom 5", ExitRule.Mofcom2021.ToString());
        Assert.Throws<ArgumentException>(() => ExitRule.Mofcom2021.Evaluate(Region(2021, 8).Concat(Region(2021, 8))));
    }
}
