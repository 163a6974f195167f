namespace Indicators.Tests.Targets;

public class TargetParsingTests
{
    private static Target Parse(string text) => Target.Parse(text).Value;

    [Fact]
    public void Level_without_qualifier_is_a_floor_at_its_written_precision()
    {
        // 2012年目标: 实现地区生产总值210亿元 (domain.md).
        var target = Parse("210亿元");
        Assert.Equal(TargetKind.Level, target.Kind);
        Assert.Equal(Qualifier.None, target.Qualifier);
        Assert.Equal(210, target.Guaranteed);
        Assert.Equal(Units.HundredMillionYuan, target.Unit);
        Assert.Equal(0, target.Decimals);
        Assert.False(target.IsCeiling);
        Assert.False(target.HasStretch);
    }

    [Theory]
    [InlineData("增长8%以上", TargetKind.Growth, Qualifier.AtLeast, 8)]
    [InlineData("增长8%", TargetKind.Growth, Qualifier.None, 8)]
    [InlineData("同比增长15%以上", TargetKind.Growth, Qualifier.AtLeast, 15)]
    [InlineData("下降3%以上", TargetKind.Decline, Qualifier.AtLeast, 3)]
    [InlineData("控制在66人以内", TargetKind.Level, Qualifier.Within, 66)]
    [InlineData("5.5%以内", TargetKind.Level, Qualifier.Within, 5.5)]
    [InlineData("5%左右", TargetKind.Level, Qualifier.About, 5)]
    [InlineData("突破1000亿元", TargetKind.Level, Qualifier.Breakthrough, 1000)]
    [InlineData("不低于2.1%", TargetKind.Level, Qualifier.AtLeast, 2.1)]
    [InlineData("下降幅度不低于2.1%", TargetKind.Decline, Qualifier.AtLeast, 2.1)]
    [InlineData("超过100家", TargetKind.Level, Qualifier.MoreThan, 100)]
    [InlineData("不满5起", TargetKind.Level, Qualifier.LessThan, 5)]
    [InlineData("占比达30%", TargetKind.Share, Qualifier.None, 30)]
    [InlineData("新增30家", TargetKind.Count, Qualifier.None, 30)]
    [InlineData("1100万人以上", TargetKind.Level, Qualifier.AtLeast, 1100)]
    public void Report_wordings_parse_to_kind_qualifier_and_number(string text, TargetKind kind, Qualifier qualifier, double number)
    {
        // Wordings of domain-research §3.2 and domain.md "Targets".
        var target = Parse(text);
        Assert.Equal(kind, target.Kind);
        Assert.Equal(qualifier, target.Qualifier);
        Assert.Equal(number, target.Guaranteed);
        Assert.False(target.HasStretch);
    }

    [Fact]
    public void Percent_targets_are_published_at_one_decimal_at_least()
    {
        Assert.Equal(1, Parse("下降3%以上").Decimals);
        Assert.Equal(2, Parse("增长8.25%").Decimals);
        Assert.Equal(0, Parse("控制在66人以内").Decimals);
    }

    [Fact]
    public void Zero_control_is_a_ceiling_at_zero()
    {
        var target = Parse("零控制");
        Assert.Equal(TargetKind.ZeroControl, target.Kind);
        Assert.True(target.IsCeiling);
        Assert.Equal(0, target.Guaranteed);
        Assert.Equal(Target.ZeroControl(), target);
    }

    [Fact]
    public void Ranges_give_floor_and_stretch()
    {
        // "新增2-3家" and "经济增长4.5%-5%" (2026): lower end = floor, upper = stretch (domain-research §3.2).
        var count = Parse("新增2-3家");
        Assert.Equal(TargetKind.Count, count.Kind);
        Assert.Equal(2, count.Guaranteed);
        Assert.Equal(3, count.Stretch);
        Assert.Equal("家", count.Unit.Symbol);

        var rate = Parse("4.5%-5%");
        Assert.Equal(4.5, rate.Guaranteed);
        Assert.Equal(5, rate.Stretch);
        Assert.Equal(Units.Percent, rate.Unit);
    }

    [Fact]
    public void Tiers_parse_with_either_separator()
    {
        var bare = Parse("确保8%、力争10%");
        Assert.Equal(8, bare.Guaranteed);
        Assert.Equal(10, bare.Stretch);

        var growth = Parse("确保增长8%，力争增长10%");
        Assert.Equal(TargetKind.Growth, growth.Kind);
        Assert.Equal(8, growth.Guaranteed);
        Assert.Equal(10, growth.Stretch);
        Assert.Equal(growth, Parse("确保增长8%，力争10%"));
    }

