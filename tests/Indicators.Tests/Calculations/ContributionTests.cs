namespace Indicators.Tests.Calculations;

public class ContributionTests
{
    private static double BackOutIncrease(double level, double growthPercent) => level - (level / (1 + (growthPercent / 100)));

    [Fact]
    public void Guangdong_2009_contributions_from_backed_out_increments()
    {
        // F9 [S5]: GDP 39081.59 (+9.5%); 一产 2006.02 (+4.9%), 二产 19270.48 (+8.7%), 三产 17805.09 (+11.0%)
        // → 贡献率 2.76 / 45.49 / 52.04 (±0.02).
        var whole = BackOutIncrease(39081.59, 9.5);
        Assert.Equal(2.76, Contribution.Of(BackOutIncrease(2006.02, 4.9), whole).Contribution!.Value.Percent, 0.02);
        Assert.Equal(45.49, Contribution.Of(BackOutIncrease(19270.48, 8.7), whole).Contribution!.Value.Percent, 0.02);
        Assert.Equal(52.04, Contribution.Of(BackOutIncrease(17805.09, 11.0), whole).Contribution!.Value.Percent, 0.02);
    }

    [Theory]
    // F10 [S6]: 广东 1980, growth 18.2; contributions 71.3 / 33.5 / −4.8 → pulls 13.0 / 6.1 / −0.9.
    [InlineData(71.3, 13.0)]
    [InlineData(33.5, 6.1)]
    [InlineData(-4.8, -0.9)]
    public void Pull_is_growth_times_contribution(double contributionPercent, double expectedPull)
    {
        var wholeIncrease = 18.2;
        var pull = Contribution.Pull(wholeIncrease * contributionPercent / 100, 100);
        Assert.Equal(expectedPull, global::Indicators.Rounding.Round(pull.Pull!.Value.Points, 1));
    }

    [Fact]
    public void Heavy_industry_pulls_industry_by_about_15_7_points()
    {
        // F11 [S5]: 重工业 4935.38 (+23.6%), 67.2% of industry, industry +21.8% → "拉动15.7个百分点" (±0.1).
        var industryBefore = 4935.38 / 0.672 / 1.218;
        var pull = Contribution.Pull(BackOutIncrease(4935.38, 23.6), industryBefore);
        Assert.Equal(15.7, pull.Pull!.Value.Points, 0.1);
    }

    [Fact]
    public void Undefined_contribution_and_pull_give_a_status()
    {
        var contribution = Contribution.Of(5, 0);
        Assert.Equal(ContributionStatus.WholeUnchanged, contribution.Status);
        Assert.Null(contribution.Contribution);
        Assert.Contains("did not change", contribution.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
        var pull = Contribution.Pull(5, 0);
        Assert.Equal(ContributionStatus.WholeNotPositive, pull.Status);
        Assert.False(pull.TryGetPull(out _));
        Assert.Equal("partIncrease", Assert.Throws<ArgumentOutOfRangeException>(() => Contribution.Of(double.NaN, 1)).ParamName);
    }

    [Fact]
    public void Explanations_name_inputs_formula_and_value()
    {
        Assert.Equal("contribution = Δpart / Δwhole with Δpart = -25, Δwhole = 100: -25%", Contribution.Of(-25, 100).Explain(ExplanationLanguage.English));
        Assert.Equal("pull = Δpart / whole(t−1), in percentage points with Δpart = 13, whole(t−1) = 100: 13pp", Contribution.Pull(13, 100).Explain(ExplanationLanguage.English));
        Assert.Equal("real = (1 + nominal) / (1 + price change) − 1 with nominal = 10%, price change = 10%: 0%", Growth.Real(Percentage.FromPercent(10), Percentage.FromPercent(10)).Explain(ExplanationLanguage.English));
    }


    [Property(MaxTest = 300)]
    public bool Pulls_add_up_to_the_growth_of_the_whole(PartsChange p)
    {
        var wholeBefore = p.Before.Sum();
        var growth = Growth.YearOnYear(p.After.Sum(), wholeBefore).Rate!.Value.Percent;
        var pulls = p.Before.Select((b, i) => Contribution.Pull(p.After[i] - b, wholeBefore).Pull!.Value.Points).Sum();
        return Math.Abs(pulls - growth) <= 1e-9 * Math.Max(1, Math.Abs(growth));
    }

    [Property(MaxTest = 300)]
    public bool Contributions_add_up_to_one_hundred_percent_when_the_whole_changes(PartsChange p)
    {
        var increases = p.Before.Select((b, i) => p.After[i] - b).ToArray();
        // The whole is the sum of its parts, so its increase is the sum of theirs. Subtracting the
        // two summed levels instead cancels catastrophically when one part dwarfs the change
        // (4.3e10 beside a change of 7: FsCheck found it), which tests the double, not the law.
        var wholeIncrease = increases.Sum();
        if (wholeIncrease == 0)
        {
            return !Contribution.Of(increases[0], wholeIncrease).HasValue;
        }
        var contributions = increases.Select(d => Contribution.Of(d, wholeIncrease).Contribution!.Value.Percent).ToArray();
        return Math.Abs(contributions.Sum() - 100) <= 1e-9 * contributions.Sum(Math.Abs);
    }

    [Fact]
    public void Contributions_add_up_when_one_part_dwarfs_the_change()
    {
        // The input FsCheck once shrank to: a part of 4.28623e10 that did not change beside one that rose by 7.07.
        var increases = new[] { 4.28623e10 - 4.28623e10, 12.53811096 - 5.47038 };
        var wholeIncrease = increases.Sum();
        var sum = increases.Sum(d => Contribution.Of(d, wholeIncrease).Contribution!.Value.Percent);
        Assert.Equal(100, sum, 12);
    }
}
