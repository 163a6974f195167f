using FsCheck;

namespace Indicators.Tests.Calculations;

public class CompletionTests
{



    [Fact]
    public void Level_220_of_200_is_110_percent_overfulfilled_by_10()
    {
        // domain-research §3.3 [S2][S37b]: 计划200, 完成220 → 110%, 超额完成10%.
        var result = Completion.OfLevel(220, 200);
        Assert.Equal(CompletionStatus.Overfulfilled, result.Status);
        Assert.Equal(110, result.Rate!.Value.Percent, 12);
        Assert.Equal(10, result.Overfulfilment!.Value.Percent, 12);
        Assert.Null(result.ShortfallPoints);
        Assert.Equal(0, result.Shortfall);
        Assert.True(result.IsMet);
    }

    [Fact]
    public void Level_198_of_200_is_99_percent_not_completed_short_by_2_and_1_point()
    {
        // domain-research §3.3: 完成198 → 99%, 未完成.
        var result = Completion.OfLevel(198, 200);
        Assert.Equal(CompletionStatus.NotCompleted, result.Status);
        Assert.Equal(99, result.Rate!.Value.Percent, 12);
        Assert.Equal(2, result.Shortfall, 12);
        Assert.Equal(1, result.ShortfallPoints!.Value.Points, 12);
        Assert.Null(result.Overfulfilment);
        Assert.False(result.IsMet);
    }

    [Fact]
    public void Exactly_on_target_is_completed()
    {
        var result = Completion.OfLevel(200, 200);
        Assert.Equal(CompletionStatus.Completed, result.Status);
        Assert.Equal(Percentage.OneHundred, result.Rate);
        Assert.True(result.IsMet);
    }

    [Fact]
    public void Overfulfilment_of_67_percent_from_5000_against_2994()
    {
        // domain.md: 完成销售收入5000万元, 超额完成67% (target 2994万元, rounded).
        var result = Completion.OfLevel(5000, 2994);
        Assert.Equal(67, result.Overfulfilment!.Value.Percent, 0);
    }

    [Fact]
    public void Ceiling_of_66_is_met_by_66_and_missed_by_67()
    {
        // domain-research §3.2 [S22]: 各类事故死亡人数控制在66人以内; 以内 includes the number.
        var met = Completion.OfCeiling(66, 66);
        Assert.True(met.IsMet);
        Assert.Equal(CompletionStatus.Completed, met.Status);
        Assert.Equal(100, met.Rate!.Value.Percent, 12);

        var missed = Completion.OfCeiling(67, 66);
        Assert.False(missed.IsMet);
        Assert.Equal(CompletionStatus.NotCompleted, missed.Status);
        Assert.Equal(1, missed.Shortfall);
        Assert.Equal(100.0 * 66 / 67, missed.Rate!.Value.Percent, 12);
        Assert.Equal(CompletionResult.CeilingFormula, missed.Formula);
    }

