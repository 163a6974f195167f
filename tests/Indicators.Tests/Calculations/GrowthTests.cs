namespace Indicators.Tests.Calculations;

public class GrowthTests
{
    private static double RateOf(GrowthResult growth) => growth.Rate!.Value.Fraction;

    [Theory]
    // Domain page: 2012 目标 210亿元 on 170亿元 is 23.5%; 固定资产投资 63 on 60.3 is 4.5% (a plan stated 5%).
    [InlineData(210, 170, 23.5)]
    [InlineData(63, 60.3, 4.5)]
    [InlineData(36, 31.2, 15.4)]
    // Rule 1 (domain-research §7): 120 vs 100 → 20.0%, 97 vs 100 → −3.0%.
    [InlineData(120, 100, 20.0)]
    [InlineData(97, 100, -3.0)]
    public void Worked_examples_round_to_the_published_rate(double current, double previous, double expectedPercent)
    {
        var growth = Growth.YearOnYear(current, previous);
        Assert.Equal(GrowthStatus.Rate, growth.Status);
        Assert.Equal(expectedPercent, global::Indicators.Rounding.Round(growth.Rate!.Value.Percent, 1));
    }

    [Fact]
    public void Absolute_change_is_kept_beside_the_rate()
    {
        // domain-research §1.1 [S2]: 2000 → 2120 is 增加120, 增长6%.
        var growth = Growth.YearOnYear(2120, 2000);
        Assert.Equal(120, growth.Change);
        Assert.Equal(6.0, growth.Rate!.Value.Percent, 10);
    }

    [Theory]
    // F4 [S9] and rule 2 (domain-research §7).
    [InlineData(148, -46, GrowthStatus.TurnedProfit)]
    [InlineData(-10, 30, GrowthStatus.TurnedLoss)]
    [InlineData(-80, -50, GrowthStatus.LossWidened)]
    [InlineData(-20, -50, GrowthStatus.LossNarrowed)]
    [InlineData(0, -50, GrowthStatus.LossNarrowed)]
    [InlineData(-50, -50, GrowthStatus.LossUnchanged)]
    [InlineData(5, 0, GrowthStatus.FromZero)]
    [InlineData(-5, 0, GrowthStatus.FromZero)]
    [InlineData(0, 0, GrowthStatus.BothZero)]
    [InlineData(0, 30, GrowthStatus.Rate)]
    [InlineData(1e300, 1e-300, GrowthStatus.TooLarge)]
    public void A_base_that_is_not_positive_gives_a_status_and_no_rate(double current, double previous, GrowthStatus expected)
    {
        var growth = Growth.YearOnYear(current, previous);
        Assert.Equal(expected, growth.Status);
        Assert.Equal(expected == GrowthStatus.Rate, growth.HasValue);
        Assert.Equal(growth.HasValue, growth.TryGetRate(out _));
        Assert.Equal(growth.HasValue, growth.Rate.HasValue);
    }

