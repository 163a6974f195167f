using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Bulk;
using Indicators.Rules.Syntax;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 13, item 6: units declared in rule text (<c>unit 立方米 dimension 体积;</c>, <c>unit 方 = 1 立方米;</c>) and currency
/// conversion at a stated rate (<c>rate 美元 6.4515 in 2021;</c>). Expected values are computed by hand in the comments.
/// </summary>
public class Issue13UnitTests
{
    private const string Rate2021 = "rate 美元 6.4515 in 2021 \"2021年人民币对美元年平均汇率（国家统计局）\";\n";

    internal static RulePlan Compile(string text)
    {
        var result = RulePlan.Compile(text, sourceName: "t.rules");
        Assert.True(result.Success, result.ToString());
        return result.Value!;
    }

    internal static double? Value(RulePlan plan, RuleZone zone, string name) => plan.Evaluate(zone).Find(name)!.Value;

    private static Diagnostic Error(string text, string code)
    {
        var result = RulePlan.Compile(text, sourceName: "t.rules");
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics, d => d.IsError && d.Code == code);
    }

    // ---- declared units --------------------------------------------------------------------------------------------

    [Fact]
    public void Issue13_Units_a_declared_base_unit_takes_prefixes_and_converts()
    {
        var plan = Compile("""
            unit 立方米 dimension 体积;
            indicator 用水量 unit 万立方米;
            indicator 用水量立方米 = 用水量 unit 立方米;
            check 超五万: 用水量 > 5万立方米;
            check 超两万五: 用水量 > 25000立方米;
            """);
        // 3万立方米 = 30000立方米; 3万 is not above 5万; 30000 is above 25000.
        var evaluation = plan.Evaluate(RuleZone.Create("A").With("用水量", 3));
        Assert.Equal(30000, evaluation.Find("用水量立方米")!.Value!.Value, 9);
        Assert.Equal([RuleCheckStatus.Failed, RuleCheckStatus.Passed], evaluation.Checks.Select(c => c.Status));
    }

    [Fact]
    public void Issue13_Units_a_declared_unit_forms_quotients()
    {
        var plan = Compile("""
            unit 立方米 dimension 体积;
            unit 人年 dimension 人年;
            indicator 水费 unit 万元;
            indicator 用水量 unit 万立方米;
            indicator 水价 = 水费 / 用水量 unit "元/立方米";
            indicator 研发经费 unit 万元;
            indicator 研发人员投入 unit 万人年;
            indicator 人均 = 研发经费 / 研发人员投入 unit "万元/人年";
            """);
        // 12万元 / 3万立方米 = 4元/立方米; 50000万元 / 2万人年 = 25000万元 per 万人年 = 2.5万元/人年.
        var zone = RuleZone.Create("A").With("水费", 12).With("用水量", 3).With("研发经费", 50000).With("研发人员投入", 2);
        Assert.Equal(4, Value(plan, zone, "水价")!.Value, 9);
        Assert.Equal(2.5, Value(plan, zone, "人均")!.Value, 9);
    }

    [Fact]
    public void Issue13_Units_an_alias_and_a_multiple_convert_by_their_factor()
    {
        var plan = Compile("""
            unit 立方米 dimension 体积;
            unit 方 = 1 立方米;
            unit 升 = 0.001 立方米;
            unit 亩产 = 10 公斤;
            indicator 容量 = 2立方米 + 500升 unit 升;
            indicator 土方 = 5方 + 2立方米 unit 立方米;
            indicator 产量 = 3亩产 unit 公斤;
            """);
        // 2立方米 = 2000升, + 500升 = 2500升; 5方 = 5立方米, + 2 = 7立方米; 3 × 10公斤 = 30公斤.
        var zone = RuleZone.Create("A");
        Assert.Equal(2500, Value(plan, zone, "容量")!.Value, 9);
        Assert.Equal(7, Value(plan, zone, "土方")!.Value, 9);
        Assert.Equal(30, Value(plan, zone, "产量")!.Value, 9);
    }

    [Fact]
    public void Issue13_Units_declared_units_live_in_the_plan_not_in_the_library()
    {
        var plan = Compile("unit 立方米 dimension 体积;\nindicator 用水量 unit 万立方米;");
        Assert.False(Unit.Parse("立方米").Success);
        Assert.True(plan.ParseUnit("万立方米").Success);
        Assert.True(plan.ParseUnit("万元/立方米").Success);
        Assert.Equal(10000, plan.ParseUnit("万立方米").Value.ConvertValue(1, plan.ParseUnit("立方米").Value), 9);
        Assert.Equal("体积", plan.ParseUnit("立方米").Value.Dimension.Noun);
        Assert.Equal(DimensionKind.Declared, plan.ParseUnit("立方米").Value.Dimension.Kind);
        // The library's units read as before, and an unknown unit is still an error.
        Assert.Equal(Unit.Parse("亿元").Value, plan.ParseUnit("亿元").Value);
        Assert.False(plan.ParseUnit("立方尺").Success);
        Assert.False(Compile("indicator X unit 亿元;").ParseUnit("立方米").Success);
    }

    [Fact]
    public void Issue13_Units_a_volume_does_not_add_to_an_area()
    {
        var d = Error("unit 立方米 dimension 体积;\nindicator X = 1立方米 + 1平方米;", "RL2003");
        Assert.Contains("立方米 (体积)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Units_diagnostics_name_the_users_words()
    {
        var known = Error("unit 亩 dimension 土地;", "RL2070");
        Assert.Contains("'亩' is a unit already (亩 (area))", known.Message, StringComparison.Ordinal);
        Assert.Contains("“亩”已是计量单位", known.ChineseMessage, StringComparison.Ordinal);
        var library = Error("unit 立方米 dimension 面积;", "RL2071");
        Assert.Contains("'面积' is a dimension the library knows", library.Message, StringComparison.Ordinal);
        Assert.Contains("unit 立方米 = 1 平方米;", library.ChineseMessage, StringComparison.Ordinal);
        var second = Error("unit 立方米 dimension 体积;\nunit 升 dimension 体积;", "RL2071");
        Assert.Contains("the dimension '体积' has its unit '立方米' already", second.Message, StringComparison.Ordinal);
        Assert.Contains("量纲“体积”已有单位“立方米”", second.ChineseMessage, StringComparison.Ordinal);
        var zero = Error("unit 立方米 dimension 体积;\nunit 方 = 0 立方米;", "RL2072");
        Assert.Contains("'方' needs a positive number", zero.Message, StringComparison.Ordinal);
        Assert.Contains("单位“方”须写成正数和单位", zero.ChineseMessage, StringComparison.Ordinal);
        var ratio = Error("unit 成 = 10 %;", "RL2072");
        Assert.Contains("'成' cannot be a multiple of %", ratio.Message, StringComparison.Ordinal);
        var unknown = Error("unit 方 = 1 立方尺;", "RL2013");
        Assert.Contains("'立方尺' is not a unit", unknown.Message, StringComparison.Ordinal);
        var letters = Error("unit \"m3\" dimension 体积;", "RL2070");
        Assert.Contains("'m3' cannot name a unit", letters.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Units_RL2013_lists_and_suggests_declared_units()
    {
        var d = Error("unit 立方米 dimension 体积;\nindicator X unit 万立放米;", "RL2013");
        Assert.Contains("did you mean '万立方米'", d.Message, StringComparison.Ordinal);
        Assert.Contains("The rules declare 立方米.", d.Message, StringComparison.Ordinal);
        Assert.Contains("规则声明的单位有立方米。", d.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Units_a_prefixed_form_that_is_a_library_unit_keeps_its_meaning_with_a_warning()
    {
        var result = RulePlan.Compile("unit 立方米 dimension 体积;\nunit 方 = 1 立方米;\nindicator X = 1万方 unit 平方米;");
        Assert.True(result.Success, result.ToString());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RL2075");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'万方' stays the library's unit 万平方米", warning.Message, StringComparison.Ordinal);
        Assert.Contains("“万方”仍是已有单位万平方米", warning.ChineseMessage, StringComparison.Ordinal);
        // 1万方 is 10000平方米, as without the declaration.
        Assert.Equal(10000, Value(result.Value!, RuleZone.Create("A"), "X")!.Value, 9);
    }

    // ---- rates -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue13_Rates_the_worked_example_2000万美元_at_6_4515_is_1_2903亿元()
    {
        var plan = Compile(Rate2021 + "indicator 美元收入 unit 万美元;\nindicator 美元收入亿元 = 美元收入 unit 亿元;\nindicator 美元收入万元 = 美元收入 unit 万元;");
        var zone = RuleZone.Create("A").InYear(2021).With("美元收入", 2000);
        var evaluation = plan.Evaluate(zone);
        // 2000万美元 × 6.4515 = 12903万元 = 1.2903亿元.
        Assert.Equal(1.2903, evaluation.Find("美元收入亿元")!.Value!.Value, 12);
        Assert.Equal(12903, evaluation.Find("美元收入万元")!.Value!.Value, 9);
        var explained = evaluation.Find("美元收入万元")!.Explanation.ToString();
        Assert.Contains("2000万美元 × 6.4515 = 12903万元（2021年汇率）", explained, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Rates_money_in_two_currencies_adds_compares_and_divides()
    {
        var plan = Compile(Rate2021 + """
            indicator GDP unit 亿元;
            indicator 美元收入 unit 万美元;
            indicator 合计 = GDP + 美元收入 unit 亿元;
            indicator 美元占比 = 美元收入 / GDP unit %;
            indicator 较大 = max(GDP, 美元收入);
            check 出口超亿元: 美元收入 > 1亿元;
            """);
        // GDP 100亿元; 美元收入 2000万美元 = 1.2903亿元: 合计 101.2903亿元, 占比 1.2903%, max 100亿元; 1.2903亿元 > 1亿元.
        var evaluation = plan.Evaluate(RuleZone.Create("A").InYear(2021).With("GDP", 100).With("美元收入", 2000));
        Assert.Equal(101.2903, evaluation.Find("合计")!.Value!.Value, 9);
        Assert.Equal(1.2903, evaluation.Find("美元占比")!.Value!.Value, 9);
        Assert.Equal(100, evaluation.Find("较大")!.Value!.Value, 9);
        Assert.Equal(RuleCheckStatus.Passed, Assert.Single(evaluation.Checks).Status);
    }

    [Fact]
    public void Issue13_Rates_a_year_without_a_rate_is_missing_never_a_wrong_number()
    {
        var plan = Compile(Rate2021 + "indicator 美元收入 unit 万美元;\nindicator 美元收入亿元 = 美元收入 unit 亿元;");
        var in2023 = plan.Evaluate(RuleZone.Create("A").InYear(2023).With("美元收入", 2000)).Find("美元收入亿元")!;
        Assert.Null(in2023.Value);
        Assert.Equal("没有2023年的美元汇率", in2023.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
        Assert.Equal("no 美元 rate for 2023", in2023.Explanation.GetMissingReason(ExplanationLanguage.English));
        var noYear = plan.Evaluate(RuleZone.Create("A").With("美元收入", 2000)).Find("美元收入亿元")!;
        Assert.Null(noYear.Value);
        Assert.Contains("没有不分年份的美元汇率", noYear.Explanation.GetMissingReason(ExplanationLanguage.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Rates_a_rate_without_a_year_holds_where_no_year_has_its_own()
    {
        var plan = Compile("rate 美元 7;\nrate 美元 6.4515 in 2021;\nrate 港元 0.9 in 2021;\nindicator 美元收入 unit 万美元;\nindicator 港资 unit 万港元;\n" +
                           "indicator 元 = 美元收入 unit 万元;\nindicator 折美元 = 港资 unit 万美元;");
        // 2022 and no year: 7; 2021: 6.4515. 港元 → 美元 in 2021 goes through 元: 900万港元 × 0.9 ÷ 6.4515 = 810 / 6.4515 万美元.
        Assert.Equal(7000, Value(plan, RuleZone.Create("A").InYear(2022).With("美元收入", 1000), "元")!.Value, 9);
        Assert.Equal(7000, Value(plan, RuleZone.Create("A").With("美元收入", 1000), "元")!.Value, 9);
        Assert.Equal(6451.5, Value(plan, RuleZone.Create("A").InYear(2021).With("美元收入", 1000), "元")!.Value, 9);
        Assert.Equal(810 / 6.4515, Value(plan, RuleZone.Create("A").InYear(2021).With("港资", 900), "折美元")!.Value, 9);
        Assert.Null(Value(plan, RuleZone.Create("A").InYear(2022).With("港资", 900), "折美元"));
        Assert.Equal(6.4515, plan.ExchangeRate(Currency.Usd, Currency.Cny, 2021));
        Assert.Equal(1 / 7.0, plan.ExchangeRate(Currency.Cny, Currency.Usd, 2030));
        Assert.Null(plan.ExchangeRate(Currency.Eur, Currency.Cny, 2021));
    }

    [Fact]
    public void Issue13_Rates_a_second_rate_for_a_currency_and_year_is_an_error()
    {
        var d = Error("rate 美元 6.4515 in 2021;\nrate 美元 6.5 in 2021;", "RL2074");
        Assert.Contains("a second rate of 美元 in 2021 (the first is 6.4515)", d.Message, StringComparison.Ordinal);
        Assert.Contains("美元2021年的汇率重复声明", d.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(2, d.Line);
        Error("rate 美元 7;\nrate 美元 7;", "RL2074");
        var notForeign = Error("rate 元 1;", "RL2073");
        Assert.Contains("'元' is not a foreign currency", notForeign.Message, StringComparison.Ordinal);
        Assert.Contains("“元”不是外币", notForeign.ChineseMessage, StringComparison.Ordinal);
        Error("rate 美元 -6.4515 in 2021;", "RL2073");
        Error("rate 美元 6.4515 in 1800;", "RL2073");
    }

    [Fact]
    public void Issue13_Rates_a_rate_for_a_scaled_unit_is_per_that_unit()
    {
        // 1万美元 = 64515元 is 6.4515元 per 美元.
        var plan = Compile("rate 万美元 64515 in 2021;\nindicator 美元收入 unit 万美元;\nindicator 元 = 美元收入 unit 万元;");
        Assert.Equal(12903, Value(plan, RuleZone.Create("A").InYear(2021).With("美元收入", 2000), "元")!.Value, 9);
    }

    [Fact]
    public void Issue13_Rates_without_any_rate_the_currency_message_stays()
    {
        var d = Error("indicator 美元收入 unit 万美元;\nindicator 美元收入亿元 = 美元收入 unit 亿元;", "RL2007");
        Assert.Contains("the currency differs: USD vs CNY", d.Message, StringComparison.Ordinal);
        // A rate for another currency does not convert 美元 either.
        Error("rate 港元 0.9;\nindicator 美元收入 unit 万美元;\nindicator 美元收入亿元 = 美元收入 unit 亿元;", "RL2007");
    }

    [Property(MaxTest = 100)]
    public Property Issue13_Rates_conversion_there_and_back_gives_the_amount()
    {
        var amounts = Gen.Choose(1, 1_000_000).Select(i => i / 100.0);
        var rates = Gen.Choose(1, 200_000).Select(i => i / 10_000.0);
        return Prop.ForAll(amounts.ToArbitrary(), rates.ToArbitrary(), (amount, rate) =>
        {
            var plan = Compile(FormattableString.Invariant($"rate 美元 {rate} in 2021;\nindicator 美元收入 unit 万美元;\nindicator 元 = 美元收入 unit 亿元;\nindicator 回 = 元 unit 万美元;"));
            var evaluation = plan.Evaluate(RuleZone.Create("A").InYear(2021).With("美元收入", amount));
            var there = evaluation.Find("元")!.Value!.Value;
            var back = evaluation.Find("回")!.Value!.Value;
            return Math.Abs(there - amount * rate / 10_000) <= 1e-12 * Math.Max(1, there) && Math.Abs(back - amount) <= 1e-9 * amount;
        });
    }

    [Fact]
    public void Issue13_Rates_bulk_evaluation_refuses_a_conversion_by_name()
    {
        var plan = Compile(Rate2021 + "indicator 美元收入 unit 万美元;\nindicator 美元收入亿元 = 美元收入 unit 亿元;");
        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 1, 2021, [plan.Indicators[0].Code]);
        var e = Assert.Throws<NotSupportedException>(() => plan.EvaluateBulk(dataset));
        Assert.Contains("does not convert currencies", e.Message, StringComparison.Ordinal);
    }

    // ---- text ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue13_Units_statements_round_trip_through_the_canonical_text()
    {
        const string text = Rate2021 + """
            unit 立方米 dimension 体积;
            unit 方 = 1 立方米;
            unit 每方 = 2 "万元/立方米";
            rate 港元 0.9;
            records 企业 { 营业收入 unit 万元; 行业 text; 人数; }
            indicator 大企业数 = count(企业, 营业收入 > 2亿元 or 行业 == "制造业") unit 家;
            """;
        var parsed = RuleSet.Parse(text);
        Assert.True(parsed.Success, parsed.ToString());
        var model = parsed.Value!;
        Assert.Equal(3, model.Units.Count);
        Assert.Equal(new UnitDeclaration("方", null, 1, "立方米"), model.Units[1]);
        Assert.Equal(new RateDeclaration("美元", 6.4515, 2021, "2021年人民币对美元年平均汇率（国家统计局）"), model.Rates[0]);
        Assert.Equal(new RecordFieldDeclaration("行业", null, IsText: true), model.RecordSets[0].Fields[1]);
        Assert.Equal(model, RuleSet.Parse(model.ToText()).Value);
        Assert.Contains("unit 每方 = 2 \"万元/立方米\";", model.ToText(), StringComparison.Ordinal);
        Assert.Contains("records 企业 { 营业收入 unit 万元; 行业 text; 人数; }", model.ToText(), StringComparison.Ordinal);
        // The words of these statements stay free as names elsewhere.
        Assert.True(RuleSet.Parse("indicator rate unit 万元;\nindicator records = rate;\nindicator dimension = records;").Success);
    }

    [Fact]
    public void Issue13_Units_syntax_errors_name_what_was_expected()
    {
        var parsed = RuleSet.Parse("unit 立方米 体积;");
        var d = Assert.Single(parsed.Diagnostics);
        Assert.Contains("expected 'dimension' or '='", d.Message, StringComparison.Ordinal);
        Assert.Contains("应为“dimension”或“=”", d.ChineseMessage, StringComparison.Ordinal);
        var rate = Assert.Single(RuleSet.Parse("rate 美元 6.4515 2021;").Diagnostics);
        Assert.Contains("after the rate", rate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Units_the_builder_gives_the_model_of_the_text()
    {
        var built = RuleSet.CreateBuilder()
            .Unit("立方米", "体积").Unit("方", 1, "立方米").Rate("美元", 6.4515, 2021, "国家统计局").Rate("港元", 0.9)
            .Records("企业", new RecordFieldDeclaration("营业收入", "万元"), new RecordFieldDeclaration("行业", IsText: true))
            .Indicator("用水量", unit: "万方")
            .Build();
        var parsed = RuleSet.Parse("""
            indicator 用水量 unit 万方;
            unit 立方米 dimension 体积;
            unit 方 = 1 立方米;
            rate 美元 6.4515 in 2021 "国家统计局";
            rate 港元 0.9;
            records 企业 { 营业收入 unit 万元; 行业 text; }
            """).Value;
        Assert.Equal(parsed, built);
        Assert.NotEqual(built with { Rates = [] }, built);
    }
}
