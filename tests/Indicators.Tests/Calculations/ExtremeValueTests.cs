using System.Collections;
using System.Globalization;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Indicators.Tests.Calculations;

/// <summary>
/// Extreme finite inputs (±1.7e308, ±5e-324, −0, decimal's range): every public calculation, factory and phrasing gives
/// finite values and text without "Infinity" or "NaN", or refuses with an ArgumentException — never an
/// OverflowException, never a non-finite value (issue 9, items 10, 11, 12, 17).
/// </summary>
public class ExtremeValueTests
{

    private static readonly PhrasingOptions[] Options =
    [
        PhrasingOptions.Default,
        PhrasingOptions.Default with { UseMultiples = true, Decimals = 2 },
        PhrasingOptions.Default with { RoundingMode = RoundingMode.GbT8170, Decimals = 0, NegativeValues = NegativeValueWording.Sign },
    ];

    private static readonly ReportingPeriod Plan = ReportingPeriod.FiveYearPlan(14);

    /// <summary>Every public entry point of the scalar layer that takes numbers, applied to (a, b, c).</summary>
    private static IEnumerable<(string Name, Func<object?> Call)> Calls(double a, double b, double c)
    {
        Percentage P(double x) => Percentage.FromPercent(x);
        yield return ("Percentage.FromFraction", () => Percentage.FromFraction(a));
        yield return ("Percentage + pp", () => P(a) + PercentagePoints.FromPoints(b));
        yield return ("Percentage - Percentage", () => P(a) - P(b));
        yield return ("PercentagePoints.FromPoints", () => PercentagePoints.FromPoints(a) + PercentagePoints.FromPoints(b));
        yield return ("Multiple.FromRatio", () => Multiple.FromRatio(a));
        yield return ("Multiple.FromGrowthMultiple", () => Multiple.FromGrowthMultiple(a));
        yield return ("Multiple.FromDoublings", () => Multiple.FromDoublings(a));
        yield return ("Quantity.Of", () => Quantity.Of(a, Units.TenThousandYuan).ConvertTo(Units.HundredMillionYuan));
        yield return ("Quantity *", () => Quantity.Of(a, Units.HundredMillionYuan) * b);
        yield return ("Quantity convert up", () => Quantity.Of(a, Units.HundredMillionYuan).ConvertTo(Units.Yuan));
        yield return ("Quantity +", () => Quantity.Of(a, Units.HundredMillionYuan) + Quantity.Of(b, Units.TenThousandYuan));
        yield return ("Rounding.Round", () => global::Indicators.Rounding.Round(a, 2, RoundingMode.GbT8170));
        yield return ("Judgement.Compare", () => Judgement.Compare(a, b, 1));
        yield return ("Judgement.Compare full", () => Judgement.IsAtLeast(a, b, 15, LimitComparison.FullValue));
        yield return ("Growth.YearOnYear", () => Growth.YearOnYear(a, b));
        yield return ("Growth.PeriodOnPeriod", () => Growth.PeriodOnPeriod(a, b));
        yield return ("Growth.Comparable", () => Growth.Comparable(a, b, c));
        yield return ("Growth.Real", () => Growth.Real(P(a), P(b)));
        yield return ("Growth.NominalFromReal", () => Growth.NominalFromReal(P(a), P(b)));
        yield return ("Judgement growth", () => Judgement.Compare(Growth.YearOnYear(a, b), P(c), 1));
        yield return ("Judgement growth at least", () => Judgement.IsAtLeast(Growth.YearOnYear(a, b), P(c), 2, LimitComparison.FullValue));
        yield return ("Judgement growth at most", () => Judgement.IsAtMost(Growth.YearOnYear(a, b), P(c), 0));
        yield return ("Share.Of", () => Share.Of(a, b));
        yield return ("Share.Change", () => Share.Change(a, b, c, b));
        yield return ("Share.ChangeFromGrowth", () => Share.ChangeFromGrowth(P(a), P(b), P(c)));
        yield return ("Contribution.Of", () => Contribution.Of(a, b));
        yield return ("Contribution.Pull", () => Contribution.Pull(a, b));
        yield return ("AverageGrowth.Level", () => AverageGrowth.Level(a, b, 5));
        yield return ("AverageGrowth.FromRates", () => AverageGrowth.FromRates([P(a), P(b), P(c)]));
        yield return ("AverageGrowth.TwoYear", () => AverageGrowth.TwoYear(P(a)));
        yield return ("AverageGrowth.Cumulative", () => AverageGrowth.Cumulative(a, [b, c]));
        yield return ("AverageGrowth.DoublingTime", () => AverageGrowth.DoublingTime(P(a)));
        yield return ("Completion.OfLevel", () => Completion.OfLevel(a, b));
        yield return ("Completion.OfLevel reverse", () => Completion.OfLevel(a, b, Polarity.Reverse));
        yield return ("Completion.OfCeiling", () => Completion.OfCeiling(a, b));
        yield return ("Completion.OfDecline", () => Completion.OfDecline(P(a), P(b)));
        yield return ("Completion.OfGrowthTarget", () => Completion.OfGrowthTarget(P(a), P(b)));
        yield return ("Implied.PreviousFromGrowth", () => Implied.PreviousFromGrowth(a, P(b)));
        yield return ("Implied.CurrentFromGrowth", () => Implied.CurrentFromGrowth(a, P(b)));
        yield return ("Implied.TargetFromOverfulfilment", () => Implied.TargetFromOverfulfilment(a, P(b)));
        yield return ("Implied.TargetFromCompletion", () => Implied.TargetFromCompletion(a, P(b)));
        yield return ("Implied.WholeFromShare", () => Implied.WholeFromShare(a, P(b)));
        yield return ("Implied.PartFromShare", () => Implied.PartFromShare(a, P(b)));
        yield return ("Implied.PreviousStock", () => Implied.PreviousStock(a, b));
        yield return ("Implied.CheckCountBase", () => Implied.CheckCountBase(a, P(b), 1));
        yield return ("YearToDate.Through", () => YearToDate.Through(MonthlySeries.FromMonths(a, b, c), 3, IndicatorNature.Flow));
        yield return ("YearToDate.MonthFrom", () => YearToDate.MonthFrom(MonthlySeries.FromMonths(a, b, c), 3, IndicatorNature.Flow));
        yield return ("YearToDate.ToMonths", () => YearToDate.ToMonths(MonthlySeries.FromMonths(a, b, c), IndicatorNature.Flow));
        yield return ("Pacing.ByMonths", () => global::Indicators.Pacing.ByMonths(a, b, 6));
        yield return ("Pacing.ByDays", () => global::Indicators.Pacing.ByDays(a, b, new LocalDate(2024, 5, 15)));
        yield return ("Pacing.OfGrowthTarget", () => global::Indicators.Pacing.OfGrowthTarget(P(a), P(b), 6));
        yield return ("PacingProfile", () => global::Indicators.Pacing.ByProfile(c, b, 6, PacingProfile.FromLastYearMonths(MonthlySeries.FromMonths(a, b, c, a, b, c, a, b, c, a, b, c))));
        yield return ("PlanTarget.AverageGrowth", () => PlanTarget.AverageGrowth(Plan, a, P(b)).Progress(2023, c));
        yield return ("PlanTarget.Level", () => PlanTarget.Level(Plan, a, b).Progress(2022, c));
        yield return ("PlanTarget.Path", () => PlanTarget.Level(Plan, a, b).Path());
        yield return ("Target.Of level", () => Target.Of(TargetKind.Level, a, Units.HundredMillionYuan).Judge(b));
        yield return ("Target.Growth judge", () => Target.Growth(P(a)).Judge(P(b)));
        yield return ("Target.Growth try judge", () => Target.Growth(P(a)).TryJudge(Growth.YearOnYear(b, c), out var attainment) ? attainment : null);
        yield return ("Target.Decline judge", () => Target.Decline(P(a)).Judge(P(b)));
        yield return ("Target.Range", () => Target.Range(TargetKind.Growth, Math.Min(a, b), Math.Max(a, b), Units.Percent).Judge(c));
        yield return ("Target.WithStretch", () => Target.Of(TargetKind.Level, a, Units.HundredMillionYuan).WithStretch(b).Judge(c));
        yield return ("Target.About", () => Target.Growth(P(a), Qualifier.About).Judge(P(b), JudgingPolicy.Default.WithAboutBand(Math.Abs(c))));
        yield return ("IndicatorWeight.Points", () => IndicatorWeight.Points(a));
        yield return ("IndicatorWeight.Multiplier", () => IndicatorWeight.Multiplier(a));
        yield return ("Ranking.Rank", () => Ranking.Rank([a, b, c, -0.0, 0.0, null]));
    }

