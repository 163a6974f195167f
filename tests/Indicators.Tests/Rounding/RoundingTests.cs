using FsCheck;

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

    [Property(MaxTest = 300)]
    public bool Rounding_is_idempotent(RoundingCase c)
    {
        var once = Rounding.Round(c.Value, c.Decimals, c.Mode);
        return Rounding.Round(once, c.Decimals, c.Mode) == once;
    }

    [Property(MaxTest = 300)]
    public bool Rounding_is_monotone(RoundingCase c, NormalFloat other)
    {
        var low = Math.Min(c.Value, other.Get);
        var high = Math.Max(c.Value, other.Get);
        return Rounding.Round(low, c.Decimals, c.Mode) <= Rounding.Round(high, c.Decimals, c.Mode);
    }

    // Decimal values with one digit more than kept, so exact midpoints (last digit 5) occur often.
    [Property(MaxTest = 300)]
    public bool Gb_and_half_away_differ_only_at_exact_midpoints(MidpointCase c)
    {
        var away = Rounding.Round(c.Value, c.Decimals, RoundingMode.HalfAwayFromZero);
        var even = Rounding.Round(c.Value, c.Decimals, RoundingMode.GbT8170);
        return away == even || c.LastDigit == 5;
    }

    [Property(MaxTest = 300)]
    public bool Rounded_value_is_within_half_a_unit(RoundingCase c) =>
        Math.Abs(Rounding.Round(c.Value, c.Decimals, c.Mode) - c.Value) <= (0.5 * Math.Pow(10, -c.Decimals)) + (Math.Abs(c.Value) * 1e-14);
}
