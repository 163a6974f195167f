using FsCheck;
using NodaTime;

namespace Indicators.Tests.Quantities;

public class QuantityTests
{
    private static Quantity Q(string text) => Quantity.Parse(text).Value;

    [Theory]
    // Worked examples from the brief and domain.md's unit table: 万 = 10^4, 亿 = 10^8, 1亩 = 10000/15 m².
    [InlineData("170亿元", "元", 1.7e10)]
    [InlineData("17.5万方", "平方米", 175000)]
    [InlineData("3.7千米", "米", 3700)]
    [InlineData("3.7公里", "米", 3700)]
    [InlineData("1平方公里", "亩", 1500)]
    [InlineData("150亩", "公顷", 10)]
    [InlineData("1公顷", "亩", 15)]
    [InlineData("1千万元", "万元", 1000)]
    [InlineData("2.5万吨", "吨", 25000)]
    [InlineData("1吨", "公斤", 1000)]
    [InlineData("3万人次", "人次", 30000)]
    [InlineData("23.5%", "", 0.235)]
    [InlineData("0.5吨标准煤/万元", "吨标准煤/亿元", 5000)]
    [InlineData("1万元/亩", "元/平方米", 15)]
    public void Worked_conversions(string quantity, string unit, double expected)
    {
        var target = unit.Length == 0 ? Units.One : Unit.Parse(unit).Value;
        var converted = Q(quantity).ConvertTo(target);
        Assert.Equal(target, converted.Unit);
        Assert.Equal(expected, converted.Value, 9);
    }

    [Fact]
    public void Exact_worked_examples_have_no_rounding_error()
    {
        Assert.Equal(1.7e10, Q("170亿元").ConvertTo(Units.Yuan).Value);
        Assert.Equal(1500, Units.SquareKilometre.ConvertValue(1, Units.Mu));
        Assert.Equal(10, Q("150亩").ConvertTo(Units.Hectare).Value);
    }

    [Theory]
    [InlineData("170亿元", 170, "亿元")]
    [InlineData("-2.5 万元", -2.5, "万元")]
    [InlineData("  76家 ", 76, "家")]
    [InlineData("１７.５万方", 17.5, "万平方米")]
    [InlineData("42", 42, "")]
    [InlineData("1e3吨", 1000, "吨")]
    [InlineData("1100万人", 1100, "万人")] // rule 16: "城镇新增就业1100万人以上"
    [InlineData("1,234.5万元", 1234.5, "万元")]
    [InlineData("-12,345,678 元", -12345678, "元")]
    [InlineData("１,２３４人", 1234, "人")]
    public void Parse_reads_number_and_unit(string text, double value, string symbol)
    {
        var q = Q(text);
        Assert.Equal(value, q.Value);
        Assert.Equal(symbol, q.Unit.Symbol);
    }