    /// <summary>The phrasings of a result, for every option set.</summary>
    private static IEnumerable<string> Phrases(object? result)
    {
        foreach (var options in Options)
        {
            switch (result)
            {
                case GrowthResult g:
                    yield return ChinesePhrasing.Phrase(g, options);
                    yield return ChinesePhrasing.PhraseChange(g, options);
                    if (g.TryGetMultiple(out var multiple)) { yield return ChinesePhrasing.Phrase(multiple, options); }
                    break;
                case Percentage p:
                    yield return ChinesePhrasing.PhraseGrowthRate(p, options);
                    yield return ChinesePhrasing.PhraseRateChange(p, Percentage.Zero, options);
                    yield return ChinesePhrasing.PhraseRateChange(Percentage.FromPercent(-3), p, options);
                    break;
                case PercentagePoints pp:
                    yield return ChinesePhrasing.Phrase(pp, options);
                    break;
                case Multiple m:
                    yield return ChinesePhrasing.Phrase(m, options);
                    break;
                case CompletionResult completion:
                    yield return ChinesePhrasing.Phrase(completion, options);
                    yield return ChinesePhrasing.PhraseRate(completion, options);
                    break;
                case CompletionGapResult gap:
                    yield return ChinesePhrasing.Phrase(gap, options);
                    break;
                case PacingResult pacing:
                    yield return ChinesePhrasing.Phrase(pacing, options);
                    yield return ChinesePhrasing.PhraseRunRate(pacing, options, "亿元");
                    break;
                case GrowthPacingResult growthPacing:
                    yield return ChinesePhrasing.Phrase(growthPacing, options);
                    break;
                case PlanProgressResult progress:
                    yield return ChinesePhrasing.Phrase(progress, options, "亿元");
                    yield return ChinesePhrasing.PhraseRequirement(progress, options);
                    break;
                case Attainment attainment:
                    yield return ChinesePhrasing.Phrase(attainment, options);
                    break;
            }
        }
    }

