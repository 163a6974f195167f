using FsCheck;
using FsCheck.Fluent;
using Indicators.Tests.Calculations;

namespace Indicators.Tests.Rounding;

using Rounding = global::Indicators.Rounding;

public class RoundingTests
{
    [Theory]
    // GB/T 8170-2008 examples (domain-research §1.11, [S17]).
    [InlineData(0.35, 1, RoundingMode.GbT8170, 0.4)]
    [InlineData(1.050, 1, RoundingMode.GbT8170, 1.0)]
    [InlineData(0.45, 1, RoundingMode.GbT8170, 0.4)]
    [InlineData(-0.35, 1, RoundingMode.GbT8170, -0.4)]
    [InlineData(1.0501, 1, RoundingMode.GbT8170, 1.1)]
    [InlineData(8.53459, 2, RoundingMode.GbT8170, 8.53)]
    // 四舍五入 from the decimal the double stands for.
    [InlineData(2.675, 2, RoundingMode.HalfAwayFromZero, 2.68)]
    [InlineData(-2.5, 0, RoundingMode.HalfAwayFromZero, -3)]
    [InlineData(-2.5, 0, RoundingMode.GbT8170, -2)]
    [InlineData(0.45, 1, RoundingMode.HalfAwayFromZero, 0.5)]
    [InlineData(0.35, 1, RoundingMode.HalfAwayFromZero, 0.4)]
    [InlineData(1.050, 1, RoundingMode.HalfAwayFromZero, 1.1)]
    [InlineData(14.999999999999991, 1, RoundingMode.HalfAwayFromZero, 15.0)]
    public void Rounds_the_decimal_the_double_stands_for(double value, int decimals, RoundingMode mode, double expected) =>
        Assert.Equal(expected, Rounding.Round(value, decimals, mode));

    [Fact]
    public void Two_year_average_from_rounded_data_is_the_rounding_trap()
    {
        // F8, [S14]: from the rounded 9.1% the two-year average is √1.091 − 1 = 4.45% → 4.5, but the official
        // figure 4.4 comes from the unrounded ratio (≈ 1.0908): round once, from unrounded data.
        Assert.Equal(4.5, Rounding.Round((Math.Sqrt(1.091) - 1) * 100, 1));
        Assert.Equal(4.4, Rounding.Round((Math.Sqrt(1.0908) - 1) * 100, 1));
    }

    [Fact]
    public void Negative_zero_is_never_returned() =>
        Assert.False(double.IsNegative(Rounding.Round(-0.04, 1)));

    [Fact]
    public void Rejects_nan_and_bad_decimals_naming_the_parameter()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(double.NaN, 1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1, -1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1, 16)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1, 1, (RoundingMode)7)).ParamName);
    }

    [Fact]
    public void Huge_values_come_back_unchanged() =>
        Assert.Equal(1e300, Rounding.Round(1e300, 2));

    private static Arbitrary<(double Value, int Decimals, RoundingMode Mode)> Cases() =>
        (from value in ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get).Where(v => Math.Abs(v) < 1e12)
         from decimals in Gen.Choose(0, 6)
         from mode in Gen.Elements(RoundingMode.HalfAwayFromZero, RoundingMode.GbT8170)
         select (value, decimals, mode)).ToArbitrary();

    [Fact]
    public void Rounding_is_idempotent() =>
        Check.One(Checks.Quick, Prop.ForAll(Cases(), c =>
        {
            var once = Rounding.Round(c.Value, c.Decimals, c.Mode);
            return Rounding.Round(once, c.Decimals, c.Mode) == once;
        }));

    [Fact]
    public void Rounding_is_monotone() =>
        Check.One(Checks.Quick, Prop.ForAll(Cases(), ArbMap.Default.ArbFor<NormalFloat>(), (c, other) =>
        {
            var low = Math.Min(c.Value, other.Get);
            var high = Math.Max(c.Value, other.Get);
            return Rounding.Round(low, c.Decimals, c.Mode) <= Rounding.Round(high, c.Decimals, c.Mode);
        }));

    [Fact]
    public void Gb_and_half_away_differ_only_at_exact_midpoints()
    {
        // Decimal values with one digit more than kept, so exact midpoints (last digit 5) occur often.
        var gen = from digits in Gen.Choose(-2_000_000, 2_000_000)
                  from decimals in Gen.Choose(0, 4)
                  select (Value: (double)(digits / (decimal)Math.Pow(10, decimals + 1)), Decimals: decimals, LastDigit: Math.Abs(digits) % 10);
        Check.One(Checks.Quick, Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var away = Rounding.Round(c.Value, c.Decimals, RoundingMode.HalfAwayFromZero);
            var even = Rounding.Round(c.Value, c.Decimals, RoundingMode.GbT8170);
            return away == even || c.LastDigit == 5;
        }));
    }

    [Fact]
    public void Rounded_value_is_within_half_a_unit() =>
        Check.One(Checks.Quick, Prop.ForAll(Cases(), c =>
            Math.Abs(Rounding.Round(c.Value, c.Decimals, c.Mode) - c.Value) <= (0.5 * Math.Pow(10, -c.Decimals)) + (Math.Abs(c.Value) * 1e-14)));
}
