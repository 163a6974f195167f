using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

/// <summary>Issue 13, items 2 and 7: bonus, deduction and veto items triggered from data (per …, when …), the honours-only
/// veto, and another scheme's result as an indicator (score(S), rank(S)).</summary>
public class Issue13TriggerTests
{
    // GDP scores capped_ratio against a target of 100 over a weight of 100, so the subtotal is the GDP value itself
    // (up to 120): every total below is that value + 0.5 per 试点 − 0.3 per 环保 problem, computed by hand.
    private const string Rules = """
        indicator 环保问题数;
        indicator 国家级试点;
        indicator 重大生产安全事故;
        indicator 失信记录;
        scheme S "示例" total 100 {
          category 经济 100 { GDP 100 by capped_ratio(1.2) target 100; }
          bonus 试点 "国家级试点示范" 0.5 once when 国家级试点 > 0;
          deduction 环保督察 "中央生态环保督察反馈问题" 0.3 per 环保问题数;
          veto 重大事故 "发生重大及以上生产安全事故，取消当年评价资格" exclude when 重大生产安全事故 > 0;
          veto 失信 "被列入失信名单，取消评先评优资格" honours when 失信记录 > 0;
          grade 优秀 90;
          grade 良好 80;
        }
        """;

    private static readonly Lazy<RulePlan> Plan = new(() => RulePlan.Compile(Rules).GetValueOrThrow());

    /// <summary>One zone through the pipeline the data helper runs: the rules' evaluation, then the triggered items.</summary>
    private static AssessmentZone Zone(string id, double gdp, double? problems = 0, double? pilots = 0, double? accidents = 0, double? dishonest = 0,
        Func<AssessmentZone, AssessmentZone>? given = null)
    {
        var rules = RuleZone.Create(id);
        foreach (var (name, value) in new[] { ("环保问题数", problems), ("国家级试点", pilots), ("重大生产安全事故", accidents), ("失信记录", dishonest) })
        {
            if (value is double v)
            {
                rules = rules.With(name, v);
            }
        }
        var zone = AssessmentZone.Of(id).WithValue("GDP", gdp);
        zone = given?.Invoke(zone) ?? zone;
        return Plan.Value.WithTriggers("S", Plan.Value.Evaluate(rules), zone);
    }

    private static AssessmentResult Assess(params AssessmentZone[] zones) => Plan.Value.Schemes["S"].Evaluate(zones);

    // ------------------------------------------------------------ syntax

    [Fact]
    public void Issue13_Triggers_print_canonically_and_read_back()
    {
        var parsed = RuleSet.Parse(Rules).GetValueOrThrow();
        var text = parsed.ToText();
        Assert.Contains("  bonus 试点 \"国家级试点示范\" 0.5 once when 国家级试点 > 0;\n", text, StringComparison.Ordinal);
        Assert.Contains("  deduction 环保督察 \"中央生态环保督察反馈问题\" 0.3 per 环保问题数;\n", text, StringComparison.Ordinal);
        Assert.Contains("  veto 重大事故 \"发生重大及以上生产安全事故，取消当年评价资格\" exclude when 重大生产安全事故 > 0;\n", text, StringComparison.Ordinal);
        Assert.Contains("  veto 失信 \"被列入失信名单，取消评先评优资格\" honours when 失信记录 > 0;\n", text, StringComparison.Ordinal);
        Assert.Equal(parsed, RuleSet.Parse(text).GetValueOrThrow());
        var scheme = parsed.Schemes[0];
        Assert.Equal(RuleTrigger.When(Rule.Name("国家级试点") > 0), scheme.Bonuses[0].Trigger);
        Assert.Equal(RuleTrigger.Per(Rule.Name("环保问题数")), scheme.Deductions[0].Trigger);
        Assert.Equal(VetoForm.RevokeHonours, scheme.Vetoes[1].Form);
    }

