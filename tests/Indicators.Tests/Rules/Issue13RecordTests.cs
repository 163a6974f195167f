using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Bulk;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 13, item 8: counts and sums over a zone's firm or project records (<c>records 企业 { … }</c>,
/// <c>count(企业, 条件)</c>, <c>sum(企业, 字段, 条件)</c>), with text comparisons of record fields. Expected values are
/// computed by hand from the five records below.
/// </summary>
public class Issue13RecordTests
{
    private const string Records = """
        rate 美元 6.4515 in 2021;
        records 企业 { 营业收入 unit 万元; 出口额 unit 万美元; 行业 text; }
        indicator 大企业数 "营收超2亿元或出口超2000万美元企业数" = count(企业, 营业收入 > 2亿元 or 出口额 > 2000万美元) unit 家;
        indicator 规上营收 = sum(企业, 营业收入, 行业 == "制造业") unit 亿元;
        indicator 非制造业数 = count(企业, 行业 != "制造业");
        indicator 企业数 = count(企业);
        indicator 出口合计 = sum(企业, 出口额) unit 亿元;

        """;

    // A: 3亿元, 100万美元, 制造业 → revenue above 2亿元: counts.
    // B: 1.5亿元, 2500万美元, 服务业 → exports above 2000万美元: counts.
    // C: 0.5亿元, 500万美元, 制造业 → neither.
    // D: exactly 2亿元 and exactly 2000万美元, 制造业 → neither (above, not at).
    // E: 2.5亿元, 0万美元, 批发业 → revenue: counts.
    private static RuleZone Zone() => RuleZone.Create("园区").InYear(2021)
        .WithRecord("企业", Firm("A", 30000, 100, "制造业"))
        .WithRecord("企业", Firm("B", 15000, 2500, "服务业"))
        .WithRecord("企业", Firm("C", 5000, 500, "制造业"))
        .WithRecord("企业", Firm("D", 20000, 2000, "制造业"))
        .WithRecord("企业", Firm("E", 25000, 0, "批发业"));

    private static RuleRecord Firm(string key, double revenue, double exports, string industry) =>
        RuleRecord.Create(key).With("营业收入", revenue).With("出口额", exports).WithText("行业", industry);

