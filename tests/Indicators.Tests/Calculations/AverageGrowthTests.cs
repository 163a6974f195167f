namespace Indicators.Tests.Calculations;

public class AverageGrowthTests
{
    private static double Percent(AverageGrowthResult result) => result.Rate!.Value.Percent;

    private static double Published(AverageGrowthResult result) => global::Indicators.Rounding.Round(Percent(result), 1);

    [Fact]
    public void Two_year_averages_match_the_published_figures()
    {
        // F6, F7 [S14]: 13.5% over two years → 两年平均 6.5%; 45.5% → 20.6%.
        Assert.Equal(6.5, Published(AverageGrowth.TwoYear(Percentage.FromPercent(13.5))));
        Assert.Equal(20.6, Published(AverageGrowth.TwoYear(Percentage.FromPercent(45.5))));
        // F8 [S14], the rounding trap: from the rounded 9.1% the average reads 4.5; from the unrounded ≈9.08% it is the official 4.4.
        Assert.Equal(4.5, Published(AverageGrowth.TwoYear(Percentage.FromPercent(9.1))));
        Assert.Equal(4.4, Published(AverageGrowth.TwoYear(Percentage.FromPercent(9.08))));
    }

    [Fact]
    public void Level_method_counts_the_years_after_the_base_year()
    {
        // Rule 10: 100 → 121 over two years is 10% a year.
        var result = AverageGrowth.Level(100, 121, 2);
        Assert.Equal(AverageGrowthMethod.Level, result.Method);
        Assert.Equal(10.0, Percent(result), 10);
        Assert.Contains("水平法", result.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Cumulative_method_solves_the_investment_equation()
    {
        // F12 [S3]: base 100, then 110 and 121: Σ = 231 ⇒ r = 10%.
        var result = AverageGrowth.Cumulative(100, [110, 121]);
        Assert.Equal(AverageGrowthMethod.Cumulative, result.Method);
        Assert.Equal(231, result.End);
        Assert.Equal(10.0, Percent(result), 9);
        Assert.Contains("累计法", result.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5, 2)]
    [InlineData(-10, 5, 2)]
    [InlineData(10, -5, 3)]
    [InlineData(1e-300, 1e300, 1)]
    public void Level_method_is_undefined_without_a_positive_base_or_with_a_negative_end(double start, double end, int years)
    {
        var result = AverageGrowth.Level(start, end, years);
        Assert.False(result.HasValue);
        Assert.False(result.TryGetRate(out _));
        Assert.Null(result.Rate);
        Assert.Contains("no value", result.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Cumulative_method_is_undefined_for_a_negative_total() =>
        Assert.False(AverageGrowth.Cumulative(100, [-300, 10]).HasValue);

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => AverageGrowth.Level(1, 2, 0)).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentOutOfRangeException>(() => AverageGrowth.Cumulative(1, [1, double.NaN])).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentException>(() => AverageGrowth.Cumulative(1, [])).ParamName);
        Assert.Equal("rates", Assert.Throws<ArgumentOutOfRangeException>(() => AverageGrowth.FromRates([Percentage.FromPercent(-101)])).ParamName);
    }

    [Fact]
    public void Doubling_needs_the_known_yearly_rates()
    {
        // domain-research §1.9: doubling in 10 years needs 7.18% a year, in 5 years 14.87%.
        Assert.Equal(7.18, Math.Round(Percent(AverageGrowth.RequiredToReach(1, 2, 10)), 2));
        Assert.Equal(14.87, Math.Round(Percent(AverageGrowth.RequiredToReach(1, 2, 5)), 2));
        Assert.True(AverageGrowth.DoublingTime(Percentage.FromPercent(7.18)).TryGetYears(out var years));
        Assert.Equal(10, years, 1);
        Assert.False(AverageGrowth.DoublingTime(Percentage.Zero).HasValue);
        Assert.False(AverageGrowth.DoublingTime(Percentage.FromPercent(-5)).TryGetYears(out _));
        Assert.Contains("never doubles", AverageGrowth.DoublingTime(Percentage.Zero).Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Multiples_and_doublings_from_two_levels()
    {
        // F2 [S1][S46]: 50 → 200 is 翻两番 = 增长3倍 = 是4倍. F1: 2500 翻三番 = 20000.
        Assert.True(Growth.YearOnYear(200, 50).TryGetMultiple(out var multiple));
        Assert.Equal(4, multiple.Ratio);
        Assert.Equal(3, multiple.GrowthMultiple);
        Assert.Equal(2, multiple.Doublings);
        Assert.True(Growth.YearOnYear(20000, 2500).TryGetMultiple(out var three));
        Assert.Equal(3, three.Doublings, 12);
        Assert.False(Growth.YearOnYear(148, -46).TryGetMultiple(out _));
    }


    [Property(MaxTest = 300)]
    public bool Growing_the_start_at_the_level_rate_gives_the_end(GrowthPath p)
    {
        var end = p.Levels[^1];
        var rate = AverageGrowth.Level(p.Start, end, p.Levels.Length).Rate!.Value.Fraction;
        var reached = p.Start * Math.Pow(1 + rate, p.Levels.Length);
        var required = AverageGrowth.RequiredToReach(p.Start, end, p.Levels.Length).Rate!.Value.Fraction;
        return Math.Abs(reached - end) <= 1e-9 * end && required == rate;
    }

    [Property(MaxTest = 300)]
    public bool Cumulative_rate_satisfies_its_equation(GrowthPath p)
    {
        var q = 1 + AverageGrowth.Cumulative(p.Start, p.Levels).Rate!.Value.Fraction;
        var sum = Enumerable.Range(1, p.Levels.Length).Sum(k => Math.Pow(q, k));
        var target = p.Levels.Sum() / p.Start;
        return Math.Abs(sum - target) <= 1e-9 * target;
    }

    [Property(MaxTest = 300)]
    public bool Chain_of_rates_equals_the_level_method_on_the_chained_levels(GrowthPath p)
    {
        var rates = p.Levels.Select((level, k) => Growth.YearOnYear(level, k == 0 ? p.Start : p.Levels[k - 1]).Rate!.Value).ToArray();
        var chained = AverageGrowth.FromRates(rates).Rate!.Value.Percent;
        var direct = AverageGrowth.Level(p.Start, p.Levels[^1], p.Levels.Length).Rate!.Value.Percent;
        return Math.Abs(chained - direct) <= 1e-9 * Math.Max(1, Math.Abs(direct));
    }

    [Property(MaxTest = 300)]
    public bool Doubling_time_doubles(BasisPoints basisPoints)
    {
        var rate = Percentage.FromPercent(basisPoints.Value / 100.0);
        return AverageGrowth.DoublingTime(rate).TryGetYears(out var years) && Math.Abs(Math.Pow(1 + rate.Fraction, years) - 2) <= 1e-9;
    }
}