    [Fact]
    public void Issue13_Triggers_the_builder_writes_the_same_model_as_the_text()
    {
        var built = RuleSet.CreateBuilder()
            .Indicator("环保问题数").Indicator("国家级试点").Indicator("重大生产安全事故").Indicator("失信记录")
            .Scheme("S", "示例", s => s.Total(100)
                .Category("经济", 100, c => c.Indicator("GDP", IndicatorWeight.Points(100), RuleMethods.CappedRatio(1.2), target: 100))
                .Bonus("试点", "国家级试点示范", 0.5, RuleTrigger.When(Rule.Name("国家级试点") > 0), BonusKind.Fixed)
                .Deduction("环保督察", "中央生态环保督察反馈问题", 0.3, RuleTrigger.Per(Rule.Name("环保问题数")))
                .Veto("重大事故", "发生重大及以上生产安全事故，取消当年评价资格", VetoForm.ExcludeFromRanking, RuleTrigger.When(Rule.Name("重大生产安全事故") > 0))
                .Veto("失信", "被列入失信名单，取消评先评优资格", VetoForm.RevokeHonours, RuleTrigger.When(Rule.Name("失信记录") > 0))
                .Grade("优秀", 90).Grade("良好", 80))
            .Build();
        Assert.Equal(RuleSet.Parse(Rules).GetValueOrThrow(), built);
    }