    private static Diagnostic Error(string text, string code)
    {
        var result = RulePlan.Compile(text, sourceName: "t.rules");
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics, d => d.IsError && d.Code == code);
    }

    [Fact]
    public void Issue13_Records_the_worked_example_over_five_firms()
    {
        var evaluation = Issue13UnitTests.Compile(Records).Evaluate(Zone());
        // A, B and E.
        Assert.Equal(3, evaluation.Find("大企业数")!.Value);
        // 制造业: A 30000 + C 5000 + D 20000 = 55000万元 = 5.5亿元.
        Assert.Equal(5.5, evaluation.Find("规上营收")!.Value!.Value, 12);
        Assert.Equal(2, evaluation.Find("非制造业数")!.Value);
        Assert.Equal(5, evaluation.Find("企业数")!.Value);
        // 100 + 2500 + 500 + 2000 + 0 = 5100万美元 × 6.4515 = 32902.65万元 = 3.290265亿元.
        Assert.Equal(3.290265, evaluation.Find("出口合计")!.Value!.Value, 9);
        Assert.Contains("企业[A、B、E] = 3/5", evaluation.Find("大企业数")!.Explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Records_a_count_is_a_plain_number_or_a_count_in_a_declared_noun()
    {
        var plan = Issue13UnitTests.Compile(Records);
        Assert.Equal("家", plan.Indicators.Single(i => i.Name == "大企业数").Unit?.Symbol);
        Assert.Null(plan.Indicators.Single(i => i.Name == "企业数").Unit);
        var inTens = Issue13UnitTests.Compile("records 企业 { 营业收入 unit 万元; }\nindicator 万家数 = count(企业) unit 万家;");
        // 5 firms are 0.0005万家.
        Assert.Equal(0.0005, Issue13UnitTests.Value(inTens, Zone(), "万家数")!.Value, 15);
    }

    [Fact]
    public void Issue13_Records_a_record_with_a_missing_field_makes_the_count_missing_with_the_records_named()
    {
        var zone = Zone().WithRecord("企业", RuleRecord.Create("F").With("营业收入", 10000).WithText("行业", "制造业"));
        var evaluation = Issue13UnitTests.Compile(Records).Evaluate(zone);
        var count = evaluation.Find("大企业数")!;
        Assert.Null(count.Value);
        Assert.Equal("1 of 6 企业 records undecided (F: missing 出口额)", count.Explanation.GetMissingReason(ExplanationLanguage.English));
        Assert.Equal("6条企业记录中有1条无法判定（F：缺少出口额）", count.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
        // F's 出口额 is not needed where its 行业 decides: the sum over 制造业 needs its 营业收入 only (5.5 + 1亿元).
        Assert.Equal(6.5, evaluation.Find("规上营收")!.Value!.Value, 12);
        // The sum of 出口额 over every firm needs F's.
        Assert.Null(evaluation.Find("出口合计")!.Value);
    }

    [Fact]
    public void Issue13_Records_a_zone_without_records_of_the_set_has_no_count()
    {
        var evaluation = Issue13UnitTests.Compile(Records).Evaluate(RuleZone.Create("A").InYear(2021));
        var count = evaluation.Find("企业数")!;
        Assert.Null(count.Value);
        Assert.Equal("没有企业记录", count.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Issue13_Records_a_field_shadows_an_indicator_of_the_same_name_inside_the_condition()
    {
        var plan = Issue13UnitTests.Compile("""
            records 企业 { 营业收入 unit 万元; }
            indicator 营业收入 unit 亿元;
            indicator 大企业数 = count(企业, 营业收入 > 2亿元);
            indicator 门槛以上 = count(企业, 营业收入 > 2亿元 and 营业收入 < 1000亿元);
            """);
        // The zone's own 营业收入 (500亿元) would make every firm count; the firms' own make A and E count.
        var zone = Zone().With("营业收入", 500);
        Assert.Equal(2, Issue13UnitTests.Value(plan, zone, "大企业数"));
        Assert.Equal(2, Issue13UnitTests.Value(plan, zone, "门槛以上"));
    }

    [Fact]
    public void Issue13_Records_diagnostics_name_the_users_words()
    {
        var set = Error("records 企业 { 营业收入 unit 万元; }\nindicator N = count(项目, 营业收入 > 0);", "RL2077");
        Assert.Contains("must be a record set declared with 'records' (企业), not '项目'", set.Message, StringComparison.Ordinal);
        Assert.Contains("应为用“records”声明的记录集（企业），而不是“项目”", set.ChineseMessage, StringComparison.Ordinal);
        var field = Error("records 企业 { 营业收入 unit 万元; 行业 text; }\nindicator N = sum(企业, 行业);", "RL2077");
        Assert.Contains("must be a numeric field of '企业' (营业收入)", field.Message, StringComparison.Ordinal);
        var condition = Error("records 企业 { 营业收入 unit 万元; }\nindicator N = count(企业, 营业收入);", "RL2077");
        Assert.Contains("the condition of count() over '企业' must be a truth value", condition.Message, StringComparison.Ordinal);
        var nested = Error("records 企业 { 营业收入 unit 万元; }\nindicator N = count(企业, count(企业) > 1);", "RL2077");
        Assert.Contains("cannot stand inside the condition", nested.Message, StringComparison.Ordinal);
        var textAlone = Error("records 企业 { 行业 text; }\nindicator N = count(企业, 行业);", "RL2078");
        Assert.Contains("'行业' is a text field of '企业'", textAlone.Message, StringComparison.Ordinal);
        Assert.Contains("“行业”是记录集“企业”的文本字段", textAlone.ChineseMessage, StringComparison.Ordinal);
        var order = Error("records 企业 { 行业 text; }\nindicator N = count(企业, 行业 > \"制造业\");", "RL2078");
        Assert.Contains("with == or !=", order.Message, StringComparison.Ordinal);
        var outside = Error("indicator 行业 unit 万元;\ncheck c: 行业 == \"制造业\";", "RL2078");
        Assert.Contains("text is compared only as a text field of records", outside.Message, StringComparison.Ordinal);
        var literal = Error("indicator N = \"制造业\";", "RL2078");
        Assert.Contains("a string (\"制造业\") stands only in a comparison", literal.Message, StringComparison.Ordinal);
        var twice = Error("records 企业 { 行业 text; 行业 text; }", "RL2076");
        Assert.Contains("has the field '行业' twice", twice.Message, StringComparison.Ordinal);
        Error("records 企业 { 行业 text; }\nrecords 企业 { 行业 text; }", "RL2076");
        var unit = Error("records 企业 { 营业收入 unit 万圆; }", "RL2013");
        Assert.Contains("'万圆' is not a unit", unit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Records_without_a_record_set_count_is_an_unknown_function_as_before()
    {
        Error("indicator N = count(企业);", "RL2009");
    }

    [Fact]
    public void Issue13_Records_bulk_evaluation_refuses_a_count_by_name()
    {
        var plan = Issue13UnitTests.Compile("records 企业 { 营业收入 unit 万元; }\nindicator A unit 万元;\nindicator N = count(企业) unit 家;");
        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 1, 2021, [plan.Indicators[0].Code]);
        var e = Assert.Throws<NotSupportedException>(() => plan.EvaluateBulk(dataset));
        Assert.Contains("does not count or sum records", e.Message, StringComparison.Ordinal);
    }

    private static readonly Gen<double?> FieldValues = Gen.Frequency(
        (1, Gen.Constant<double?>(null)),
        (6, Gen.Choose(0, 50000).Select(i => (double?)i)));

    private static RuleZone WithFirms(IReadOnlyList<(double? Revenue, double? Exports)> firms)
    {
        var zone = RuleZone.Create("Z").InYear(2021);
        for (var i = 0; i < firms.Count; i++)
        {
            var record = RuleRecord.Create("F" + i);
            record = firms[i].Revenue is double r ? record.With("营业收入", r) : record;
            record = firms[i].Exports is double x ? record.With("出口额", x) : record;
            zone = zone.WithRecord("企业", record);
        }
        return zone;
    }

    [Property(MaxTest = 100)]
    public Property Issue13_Records_a_count_is_at_most_the_records_and_splits_by_its_condition()
    {
        var plan = Issue13UnitTests.Compile(Records + """
            indicator 不大 = count(企业, not (营业收入 > 2亿元 or 出口额 > 2000万美元));
            """);
        var firms = Gen.Zip(FieldValues, FieldValues).ListOf().Select(l => (IReadOnlyList<(double?, double?)>)[.. l]);
        return Prop.ForAll(firms.ToArbitrary(), list =>
        {
            var evaluation = plan.Evaluate(WithFirms(list));
            var big = evaluation.Find("大企业数")!.Value;
            var small = evaluation.Find("不大")!.Value;
            var all = evaluation.Find("企业数")!.Value;
            if (list.Count == 0)
            {
                // No records at all: nothing to count, so missing (never a silent zero).
                return big is null && all is null;
            }
            // Decided exactly when every firm has both fields (the condition reads both, strictly).
            var decided = list.All(f => f.Item1 is not null && f.Item2 is not null);
            var expected = list.Count(f => f.Item1 > 20000 || f.Item2 > 2000);
            return all == list.Count
                && (decided ? big == expected && big <= list.Count && big + small == all : big is null && small is null);
        });
    }

    [Fact]
    public void Issue13_Records_a_field_named_like_a_derived_indicator_makes_no_cycle()
    {
        // 人均营收 reads the count, and the count's condition reads the field 人均营收, not the indicator: no cycle.
        var plan = Issue13UnitTests.Compile("""
            records 企业 { 人均营收 unit 万元; }
            indicator 营收 unit 万元;
            indicator 达标数 = count(企业, 人均营收 > 100万元);
            indicator 人均营收 = 营收 / 达标数 unit 万元;
            """);
        var zone = RuleZone.Create("A").With("营收", 900)
            .WithRecord("企业", RuleRecord.Create("甲").With("人均营收", 150))
            .WithRecord("企业", RuleRecord.Create("乙").With("人均营收", 50))
            .WithRecord("企业", RuleRecord.Create("丙").With("人均营收", 120));
        // 甲 and 丙 are above 100万元: 2; 900万元 / 2 = 450万元.
        Assert.Equal(2, Issue13UnitTests.Value(plan, zone, "达标数"));
        Assert.Equal(450, Issue13UnitTests.Value(plan, zone, "人均营收"));
    }
}
