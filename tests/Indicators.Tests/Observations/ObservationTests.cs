namespace Indicators.Tests.Observations;

public class ObservationTests
{
    private static readonly ZoneId Zone = ZoneId.Of("ZoneA");
    private static readonly IndicatorDefinition Gdp = IndicatorCatalog.Standard["GDP"];
    private static readonly IndicatorDefinition Output = IndicatorCatalog.Standard["IndustrialOutput"];
    private static readonly ReportingPeriod Year2011 = ReportingPeriod.Year(2011);

    private static Quantity Q(string text) => Quantity.Parse(text).Value;

    [Fact]
    public void An_actual_carries_its_value_kind_qualifier_and_source()
    {
        // domain.md: "2011年,全区实现地区生产总值170亿元".
        var o = Observation.Of(Zone, Gdp, Year2011, Q("170亿元"), source: " 2011年工作总结 p.1 ");
        Assert.True(o.HasValue);
        Assert.Equal(Q("170亿元"), o.Value);
        Assert.Equal(Q("170亿元"), o.ValueOrNull);
        Assert.Equal(ObservationKind.Actual, o.Kind);
        Assert.Equal(Qualifier.None, o.Qualifier);
        Assert.Equal("2011年工作总结 p.1", o.Source);
        Assert.Equal(Zone, o.Zone);
        Assert.Same(Gdp, o.Indicator);
        Assert.Equal(Year2011, o.Period);
    }

    [Fact]
    public void A_target_with_a_qualifier()
    {
        // domain.md: "2012年目标: 实现地区生产总值210亿元".
        var o = Observation.Of(Zone, Gdp, ReportingPeriod.Year(2012), Q("2100000万元"), ObservationKind.Target, Qualifier.AtLeast);
        Assert.Equal(ObservationKind.Target, o.Kind);
        Assert.Equal(Qualifier.AtLeast, o.Qualifier);
        Assert.Equal(210, o.Value.ConvertTo(Units.HundredMillionYuan).Value, 9);
    }