    [Fact]
    public void Nature_mark_is_read()
    {
        Assert.Equal(TargetNature.Binding, Parse("下降3%以上（约束性）").Nature);
        Assert.Equal(TargetNature.Indicative, Parse("增长8%（预期性）").Nature);
    }

    [Fact]
    public void Range_with_lower_end_above_upper_end_fails_naming_the_range()
    {
        var result = Target.Parse("新增3-2家");
        Assert.False(result.Success);
        Assert.Equal(2, result.Error!.Position);
        Assert.Contains("lower end 3", result.Error.Reason, StringComparison.Ordinal);
        Assert.Throws<ValueParseException>(() => result.Value);
    }

    [Fact]
    public void Tiers_out_of_order_fail_at_the_stretch_tier()
    {
        var positive = Target.Parse("确保增长10%，力争增长8%");
        Assert.False(positive.Success);
        Assert.Equal(10, positive.Error!.Position);
        Assert.Contains("below the guaranteed tier", positive.Error.Reason, StringComparison.Ordinal);

        var ceiling = Target.Parse("确保控制在60人以内，力争控制在66人以内");
        Assert.False(ceiling.Success);
        Assert.Contains("above the guaranteed tier", ceiling.Error!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("增长八%", 2, "expected a number")]
    [InlineData("增长8亿元", 2, "percent")]
    [InlineData("超过8%以上", 4, "one qualifier")]
    [InlineData("确保新增8家，力争新增10个", 9, "different units")]
    [InlineData("确保增长8%，力争增长10个", 11, "percent")]
    [InlineData("2%-3家", 3, "same unit")]
    public void Malformed_text_fails_with_position_and_reason(string text, int position, string reason)
    {
        var result = Target.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error!.Position);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("210亿元")]
    [InlineData("增长8%以上")]
    [InlineData("下降3%以上")]
    [InlineData("控制在66人以内")]
    [InlineData("5.5%以内")]
    [InlineData("5%左右")]
    [InlineData("突破1000亿元")]
    [InlineData("超过100家")]
    [InlineData("不满5起")]
    [InlineData("零控制")]
    [InlineData("占比达30%")]
    [InlineData("新增30家")]
    [InlineData("确保增长8%，力争增长10%")]
    [InlineData("下降3%以上（约束性）")]
    public void Canonical_wordings_are_written_back_unchanged(string text) =>
        Assert.Equal(text, Parse(text).ToChineseString());

    [Fact]
    public void Range_is_written_with_its_tiers() =>
        Assert.Equal("确保新增2家，力争新增3家", Parse("新增2-3家").ToChineseString());

    [Fact]
    public void Precision_above_the_written_decimals_is_written_with_zeros()
    {
        var target = Target.Growth(Percentage.FromPercent(8), Qualifier.AtLeast, decimals: 2);
        Assert.Equal("增长8.00%以上", target.ToChineseString());
        Assert.Equal(target, Parse(target.ToChineseString()));
    }

    [Fact]
    public void Range_factory_matches_the_parser_and_rejects_reversed_ends()
    {
        var jia = Unit.Parse("家").Value;
        Assert.Equal(Parse("新增2-3家"), Target.Range(TargetKind.Count, 2, 3, jia));
        Assert.Equal(Parse("4.5%-5%"), Target.Range(TargetKind.Level, 4.5, 5, Units.Percent));
        var ceiling = Target.Range(TargetKind.Level, 60, 66, Unit.Parse("人").Value, Qualifier.Within);
        Assert.Equal(66, ceiling.Guaranteed);
        Assert.Equal(60, ceiling.Stretch);
        Assert.Equal(Parse("控制在60-66人以内"), ceiling);

        var reversed = Assert.Throws<ArgumentException>(() => Target.Range(TargetKind.Count, 3, 2, jia));
        Assert.Equal("lower", reversed.ParamName);
        Assert.Contains("lower end 3 of the range exceeds its upper end 2", reversed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_verbs_before_the_number_are_read_past()
    {
        // "确保完成房屋拆迁面积20万平方米，力争完成25万平方米" (domain.md), without the indicator's name.
        var target = Parse("确保完成20万平方米，力争完成25万平方米");
        Assert.Equal(20, target.Guaranteed);
        Assert.Equal(25, target.Stretch);
        Assert.Equal(Parse("力争达到1000亿元"), Parse("1000亿元"));
    }
}
