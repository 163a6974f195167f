using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class BindingDiagnosticsTests
{
    [Fact]
    public void Unknown_name_is_RL2001_with_a_suggestion()
    {
        var result = Compile(Set(Derived("Double", Mul(N("GDPP"), Num(2)))));
        var d = Single(result, "RL2001");
        Assert.Equal("unknown indicator 'GDPP'; did you mean 'GDP'?", d.Message);
        Assert.Equal("未知指标“GDPP”，是否指“GDP”？", d.ChineseMessage);
        Assert.Equal(0, d.Line); // a model has no text
    }

    [Fact]
    public void Unknown_name_without_anything_close_has_no_suggestion()
    {
        var d = Single(Compile(Set(Derived("X", N("完全不存在的指标名称")))), "RL2001");
        Assert.Equal("unknown indicator '完全不存在的指标名称'", d.Message);
    }

    [Fact]
    public void Names_resolve_by_declaration_code_Chinese_name_and_alias()
    {
        var result = Compile(Set(
            Base("Own", "万元"),
            Derived("Sum", Add(Add(N("GDP"), N("地区生产总值")), N("地区GDP")), "亿元"),
            Derived("Twice", Mul(N("Own"), Num(2)))));
        Assert.True(result.Success, result.ToString());
        // The three names of GDP are one indicator: one slot.
        Assert.Single(result.Value!.Indicators, i => i.Code == "GDP");
    }

    [Fact]
    public void Cycle_of_derived_indicators_is_RL2002_naming_the_cycle()
    {
        var result = Compile(Set(
            Derived("A", Add(N("B"), Num(1))),
            Derived("B", Add(N("C"), Num(1))),
            Derived("C", Mul(N("A"), Num(2))),
            Derived("D", Mul(N("GDP"), Num(2)))));
        var d = Single(result, "RL2002");
        Assert.Equal("derived indicators form a cycle: A → B → C → A", d.Message);
        Assert.Equal("派生指标循环引用：A → B → C → A", d.ChineseMessage);
    }

    [Fact]
    public void Adding_money_to_area_is_RL2003()
    {
        var result = Compile(Set(Base("LandArea", "亩"), Derived("Mixed", Add(N("GDP"), N("LandArea")), "亿元")));
        var d = Single(result, "RL2003");
        Assert.Equal("cannot add 亿元 (money) to 亩 (area)", d.Message);
        Assert.Equal("不能将亿元 (货币)与亩 (面积)相加", d.ChineseMessage);
    }

    [Fact]
    public void Multiplying_two_quantities_is_RL2003()
    {
        var d = Single(Compile(Set(Derived("P", Mul(N("GDP"), N("Exports"))))), "RL2003");
        Assert.Equal("cannot multiply 亿元 (money) and 亿元 (money)", d.Message);
    }

    [Fact]
    public void Comparing_a_percent_with_points_is_RL2004()
    {
        var rules = new RuleSet(checks: [new CheckDeclaration("fast", Bin(RuleBinaryOperator.Greater, Call("growth", N("GDP")), Num(2, "pp")))]);
        var d = Single(Compile(rules), "RL2004");
        Assert.Equal("cannot compare percent with percentage points", d.Message);
        Assert.Equal("不能比较百分比与百分点", d.ChineseMessage);
    }

    [Fact]
    public void Comparing_a_number_with_a_quantity_is_RL2004_but_zero_needs_no_unit()
    {
        var bad = new RuleSet(checks: [new CheckDeclaration("big", Bin(RuleBinaryOperator.Greater, N("GDP"), Num(5)))]);
        Assert.Equal("cannot compare 亿元 (money) with number", Single(Compile(bad), "RL2004").Message);
        var zero = new RuleSet(checks: [new CheckDeclaration("positive", Bin(RuleBinaryOperator.Greater, N("GDP"), Num(0)))]);
        Assert.True(Compile(zero).Success);
    }

    [Fact]
    public void Wrong_number_of_arguments_is_RL2005()
    {
        var d = Single(Compile(Set(Derived("M", Call("min", N("GDP"))))), "RL2005");
        Assert.Equal("min() takes at least 2 arguments, not 1", d.Message);
        Assert.Equal("函数min需要至少2个参数，实际为1个", d.ChineseMessage);
        Assert.Equal("growth() takes 1 argument, not 2", Single(Compile(Set(Derived("G", Call("growth", N("GDP"), N("GDP"))))), "RL2005").Message);
    }

    [Fact]
    public void Wrong_argument_types_are_RL2006()
    {
        var d = Single(Compile(Set(Base("LandArea", "亩"), Derived("S", Call("share", N("GDP"), N("LandArea"))))), "RL2006");
        Assert.Equal("argument 2 of share() must be 亿元 (money), not 亩 (area)", d.Message);
        Assert.Equal("函数share的第2个参数应为亿元 (货币)，而不是亩 (面积)", d.ChineseMessage);
        var round = Single(Compile(Set(Derived("R", Call("round", N("GDP"), Num(1.5))))), "RL2006");
        Assert.Equal("argument 2 of round() must be a whole number of decimals from 0 to 15, not number", round.Message);
        var growthOfSum = Single(Compile(Set(Derived("G", Call("growth", Add(N("GDP"), N("GDP")))))), "RL2006");
        Assert.Equal("the argument of growth() must be an indicator's name", growthOfSum.Message);
    }

    [Fact]
    public void Formula_not_fitting_its_unit_is_RL2007()
    {
        var d = Single(Compile(Set(Derived("PerCapita", Div(N("GDP"), N("Employees")), "%"))), "RL2007");
        Assert.Equal("the formula of 'PerCapita' gives 亿元/人 (money per count), which does not fit its unit %", d.Message);
        Assert.Equal("“PerCapita”的公式结果为亿元/人 (货币/计数)，与其单位%不符", d.ChineseMessage);
    }

    [Fact]
    public void Unreadable_target_is_RL2008_with_the_parse_reason()
    {
        var wording = "增长八成";
        var rules = new RuleSet(targets: [new TargetDeclaration("GDP", wording)]);
        var d = Single(Compile(rules), "RL2008");
        var error = Target.Parse(wording).Error!;
        Assert.Equal($"the target of 'GDP' \"{wording}\" cannot be read at position {error.Position}: {error.Reason}", d.Message);
        Assert.StartsWith("“GDP”的目标“增长八成”无法识别", d.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_anything_unregistered_is_RL2009_so_text_cannot_reach_the_system()
    {
        var d = Single(Compile(Set(Derived("X", Call("System.IO.File.Delete", Num(1))))), "RL2009");
        Assert.Equal("unknown function 'System.IO.File.Delete'", d.Message);
        Assert.Equal("未知函数“System.IO.File.Delete”", d.ChineseMessage);
        var close = Single(Compile(Set(Derived("Y", Call("grwoth", N("GDP"))))), "RL2009");
        Assert.Equal("unknown function 'grwoth'; did you mean 'growth'?", close.Message);
    }

    private static RuleSet OneEntryScheme(ScoredIndicatorDeclaration entry) =>
        new(schemes: [new SchemeDeclaration("S", categories: [new CategoryDeclaration("经济", 100, indicators: [entry])])]);

    [Fact]
    public void Unknown_scoring_method_is_RL2010_with_a_suggestion()
    {
        var d = Single(Compile(OneEntryScheme(Entry("GDP", 100, "capped_ratoi", Arg(1.2)))), "RL2010");
        Assert.Equal("unknown scoring method 'capped_ratoi'; did you mean 'capped_ratio'?", d.Message);
        Assert.Equal("未知计分方法“capped_ratoi”，是否指“capped_ratio”？", d.ChineseMessage);
    }

    [Fact]
    public void Bad_or_missing_scoring_arguments_are_RL2011()
    {
        var negative = Single(Compile(OneEntryScheme(Entry("GDP", 100, "capped_ratio", Arg(-1)))), "RL2011");
        Assert.StartsWith("capped_ratio(): ", negative.Message, StringComparison.Ordinal);
        var missing = Single(Compile(OneEntryScheme(Entry("GDP", 100, "guaranteed_stretch"))), "RL2011");
        Assert.Equal("guaranteed_stretch(): guaranteed_stretch() needs the argument 'base_share'", missing.Message);
        var unknown = Single(Compile(OneEntryScheme(Entry("GDP", 100, "capped_ratio", Arg(1.2, "limit")))), "RL2011");
        Assert.Equal("capped_ratio() has no parameter 'limit' (parameters: cap)", unknown.Message);
        Assert.Equal("计分方法capped_ratio没有参数“limit”（参数：cap）", unknown.ChineseMessage);
        var tooMany = Single(Compile(OneEntryScheme(Entry("GDP", 100, "capped_ratio", Arg(1.2), Arg(2)))), "RL2011");
        Assert.Equal("capped_ratio() takes at most 1 arguments", tooMany.Message);
        var badMode = new RuleArgument("mode", new NameReference("sideways"));
        var mode = Single(Compile(OneEntryScheme(Entry("GDP", 100, "base_step", Arg(2, "base"), Arg(0.1, "step"), Arg(2, "per"), badMode))), "RL2011");
        Assert.Equal("base_step(): base_step(): mode is floor or proportional, not 'sideways'", mode.Message);
    }

    [Fact]
    public void Declaring_twice_is_RL2012()
    {
        var d = Single(Compile(Set(Base("X"), Base("X"))), "RL2012");
        Assert.Equal("indicator 'X' is declared twice", d.Message);
        Assert.Equal("指标“X”重复声明", d.ChineseMessage);
        var catalogue = Single(Compile(Set(Base("GDP"), Base("地区生产总值"))), "RL2012");
        Assert.Equal("'地区生产总值' and 'GDP' are both the catalogue indicator GDP", catalogue.Message);
    }

    [Fact]
    public void A_formula_for_a_catalogue_indicator_must_fit_the_catalogue_unit()
    {
        var d = Single(Compile(Set(Derived("GDP", Num(1)))), "RL2007");
        Assert.Equal("the formula of 'GDP' gives number, which does not fit its unit 亿元 (money)", d.Message);
        Assert.True(Compile(Set(Derived("GDP", Add(N("Exports"), N("Imports"))))).Success);
    }

    [Fact]
    public void Unknown_unit_is_RL2013()
    {
        var d = Single(Compile(Set(Base("X", "斤两"))), "RL2013");
        Assert.StartsWith("'斤两' is not a unit (unknown unit \"斤两\"). Units are 元, 美元, ", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("“斤两”不是计量单位。计量单位可用元、美元、", d.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_condition_that_is_not_a_truth_value_is_RL2014()
    {
        var d = Single(Compile(new RuleSet(checks: [new CheckDeclaration("c", N("GDP"))])), "RL2014");
        Assert.Equal("the condition of check 'c' is 亿元 (money), not a truth value", d.Message);
        Assert.Equal("校验“c”的条件是亿元 (货币)，不是真假值", d.ChineseMessage);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var result = Compile(new RuleSet(
            [Derived("A", N("Nope")), Base("LandArea", "亩"), Derived("B", Add(N("GDP"), N("LandArea")))],
            [new TargetDeclaration("GDP", "增长八成")],
            [new CheckDeclaration("c", Call("unknown_fn"))]));
        Assert.Equal(["RL2008", "RL2001", "RL2003", "RL2009"], result.Diagnostics.Select(d => d.Code).ToArray());
    }

    [Fact]
    public void Target_functions_need_a_declared_target_of_the_right_kind()
    {
        var none = Single(Compile(Set(Derived("T", Call("target", N("GDP"))))), "RL2006");
        Assert.Equal("'GDP' has no target; declare one with: target GDP \"…\";", none.Message);
        var rate = Single(Compile(new RuleSet([Derived("C", Call("completion", N("GDP")))], [new TargetDeclaration("GDP", "增长8%以上")])), "RL2006");
        Assert.Equal("completion() needs a level target, but the target of 'GDP' is a rate; compare growth(GDP) with target(GDP) instead", rate.Message);
        var twice = Single(Compile(new RuleSet(targets: [new TargetDeclaration("GDP", "增长8%"), new TargetDeclaration("地区生产总值", "增长9%")])), "RL2012");
        Assert.Equal("'地区生产总值' has two targets", twice.Message);
    }

    [Fact]
    public void Logic_needs_truth_values_and_arithmetic_needs_numbers()
    {
        Assert.Equal("'and' needs truth values, not 亿元 (money)",
            Single(Compile(new RuleSet(checks: [new CheckDeclaration("c", Bin(RuleBinaryOperator.And, N("GDP"), new BooleanLiteral(true)))])), "RL2014").Message);
        Assert.Equal("'not' needs a truth value, not 亿元 (money)",
            Single(Compile(new RuleSet(checks: [new CheckDeclaration("c", new RuleUnaryExpression(RuleUnaryOperator.Not, N("GDP")))])), "RL2014").Message);
        Assert.Equal("'-' needs a number, not a truth value",
            Single(Compile(Set(Derived("X", new RuleUnaryExpression(RuleUnaryOperator.Negate, new BooleanLiteral(true))))), "RL2014").Message);
        Assert.Equal("cannot subtract percent from percentage points",
            Single(Compile(Set(Derived("X", Sub(Num(2, "pp"), Num(8, "%"))))), "RL2003").Message);
    }

    [Fact]
    public void Quotients_of_different_dimensions_are_compound_quantities()
    {
        var result = Compile(Set(Base("Energy", "吨标准煤"), Derived("PerOutput", Div(N("Energy"), N("IndustrialOutput")), "吨标准煤/万元")));
        Assert.True(result.Success, result.ToString());
        var e = result.Value!.Evaluate(RuleZone.Create().With("Energy", 5000).With("IndustrialOutput", 1));
        Assert.Equal(5000.0 / 10000, e.Find("PerOutput")!.Value!.Value, 12); // 1亿元 is 10000万元
    }
}