    [Theory]
    [InlineData("veto x \"t\" exclude per y;", "RL1010", "'when' or ';'")]
    [InlineData("deduction x \"t\" 0.3 per;", "RL1010", "an expression")]
    [InlineData("bonus x \"t\" 1 each when a > 0 per b;", "RL1010", "';'")]
    public void Issue13_Triggers_syntax_errors_say_what_was_expected(string item, string code, string expected)
    {
        var result = RuleSet.Parse("scheme S {\n  " + item + "\n}");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------ worked examples

    [Fact]
    public void Issue13_Triggers_three_problems_deduct_0_9_and_a_pilot_adds_0_5()
    {
        // 90 (GDP 90 of target 100 × 100 points) + 0.5 (one 国家级试点 > 0) − 3 × 0.3 = 89.6.
        var zone = Zone("甲", 90, problems: 3, pilots: 2);
        Assert.Equal(3, zone.Events["环保督察"]);
        Assert.Equal(1, zone.Events["试点"]);
        var result = Assess(zone)[0];
        Assert.Equal(90, result.Subtotal, 9);
        Assert.Equal(0.5, result.Bonus, 12);
        Assert.Equal(0.9, result.Deductions, 12);
        Assert.Equal(89.6, result.Total, 9);
        Assert.Equal("良好", result.Grade);
        var chinese = result.Explain();
        Assert.Contains("环保问题数 = 3 → 扣0.9分", chinese, StringComparison.Ordinal);
        Assert.Contains("国家级试点 > 0（国家级试点 = 2） → 加0.5分", chinese, StringComparison.Ordinal);
        var english = result.Explain(ExplanationLanguage.English);
        Assert.Contains("环保问题数 = 3 → 0.9 points deducted", english, StringComparison.Ordinal);
        Assert.Contains("国家级试点 > 0 (国家级试点 = 2) → 0.5 points added", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Triggers_events_given_with_the_zone_add_to_the_data_count()
    {
        // 2 given in C# + 3 from the data = 5 problems: 95 − 1.5 = 93.5.
        var zone = Zone("甲", 95, problems: 3, given: z => z.WithEvents("环保督察", 2));
        Assert.Equal(5, zone.Events["环保督察"]);
        var result = Assess(zone)[0];
        Assert.Equal(1.5, result.Deductions, 12);
        Assert.Equal(93.5, result.Total, 9);
        Assert.Contains("环保问题数 = 3，另报送2项 → 扣1.5分", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Triggers_a_condition_that_does_not_hold_adds_nothing()
    {
        var zone = Zone("甲", 85, problems: 0, pilots: 0);
        Assert.Empty(zone.Events);
        var result = Assess(zone)[0];
        Assert.Equal(85, result.Total, 9);
        Assert.Empty(result.Vetoes);
    }

    [Fact]
    public void Issue13_Triggers_a_missing_count_is_not_applied_and_the_explanation_says_so()
    {
        var zone = Zone("甲", 90, problems: null, pilots: null);
        Assert.Empty(zone.Events);
        var result = Assess(zone)[0];
        Assert.Equal(90, result.Total, 9);
        var chinese = result.Explain();
        Assert.Contains("扣分项“环保督察”未按数据计入：缺少数据（缺少环保问题数）", chinese, StringComparison.Ordinal);
        Assert.Contains("加分项“试点”未按数据计入：缺少数据（缺少国家级试点）", chinese, StringComparison.Ordinal);
        Assert.Contains("deduction item '环保督察' not applied from the data: data missing (missing 环保问题数)", result.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(-1)]
    [InlineData(3e9)]
    public void Issue13_Triggers_a_count_that_is_not_a_whole_number_from_0_is_refused_with_its_reason(double problems)
    {
        var zone = Zone("甲", 90, problems: problems);
        Assert.False(zone.Events.ContainsKey("环保督察"));
        var result = Assess(zone)[0];
        Assert.Equal(90, result.Total, 9);
        Assert.Contains("扣分项“环保督察”未按数据计入：环保问题数 = " + AssessmentText.Number(problems) + "，不是0到2147483647之间的整数次数",
            result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Triggers_a_veto_when_its_condition_holds_excludes_the_zone_with_the_data_as_its_reason()
    {
        var result = Assess(Zone("甲", 90, accidents: 1), Zone("乙", 80));
        var excluded = result[0];
        Assert.True(excluded.IsExcludedFromRanking);
        Assert.Null(excluded.Rank);
        Assert.Equal(1, result[1].Rank);
        Assert.Equal("重大生产安全事故 > 0（重大生产安全事故 = 1）", Assert.Single(excluded.Vetoes).Reason);
        Assert.Contains("veto: 发生重大及以上生产安全事故，取消当年评价资格 (重大生产安全事故 > 0 (重大生产安全事故 = 1)): excluded from the ranking",
            excluded.Explain(ExplanationLanguage.English).Replace("Veto:", "veto:", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Triggers_a_missing_veto_condition_is_not_judged_and_is_named()
    {
        var zone = Zone("甲", 90, accidents: null);
        var result = Assess(zone)[0];
        Assert.Empty(result.Vetoes);
        Assert.Contains("一票否决项“重大事故”未按数据计入：缺少数据（缺少重大生产安全事故）", result.Explain(), StringComparison.Ordinal);
    }

    // ------------------------------------------------------------ the honours-only veto

    [Fact]
    public void Issue13_Honours_a_revoked_zone_keeps_total_grade_and_rank()
    {
        var result = Assess(Zone("甲", 95, dishonest: 1), Zone("乙", 91));
        var revoked = result[0];
        Assert.True(revoked.HonoursRevoked);
        Assert.False(result[1].HonoursRevoked);
        Assert.Equal(95, revoked.Total, 9);
        Assert.Equal("优秀", revoked.Grade);
        Assert.Equal(1, revoked.Rank);
        Assert.False(revoked.IsExcludedFromRanking);
        Assert.Equal(VetoForm.RevokeHonours, Assert.Single(revoked.Vetoes).Rule.Form);
        Assert.Contains("一票否决：被列入失信名单，取消评先评优资格（失信记录 > 0（失信记录 = 1））：取消评先评优资格（得分、等级和排名不变）", revoked.Explain(), StringComparison.Ordinal);
        Assert.Contains("honours revoked (total, grade and rank stand)", revoked.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.Contains("一票否决：被列入失信名单", result.ExplainRanking(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property Issue13_Honours_revoking_honours_never_changes_a_total_grade_or_rank()
    {
        var zones = (from gdp in Gen.Choose(0, 120) from revoked in Gen.Elements(true, false) select (gdp, revoked)).ArrayOf().Where(a => a.Length > 0);
        return Prop.ForAll(zones.ToArbitrary(), all =>
        {
            var with = Assess([.. all.Select((z, i) => Zone("z" + i, z.gdp, dishonest: z.revoked ? 1 : 0))]);
            var without = Assess([.. all.Select((z, i) => Zone("z" + i, z.gdp))]);
            return with.Zip(without).All(p => p.First.Total == p.Second.Total && p.First.Grade == p.Second.Grade && p.First.Rank == p.Second.Rank
                                             && p.First.HonoursRevoked == all[with.ToList().IndexOf(p.First)].revoked);
        });
    }

    [Fact]
    public void Issue13_Honours_a_veto_given_in_CSharp_revokes_honours_too()
    {
        var scheme = AssessmentScheme.CreateBuilder("示例", 100)
            .Category("经济", 100, c => c.Indicator("GDP", ScoringMethods.CappedRatio(), IndicatorWeight.Points(100), MissingDataPolicy.Error, new ZoneTargets(100, null, null)))
            .Veto("失信", "取消评先评优资格", VetoForm.RevokeHonours)
            .Build();
        var result = scheme.Evaluate([AssessmentZone.Of("甲").WithValue("GDP", 80).WithVeto("失信", "列入失信名单")])[0];
        Assert.True(result.HonoursRevoked);
        Assert.Equal(80, result.Total, 9);
        Assert.Equal(1, result.Rank);
    }

    // ------------------------------------------------------------ binding

    private const string OneScheme = "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio() target 1; }\n";

    [Theory]
    [InlineData("  deduction 环保 \"t\" 0.3 per growth(GDP);\n}", "RL2040", "the count after 'per' in deduction item '环保' is percent", "扣分项“环保”中“per”后的次数是")]
    [InlineData("  bonus 荣誉 \"t\" 1 each per GDP;\n}", "RL2040", "bonus item '荣誉' is 亿元", "加分项“荣誉”中“per”后的次数是")]
    [InlineData("  veto 事故 \"t\" exclude when GDP;\n}", "RL2014", "the condition after 'when' in veto '事故' is 亿元 (money), not a truth value", "一票否决项“事故”中“when”后的条件是")]
    [InlineData("  deduction 环保 \"t\" 0.3 per 环保问题;\n}", "RL2001", "unknown indicator '环保问题'", "未知指标“环保问题”")]
    public void Issue13_Triggers_binder_diagnostics_name_the_users_words(string item, string code, string english, string chinese)
    {
        var result = RulePlan.Compile("indicator 环保问题数;\n" + OneScheme + item);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Contains(english, error.Message, StringComparison.Ordinal);
        Assert.Contains(chinese, error.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Triggers_a_veto_per_a_count_built_in_code_is_RL3041()
    {
        var rules = RuleSet.CreateBuilder()
            .Scheme("S", s => s.Category("经济", 100, c => c.Indicator("GDP", IndicatorWeight.Points(100), RuleMethods.CappedRatio(), target: 1))
                .Veto("事故", "t", VetoForm.ExcludeFromRanking, RuleTrigger.Per(Rule.Name("GDP"))))
            .Build();
        var error = Assert.Single(RulePlan.Compile(rules).Diagnostics);
        Assert.Equal("RL3041", error.Code);
        Assert.Contains("veto '事故' of scheme 'S'", error.Message, StringComparison.Ordinal);
        Assert.Contains("一票否决项“事故”由条件触发", error.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Triggers_a_count_in_a_counting_unit_counts_its_units()
    {
        // 1.2万家 is 12000 events of 0.0001 points: 80 + 1.2 = 81.2.
        var plan = RulePlan.Compile("indicator 新增企业 unit 万家;\n" + OneScheme.Replace("target 1", "target 100", StringComparison.Ordinal) +
            "  bonus 引进 \"新引进企业\" 0.0001 each per 新增企业;\n}").GetValueOrThrow();
        var zone = plan.WithTriggers("S", plan.Evaluate(RuleZone.Create().With("新增企业", 1.2)), AssessmentZone.Of("甲").WithValue("GDP", 80));
        Assert.Equal(12000, zone.Events["引进"]);
        Assert.Equal(81.2, plan.Schemes["S"].Evaluate([zone])[0].Total, 9);
    }

    [Fact]
    public void Issue13_Triggers_an_extending_scheme_keeps_the_base_trigger_and_may_replace_it()
    {
        var plan = RulePlan.Compile(Rules + """

            scheme P "省级" extends S { deduction 环保督察 "中央生态环保督察反馈问题" 0.5 per 环保问题数 + 1; }
            """).GetValueOrThrow();
        var evaluation = plan.Evaluate(RuleZone.Create().With("环保问题数", 2).With("国家级试点", 1));
        var zone = AssessmentZone.Of("甲").WithValue("GDP", 90);
        Assert.Equal(2, plan.WithTriggers("S", evaluation, zone).Events["环保督察"]);
        var extended = plan.WithTriggers("P", evaluation, zone);
        Assert.Equal(3, extended.Events["环保督察"]);
        Assert.Equal(1, extended.Events["试点"]);
        // 90 + 0.5 − 3 × 0.5 = 89.
        var result = plan.Schemes["P"].Evaluate([extended])[0];
        Assert.Equal(89, result.Total, 9);
        Assert.Contains("环保问题数 + 1 = 3（环保问题数 = 2） → 扣1.5分", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Triggers_in_bulk_are_refused_with_NotSupportedException()
    {
        var dataset = new BulkDataset(1, [1, 1], [Polarity.Positive, Polarity.Positive], 1, 2024, ["GDP", "环保问题数"]);
        var plan = RulePlan.Compile("indicator 环保问题数;\n" + OneScheme + "  deduction 环保 \"t\" 0.3 per 环保问题数;\n}").GetValueOrThrow();
        var error = Assert.Throws<NotSupportedException>(() => plan.EvaluateBulk(dataset));
        Assert.Contains("per …, when …", error.Message, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------ score(S), rank(S)

    private const string Results = """
        indicator 全国排名 "国家级经开区综合排名" = rank(Mofcom2021) reverse;
        indicator 国家得分 = score(Mofcom2021);
        scheme Mofcom2021 "国家级" total 100 {
          category 经济 100 { GDP 100 by capped_ratio() target 100; }
        }
        scheme Jiangsu "省级" total 100 {
          category 国家考核 100 { 国家得分 100 by capped_ratio() target 100; }
        }
        """;

    [Fact]
    public void Issue13_SchemeResults_read_back_as_indicators()
    {
        var plan = RulePlan.Compile(Results).GetValueOrThrow();
        var evaluation = plan.Evaluate(RuleZone.Create("甲").WithSchemeResult("Mofcom2021", new RuleSchemeResult(87.5, 3)));
        Assert.Equal(3, evaluation.Find("全国排名")!.Value);
        Assert.Equal(87.5, evaluation.Find("国家得分")!.Value);
        Assert.Equal(Polarity.Reverse, plan.Indicators.Single(i => i.Name == "全国排名").Polarity);
        Assert.Equal(["Mofcom2021"], plan.SchemesRead);
        // The scheme that scores the other's result: 87.5 of a target of 100 over 100 points.
        var code = plan.Indicators.Single(i => i.Name == "国家得分").Code;
        Assert.Equal(87.5, plan.Schemes["Jiangsu"].Evaluate([AssessmentZone.Of("甲").WithValue(code, evaluation.Find("国家得分")!.Value)])[0].Total, 9);
    }

    [Fact]
    public void Issue13_SchemeResults_a_missing_result_or_rank_is_missing()
    {
        var plan = RulePlan.Compile(Results).GetValueOrThrow();
        var none = plan.Evaluate(RuleZone.Create("甲"));
        Assert.Null(none.Find("全国排名")!.Value);
        Assert.Equal("缺少考核方案Mofcom2021的结果", none.Find("全国排名")!.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
        var unranked = plan.Evaluate(RuleZone.Create("甲").WithSchemeResult("Mofcom2021", new RuleSchemeResult(40, null)));
        Assert.Null(unranked.Find("全国排名")!.Value);
        Assert.Equal("scheme Mofcom2021 gave no rank (not ranked)", unranked.Find("全国排名")!.MissingReason);
        Assert.Equal(40, unranked.Find("国家得分")!.Value);
    }

    [Fact]
    public void Issue13_SchemeResults_an_unknown_scheme_is_RL2041_with_a_suggestion()
    {
        var error = Assert.Single(RulePlan.Compile(Results + "\nindicator X = score(Mofcom2012);").Diagnostics);
        Assert.Equal("RL2041", error.Code);
        Assert.Equal("unknown scheme 'Mofcom2012' in score(); did you mean 'Mofcom2021'?", error.Message);
        Assert.Equal("score()中的考核方案“Mofcom2012”不存在，是否指“Mofcom2021”？", error.ChineseMessage);
        Assert.Equal((9, 21), (error.Line, error.Column));
    }

    [Fact]
    public void Issue13_SchemeResults_a_scheme_that_reads_its_own_result_is_RL3040()
    {
        var direct = RulePlan.Compile(Results.Replace("国家得分 100 by", "全国排名 100 by", StringComparison.Ordinal)
            .Replace("rank(Mofcom2021)", "rank(Jiangsu)", StringComparison.Ordinal));
        var error = Assert.Single(direct.Diagnostics);
        Assert.Equal("RL3040", error.Code);
        Assert.Equal("scheme 'Jiangsu' reads its own result through score() or rank(): Jiangsu → Jiangsu", error.Message);
        Assert.Equal("考核方案“Jiangsu”经score()或rank()读取自身的结果：Jiangsu → Jiangsu", error.ChineseMessage);

        // Through another scheme and a trigger: A scores B's result, B's deduction counts A's rank.
        var through = RulePlan.Compile("""
            indicator BScore = score(B);
            indicator ARank = rank(A);
            scheme A { category c 100 { BScore 100 by capped_ratio() target 100; } }
            scheme B { category c 100 { GDP 100 by capped_ratio() target 100; } deduction d "t" 1 per ARank; }
            """);
        var cycle = Assert.Single(through.Diagnostics);
        Assert.Equal("RL3040", cycle.Code);
        Assert.Contains("A → B → A", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_SchemeResults_the_schemes_read_come_in_dependency_order()
    {
        var plan = RulePlan.Compile("""
            indicator BScore = score(B);
            indicator CRank = rank(C);
            scheme A { category c 100 { BScore 100 by capped_ratio() target 100; } }
            scheme B { category c 100 { GDP 100 by capped_ratio() target 100; } deduction d "t" 1 when CRank > 3; }
            scheme C { category c 100 { GDP 100 by capped_ratio() target 100; } }
            """).GetValueOrThrow();
        Assert.Equal(["C", "B"], plan.SchemesRead);
    }

    [Fact]
    public void Issue13_SchemeResults_in_bulk_are_refused_with_NotSupportedException()
    {
        var plan = RulePlan.Compile("indicator R = rank(S);\nscheme S { category c 100 { GDP 100 by capped_ratio() target 100; } }").GetValueOrThrow();
        var dataset = new BulkDataset(1, [1], [Polarity.Positive], 1, 2024, ["GDP"]);
        var error = Assert.Throws<NotSupportedException>(() => plan.EvaluateBulk(dataset));
        Assert.Contains("rank(S)", error.Message, StringComparison.Ordinal);
    }
}