    [Theory]
    [InlineData("17x亿元", 2, "unknown unit")]
    [InlineData("170亿x", 3, "unknown unit")]
    [InlineData("亿元", 0, "number")]
    [InlineData("   ", 0, "empty")]
    [InlineData("5元/", 3, "each side")]
    [InlineData("1,23万元", 1, "thousands separator")]
    [InlineData("1234,567元", 4, "thousands separator")]
    [InlineData("1,234,56元", 5, "thousands separator")]
    [InlineData("1,234x", 5, "unknown unit")]
    public void Parse_failures_name_position_and_reason(string text, int position, string reason)
    {
        var result = Quantity.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error!.Position);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
        Assert.Equal("quantity", result.Error.Target);
    }

    [Fact]
    public void Of_rejects_nan_and_infinity_naming_the_parameter()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(double.NaN, Units.Yuan)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(double.PositiveInfinity, Units.Yuan)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Quantity.Of(1, null!));
    }

    [Fact]
    public void Adding_different_dimensions_throws_naming_both_units()
    {
        var ex = Assert.Throws<ArgumentException>(() => Q("170亿元") + Q("3亩"));
        Assert.Contains("亿元", ex.Message, StringComparison.Ordinal);
        Assert.Contains("亩", ex.Message, StringComparison.Ordinal);

        var currencies = Assert.Throws<ArgumentException>(() => Q("1万元") - Q("1万美元"));
        Assert.Contains("万元", currencies.Message, StringComparison.Ordinal);
        Assert.Contains("万美元", currencies.Message, StringComparison.Ordinal);
        Assert.Contains("ExchangeRate", currencies.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => Q("3家") + Q("3人"));
        Assert.Throws<ArgumentException>(() => Q("3万千瓦时").ConvertTo(Units.TonneOfStandardCoal));
        Assert.Throws<ArgumentException>(() => Q("3亩").CompareTo(Q("3元")));
    }

    [Fact]
    public void Arithmetic_keeps_the_left_unit()
    {
        var sum = Q("170亿元") + Q("5000万元");
        Assert.Equal(Units.HundredMillionYuan, sum.Unit);
        Assert.Equal(170.5, sum.Value, 12);
        Assert.Equal(Q("169.5亿元"), Q("170亿元") - Q("5000万元"));
        Assert.Equal(Q("340亿元"), Q("170亿元") * 2);
        Assert.Equal(Q("340亿元"), 2 * Q("170亿元"));
        Assert.Equal(Q("85亿元"), Q("170亿元") / 2);
        Assert.Equal(Q("-170亿元"), -Q("170亿元"));
        Assert.Equal(0.5, Q("85亿元") / Q("1.7e10元"), 12);
        Assert.Throws<DivideByZeroException>(() => Q("1元") / Q("0万元"));
        Assert.Throws<DivideByZeroException>(() => Q("1元") / 0);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Q("1元") * double.NaN).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Q("1e308亿元") * 10).ParamName);
    }

    [Fact]
    public void Equality_is_structural_and_comparison_is_by_size()
    {
        Assert.NotEqual(Q("1千米"), Q("1000米"));
        Assert.Equal(0, Q("1千米").CompareTo(Q("1000米")));
        Assert.True(Q("1千米") < Q("1001米"));
        Assert.True(Q("1平方公里") > Q("1499亩"));
        Assert.True(Q("1平方公里") >= Q("1500亩"));
        Assert.Equal(Q("17.5万方"), Q("17.5万平方米"));
        Assert.Equal(Q("17.5万方").GetHashCode(), Q("17.5万平方米").GetHashCode());
        // Huge values compare without overflowing into infinities.
        Assert.True(Q("1e300万亿元") > Q("1e300亿元"));
        Assert.True(Q("1平方公里") == Q("1平方公里") && Q("1平方公里").CompareTo(Q("1000000平方米")) == 0);
    }

    [Fact]
    public void Formatting_is_invariant()
    {
        Assert.Equal("170亿元", Q("170亿元").ToString());
        Assert.Equal("170.0亿元", Q("170亿元").ToString("0.0", null));
        Assert.Equal("-2.5万元", Q("-2.5 万元").ToString());
        Assert.Equal("0", default(Quantity).ToString());
        Assert.Equal(Units.One, default(Quantity).Unit);
    }

    [Fact]
    public void Money_changes_currency_only_with_an_explicit_rate()
    {
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var rate = ExchangeRate.Of(Currency.Usd, Currency.Cny, 7.1, year);
        var converted = Q("100万美元").ConvertTo(Units.TenThousandYuan, rate);
        Assert.Equal(Units.TenThousandYuan, converted.Unit);
        Assert.Equal(710, converted.Value, 9);
        Assert.Equal(100, converted.ConvertTo(Units.TenThousandUsDollars, rate).Value, 9);
        Assert.Equal(7.1, Q("1亿美元").ConvertTo(Units.HundredMillionYuan, rate).Value, 9);
        Assert.Equal(100, Q("710万元").ConvertTo(Units.TenThousandUsDollars, rate.Inverse).Value, 9);

        var euro = ExchangeRate.Of(Currency.Eur, Currency.Cny, 7.8, year);
        var wrong = Assert.Throws<ArgumentException>(() => Q("100万美元").ConvertTo(Units.TenThousandYuan, euro));
        Assert.Contains("万美元", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("万元", wrong.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Q("100亩").ConvertTo(Units.TenThousandYuan, rate));
        Assert.Throws<ArgumentException>(() => ExchangeRate.Of(Currency.Cny, Currency.Cny, 1, year));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRate.Of(Currency.Usd, Currency.Cny, 0, year));
        Assert.Equal("1 USD = 7.1 CNY [2024-01-01, 2024-12-31]", rate.ToString());
    }

    [Property]
    public bool Currency_conversion_there_and_back_is_identity_within_1e12(ReportValue value, MoneyUnits units, RateValue exchange)
    {
        var (v, (from, to), r) = (value.Value, units, exchange.Value);
        if (from.Dimension == to.Dimension)
        {
            return true;
        }
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var rate = ExchangeRate.Of(from.Dimension.Currency!.Value, to.Dimension.Currency!.Value, r, year);
        var there = Quantity.Of(v, from).ConvertTo(to, rate);
        return there.Unit == to && UnitGenerators.Close(v, there.ConvertTo(from, rate).Value, 1e-12);
    }

    [Property]
    public bool Format_then_parse_round_trips(Quantity q) =>
        Quantity.Parse(q.ToString()).Value == q;

    [Property]
    public bool Any_finite_value_round_trips(NormalFloat f, SimpleUnit simple) =>
        Quantity.Parse(Quantity.Of(f.Get, simple.Unit).ToString()).Value == Quantity.Of(f.Get, simple.Unit);

    [Property]
    public bool Conversion_there_and_back_is_identity_within_1e12(ReportValue value, UnitPair pair)
    {
        var (v, units) = (value.Value, pair.Units);
        var q = Quantity.Of(v, units[0]);
        return UnitGenerators.Close(v, q.ConvertTo(units[1]).ConvertTo(units[0]).Value, 1e-12);
    }

    [Property]
    public bool Conversion_through_an_intermediate_unit_equals_direct_conversion(ReportValue value, UnitTriple triple)
    {
        var (v, units) = (value.Value, triple.Units);
        var q = Quantity.Of(v, units[0]);
        var direct = q.ConvertTo(units[2]).Value;
        var indirect = q.ConvertTo(units[1]).ConvertTo(units[2]).Value;
        return UnitGenerators.Close(direct, indirect, 1e-12);
    }

    [Property]
    public bool Addition_is_commutative_up_to_conversion_rounding(ReportValue first, ReportValue second, UnitPair pair)
    {
        var (x, y, units) = (first.Value, second.Value, pair.Units);
        var a = Quantity.Of(x, units[0]);
        var b = Quantity.Of(y, units[1]);
        var ab = (a + b).ConvertTo(units[1]).Value;
        var ba = (b + a).Value;
        // Cancellation in the sum makes a relative bound meaningless; bound by the operands' size instead.
        var size = Math.Abs(a.ConvertTo(units[1]).Value) + Math.Abs(y);
        return Math.Abs(ab - ba) <= 1e-12 * size;
    }

    [Property]
    public bool Comparison_is_antisymmetric_and_agrees_with_subtraction(ReportValue first, ReportValue second, UnitPair pair)
    {
        var (x, y, units) = (first.Value, second.Value, pair.Units);
        var a = Quantity.Of(x, units[0]);
        var b = Quantity.Of(y, units[1]);
        var sign = Math.Sign(a.CompareTo(b));
        return sign == -Math.Sign(b.CompareTo(a))
            && (sign == 0 || Math.Sign((a - b).Value) == sign || Math.Abs((a - b).Value) <= 1e-12 * Math.Abs(x));
    }

    [Property]
    public bool Parsing_random_text_never_throws(string? random, QuantityText built) =>
        UnitGenerators.ParsesOrPointsIntoTheInput(Quantity.Parse, random) && UnitGenerators.ParsesOrPointsIntoTheInput(Quantity.Parse, built.Value);
}
