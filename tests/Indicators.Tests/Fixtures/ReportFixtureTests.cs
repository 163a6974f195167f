using FsCheck;
using NodaTime;
using RoundingRules = global::Indicators.Rounding;

namespace Indicators.Tests.Fixtures;

/// <summary>
/// Figures from published releases and zone reports, recomputed with the library. Each test
/// names its source: F-numbers are the fixtures of the research note (§4); the zone figures are
/// those of docs/examples/data/SOURCES.md.
/// </summary>
public class ReportFixtureTests
{
    private static readonly PhrasingOptions OneDecimal = PhrasingOptions.Default with { Decimals = 1 };

    [Fact]
    public void F19_GDP_2024Q1_industries_sum_to_the_whole_and_back_out_contributions_are_approximate()
    {
        // NBS 2024年一季度GDP初步核算 [S12]: 296299亿元 +5.3%; 一二三产 11538/109846/174915 亿元, +3.3/+6.0/+5.0%.
        var whole = Quantity.Parse("296299亿元").Value;
        var parts = new[] { ("11538亿元", 3.3), ("109846亿元", 6.0), ("174915亿元", 5.0) };
        var sum = parts.Select(p => Quantity.Parse(p.Item1).Value).Aggregate((a, b) => a + b);
        Assert.Equal(0, sum.CompareTo(whole));

        var shares = parts.Select(p => Share.Of(Quantity.Parse(p.Item1).Value.Value, whole.Value).Share!.Value.Percent).ToArray();
        Assert.Equal([3.9, 37.1, 59.0], shares.Select(s => RoundingRules.Round(s, 1)));

        // Growth is real (可比价): increments backed out of current-price levels only approximate the
        // constant-price increments, so the contributions need not sum to exactly 100% (cf. F9).
        Assert.Equal(PriceBasis.Comparable, IndicatorCatalog.Standard["GDP"].PriceBasis);
        var wholeIncrease = whole.Value - Implied.PreviousFromGrowth(whole.Value, Percentage.FromPercent(5.3)).Value!.Value;
        var contributions = parts.Select(p =>
        {
            var level = Quantity.Parse(p.Item1).Value.Value;
            var increase = level - Implied.PreviousFromGrowth(level, Percentage.FromPercent(p.Item2)).Value!.Value;
            return Contribution.Of(increase, wholeIncrease).Contribution!.Value.Percent;
        }).ToArray();
        Assert.InRange(contributions.Sum(), 100.0, 100.5);
        // Computed by hand from the published levels and rates (NBS publishes no contributions here).
        Assert.Equal([2.5, 41.7, 55.9], contributions.Select(c => RoundingRules.Round(c, 1)));
    }

    [Fact]
    public void F20_fiscal_revenue_growth_on_two_bases_is_reported_apart()
    {
        // 财政部 2022前三季度 [S11]: 153151亿元, 扣除留抵退税因素后增长4.1%, 按自然口径计算下降6.6%.
        const double current = 153151;
        var comparableBase = Implied.PreviousFromGrowth(current, Percentage.FromPercent(4.1)).Value!.Value;
        var naturalBase = Implied.PreviousFromGrowth(current, Percentage.FromPercent(-6.6)).Value!.Value;

        var growth = Growth.Comparable(current, comparableBase, naturalBase);

        Assert.Equal("同比增长4.1%", ChinesePhrasing.Phrase(growth.Comparable, OneDecimal));
        Assert.Equal("同比下降6.6%", ChinesePhrasing.Phrase(growth.AgainstPublished, OneDecimal));
        Assert.True(growth.TryGetRate(out var rate));
        Assert.Equal(4.1, RoundingRules.Round(rate.Percent, 1));
    }

