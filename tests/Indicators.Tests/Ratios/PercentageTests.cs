using FsCheck;

namespace Indicators.Tests.Ratios;

public class PercentageTests
{
    [Fact]
    public void Difference_of_two_percentages_is_in_percentage_points()
    {
        // 20.8% → 18.2% is 下降2.6个百分点 (domain-research §1.10).
        var change = Percentage.FromPercent(18.2) - Percentage.FromPercent(20.8);
        Assert.Equal(-2.6, change.Points, 12);
    }

    [Fact]
    public void Parse_reports_position_and_reason()
    {
        var result = Percentage.Parse("23.5x");
        Assert.False(result.Success);
        Assert.Equal(4, result.Error!.Position);
        Assert.Contains("'%'", result.Error.Reason, StringComparison.Ordinal);
        Assert.Throws<ValueParseException>(() => result.Value);
    }

    [Fact]
    public void FromPercent_rejects_nan_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(double.NaN));
        Assert.Equal("percent", ex.ParamName);
    }

    [Property]
    public bool Format_then_parse_round_trips(NormalFloat f)
    {
        var p = Percentage.FromPercent(f.Get);
        return Percentage.Parse(p.ToString()).Value == p;
    }

    [Property]
    public bool Parsing_random_text_never_throws(string s)
    {
        var result = Percentage.Parse(s);
        return result.Success || (result.Error!.Position >= 0 && result.Error.Position <= (s?.Length ?? 0));
    }
}
