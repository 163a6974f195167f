namespace Indicators.Tests.Calculations;

public class YearToDateTests
{



    [Fact]
    public void November_from_ytd_1000_and_1100_is_100()
    {
        // domain-research §7 rule 6: 1—10月 1000, 1—11月 1100 → 11月 = 100.
        var ytd = MonthlySeries.FromMonths(null, null, null, null, null, null, null, null, null, 1000, 1100);
        var november = YearToDate.MonthFrom(ytd, 11, IndicatorNature.Flow);
        Assert.Equal(100, november.Value);
        Assert.Equal("month(m) = YTD(m) − YTD(m−1)", november.Formula);
        var october = YearToDate.MonthFrom(ytd, 10, IndicatorNature.Flow);
        Assert.Equal(YearToDateStatus.MissingMonth, october.Status);
        Assert.Equal(9, october.MissingMonth);
    }

    [Fact]
    public void Flow_ytd_is_the_sum_of_months()
    {
        var months = MonthlySeries.FromMonths(10, 20, 30);
        Assert.Equal(60, YearToDate.Through(months, 3, IndicatorNature.Flow).Value);
        Assert.Equal(30, YearToDate.Through(months, 2, IndicatorNature.Flow).Value);
    }

    [Fact]
    public void A_missing_month_makes_the_ytd_missing_not_a_partial_sum()
    {
        var months = MonthlySeries.FromMonths(10, null, 30);
        var result = YearToDate.Through(months, 3, IndicatorNature.Flow);
        Assert.Equal(YearToDateStatus.MissingMonth, result.Status);
        Assert.Equal(2, result.MissingMonth);
        Assert.Null(result.Value);
        Assert.Contains("month 2 is missing", result.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.Equal(YearToDateStatus.MissingMonth, YearToDate.Through(months, 4, IndicatorNature.Flow).Status);
    }

    [Fact]
    public void January_february_combined_series()
    {
        // domain-research §1.6: January and February are released together as 1—2月.
        var months = MonthlySeries.FromJanuaryFebruaryCombined(150, 80, 90);
        Assert.True(months.JanuaryFebruaryCombined);
        Assert.Null(months[1]);
        Assert.Equal(150, months[2]);
        Assert.Equal("1-2: 150; 3: 80; 4: 90", months.ToString());
        Assert.Equal(YearToDateStatus.NotReportedSeparately, YearToDate.Through(months, 1, IndicatorNature.Flow).Status);
        Assert.Equal(150, YearToDate.Through(months, 2, IndicatorNature.Flow).Value);
        Assert.Equal(320, YearToDate.Through(months, 4, IndicatorNature.Flow).Value);
        var ytd = YearToDate.FromMonths(months, IndicatorNature.Flow);
        Assert.Equal(MonthlySeries.FromJanuaryFebruaryCombined(150, 230, 320), ytd);
        Assert.Equal(months, YearToDate.ToMonths(ytd, IndicatorNature.Flow));
    }

    [Fact]
    public void Stock_ytd_is_its_value_at_the_month_end()
    {
        // domain-research §1.12: 累计达76家 is a stock; its YTD value is the latest observation.
        var stock = MonthlySeries.FromMonths(62, 65, 70, 76);
        Assert.Equal(76, YearToDate.Through(stock, 4, IndicatorNature.Stock).Value);
        Assert.Equal(stock, YearToDate.FromMonths(stock, IndicatorNature.Stock));
        Assert.Equal("YTD(m) = value at the end of month m", YearToDate.Through(stock, 4, IndicatorNature.Stock).Formula);
    }

    [Theory]
    [InlineData(IndicatorNature.Ratio)]
    [InlineData(IndicatorNature.Index)]
    public void Ratios_and_indices_are_not_accumulated(IndicatorNature nature)
    {
        var series = MonthlySeries.FromMonths(1, 2, 3);
        Assert.Equal(YearToDateStatus.NotAccumulable, YearToDate.Through(series, 3, nature).Status);
        Assert.Equal(YearToDateStatus.NotAccumulable, YearToDate.MonthFrom(series, 3, nature).Status);
        Assert.Equal("nature", Assert.Throws<ArgumentException>(() => YearToDate.FromMonths(series, nature)).ParamName);
        Assert.Equal("nature", Assert.Throws<ArgumentException>(() => YearToDate.ToMonths(series, nature)).ParamName);
    }

    [Fact]
    public void Explain_names_inputs_formula_and_value()
    {
        var ytd = MonthlySeries.FromMonths(null, null, null, null, null, null, null, null, null, 1000, 1100);
        Assert.Equal(
            "month(m) = YTD(m) − YTD(m−1) with flow, m = 11, YTD = [1: missing; 2: missing; 3: missing; 4: missing; 5: missing; 6: missing; 7: missing; 8: missing; 9: missing; 10: 1000; 11: 1100]: 100",
            YearToDate.MonthFrom(ytd, 11, IndicatorNature.Flow).Explain(ExplanationLanguage.English));
        Assert.EndsWith("no value, a ratio or an index is not accumulated; compute it from its accumulated parts", YearToDate.Through(ytd, 3, IndicatorNature.Ratio).Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Series_equality_is_by_months_and_form()
    {
        Assert.Equal(MonthlySeries.FromMonths(1, null, 3), MonthlySeries.FromMonths(1, null, 3));
        Assert.Equal(MonthlySeries.FromMonths(1, null, 3).GetHashCode(), MonthlySeries.FromMonths(1, null, 3).GetHashCode());
        Assert.NotEqual(MonthlySeries.FromMonths(1, null, 3), MonthlySeries.FromMonths(1, 0, 3));
        Assert.NotEqual(MonthlySeries.FromMonths(null, 3), MonthlySeries.FromJanuaryFebruaryCombined(3));
        Assert.Equal(MonthlySeries.FromMonths(0.0), MonthlySeries.FromMonths(-0.0));
    }

    [Fact]
    public void Series_validation()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.FromMonths());
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.FromMonths(new double?[13]));
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.FromMonths(1, double.NaN)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.FromMonths(1)[13]).ParamName);
        Assert.Null(MonthlySeries.FromMonths(1)[5]);
        Assert.Equal(YearToDateStatus.MissingMonth, YearToDate.Through(MonthlySeries.FromMonths(1), 5, IndicatorNature.Flow).Status);
    }

    [Property(MaxTest = 300)]
    public bool Months_to_ytd_to_months_round_trips_up_to_the_first_gap(MonthlySeries months) =>
        AgreesUpToFirstGap(months, YearToDate.ToMonths(YearToDate.FromMonths(months, IndicatorNature.Flow), IndicatorNature.Flow));

    [Property(MaxTest = 300)]
    public bool Ytd_to_months_to_ytd_round_trips_up_to_the_first_gap(MonthlySeries ytd) =>
        AgreesUpToFirstGap(ytd, YearToDate.FromMonths(YearToDate.ToMonths(ytd, IndicatorNature.Flow), IndicatorNature.Flow));

    [Property(MaxTest = 300)]
    public bool Flow_ytd_is_missing_exactly_when_a_month_up_to_it_is_missing(MonthlySeries months)
    {
        var first = months.JanuaryFebruaryCombined ? 2 : 1;
        for (var m = first; m <= 12; m++)
        {
            var anyMissing = Enumerable.Range(first, m - first + 1).Any(k => months[k] is null);
            var result = YearToDate.Through(months, m, IndicatorNature.Flow);
            var expected = Enumerable.Range(first, m - first + 1).Sum(k => months[k] ?? 0);
            if (anyMissing ? result.HasValue || months[result.MissingMonth] is not null : result.Value != expected)
            {
                return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Stock_ytd_is_the_last_value(MonthlySeries stock) =>
        YearToDate.Through(stock, stock.LastMonth, IndicatorNature.Stock).Value == stock[stock.LastMonth]
            && YearToDate.FromMonths(stock, IndicatorNature.Stock).Equals(stock);

    // Equal where no month at or before it is missing; missing from the first gap on.
    private static bool AgreesUpToFirstGap(MonthlySeries original, MonthlySeries roundTripped)
    {
        if (roundTripped.LastMonth != original.LastMonth || roundTripped.JanuaryFebruaryCombined != original.JanuaryFebruaryCombined)
        {
            return false;
        }
        var gap = false;
        for (var m = original.JanuaryFebruaryCombined ? 2 : 1; m <= original.LastMonth; m++)
        {
            gap |= original[m] is null;
            if (gap ? roundTripped[m] is not null : roundTripped[m] != original[m])
            {
                return false;
            }
        }
        return roundTripped[1] is null || !original.JanuaryFebruaryCombined;
    }
}