    [Fact]
    public void Zero_against_a_positive_ceiling_is_met_without_a_rate()
    {
        var result = Completion.OfLevel(0, 66, Polarity.Reverse);
        Assert.Equal(CompletionStatus.MetWithZero, result.Status);
        Assert.False(result.HasValue);
        Assert.True(result.IsMet);
        Assert.Null(result.Rate);
        Assert.False(result.TryGetRate(out _));
        Assert.Contains("met with zero", result.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(10, -5)]
    public void A_target_that_is_not_positive_has_no_completion_rate(double actual, double target)
    {
        var result = Completion.OfLevel(actual, target);
        Assert.Equal(CompletionStatus.NoCompletionRate, result.Status);
        Assert.False(result.HasValue);
        Assert.True(result.IsMet);
        Assert.Null(result.Overfulfilment);
        Assert.Null(result.ShortfallPoints);
    }

    [Fact]
    public void Zero_control_is_met_by_zero_and_missed_by_one()
    {
        // domain-research §3.2 [S22]: 特别重大事故起数实行零控制.
        Assert.True(Completion.OfCeiling(0, 0).IsMet);
        Assert.Equal(CompletionStatus.NoCompletionRate, Completion.OfCeiling(0, 0).Status);
        Assert.False(Completion.OfCeiling(1, 0).IsMet);
    }

    [Fact]
    public void Decline_of_3_3_against_3_is_110_percent()
    {
        // F16, domain-research §3.4 [S21]: target 降低3%, actual 降低3.3% → 完成率110%.
        var result = Completion.OfDecline(Percentage.FromPercent(3.3), Percentage.FromPercent(3));
        Assert.Equal(110, result.Rate!.Value.Percent, 12);
        Assert.Equal(CompletionStatus.Overfulfilled, result.Status);
        Assert.Equal(CompletionBasis.Decline, result.Basis);
        Assert.Equal(CompletionResult.DeclineFormula, result.Formula);
    }

    [Fact]
    public void Growth_target_8_5_against_8_is_0_5_points_above()
    {
        // domain-research §7 rule 15: 8.5% vs 8% → 超0.5个百分点.
        var result = Completion.OfGrowthTarget(Percentage.FromPercent(8.5), Percentage.FromPercent(8));
        Assert.Equal(0.5, result.Gap.Points, 12);
        Assert.Equal(CompletionStatus.Overfulfilled, result.Status);
        Assert.True(result.TryGetRatioOfRates(out var ratio));
        Assert.Equal(106.25, ratio.Percent, 12);
    }

    [Fact]
    public void Negative_growth_target_is_judged_by_the_gap_without_a_ratio()
    {
        // domain-research §3.3: target −2%, actual −1%: ratio completion is meaningless; use the gap.
        var result = Completion.OfGrowthTarget(Percentage.FromPercent(-1), Percentage.FromPercent(-2));
        Assert.Equal(1, result.Gap.Points, 12);
        Assert.True(result.IsMet);
        Assert.False(result.TryGetRatioOfRates(out _));
    }

    [Fact]
    public void Reverse_growth_target_is_a_ceiling_on_the_rate()
    {
        var result = Completion.OfGrowthTarget(Percentage.FromPercent(3.5), Percentage.FromPercent(3), Polarity.Reverse);
        Assert.Equal(-0.5, result.Gap.Points, 12);
        Assert.Equal(CompletionStatus.NotCompleted, result.Status);
    }

    [Fact]
    public void Nan_input_throws_naming_the_parameter()
    {
        Assert.Equal("actual", Assert.Throws<ArgumentOutOfRangeException>(() => Completion.OfLevel(double.NaN, 1)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Completion.OfLevel(1, double.PositiveInfinity)).ParamName);
        Assert.Equal("ceiling", Assert.Throws<ArgumentOutOfRangeException>(() => Completion.OfCeiling(1, double.NaN)).ParamName);
        Assert.Equal("polarity", Assert.Throws<ArgumentOutOfRangeException>(() => Completion.OfLevel(1, 1, (Polarity)7)).ParamName);
    }

    [Fact]
    public void Values_too_far_apart_for_a_finite_difference_throw()
    {
        Assert.Equal("actual", Assert.Throws<ArgumentOutOfRangeException>(() => Completion.OfLevel(1.5e308, -1.5e308)).ParamName);
        Assert.Equal("actualGrowth", Assert.Throws<ArgumentOutOfRangeException>(() => Completion.OfGrowthTarget(Percentage.FromPercent(1.5e308), Percentage.FromPercent(-1.5e308))).ParamName);
    }

    [Fact]
    public void Explain_names_inputs_formula_and_value()
    {
        var text = Completion.OfLevel(220, 200).Explain(ExplanationLanguage.English);
        Assert.Equal("completion = actual / target with actual = 220, target = 200: 110%, overfulfilled by 10% (超额完成)", text);
        Assert.Equal(
            "completion = actual decline / target decline with actual decline = 3.3%, target decline = 3%: 110%, overfulfilled by 10% (超额完成)",
            Completion.OfDecline(Percentage.FromPercent(3.3), Percentage.FromPercent(3)).Explain(ExplanationLanguage.English));
    }

    [Fact]
    public void Extreme_ratios_give_a_status_not_infinity()
    {
        var result = Completion.OfLevel(1e308, 1e-308);
        Assert.Equal(CompletionStatus.NoCompletionRate, result.Status);
        Assert.True(result.IsMet);
    }

    // Reverse on (a, t) ≡ positive on (1/a, 1/t): same rate, status, overfulfilment and met.
    [Property(MaxTest = 500)]
    public bool Polarity_symmetry_reciprocal_mirror_for_rates(PositivePair pair)
    {
        var (a, t) = pair;
        var reverse = Completion.OfLevel(a, t, Polarity.Reverse);
        var mirrored = Completion.OfLevel(1 / a, 1 / t, Polarity.Positive);
        return reverse.Status == mirrored.Status
            && reverse.IsMet == mirrored.IsMet
            && Close(reverse.Rate!.Value.Percent, mirrored.Rate!.Value.Percent)
            && (reverse.Overfulfilment is null) == (mirrored.Overfulfilment is null)
            && (reverse.ShortfallPoints is null) == (mirrored.ShortfallPoints is null);
    }

    // Reverse on (a, t) ≡ positive on (−a, −t) for the margin, the shortfall and whether it is met.
    [Property(MaxTest = 500)]
    public bool Polarity_symmetry_negation_mirror_for_amounts(SignedPair pair)
    {
        var (a, t) = pair;
        var reverse = Completion.OfCeiling(a, t);
        var mirrored = Completion.OfLevel(-a, -t);
        return reverse.Margin == mirrored.Margin && reverse.Shortfall == mirrored.Shortfall && reverse.IsMet == mirrored.IsMet;
    }

    [Property(MaxTest = 500)]
    public bool Completion_is_monotone_in_actual_for_positive_and_antitone_for_reverse(PositiveTriple triple)
    {
        var (x, y, t) = triple;
        var (low, high) = x <= y ? (x, y) : (y, x);
        var positiveRises = Completion.OfLevel(low, t).Rate!.Value <= Completion.OfLevel(high, t).Rate!.Value;
        var reverseFalls = Completion.OfCeiling(low, t).Rate!.Value >= Completion.OfCeiling(high, t).Rate!.Value;
        return positiveRises && reverseFalls;
    }

    [Property(MaxTest = 500)]
    public bool Overfulfilment_and_shortfall_are_consistent_with_completion(SignedPair pair, bool reverse)
    {
        var (a, t) = pair;
        var result = Completion.OfLevel(a, t, reverse ? Polarity.Reverse : Polarity.Positive);
        var statusAgrees = result.Status switch
        {
            CompletionStatus.Overfulfilled => result.Overfulfilment!.Value.Percent == result.Rate!.Value.Percent - 100 && result.Shortfall == 0 && result.IsMet,
            CompletionStatus.Completed => result.Rate!.Value.Percent == 100 && result.Shortfall == 0 && result.IsMet,
            CompletionStatus.NotCompleted => result.ShortfallPoints!.Value.Points == 100 - result.Rate!.Value.Percent && result.Shortfall > 0 && !result.IsMet,
            CompletionStatus.MetWithZero => reverse && a == 0 && t > 0 && result.IsMet,
            _ => !result.HasValue && result.Overfulfilment is null && result.ShortfallPoints is null,
        };
        // Where a rate exists, being above 100% and being overfulfilled agree (up to rounding at exactly 100%).
        var rateAgrees = !result.HasValue || result.Status != CompletionStatus.NotCompleted || result.Rate!.Value.Percent <= 100;
        return statusAgrees && rateAgrees && result.Shortfall == Math.Max(0, -result.Margin);
    }

    [Property(MaxTest = 500)]
    public bool Growth_gap_status_matches_the_sign_of_the_gap(SignedPair pair, bool reverse)
    {
        var result = Completion.OfGrowthTarget(Percentage.FromPercent(pair.A / 1000), Percentage.FromPercent(pair.T / 1000), reverse ? Polarity.Reverse : Polarity.Positive);
        var mirror = Completion.OfGrowthTarget(-result.Actual, -result.Target, reverse ? Polarity.Positive : Polarity.Reverse);
        return result.Gap == mirror.Gap && result.Status == mirror.Status && result.IsMet == (result.Status != CompletionStatus.NotCompleted);
    }

    [Property(MaxTest = 500)]
    public bool On_target_is_exactly_100_percent_for_any_positive_value(NormalFloat x, bool reverse)
    {
        var value = Math.Abs(x.Get) + double.Epsilon;
        var result = Completion.OfLevel(value, value, reverse ? Polarity.Reverse : Polarity.Positive);
        return result.Status == CompletionStatus.Completed && result.Rate == Percentage.OneHundred && result.Overfulfilment is null && result.ShortfallPoints is null;
    }

    private static bool Close(double x, double y) => Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y));
}
