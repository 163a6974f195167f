using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

/// <summary>Issue 13, item 4: history beyond last year (previous(x, n), in_year, average) and exit rules in schemes.</summary>
public class Issue13HistoryTests
{
    private const string Indicators = "indicator GDP \"地区生产总值\" unit 亿元;\n";

    private static RulePlan Compile(string text)
    {
        var compiled = RulePlan.Compile(text);
        Assert.True(compiled.Success, compiled.ToString());
        return compiled.Value!;
    }

    private static Diagnostic Refused(string text, string code)
    {
        var compiled = RulePlan.Compile(text);
        Assert.False(compiled.Success);
        return Assert.Single(compiled.Diagnostics, d => d.Code == code);
    }

    /// <summary>A zone in 2012: GDP 150亿元, last year 130亿元, 2010 120亿元 (a year value), 2009 100亿元.</summary>
    private static RuleZone Zone2012() => RuleZone.Create("开发区甲").InYear(2012).With("GDP", 150, 130)
        .WithYearValue("GDP", 2010, 120).WithYearValue("GDP", 2009, 100);

    // ---------------------------------------------------------------- previous(x, n), in_year, average by hand

    [Fact]
    public void Issue13_History_previous_n_reads_the_value_n_years_back_and_explains_the_year()
    {
        var plan = Compile(Indicators + "indicator 两年前 = previous(GDP, 2) unit 亿元;\nindicator 三年前 = previous(GDP, 3) unit 亿元;\nindicator 上年 = previous(GDP, 1) unit 亿元;\nindicator 上年2 = previous(GDP) unit 亿元;");
        var result = plan.Evaluate(Zone2012());
        Assert.Equal(120, result.Find("两年前")!.Value);
        Assert.Equal(100, result.Find("三年前")!.Value);
        Assert.Equal(130, result.Find("上年")!.Value);
        Assert.Equal(130, result.Find("上年2")!.Value);
        // The year read is a part of the explanation: GDP（2010年）= 120亿元.
        var part = Assert.Single(result.Find("两年前")!.Explanation.Parts);
        Assert.Equal("GDP（2010年）", part.Expression);
        Assert.Equal("120亿元", part.ValueText);
        Assert.Equal("previous(GDP, 2) = 120亿元\n  GDP（2010年） = 120亿元", result.Find("两年前")!.Explanation.ToString());
    }

    [Fact]
    public void Issue13_History_previous_1_reads_last_years_values_first_then_the_year_before_this_one()
    {
        var plan = Compile(Indicators + "indicator 上年 = previous(GDP, 1) unit 亿元;");
        // No 上年同期 value: the value stored for 2011 is last year's.
        var zone = RuleZone.Create().InYear(2012).With("GDP", 150).WithYearValue("GDP", 2011, 128);
        Assert.Equal(128, plan.Evaluate(zone).Find("上年")!.Value);
        // Both given: 上年同期 wins (a same-period figure, e.g. 1-6月, is not the year's value).
        Assert.Equal(64, plan.Evaluate(zone.WithPreviousYear("GDP", 64)).Find("上年")!.Value);
    }