    [Theory]
    // 西安高新区 2017年上半年 (SOURCES.md): 完成年度任务x%，超时序进度y个百分点.
    [InlineData(91.78, 41.78)]   // 实际引进内资
    [InlineData(50.13, 0.13)]    // 一般公共预算收入
    [InlineData(73.4, 23.4)]     // 实际利用外资 (the report states no pace; 23.4 follows)
    [InlineData(52, 2)]          // 进出口总额
    public void Xian_high_tech_zone_2017H1_pace_against_the_elapsed_share_of_the_year(double completionPercent, double aheadPoints)
    {
        var year = ReportingPeriod.Year(2017);
        var firstHalf = ReportingPeriod.Parse("2017年上半年").Value;
        var elapsed = year.ElapsedShare(firstHalf.End, ElapsedMeasure.Months);

        var pace = Percentage.FromPercent(completionPercent) - elapsed;

        Assert.Equal(50, elapsed.Percent);
        Assert.Equal(aheadPoints, pace.Points, 10);
    }

    [Theory]
    // 西安高新区 2017年上半年: 生产总值增长12.3%，超目标0.3个百分点; 规上工业增加值增长12.3%，超1.3; 社零增长11.3%，超2.3.
    [InlineData(12.3, 12.0, "超0.3个百分点")]
    [InlineData(12.3, 11.0, "超1.3个百分点")]
    [InlineData(11.3, 9.0, "超2.3个百分点")]
    public void Xian_high_tech_zone_2017H1_growth_against_growth_targets(double actual, double target, string expected)
    {
        var gap = Completion.OfGrowthTarget(Percentage.FromPercent(actual), Percentage.FromPercent(target));
        Assert.True(gap.IsMet);
        Assert.Contains(expected, ChinesePhrasing.Phrase(gap, OneDecimal), StringComparison.Ordinal);
    }

    [Fact]
    public void Taicang_high_tech_zone_2018H1_parts_and_shares()
    {
        // 太仓高新区 2018年上半年 (SOURCES.md): 固定资产投资51.5亿元，其中工业投资20.7亿元;
        // 工业总产值483.1亿元，其中规上工业产值406.5亿元; 服务业增加值86.4亿元，占GDP比重达50%.
        var catalog = IndicatorCatalog.Standard;
        Assert.True(catalog.TryGetByName("工业投资", out var industrial));
        Assert.True(catalog.TryGetByName("规上工业产值", out var aboveScale));
        Assert.True(catalog.TryGetByName("服务业增加值", out var services));
        Assert.Equal("FixedAssetInvestment", industrial.ParentCode);
        Assert.Equal("TotalIndustrialOutput", aboveScale.ParentCode);
        Assert.Equal("GDP", services.ParentCode);

        Assert.Equal(40.2, RoundingRules.Round(Share.Of(20.7, 51.5).Share!.Value.Percent, 1));
        Assert.Equal(84.1, RoundingRules.Round(Share.Of(406.5, 483.1).Share!.Value.Percent, 1));
        Assert.Equal(172.8, Implied.WholeFromShare(86.4, Percentage.FromPercent(50)).Value!.Value, 10);
    }

    [Fact]
    public void Wuhu_development_zone_2022_estimates_imply_last_years_levels()
    {
        // 芜湖经开区 2022年 (预计, SOURCES.md): 规模以上工业产值2220亿元，增长18.7%.
        var previous = Implied.PreviousFromGrowth(2220, Percentage.FromPercent(18.7)).Value!.Value;
        Assert.Equal(1870.26, Math.Round(previous, 2));
        Assert.Equal("同比增长18.7%", ChinesePhrasing.Phrase(Growth.YearOnYear(2220, previous), OneDecimal));
    }

    [Property]
    public bool Ratio_parsers_never_throw_on_random_text(string? text)
    {
        var results = new (bool Success, ParseError? Error)[]
        {
            (Percentage.Parse(text).Success, Percentage.Parse(text).Error),
            (PercentagePoints.Parse(text).Success, PercentagePoints.Parse(text).Error),
            (Multiple.Parse(text).Success, Multiple.Parse(text).Error),
        };
        return results.All(r => r.Success || (r.Error!.Position >= 0 && r.Error.Position <= (text?.Length ?? 0)));
    }

    [Property]
    public bool Ratio_texts_round_trip(NormalFloat f)
    {
        var points = PercentagePoints.FromPoints(f.Get);
        var multiple = Multiple.FromRatio(Math.Abs(f.Get));
        return PercentagePoints.Parse(points.ToString()).Value == points
            && Multiple.Parse(multiple.ToString()).Value == multiple;
    }
}