    [Fact]
    public void A_missing_value_is_never_zero()
    {
        // domain.md: "预计全年可完成规上工业总产值亿元" — the number was never filled in.
        var missing = Observation.Missing(Zone, Output, ReportingPeriod.Year(2012), ObservationKind.Estimate, "2012年工作报告");
        Assert.False(missing.HasValue);
        Assert.Null(missing.ValueOrNull);
        var ex = Assert.Throws<InvalidOperationException>(() => missing.Value);
        Assert.Contains("ZoneA", ex.Message, StringComparison.Ordinal);
        Assert.Contains("IndustrialOutput", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ReportingPeriod.Year(2012).ToString(), ex.Message, StringComparison.Ordinal);

        var zero = Observation.Of(Zone, Output, ReportingPeriod.Year(2012), Q("0亿元"), ObservationKind.Estimate, source: "2012年工作报告");
        Assert.NotEqual(zero, missing);
        Assert.Contains("missing", missing.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("0", missing.ToString().Replace("2012", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_value_unit_must_measure_what_the_indicator_measures()
    {
        var ex = Assert.Throws<ArgumentException>(() => Observation.Of(Zone, Gdp, Year2011, Q("170亩")));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("亿元", ex.Message, StringComparison.Ordinal);
        Assert.Contains("亩", ex.Message, StringComparison.Ordinal);
        // CNY against a USD indicator is a different dimension too.
        var fdi = IndicatorCatalog.Standard["ActualForeignInvestment"];
        var usd = Assert.Throws<ArgumentException>(() => Observation.Of(Zone, fdi, Year2011, Q("100万元")));
        Assert.Contains("万美元", usd.Message, StringComparison.Ordinal);
        Assert.Contains("万元", usd.Message, StringComparison.Ordinal);
        // Another scale of the same dimension is fine: 亿元 for a 亿元 indicator, 万元 too.
        Assert.Equal(Units.TenThousandYuan, Observation.Of(Zone, Gdp, Year2011, Q("5000万元")).Value.Unit);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Equal("zone", Assert.Throws<ArgumentException>(() => Observation.Of(default, Gdp, Year2011, Q("1亿元"))).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentException>(() => Observation.Missing(default, Gdp, Year2011)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Observation.Of(Zone, null!, Year2011, Q("1亿元")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Observation.Of(Zone, Gdp, Year2011, Q("1亿元"), (ObservationKind)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Observation.Of(Zone, Gdp, Year2011, Q("1亿元"), qualifier: (Qualifier)99));
        Assert.ThrowsAny<ArgumentException>(() => ZoneId.Of("  "));
        Assert.ThrowsAny<ArgumentException>(() => ZoneId.Of(null!));
    }

    [Fact]
    public void Zone_ids_compare_by_code()
    {
        Assert.Equal(ZoneId.Of("A1"), ZoneId.Of(" A1 "));
        Assert.NotEqual(ZoneId.Of("A1"), ZoneId.Of("a1"));
        Assert.True(ZoneId.Of("A1") < ZoneId.Of("B1"));
        Assert.False(default(ZoneId).IsValid);
        Assert.Equal(string.Empty, default(ZoneId).Code);
    }

    [Fact]
    public void Equality_compares_every_field()
    {
        var a = Observation.Of(Zone, Gdp, Year2011, Q("170亿元"));
        Assert.Equal(a, Observation.Of(ZoneId.Of("ZoneA"), Gdp, ReportingPeriod.Year(2011), Q("170亿元")));
        Assert.Equal(a.GetHashCode(), Observation.Of(ZoneId.Of("ZoneA"), Gdp, ReportingPeriod.Year(2011), Q("170亿元")).GetHashCode());
        Assert.NotEqual(a, Observation.Of(Zone, Gdp, Year2011, Q("170亿元"), ObservationKind.Estimate));
        Assert.NotEqual(a, Observation.Of(Zone, Gdp, Year2011, Q("170亿元"), qualifier: Qualifier.About));
        Assert.NotEqual(a, Observation.Of(Zone, Gdp, Year2011, Q("17000000000元")));
        Assert.NotEqual(a, Observation.Of(ZoneId.Of("ZoneB"), Gdp, Year2011, Q("170亿元")));
        Assert.Equal(Observation.Missing(Zone, Gdp, Year2011), Observation.Missing(Zone, Gdp, Year2011));
    }

    [Property]
    public bool An_observation_exists_exactly_when_its_unit_measures_what_the_indicator_measures(StandardIndicator standard, ObservationUnit written)
    {
        var (indicator, unit) = (standard.Definition, written.Unit);
        var compatible = unit.Dimension == indicator.Unit.Dimension;
        try
        {
            var o = Observation.Of(Zone, indicator, Year2011, Quantity.Of(1, unit));
            return compatible && o.Value.Unit == unit;
        }
        catch (ArgumentException e)
        {
            return !compatible && e.Message.Contains(unit.Symbol, StringComparison.Ordinal)
                && e.Message.Contains(indicator.Unit.Symbol, StringComparison.Ordinal);
        }
    }

    // For any value (including 0) or a missing one: HasValue, ValueOrNull and Value agree, and
    // a missing observation never equals one with a value.
    [Property]
    public bool Missing_and_present_never_blur(Tenths tenths, bool present)
    {
        var v = tenths.Value;
        var o = present
            ? Observation.Of(Zone, Gdp, Year2011, Quantity.Of(v, Units.HundredMillionYuan))
            : Observation.Missing(Zone, Gdp, Year2011);
        var missing = Observation.Missing(Zone, Gdp, Year2011);
        bool throws;
        try
        {
            _ = o.Value;
            throws = false;
        }
        catch (InvalidOperationException)
        {
            throws = true;
        }
        return o.HasValue == present
            && (o.ValueOrNull is null) == !present
            && throws == !present
            && (o == missing) == !present
            && (!present || o.Value.Value == v);
    }
}