    [Fact]
    public void Issue13_History_in_year_is_a_fixed_base_year_in_every_later_year()
    {
        var plan = Compile(Indicators + "indicator 比2010 = GDP / in_year(GDP, 2010);\nindicator 基年 = in_year(GDP, 2010) unit 亿元;");
        // 150 / 120 = 1.25 in 2012; in 2010 itself the base year is this period's value (120 / 120 = 1).
        Assert.Equal(1.25, Zone2012() is var z ? plan.Evaluate(z).Find("比2010")!.Value : null);
        var in2010 = RuleZone.Create().InYear(2010).With("GDP", 120);
        Assert.Equal(1, plan.Evaluate(in2010).Find("比2010")!.Value);
        // In 2011, 2010 is last year: 上年同期 is read.
        Assert.Equal(120, plan.Evaluate(RuleZone.Create().InYear(2011).With("GDP", 130, 120)).Find("基年")!.Value);
        var missing = plan.Evaluate(RuleZone.Create().InYear(2012).With("GDP", 150)).Find("比2010")!;
        Assert.Null(missing.Value);
        Assert.Equal("missing GDP of 2010", missing.MissingReason);
        Assert.Equal("缺少GDP（2010年）", missing.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Issue13_History_average_is_the_mean_of_this_year_and_the_years_before_and_missing_names_the_year()
    {
        var plan = Compile(Indicators + "indicator 三年均值 = average(GDP, 3) unit 亿元;\nindicator 四年均值 = average(GDP, 4) unit 亿元;\nindicator 一年 = average(GDP, 1) unit 亿元;");
        var result = plan.Evaluate(Zone2012());
        // (150 + 130 + 120) / 3 = 133.33…; (150 + 130 + 120 + 100) / 4 = 125.
        Assert.Equal(400.0 / 3, result.Find("三年均值")!.Value);
        Assert.Equal(125, result.Find("四年均值")!.Value);
        Assert.Equal(150, result.Find("一年")!.Value);
        Assert.Equal(["GDP（2012年）", "GDP（2011年）", "GDP（2010年）"], result.Find("三年均值")!.Explanation.Parts.Select(p => p.Expression));
        // Without 2010 the mean is missing, and the reason names the year.
        var gap = plan.Evaluate(RuleZone.Create().InYear(2012).With("GDP", 150, 130).WithYearValue("GDP", 2009, 100)).Find("三年均值")!;
        Assert.Null(gap.Value);
        Assert.Equal("missing GDP of 2010", gap.MissingReason);
    }

    [Fact]
    public void Issue13_History_a_zone_without_its_year_has_no_history_beyond_last_year()
    {
        var plan = Compile(Indicators + "indicator 两年前 = previous(GDP, 2) unit 亿元;\nindicator 上年 = previous(GDP) unit 亿元;");
        var result = plan.Evaluate(RuleZone.Create().With("GDP", 150, 130).WithYearValue("GDP", 2010, 120));
        Assert.Equal(130, result.Find("上年")!.Value);
        Assert.Null(result.Find("两年前")!.Value);
        Assert.Equal("missing GDP 2 years back (the zone's year is not given)", result.Find("两年前")!.MissingReason);
    }

    [Fact]
    public void Issue13_History_a_derived_indicator_evaluated_for_last_year_reads_no_history()
    {
        // growth(均值) needs 均值 for 2011, i.e. GDP back to 2009: a derived indicator reaches one year back only.
        var plan = Compile(Indicators + "indicator 均值 = average(GDP, 2) unit 亿元;\nindicator 均值增速 = growth(均值);");
        var result = plan.Evaluate(Zone2012());
        Assert.Equal(140, result.Find("均值")!.Value);
        Assert.Null(result.Find("均值增速")!.Value);
        Assert.Contains("reaches only one year back", result.Find("均值增速")!.MissingReason, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- diagnostics

    [Theory]
    [InlineData("previous(GDP, 0)", "previous", "a number of years", "1 to 50", "0")]
    [InlineData("previous(GDP, 51)", "previous", "a number of years", "1 to 50", "51")]
    [InlineData("average(GDP, 2.5)", "average", "a number of years", "1 to 50", "2.5")]
    [InlineData("average(GDP, n)", "average", "a number of years", "1 to 50", "n")]
    [InlineData("previous(GDP, -2)", "previous", "a number of years", "1 to 50", "-2")]
    [InlineData("in_year(GDP, 1899)", "in_year", "a year", "1900 to 2200", "1899")]
    [InlineData("in_year(GDP, 2010亿元)", "in_year", "a year", "1900 to 2200", "2010亿元")]
    public void Issue13_History_the_second_argument_must_be_a_whole_literal_in_range(string call, string function, string what, string range, string written)
    {
        var d = Refused(Indicators + "indicator n;\nindicator X = " + call + ";", "RL2050");
        Assert.Equal($"argument 2 of {function}() must be {what} written as a whole number from {range}, not '{written}'", d.Message);
        Assert.Contains("函数" + function + "的第2个参数", d.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("“" + written + "”", d.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_History_unknown_indicator_wrong_arity_and_a_non_name_are_reported()
    {
        Assert.Contains("未知指标“GPD”", Refused(Indicators + "indicator X = average(GPD, 3);", "RL2001").ChineseMessage, StringComparison.Ordinal);
        Assert.Equal("average() takes 2 arguments, not 1", Refused(Indicators + "indicator X = average(GDP);", "RL2005").Message);
        Assert.Equal("in_year() takes 2 arguments, not 3", Refused(Indicators + "indicator X = in_year(GDP, 2010, 1);", "RL2005").Message);
        Assert.Equal("the argument of previous() must be an indicator's name", Refused(Indicators + "indicator X = previous(GDP * 2, 2);", "RL2006").Message);
    }

    [Theory]
    [InlineData("previous(D, 2)", "previous")]
    [InlineData("in_year(D, 2010)", "in_year")]
    [InlineData("average(D, 3)", "average")]
    public void Issue13_History_a_derived_indicator_reaches_only_one_year_back(string call, string function)
    {
        var d = Refused(Indicators + "indicator D = GDP * 2 unit 亿元;\nindicator X = " + call + ";", "RL2051");
        Assert.StartsWith("'D' is a derived indicator: " + function + "() of a derived indicator reaches only one year back", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("“D”是派生指标", d.ChineseMessage, StringComparison.Ordinal);
        // One year back is its formula on last year's figures, as before.
        Assert.True(RulePlan.Compile(Indicators + "indicator D = GDP * 2 unit 亿元;\nindicator X = previous(D, 1) unit 亿元;").Success);
    }

    // ---------------------------------------------------------------- bulk: the dataset has every year

    [Fact]
    public void Issue13_History_bulk_reads_the_datasets_years_and_the_first_years_have_no_history()
    {
        var plan = Compile(Indicators + "indicator 两年前 = previous(GDP, 2) unit 亿元;\nindicator 三年均值 = average(GDP, 3) unit 亿元;\nindicator 基年 = in_year(GDP, 2010) unit 亿元;");
        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 4, 2009, ["GDP"]);
        double[] gdp = [100, 120, 130, 150]; // 2009–2012
        for (var y = 0; y < 4; y++)
        {
            dataset.SetActual(0, 0, y, gdp[y]);
        }
        var results = plan.EvaluateBulk(dataset);
        Assert.Equal([null, null, 100, 120], Enumerable.Range(0, 4).Select(y => results.GetValue(0, "两年前", y)));
        Assert.Equal([null, null, 350.0 / 3, 400.0 / 3], Enumerable.Range(0, 4).Select(y => results.GetValue(0, "三年均值", y)));
        Assert.Equal([120.0, 120, 120, 120], Enumerable.Range(0, 4).Select(y => results.GetValue(0, "基年", y)));
    }

    [Property(Arbitrary = [typeof(HistoryArbitraries)], MaxTest = 200)]
    public void Issue13_History_bulk_equals_the_scalar_evaluation_bit_for_bit(HistoryBulkCase c)
    {
        var plan = HistoryBulkCase.Plan();
        var results = plan.EvaluateBulk(c.Dataset(), new BulkOptions { MaxDegreeOfParallelism = 1 });
        for (var z = 0; z < c.Zones; z++)
        {
            for (var y = 0; y < c.Years; y++)
            {
                var scalar = plan.Evaluate(c.Zone(z, y));
                foreach (var indicator in results.DerivedIndicators)
                {
                    var expected = scalar.Find(indicator.Name)!.Value;
                    var actual = results.GetValue(z, indicator.Name, y);
                    Assert.True(expected is null == actual is null && (expected is not { } e || BitConverter.DoubleToInt64Bits(e) == BitConverter.DoubleToInt64Bits(actual!.Value)),
                        string.Create(CultureInfo.InvariantCulture, $"{indicator.Name} of zone {z}, year {y}: scalar {expected:R} ({scalar.Find(indicator.Name)!.MissingReason}), bulk {actual:R}"));
                }
            }
        }
    }

    // ---------------------------------------------------------------- exit rules in schemes

    private const string ExitLine = "exit 降级备选 \"连续三年内有两次进入本地区最后5名\" bottom 5 times 2 years 3 within 地区;";

    [Fact]
    public void Issue13_Exit_the_MOFCOM_rule_parses_prints_and_binds_to_the_schemes_exit()
    {
        var text = "indicator S;\nscheme Mofcom \"国家级经开区综合发展水平考核评价\" {\n  category 综合 100 {\n    S 100 by capped_ratio(1) target 100;\n  }\n  " + ExitLine + "\n}\n";
        var parsed = RuleSet.Parse(text);
        Assert.Empty(parsed.Diagnostics);
        var exit = parsed.Value!.Schemes[0].Exit!;
        Assert.Equal(new ExitDeclaration("降级备选", "连续三年内有两次进入本地区最后5名", 5, 2, 3, "地区"), exit);
        Assert.Equal(text, parsed.Value.ToText());
        var scheme = Compile(text).Schemes["Mofcom"];
        Assert.Equal("降级备选", scheme.Exit!.Code);
        Assert.Equal("连续三年内有两次进入本地区最后5名", scheme.Exit.Title);
        Assert.Equal("地区", scheme.Exit.Within);
        Assert.Equal((ExitRule.Mofcom2021.Times, ExitRule.Mofcom2021.Bottom, ExitRule.Mofcom2021.Years), (scheme.Exit.Rule.Times, scheme.Exit.Rule.Bottom, scheme.Exit.Rule.Years));
        Assert.Equal("降级备选: 2 of 3 years in the bottom 5 within 地区", scheme.Exit.ToString());
    }

    [Fact]
    public void Issue13_Exit_bottom_times_and_years_stay_free_as_names_and_the_builder_writes_the_same_rule()
    {
        var plan = Compile("indicator years;\nindicator bottom;\nindicator times = years + bottom;");
        Assert.Equal(3, plan.Evaluate(RuleZone.Create().With("years", 1).With("bottom", 2)).Find("times")!.Value);
        var built = RuleSet.CreateBuilder().Indicator("S")
            .Scheme("M", s => s.Category("综合", 100, c => c.Indicator("S", IndicatorWeight.Points(100), new ScoringMethodReference("capped_ratio", [new RuleArgument(null, new NumberLiteral(1))]), target: 100))
                .Exit("降级备选", "连续三年内有两次进入本地区最后5名", 5, 2, 3, "地区"))
            .Build();
        Assert.Equal(new ExitDeclaration("降级备选", "连续三年内有两次进入本地区最后5名", 5, 2, 3, "地区"), built.Schemes[0].Exit);
        Assert.Contains("  " + ExitLine + "\n", built.ToText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bottom 5 times 4 years 3", "bottom 5 times 4 years 3")]
    [InlineData("bottom 0 times 1 years 3", "bottom 0 times 1 years 3")]
    [InlineData("bottom 5 times 0 years 3", "bottom 5 times 0 years 3")]
    [InlineData("bottom 5 times 2 years 51", "bottom 5 times 2 years 51")]
    public void Issue13_Exit_numbers_out_of_range_are_reported_in_both_languages(string numbers, string named)
    {
        var d = Refused("indicator S;\nscheme M { category 综合 100 { S 100 by capped_ratio(1) target 100; } exit 降级备选 \"…\" " + numbers + " within 地区; }", "RL3050");
        Assert.EndsWith("not " + named, d.Message, StringComparison.Ordinal);
        Assert.Contains("退出规则“降级备选”", d.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Exit_syntax_errors_point_at_the_missing_word_and_a_second_exit_is_a_duplicate()
    {
        var missing = RuleSet.Parse("scheme M { exit 降级备选 \"…\" bottom 5 years 3; }");
        Assert.Equal("RL1010", Assert.Single(missing.Diagnostics).Code);
        Assert.Contains("'times'", missing.Diagnostics[0].Message, StringComparison.Ordinal);
        var twice = RuleSet.Parse("scheme M { exit A \"…\" bottom 5 times 2 years 3; exit B \"…\" bottom 3 times 2 years 3; }");
        Assert.Equal("RL1015", Assert.Single(twice.Diagnostics).Code);
    }

    [Fact]
    public void Issue13_Exit_an_extending_scheme_keeps_its_bases_exit_rule_or_replaces_it()
    {
        const string Base = "indicator S;\nscheme M { category 综合 100 { S 100 by capped_ratio(1) target 100; } " + ExitLine + " }\n";
        var plan = Compile(Base + "scheme P extends M { }\nscheme Q extends M { exit 摘牌 \"3年中有2年排名最后3位\" bottom 3 times 2 years 3; }");
        Assert.Equal("降级备选", plan.Schemes["P"].Exit!.Code);
        Assert.Equal(("摘牌", 3, (string?)null), (plan.Schemes["Q"].Exit!.Code, plan.Schemes["Q"].Exit!.Rule.Bottom, plan.Schemes["Q"].Exit!.Within));
    }

    /// <summary>
    /// Worked by hand: bottom 2, twice within 3 years, ranked within 地区 (东部 A–E, 西部 F–H; the zones' own Group is
    /// unset, so the ranking groups come from the attribute). Totals = S (capped_ratio(1) of S against 100 on 100 points).
    /// 2021 东部 A 93.75 B 87.5 C 75 D 62.5 E 50 → bottom D, E;   西部 F 87.5 G 50 H 37.5 → bottom G, H.
    /// 2022 东部 C 93.75 A 87.5 E 75 D 62.5 B 50 → bottom D, B;   西部 G 75 H 62.5 F 37.5 → bottom H, F.
    /// 2023 东部 D 93.75 C 87.5 A 75 B 37.5 E 25 → bottom B, E;   西部 H 93.75 F 50 G 25 → bottom F, G.
    /// Window 2020–2022: D (2021, 2022: 62.5, 62.5 → 62.5), H (2021, 2022: 37.5, 62.5 → 50).
    /// Window 2021–2023: D (62.5), E (2021, 2023: 50, 25 → 37.5), B (2022, 2023: 50, 37.5 → 43.75), H (50),
    /// G (2021, 2023: 50, 25 → 37.5), F (2022, 2023: 37.5, 50 → 43.75). Ordered by year, then mean (lowest first), then zone.
    /// </summary>
    [Fact]
    public void Issue13_Exit_flags_carry_the_mean_of_the_bottom_years_scores_and_are_ordered_by_it()
    {
        var plan = Compile("indicator S;\nscheme M { category 综合 100 { S 100 by capped_ratio(1) target 100; } exit 降级备选 \"连续三年内有两次进入本地区最后2名\" bottom 2 times 2 years 3 within 地区; }");
        var code = plan.Indicators.Single(i => i.Name == "S").Code;
        var east = new[] { "A", "B", "C", "D", "E" };
        var totals = new Dictionary<int, double[]>
        {
            //           A      B     C      D      E     F     G     H
            [2021] = [93.75, 87.5, 75, 62.5, 50, 87.5, 50, 37.5],
            [2022] = [87.5, 50, 93.75, 62.5, 75, 37.5, 75, 62.5],
            [2023] = [75, 37.5, 87.5, 93.75, 25, 50, 25, 93.75],
        };
        var results = totals.ToDictionary(t => t.Key, t => plan.Schemes["M"].Evaluate("ABCDEFGH".Select((id, i) =>
            AssessmentZone.Of(id.ToString()).WithAttribute("地区", east.Contains(id.ToString()) ? "东部" : "西部").WithValue(code, t.Value[i]))));
        var flags = plan.EvaluateExit("M", results);
        Assert.Equal(
        [
            (2022, "H", "2021, 2022", 50.0), (2022, "D", "2021, 2022", 62.5),
            (2023, "E", "2021, 2023", 37.5), (2023, "G", "2021, 2023", 37.5), (2023, "B", "2022, 2023", 43.75),
            (2023, "F", "2022, 2023", 43.75), (2023, "H", "2021, 2022", 50.0), (2023, "D", "2021, 2022", 62.5),
        ], flags.Select(f => (f.Year, f.Zone.Code, string.Join(", ", f.BottomYears), f.MeanScore!.Value)));
        Assert.Equal([50.0, 25], flags.Single(f => f.Year == 2023 && f.Zone.Code == "E").Scores!);
        Assert.Equal("H in 2022: bottom in 2021, 2022, mean score 50", flags[0].ToString());
        // The public entry point gives the same; a scheme without an exit rule, or an unknown scheme, gives none.
        Assert.Equal(flags.Select(f => f.ToString()), plan.Schemes["M"].Exit!.Evaluate(results).Select(f => f.ToString()));
        Assert.Empty(plan.EvaluateExit("Other", results));
    }
}

/// <summary>A random dataset of two indicators (GDP in 亿元, a rate in %) over 1–6 years from 2018, for history in bulk.</summary>
public sealed record HistoryBulkCase(int Zones, int Years, double[] Cells)
{
    private static readonly string[] Codes = ["GDP", "Rate"];

    private static readonly Lazy<RulePlan> CompiledPlan = new(() => RulePlan.Compile(
        "indicator GDP unit 亿元;\nindicator Rate unit %;\n"
        + "indicator P2 = previous(GDP, 2) unit 亿元;\nindicator P3 = previous(Rate, 3);\nindicator P1 = previous(GDP, 1) unit 亿元;\n"
        + "indicator Y2019 = in_year(GDP, 2019) unit 亿元;\nindicator Y2021 = in_year(Rate, 2021);\nindicator Out = in_year(GDP, 2000) unit 亿元;\n"
        + "indicator Base = GDP / in_year(GDP, 2018);\nindicator A2 = average(GDP, 2) unit 亿元;\nindicator A3 = average(Rate, 3);\n"
        + "indicator A5 = average(GDP, 5) unit 亿元;\nindicator Mixed = average(GDP, 3) - previous(GDP, 2) + coalesce(in_year(GDP, 2020), 1亿元) unit 亿元;\n"
        + "indicator GrowthOfMean = growth(A2);\nindicator PreviousMean = previous(A2) unit 亿元;\nindicator Rise = Rate - average(Rate, 2);").GetValueOrThrow());

    public static RulePlan Plan() => CompiledPlan.Value;

    private double Value(int zone, int indicator, int year) => Cells[((zone * Codes.Length) + indicator) * Years + year];

    public BulkDataset Dataset()
    {
        var dataset = new BulkDataset(Zones, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], Years, 2018, Codes);
        for (var z = 0; z < Zones; z++)
        {
            for (var i = 0; i < Codes.Length; i++)
            {
                for (var y = 0; y < Years; y++)
                {
                    var v = Value(z, i, y);
                    dataset.SetActual(z, i, y, double.IsNaN(v) ? null : v);
                }
            }
        }
        return dataset;
    }

    /// <summary>The zone in year index <paramref name="year"/>: this year, last year as 上年同期, every other year of the dataset as year values.</summary>
    public RuleZone Zone(int zone, int year)
    {
        var result = RuleZone.Create().InYear(2018 + year);
        for (var i = 0; i < Codes.Length; i++)
        {
            for (var y = 0; y < Years; y++)
            {
                var v = Value(zone, i, y);
                if (double.IsNaN(v))
                {
                    continue;
                }
                result = y == year ? result.With(Codes[i], v) : y == year - 1 ? result.WithPreviousYear(Codes[i], v) : result.WithYearValue(Codes[i], 2018 + y, v);
            }
        }
        return result;
    }
}

public static class HistoryArbitraries
{
    private static Gen<double> Values =>
        Gen.Frequency(
            (2, Gen.Constant(double.NaN)),
            (1, Gen.Elements(0.0, -0.0, 1e308, -1e308, double.MaxValue, double.Epsilon, 1e-300)),
            (6, Gen.Choose(-2000, 20000).Select(i => i / 8.0)),
            (2, Gen.Choose(1, 1000).Select(i => i / 3.0)));

    public static Arbitrary<HistoryBulkCase> HistoryBulkCases() =>
        (from zones in Gen.Choose(1, 5)
         from years in Gen.Choose(1, 6)
         from cells in Gen.ArrayOf(Values, zones * 2 * years)
         select new HistoryBulkCase(zones, years, cells)).ToArbitrary();
}