    [Fact]
    public void Explain_names_inputs_formula_and_status()
    {
        var text = Growth.YearOnYear(148, -46).Explain(ExplanationLanguage.English);
        Assert.Contains("current / base − 1", text, StringComparison.Ordinal);
        Assert.Contains("current = 148", text, StringComparison.Ordinal);
        Assert.Contains("base = -46", text, StringComparison.Ordinal);
        Assert.Contains("扭亏为盈", text, StringComparison.Ordinal);
        Assert.Contains("unadjusted", Growth.PeriodOnPeriod(105, 100).Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_nan_naming_the_parameter()
    {
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.YearOnYear(double.NaN, 1)).ParamName);
        Assert.Equal("previousPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.PeriodOnPeriod(1, double.PositiveInfinity)).ParamName);
    }

    [Fact]
    public void Period_on_period_is_the_same_ratio_labelled_unadjusted()
    {
        // Rule 7: 105/100 → 5.00% (two decimals), unadjusted.
        var growth = Growth.PeriodOnPeriod(105, 100);
        Assert.Equal(GrowthKind.PeriodOnPeriod, growth.Kind);
        Assert.Equal(5.0, growth.Rate!.Value.Percent, 10);
    }

    [Fact]
    public void Comparable_base_is_kept_apart_from_the_published_previous_value()
    {
        // F5 [S10]: 27298.3 published as +16.5% on a comparable base ≈ 23432.0; against the earlier published
        // 29047.6 the level ratio is −6.02%.
        var growth = Growth.Comparable(27298.3, 27298.3 / 1.165, 29047.6);
        Assert.Equal(16.5, growth.Comparable.Rate!.Value.Percent, 9);
        Assert.Equal(23432.0, Math.Round(growth.ComparableBase, 1));
        Assert.Equal(-6.02, Math.Round(growth.AgainstPublished.Rate!.Value.Percent, 2));
        Assert.True(growth.TryGetRate(out var rate) && rate == growth.Comparable.Rate);
        var text = growth.Explain(ExplanationLanguage.English);
        Assert.Contains("可比口径", text, StringComparison.Ordinal);
        Assert.Contains("名义口径", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_growth_deflates_nominal_growth()
    {
        // Rule 5 (domain-research §1.4): nominal 8%, prices 3% → real 4.85%.
        var real = Growth.Real(Percentage.FromPercent(8), Percentage.FromPercent(3));
        Assert.Equal(4.85, Math.Round(real.Real!.Value.Percent, 2));
        Assert.True(real.HasValue);
        Assert.Equal("priceChange", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Real(Percentage.Zero, Percentage.FromPercent(-100))).ParamName);
        Assert.Equal("nominal", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Real(Percentage.FromPercent(-101), Percentage.Zero)).ParamName);
    }

    [Property(MaxTest = 300)]
    public bool Growth_composes_over_consecutive_periods(GrowthSeries t)
    {
        var (x0, x1, x2) = t;
        var composed = (1 + RateOf(Growth.YearOnYear(x1, x0))) * (1 + RateOf(Growth.YearOnYear(x2, x1)));
        var direct = 1 + RateOf(Growth.YearOnYear(x2, x0));
        return Math.Abs(composed - direct) <= 1e-12 * Math.Abs(direct);
    }

    [Property(MaxTest = 300)]
    public bool Status_categories_are_exhaustive_and_follow_the_signs(LevelPair t)
    {
        var (current, previous) = t;
        var growth = Growth.YearOnYear(current, previous);
        var expected =
            previous > 0 ? (current >= 0 ? GrowthStatus.Rate : GrowthStatus.TurnedLoss)
            : previous == 0 ? (current == 0 ? GrowthStatus.BothZero : GrowthStatus.FromZero)
            : current > 0 ? GrowthStatus.TurnedProfit
            : current < previous ? GrowthStatus.LossWidened
            : current > previous ? GrowthStatus.LossNarrowed
            : GrowthStatus.LossUnchanged;
        var rateSignAgrees = !growth.TryGetRate(out var rate) || Math.Sign(rate.Percent) == Math.Sign(current - previous);
        return growth.Status == expected && growth.HasValue == (expected == GrowthStatus.Rate) && rateSignAgrees;
    }

    [Property(MaxTest = 300)]
    public bool Rate_and_change_rebuild_the_current_value(GrowthSeries t)
    {
        var (previous, current, _) = t;
        var growth = Growth.YearOnYear(current, previous);
        return Math.Abs((previous * (1 + RateOf(growth))) - current) <= 1e-12 * current
            && growth.Change == current - previous;
    }

    [Property(MaxTest = 300)]
    public bool Real_growth_inverts_to_the_nominal_growth(NominalAndPrice t)
    {
        var real = Growth.Real(t.Nominal, t.Price).Real!.Value;
        var back = Growth.NominalFromReal(real, t.Price);
        return Math.Abs(back.Nominal.Percent - t.Nominal.Percent) <= 1e-9 && back.Real!.Value.Percent - real.Percent is > -1e-9 and < 1e-9;
    }

    [Property(MaxTest = 300)]
    public bool Comparable_growth_reports_both_bases(LevelTriple t)
    {
        var (current, comparable, published) = t;
        var growth = Growth.Comparable(current, comparable, published);
        return growth.Comparable.Status == Growth.YearOnYear(current, comparable).Status
            && growth.AgainstPublished.Status == Growth.YearOnYear(current, published).Status
            && growth.HasValue == growth.Comparable.HasValue
            && growth.Comparable.Rate == Growth.YearOnYear(current, comparable).Rate;
    }

    [Property(MaxTest = 300)]
    public bool No_result_is_ever_nan_or_infinite_and_explaining_never_throws(NumberTriple t)
    {
        var (x, y, z) = t;
        var growth = Growth.YearOnYear(x, y);
        var comparable = Growth.Comparable(x, y, z);
        var share = Share.Of(x, y);
        var shareChange = Share.Change(x, y, z, y);
        var contribution = Contribution.Of(x, y);
        var pull = Contribution.Pull(x, y);
        var average = AverageGrowth.Level(x, y, 1 + (int)(Math.Abs(z) % 20));
        var cumulative = AverageGrowth.Cumulative(x, [y, z]);
        var real = Growth.Real(Percentage.FromPercent(Math.Max(x, -100)), Percentage.FromPercent(Math.Max(y, -99.999)));
        var doubling = AverageGrowth.DoublingTime(Percentage.FromPercent(z));
        var values = new[]
        {
            growth.Rate?.Percent ?? 0, comparable.AgainstPublished.Rate?.Percent ?? 0, share.Share?.Percent ?? 0,
            shareChange.Change?.Points ?? 0, contribution.Contribution?.Percent ?? 0, pull.Pull?.Points ?? 0,
            average.Rate?.Percent ?? 0, cumulative.Rate?.Percent ?? 0, real.Real?.Percent ?? 0,
            doubling.TryGetYears(out var years) ? years : 0, growth.TryGetMultiple(out var multiple) ? multiple.Ratio : 0,
        };
        var results = new ICalculationResult[] { growth, comparable, share, shareChange, contribution, pull, average, cumulative, real, doubling };
        var texts = results.SelectMany(r => new[] { r.Explain(), r.Explain(ExplanationLanguage.English) }).Append(ChinesePhrasing.Phrase(growth)).Append(ChinesePhrasing.PhraseChange(growth));
        return values.All(double.IsFinite)
            && results.All(r => r.Formula.Length > 0 && r.Explain(ExplanationLanguage.English).Contains(r.Formula, StringComparison.Ordinal))
            && texts.All(s => s.Length > 0 && !s.Contains("NaN", StringComparison.Ordinal) && !s.Contains('∞', StringComparison.Ordinal));
    }
}
