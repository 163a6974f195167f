namespace Indicators.Tests.Quantities;

public class UnitTests
{
    [Theory]
    [InlineData("亿元", "亿元")]
    [InlineData("万方", "万平方米")]
    [InlineData("公里", "千米")]
    [InlineData("千克", "公斤")]
    [InlineData("吨标煤", "吨标准煤")]
    [InlineData("万度", "万千瓦时")]
    [InlineData(" 万人 ", "万人")]
    [InlineData("十万元", "十万元")]
    [InlineData("千万元", "千万元")]
    [InlineData("万千瓦时", "万千瓦时")]
    [InlineData("吨标准煤/万元", "吨标准煤/万元")]
    [InlineData("万元／亩", "万元/亩")]
    [InlineData("吨标准煤 / 万元", "吨标准煤/万元")]
    [InlineData("％", "%")]
    public void Parse_reads_symbols_and_other_spellings(string text, string symbol) =>
        Assert.Equal(symbol, Unit.Parse(text).Value.Symbol);

    [Fact]
    public void Named_units_have_the_expected_symbols_and_dimensions()
    {
        Assert.Equal("亿元", Units.HundredMillionYuan.Symbol);
        Assert.Equal("万美元", Units.TenThousandUsDollars.ToString());
        Assert.Equal(Dimension.Money(Currency.Cny), Units.HundredMillionYuan.Dimension);
        Assert.Equal(Dimension.Money(Currency.Usd), Units.TenThousandUsDollars.Dimension);
        Assert.Equal(Units.TenThousandSquareMetres, Unit.Parse("万方").Value);
        Assert.Equal(DimensionKind.Quotient, Units.TonnesOfStandardCoalPerTenThousandYuan.Dimension.Kind);
        Assert.Equal(Dimension.Energy, Units.TonnesOfStandardCoalPerTenThousandYuan.Dimension.Numerator);
        Assert.Equal(Dimension.Money(Currency.Cny), Units.TonnesOfStandardCoalPerTenThousandYuan.Dimension.Denominator);
        Assert.Equal("count(人)", Units.YuanPerPerson.Dimension.Denominator!.Name);
    }

    [Fact]
    public void Separate_kinds_do_not_mix()
    {
        Assert.False(Units.Yuan.IsCompatibleWith(Units.UsDollar));
        Assert.False(Units.Count("家").IsCompatibleWith(Units.Count("人")));
        Assert.False(Units.KilowattHour.CanConvertTo(Units.TonneOfStandardCoal));
        Assert.False(Units.Mu.CanConvertTo(Units.HundredMillionYuan));
        Assert.True(Units.Count("人").CanConvertTo(Unit.Parse("万人").Value));
        Assert.True(Units.Hectare.CanConvertTo(Units.SquareKilometre));
        Assert.NotEqual(Dimension.Count("家"), Dimension.Count("人"));
    }

    [Theory]
    [InlineData("万x", 0, "unknown unit")]
    [InlineData("元/", 2, "each side")]
    [InlineData("元/x", 2, "unknown unit")]
    [InlineData("元/ x", 3, "unknown unit")]
    [InlineData("元/ ", 2, "each side")]
    [InlineData("%/元", 0, "ratio")]
    [InlineData("元/元/元", 3, "one '/'")]
    [InlineData("", 0, "empty")]
    [InlineData("万%", 0, "unknown unit")]
    [InlineData("万", 0, "unknown unit")]
    public void Parse_failures_name_position_and_reason(string text, int position, string reason)
    {
        var result = Unit.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error!.Position);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
        Assert.Throws<ValueParseException>(() => result.Value);
    }

    [Fact]
    public void Count_of_an_unknown_noun_throws_naming_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => Units.Count("狗"));
        Assert.Equal("noun", ex.ParamName);
        Assert.Contains("狗", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_refuses_ratio_and_compound_parts()
    {
        Assert.Throws<ArgumentException>(() => Units.Percent.Per(Units.Yuan));
        Assert.Throws<ArgumentException>(() => Units.Yuan.Per(Units.One));
        Assert.Throws<ArgumentException>(() => Units.TenThousandYuanPerMu.Per(Units.Mu));
    }

    [Fact]
    public void Every_known_simple_unit_round_trips_through_its_symbol()
    {
        Assert.True(UnitGenerators.Simple.Length > 500);
        foreach (var unit in UnitGenerators.Simple)
        {
            var parsed = Unit.Parse(unit.Symbol).Value;
            Assert.Equal(unit, parsed);
            Assert.Equal(unit.Dimension, parsed.Dimension);
            Assert.Equal(1.0, unit.ConvertValue(1.0, parsed));
        }
    }

    [Fact]
    public void Symbols_are_unique_per_size_and_dimension() =>
        // A symbol reads back to one unit only: no two generated units share a symbol with different meanings.
        Assert.All(UnitGenerators.Simple.GroupBy(u => u.Symbol), g =>
            Assert.Single(g.Select(u => (u.Dimension, u.ScaleNumerator / u.ScaleDenominator)).Distinct()));

    [Property]
    public bool Compound_units_round_trip_through_their_symbols(CompoundUnit compound)
    {
        var unit = compound.Unit;
        var parsed = Unit.Parse(unit.ToString()).Value;
        return parsed == unit && parsed.Dimension == unit.Dimension && unit.ConvertValue(1.0, parsed) == 1.0;
    }

    [Property]
    public bool Parsing_random_text_never_throws(string? random, UnitText built) =>
        UnitGenerators.ParsesOrPointsIntoTheInput(Unit.Parse, random) && UnitGenerators.ParsesOrPointsIntoTheInput(Unit.Parse, built.Value);
}