    /// <summary>Why a value is not finite, or null: every double, percentage, multiple and text reachable from it.</summary>
    private static string? NonFinite(object? value, int depth = 0)
    {
        switch (value)
        {
            case null:
                return null;
            case double d:
                return double.IsFinite(d) ? null : "a double " + d;
            case Percentage p:
                return NonFinite(p.Percent, depth);
            case PercentagePoints pp:
                return NonFinite(pp.Points, depth);
            case Multiple m:
                return NonFinite(m.Ratio, depth) ?? NonFinite(m.Doublings, depth) ?? NonFinite(m.Growth, depth);
            case Quantity q:
                return NonFinite(q.Value, depth) ?? NonFinite(q.ToString(), depth);
            case string s:
                return s.Contains("Infinity", StringComparison.Ordinal) || s.Contains("NaN", StringComparison.Ordinal) || s.Contains('∞')
                    ? "the text \"" + s + "\"" : null;
            case IEnumerable sequence when depth < 2:
                foreach (var item in sequence)
                {
                    if (NonFinite(item, depth + 1) is { } why) { return why; }
                }
                return null;
        }
        if (depth >= 2 || value.GetType().Namespace != "Indicators" || value.GetType().IsEnum)
        {
            return null;
        }
        // A result: every public property (values, nullables, nested results) and its explanation.
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) { continue; }
            if (NonFinite(property.GetValue(value), depth + 1) is { } why) { return property.Name + ": " + why; }
        }
        return NonFinite(value.ToString(), depth) ?? (value is ICalculationResult r ? NonFinite(r.Explain(), depth) : null);
    }

    /// <summary>The failure of one call, or null when it gave finite values or refused with an ArgumentException.</summary>
    private static string? Failure(string name, Func<object?> call)
    {
        try
        {
            var result = call();
            if (NonFinite(result) is { } why)
            {
                return name + ": " + why;
            }
            foreach (var phrase in Phrases(result))
            {
                if (NonFinite(phrase) is { } bad) { return name + " phrased: " + bad; }
            }
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (Exception e)
        {
            return name + ": " + e.GetType().Name + " " + e.Message;
        }
    }

    private static string? FirstFailure(double a, double b, double c) =>
        Calls(a, b, c).Select(call => Failure(call.Name, call.Call)).FirstOrDefault(f => f is not null);

    [Property(MaxTest = 500)]
    public Property Every_calculation_factory_and_phrasing_is_finite_or_refused_for_extreme_finite_inputs(ExtremeTriple t) =>
        FirstFailure(t.A, t.B, t.C) is not { } failure
            ? true.ToProperty()
            : false.Label(failure);

    private static readonly IScoringMethod[] Methods =
    [
        ScoringMethods.AllOrNothing(1), ScoringMethods.CappedRatio(1.2), ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Floor, 5),
        ScoringMethods.BaseStep(2, 0.1, 2, StepMode.Proportional), ScoringMethods.EightyPercentAtTarget(0.5, 1.5), ScoringMethods.Interpolation(),
        ScoringMethods.EfficacyCoefficient(), ScoringMethods.BenchmarkRatio(), ScoringMethods.BenchmarkRatio(19470.05), ScoringMethods.RankLadder(),
        ScoringMethods.RankLadderByPoints(0.3), ScoringMethods.GuaranteedStretch(0.6), ScoringMethods.CompletionSteps(),
    ];

    // Assessment layer: a method given extreme finite values, targets and populations scores finite points and
    // explains them without "Infinity", or refuses with an ArgumentException (the evaluator names zone and indicator).
    // Weights are a scheme's points (a scheme's total is checked when it is built): extreme values, targets and
    // populations against ordinary weights.
    [Property(MaxTest = 300)]
    public Property Every_scoring_method_scores_finite_points_or_refuses_extreme_inputs(ExtremeScoringCase t)
    {
        var ((value, target, other), weight) = t;
        foreach (var polarity in new[] { Polarity.Positive, Polarity.Reverse })
        {
            var population = new ScoringPopulation(Math.Max(value, other), Math.Min(value, other), 2, 3);
            var input = new ScoringInput(value, Math.Abs(weight), polarity, target, Math.Max(target, other), Math.Min(target, other), population);
            foreach (var method in Methods)
            {
                if (Failure(method.Name, () => method.Score(in input)) is { } failure)
                {
                    return false.Label(polarity + " " + failure);
                }
            }
        }
        return true.ToProperty();
    }

    [Fact]
    public void Issue9_17_OverflowIsAStatusARefusalOrMissing()
    {
        // Factories refuse at the door, naming the parameter.
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromFraction(1e308)).ParamName);
        Assert.Equal("priceChange", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Growth.NominalFromReal(Percentage.FromPercent(8), Percentage.FromPercent(1.7e308))).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentOutOfRangeException>(() => AverageGrowth.Cumulative(0, [1e308, 1e308])).ParamName);
        Assert.Equal("rates", Assert.Throws<ArgumentOutOfRangeException>(() =>
            AverageGrowth.FromRates([Percentage.FromPercent(1e307), Percentage.FromPercent(1e307)])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Multiple.FromRatio(1e307));
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(1.7e308) - Percentage.FromPercent(-1.7e308)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => PercentagePoints.FromPoints(1.7e308) + PercentagePoints.FromPoints(1.7e308)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(1e308, Units.HundredMillionYuan).ConvertTo(Units.Yuan)).ParamName);

        // Calculations give a result without the value, and say why.
        var change = Growth.YearOnYear(1e308, -1e308);
        Assert.Null(change.Change);
        Assert.Equal("增加（超出可表示范围）", ChinesePhrasing.PhraseChange(change));
        Assert.Equal(120, Growth.YearOnYear(220, 100).Change);

        var pacing = global::Indicators.Pacing.ByMonths(-1e308, 1e308, 1);
        Assert.Equal(RunRateStatus.TooLarge, pacing.RunRateStatus);
        Assert.Null(pacing.RequiredMonthlyRunRate);
        Assert.Equal("余下11个月需完成的量（超出可表示范围）", ChinesePhrasing.PhraseRunRate(pacing));
        Assert.DoesNotContain("Infinity", pacing.Explain(), StringComparison.Ordinal);

        // The growth of 1e308 over a tiny base has no rate: TooLarge, as before.
        Assert.Equal(GrowthStatus.TooLarge, Growth.YearOnYear(1e308, 1e-10).Status);
    }

    [Fact]
    public void Issue9_10_NegativeZeroIsZero()
    {
        Assert.Equal(Multiple.FromRatio(0), Multiple.FromRatio(-0.0));
        Assert.Equal("0x", Multiple.FromRatio(-0.0).ToString());
        Assert.False(double.IsNegative(Multiple.FromRatio(-0.0).Ratio));
        Assert.Equal(0, JudgingPolicy.Default.WithAboutBand(-0.0).AboutBand);
        Assert.Equal("0%", Percentage.FromPercent(-0.0).ToString());
        Assert.Equal("0%", Percentage.FromFraction(-0.0).ToString());
        Assert.Equal("0pp", PercentagePoints.FromPoints(-0.0).ToString());
        Assert.Equal("0亿元", Quantity.Of(-0.0, Units.HundredMillionYuan).ToString());
        Assert.Equal(0.0, global::Indicators.Rounding.Round(-0.0, 1));
        Assert.False(double.IsNegative(global::Indicators.Rounding.Round(-0.0, 1)));
        Assert.False(double.IsNegative(global::Indicators.Rounding.Round(-0.04, 1)));
        // Zero is still not positive where a positive number is needed.
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorWeight.Points(-0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorWeight.Multiplier(-0.0));
        // A scoring method's weight of −0 is a weight of zero, scored 0, not refused.
        var input = new ScoringInput(5, -0.0, Polarity.Positive, 10, null, null, null);
        Assert.Equal(0, ScoringMethods.CappedRatio(1.2).Score(in input).Points);
        var stretch = new ScoringInput(9, 6, Polarity.Positive, 8, 10, null, null);
        Assert.Equal(ScoringMethods.GuaranteedStretch(0).Score(in stretch).Points, ScoringMethods.GuaranteedStretch(-0.0).Score(in stretch).Points);
    }

    // Property: wherever a factory or calculation accepts 0, it accepts −0 and gives the same text.
    [Property]
    public Property Negative_zero_gives_what_zero_gives(ExtremePair t)
    {
        var zero = Calls(0.0, t.A, t.B).ToList();
        var negative = Calls(-0.0, t.A, t.B).ToList();
        for (int k = 0; k < zero.Count; k++)
        {
            var expected = Describe(zero[k].Call);
            var actual = Describe(negative[k].Call);
            if (expected != actual)
            {
                return false.Label(zero[k].Name + ": " + expected + " with 0, " + actual + " with -0");
            }
        }
        return true.ToProperty();
    }

    private static string Describe(Func<object?> call)
    {
        try
        {
            var result = call();
            return (result is IEnumerable sequence and not string ? string.Join(",", sequence.Cast<object>()) : result?.ToString() ?? "null")
                + "|" + string.Join("|", Phrases(result));
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    [Fact]
    public void Issue9_11_DecimalSnappingNeverOverflows()
    {
        var growth = Growth.YearOnYear(1e27, 1);
        Assert.StartsWith("同比增长", ChinesePhrasing.Phrase(growth), StringComparison.Ordinal);
        Assert.Equal(1, Judgement.Compare(growth, Percentage.FromPercent(5), 1));
        Assert.True(Judgement.IsAtLeast(growth, Percentage.FromPercent(5), 1));
        Assert.False(Judgement.IsAtMost(growth, Percentage.FromPercent(5), 1));
        Assert.True(Target.Growth(Percentage.FromPercent(5)).TryJudge(growth, out var attainment));
        Assert.True(attainment.IsMet);
        Assert.StartsWith("增速提高", ChinesePhrasing.PhraseRateChange(Percentage.FromPercent(0.1), Percentage.FromPercent(1e29)), StringComparison.Ordinal);
        // Beyond the snapping range the double is written as it is (its exact digits, at the phrasing's decimals).
        var e29 = 1e29.ToString("F1", CultureInfo.InvariantCulture);
        Assert.Equal("上期为增长" + e29 + "%", ChinesePhrasing.PhraseRateChange(Percentage.FromPercent(1e29), Percentage.FromPercent(0)));
        Assert.Equal("上期为下降" + e29 + "%", ChinesePhrasing.PhraseRateChange(Percentage.FromPercent(-1e29), Percentage.FromPercent(1)));
        // No decimal is clamped in place of the double: a change of 10^30 points is written as 10^30, not as decimal's maximum.
        Assert.Equal("提高" + 1e30.ToString("F1", CultureInfo.InvariantCulture) + "个百分点", ChinesePhrasing.Phrase(PercentagePoints.FromPoints(1e30)));
        // Just inside the range the snapping still applies: 10^25 + 0.35 keeps no fraction, 0.35 rounds as written.
        Assert.Equal(0.4, global::Indicators.Rounding.Round(0.35, 1));
        Assert.Equal(1e26, global::Indicators.Rounding.Round(1e26, 2));
    }

    [Fact]
    public void Issue9_12_PacingExceptionsAreTheDocumentedOnes()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            global::Indicators.Pacing.OfGrowthTarget(Percentage.FromPercent(1.7e308), Percentage.FromPercent(-1.7e308), 1));
        Assert.Equal("yearToDateGrowth", e.ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => global::Indicators.Pacing.OfGrowthTarget(Percentage.Zero, Percentage.Zero, 13)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => global::Indicators.Pacing.ByMonths(1, 2, 0)).ParamName);
        Assert.Equal("yearToDate", Assert.Throws<ArgumentOutOfRangeException>(() => global::Indicators.Pacing.ByMonths(double.NaN, 2, 1)).ParamName);
        Assert.Equal("annualTarget", Assert.Throws<ArgumentOutOfRangeException>(() => global::Indicators.Pacing.ByDays(1, double.PositiveInfinity, new LocalDate(2024, 1, 1))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => global::Indicators.Pacing.ByMonths(1, 2, ReportingPeriod.DateRange(new LocalDate(2024, 1, 1), new LocalDate(2024, 5, 5)))).ParamName);
        Assert.Throws<ArgumentNullException>(() => global::Indicators.Pacing.ByProfile(1, 2, 3, null!));
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() => global::Indicators.Pacing.ByDays(1, 2, new LocalDate(-5, 3, 1))).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => global::Indicators.Pacing.ByDays(1, 2, new LocalDate(2024, 3, 1, CalendarSystem.Julian))).ParamName);
        // A profile whose month's share of last year's total overflows is refused at the door.
        var profile = Assert.Throws<ArgumentException>(() =>
            PacingProfile.FromLastYearMonths(MonthlySeries.FromMonths(1e308, -1e308, 1e-300, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal("lastYearMonths", profile.ParamName);
        Assert.Contains("overflows", profile.Message, StringComparison.Ordinal);
    }
}
