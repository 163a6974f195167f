namespace Indicators.Tests.Assessment;

public class EvaluationTests
{
    // A hand-computed scheme of 3 zones × 2 categories (weights 60 and 40; 赋权 0.8/1.2 → 16/24):
    // A: GDP 110/100 → 40; revenue 200 (best) → 20; new firms 45/50 → 14.4; energy 0.5 (best 0.4) → 19.2;
    //    subtotal 93.6; bonus 援疆 3 × 0.5 = 1.5 capped 1, 试点 1.5 fixed, 2.5 capped 2; deduction 2 × 0.3 = 0.6; total 95.
    // B: GDP 90/100 → 36; revenue 150 → 15; new firms 60/50 → 16; energy 0.4 → 24; subtotal 91;
    //    deductions 2 × 0.3 + 1.5 + 1 = 3.1 (domain-research §2.3, [S31]); total 87.9.
    // C: GDP 80/80 → 40; revenue 100 → 10; new firms missing → 0 (ScoreZero); energy 0.8 → 12; total 62.
    private static AssessmentZone[] Zones() =>
    [
        SampleScheme.Zone("A", "东部", 110, 100, 200, 45, 0.5).WithEvents("aid", 3).WithEvents("pilot", 1).WithEvents("inspection", 2),
        SampleScheme.Zone("B", "东部", 90, 100, 150, 60, 0.4).WithEvents("inspection", 2).WithEvents("case", 1).WithEvents("accident", 1),
        SampleScheme.Zone("C", "西部", 80, 80, 100, null, 0.8),
    ];

    [Fact]
    public void Hand_computed_scheme_of_three_zones()
    {
        var result = SampleScheme.Scheme.Evaluate(Zones());
        var a = result[ZoneId.Of("A")];
        var b = result[ZoneId.Of("B")];
        var c = result[ZoneId.Of("C")];

        Assert.Equal([60, 33.6], a.Categories.Select(x => Math.Round(x.Subtotal, 12)));
        Assert.Equal(14.4, a.Categories[1].Indicators[0].Points, 12);
        Assert.Equal(19.2, a.Categories[1].Indicators[1].Points, 12);
        Assert.Equal(2, a.Bonus, 12);
        Assert.Equal([1, 1.5], a.BonusItems.Select(i => i.Points));
        Assert.Equal(0.6, a.Deductions, 12);
        Assert.Equal(95, a.Total, 9);

        Assert.Equal(91, b.Subtotal, 12);
        Assert.Equal(3.1, b.Deductions, 12);
        Assert.Equal(87.9, b.Total, 9);

        Assert.Equal(62, c.Total, 9);
        Assert.Equal(IndicatorAssessmentStatus.MissingScoredZero, c.Categories[1].Indicators[0].Status);
        Assert.Null(c.Categories[1].Indicators[0].Score);

        Assert.Equal([1, 2, 3], new[] { a, b, c }.Select(z => z.Rank!.Value));
        Assert.Equal([1, 2, 1], new[] { a, b, c }.Select(z => z.GroupRank!.Value));
        Assert.Equal(["优秀", "良好", "合格"], new[] { a, b, c }.Select(z => z.Grade!));

        var population = a.Categories[1].Indicators[1].Population!.Value;
        Assert.Equal(new ScoringPopulation(0.4, 0.8, 2, 3), population);
    }

    [Fact]
    public void Deductions_2x03_plus_15_plus_1_make_31()
    {
        // domain-research §2.3 [S31]: 2 central inspection problems × 0.3, 1 central negative case 1.5, 1 较大 accident 1.
        var zone = SampleScheme.Zone("B", "东部", 100, 100, 150, 50, 0.4).WithEvents("inspection", 2).WithEvents("case", 1).WithEvents("accident", 1);
        var result = SampleScheme.Scheme.Evaluate([zone])[0];
        Assert.Equal(3.1, result.Deductions, 12);
        Assert.Equal(100 - 3.1, result.Total, 9);
    }

    [Fact]
    public void Deductions_floor_the_total_at_zero()
    {
        var zone = SampleScheme.Zone("Z", "东部", 1, 100, 1, 1, 100).WithEvents("accident", 500);
        var result = SampleScheme.Scheme.Evaluate([zone])[0];
        Assert.Equal(0, result.Total);
        Assert.True(result.Subtotal - result.Deductions < 0);
    }

    [Fact]
    public void Vetoes_in_their_three_forms()
    {
        var zones = Zones();
        zones[0] = zones[0].WithVeto("pollution", "发生1起较大突发环境事件");
        zones[1] = zones[1].WithVeto("fraud", "统计数据弄虚作假");
        zones[2] = zones[2].WithVeto("disaster", "发生1起重大生产安全事故");
        var result = SampleScheme.Scheme.Evaluate(zones);

        Assert.Equal(95, result[0].Total, 9);
        Assert.Equal("合格", result[0].Grade);
        Assert.Equal(1, result[0].Rank);

        Assert.Null(result[1].Rank);
        Assert.Null(result[1].GroupRank);
        Assert.True(result[1].IsExcludedFromRanking);
        Assert.Equal(87.9, result[1].Total, 9);

        Assert.Equal(0, result[2].Total);
        Assert.Equal(62, result[2].BeforeVeto, 9);
        Assert.Equal(2, result[2].Rank);
        Assert.Null(result[2].Grade);
    }

    [Fact]
    public void The_ranking_list_puts_unranked_zones_last()
    {
        var zones = Zones();
        zones[0] = zones[0].WithVeto("fraud", "统计数据弄虚作假");
        var result = SampleScheme.Scheme.Evaluate(zones);
        var lines = result.ExplainRanking().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["示例方案", "第1名 B 87.9（东部第1名） 良好", "第2名 C 62（西部第1名） 合格", "不排名 A 95（东部） 优秀 一票否决：统计造假（统计数据弄虚作假）"], lines);
        Assert.Contains("#1 B 87.9 (东部 #1) 良好", result.ExplainRanking(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips()
    {
        var zones = new[]
        {
            SampleScheme.Zone("A", "东部", 100, 100, 100, 50, 1),
            SampleScheme.Zone("B", "东部", 100, 100, 100, 50, 1),
            SampleScheme.Zone("C", "东部", 50, 100, 100, 50, 1),
            SampleScheme.Zone("D", "东部", 100, 100, 100, 50, 1).WithEvents("aid", 1),
        };
        var result = SampleScheme.Scheme.Evaluate(zones);
        Assert.Equal([2, 2, 4, 1], result.Select(z => z.Rank!.Value));
    }

    [Fact]
    public void Ranking_options_tie_totals_at_the_published_precision()
    {
        var builder = AssessmentScheme.CreateBuilder("rounded", 100)
            .Category("A", 100, c => c.Indicator("GDP", RatioToTarget.Instance, IndicatorWeight.Points(100), targets: new ZoneTargets(Target: 100)));
        var zones = new[] { 90.004, 90.001, 89.9 }.Select((v, i) => AssessmentZone.Of("Z" + i).WithValue("GDP", v)).ToArray();
        Assert.Equal([1, 2, 3], builder.Build().Evaluate(zones).Select(z => z.Rank!.Value));
        var rounded = builder.RankBy(RankingOptions.Default with { Ties = TiePolicy.RoundedTo(2) }).Build();
        Assert.Equal([1, 1, 3], rounded.Evaluate(zones).Select(z => z.Rank!.Value));
        var problems = builder.RankBy(RankingOptions.Default with { Polarity = Polarity.Reverse }).TryBuild().Problems();
        Assert.Equal(["the ranking options rank lower totals first; a higher total must rank first"], problems);
    }

    [Fact]
    public void Rank_tiers_grade_by_rank()
    {
        var scheme = SampleScheme.Builder().Veto("x", "x", VetoForm.CapGrade, "第二档");
        var tiers = AssessmentScheme.CreateBuilder("tiers", 100)
            .Category("A", 100, c => c.Indicator("GDP", RatioToTarget.Instance, IndicatorWeight.Points(100), targets: new ZoneTargets(Target: 100)))
            .RankTier("第一档", 1)
            .RankTier("第二档", 3)
            .Build();
        var zones = new[] { 100.0, 90, 80, 70 }.Select((v, i) => AssessmentZone.Of("Z" + i).WithValue("GDP", v));
        var result = tiers.Evaluate(zones);
        Assert.Equal(["第一档", "第二档", "第二档", null], result.Select(z => z.Grade));
        Assert.Equal([100, 90, 80, 70], result.Select(z => Math.Round(z.Total, 9)));
        Assert.Null(result[0].GroupRank);
        Assert.False(scheme.TryBuild().Success);
    }

    [Fact]
    public void Missing_value_under_Error_names_zone_and_indicator()
    {
        var scheme = SampleScheme.Builder(MissingDataPolicy.Error).Build();
        var zones = Zones();
        var exception = Assert.Throws<AssessmentException>(() => scheme.Evaluate(zones));
        Assert.Contains("Zone 'C'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'NewRegisteredEnterprises' (新注册企业数)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_value_under_Reweight_scales_the_other_indicators()
    {
        var scheme = SampleScheme.Builder(MissingDataPolicy.Reweight).Build();
        var c = scheme.Evaluate(Zones())[ZoneId.Of("C")];
        var category = c.Categories[1];
        Assert.Equal(IndicatorAssessmentStatus.MissingReweighted, category.Indicators[0].Status);
        Assert.Equal(0, category.Indicators[0].Weight);
        // Energy keeps the whole 40: 40 × 0.4 / 0.8 = 20.
        Assert.Equal(40, category.Indicators[1].Weight, 12);
        Assert.Equal(20, category.Subtotal, 12);
    }

    [Fact]
    public void A_category_with_nothing_left_to_reweight_is_an_error()
    {
        var scheme = AssessmentScheme.CreateBuilder("r", 10)
            .Category("A", 10, c => c.Indicator("GDP", FullMarks.Instance, IndicatorWeight.Points(10), MissingDataPolicy.Reweight))
            .Build();
        var exception = Assert.Throws<AssessmentException>(() => scheme.Evaluate([AssessmentZone.Of("Q")]));
        Assert.Contains("Zone 'Q' has no value for any indicator of category 'A'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_named()
    {
        var zones = Zones();
        Assert.Contains("'nope'", Assert.Throws<AssessmentException>(() => SampleScheme.Scheme.Evaluate([zones[0].WithEvents("nope", 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("veto 'nope'", Assert.Throws<AssessmentException>(() => SampleScheme.Scheme.Evaluate([zones[0].WithVeto("nope", "x")])).Message, StringComparison.Ordinal);
        Assert.Contains("'A' is given twice", Assert.Throws<ArgumentException>(() => SampleScheme.Scheme.Evaluate([zones[0], zones[0]])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => zones[0].WithValue("GDP", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => zones[0].WithEvents("aid", -1));

        var broken = AssessmentScheme.CreateBuilder("nan", 10)
            .Category("A", 10, c => c.Indicator("GDP", new NotANumber(), IndicatorWeight.Points(10)))
            .Build();
        var exception = Assert.Throws<AssessmentException>(() => broken.Evaluate([AssessmentZone.Of("Q").WithValue("GDP", 1)]));
        Assert.Contains("'test-nan' gave zone 'Q' a non-finite score for indicator 'GDP'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observations_supply_values_in_the_indicator_unit()
    {
        var gdp = IndicatorCatalog.Standard["GDP"];
        var period = ReportingPeriod.Year(2024);
        var zone = AssessmentZone.Of("A")
            .WithValue(Observation.Of(ZoneId.Of("A"), gdp, period, Quantity.Of(50, Units.TenThousandYuan)));
        Assert.Equal(0.005, zone.Values["GDP"]!.Value, 12);
        var missing = zone.WithValue(Observation.Missing(ZoneId.Of("A"), gdp, period));
        Assert.Null(missing.Values["GDP"]);
        Assert.Throws<ArgumentException>(() => zone.WithValue(Observation.Missing(ZoneId.Of("B"), gdp, period)));
    }

    [Fact]
    public void Explanations_in_Chinese_and_English()
    {
        var zones = Zones();
        zones[1] = zones[1].WithVeto("pollution", "发生1起较大突发环境事件");
        var result = SampleScheme.Scheme.Evaluate(zones);

        var zh = result.Explain(ZoneId.Of("B"), ExplanationLanguage.Chinese);
        Assert.Contains("开发区 B（东部）：综合得分 87.9；总排名第2位，组内第2位；等级 合格", zh, StringComparison.Ordinal);
        Assert.Contains("GDP 地区生产总值：实际值 90亿元，目标值 100亿元，权重 40，方法 test-ratio，得分 36", zh, StringComparison.Ordinal);
        Assert.Contains("扣分：3.1（中央生态环境保护督察反馈问题 2项，0.6分；中央负面典型案例 1项，1.5分；较大生产安全事故 1项，1分）", zh, StringComparison.Ordinal);
        Assert.Contains("一票否决：突发环境事件（发生1起较大突发环境事件）：等级最高为 合格", zh, StringComparison.Ordinal);
        Assert.Contains("合计：91 + 0 − 3.1 = 87.9", zh, StringComparison.Ordinal);

        var en = result.Explain(ZoneId.Of("C"), ExplanationLanguage.English);
        Assert.Contains("Zone C (西部): total 62; rank 3, 1 in group; grade 合格", en, StringComparison.Ordinal);
        Assert.Contains("NewRegisteredEnterprises Newly registered enterprises: value missing, scored 0 (weight 16)", en, StringComparison.Ordinal);
        Assert.Contains("best 0.4吨标准煤/万元, worst 0.8吨标准煤/万元, rank 3 of 3, method test-best, index 50, points 12", en, StringComparison.Ordinal);
        Assert.Contains("Veto: none", en, StringComparison.Ordinal);

        var a = result[ZoneId.Of("A")].Explain(ExplanationLanguage.English);
        Assert.Contains("Bonus: 2 (援疆援藏结对帮扶: 3 event(s), 1 points; 国家级试点: 1 event(s), 1.5 points), items 2.5 capped at 2", a, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_cap_limits_the_subtotal_and_is_explained()
    {
        // Index-style methods can exceed the weight (超额加分); the category cap (小计封顶) stops it.
        var scheme = AssessmentScheme.CreateBuilder("cap", 100)
            .Category("经济发展", 60, c => c
                .Indicator("GDP", ProportionalToBest.Instance, IndicatorWeight.Points(30))
                .Indicator("OperatingRevenue", ProportionalToBest.Instance, IndicatorWeight.Points(30)), cap: 50)
            .Category("其他", 40, c => c.Indicator("TotalProfit", FullMarks.Instance, IndicatorWeight.Points(40)))
            .Build();
        var zones = new[]
        {
            AssessmentZone.Of("A").WithValue("GDP", 100).WithValue("OperatingRevenue", 100).WithValue("TotalProfit", 1),
            AssessmentZone.Of("B").WithValue("GDP", 50).WithValue("OperatingRevenue", 50).WithValue("TotalProfit", 1),
        };
        var result = scheme.Evaluate(zones);
        Assert.Equal(60, result[0].Categories[0].Uncapped, 12);
        Assert.Equal(50, result[0].Categories[0].Subtotal, 12);
        Assert.Equal(90, result[0].Total, 12);
        Assert.Equal(30, result[1].Categories[0].Subtotal, 12);
        Assert.Contains("经济发展（权重 60）：小计 50（60 封顶至 50）", result[0].Explain(), StringComparison.Ordinal);
        Assert.Contains("subtotal 50 (60 capped at 50)", result[0].Explain(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Scheme_targets_apply_unless_the_zone_brings_its_own()
    {
        // NewRegisteredEnterprises has a scheme target of 50; zone B's own target of 40 replaces it.
        var zones = new[]
        {
            SampleScheme.Zone("A", "东部", 100, 100, 100, 40, 1),
            SampleScheme.Zone("B", "东部", 100, 100, 100, 40, 1).WithTargets("NewRegisteredEnterprises", new ZoneTargets(Target: 40)),
        };
        var result = SampleScheme.Scheme.Evaluate(zones);
        Assert.Equal(16 * 0.8, result[0].Categories[1].Indicators[0].Points, 12);
        Assert.Equal(16, result[1].Categories[1].Indicators[0].Points, 12);
        Assert.Equal(new ZoneTargets(Target: 40), result[1].Categories[1].Indicators[0].Targets);
    }

    [Fact]
    public void An_absent_value_is_missing_like_an_explicit_null()
    {
        var absent = AssessmentZone.Of("A").WithValue("GDP", 100).WithTargets("GDP", new ZoneTargets(100))
            .WithValue("OperatingRevenue", 1).WithValue("EnergyPerGdp", 1);
        var result = SampleScheme.Scheme.Evaluate([absent])[0];
        Assert.Equal(IndicatorAssessmentStatus.MissingScoredZero, result.Categories[1].Indicators[0].Status);
    }

    [Fact]
    public void Targets_come_from_target_observations()
    {
        var gdp = IndicatorCatalog.Standard["GDP"];
        var zone = AssessmentZone.Of("A")
            .WithTargets("GDP", new ZoneTargets(Stretch: 130))
            .WithTarget(Observation.Of(ZoneId.Of("A"), gdp, ReportingPeriod.Year(2025), Quantity.Of(120, Units.HundredMillionYuan), ObservationKind.Target));
        Assert.Equal(new ZoneTargets(120, 130), zone.Targets["GDP"]);
        Assert.Throws<ArgumentException>(() => zone.WithTarget(Observation.Of(ZoneId.Of("A"), gdp, ReportingPeriod.Year(2025), Quantity.Of(1, Units.HundredMillionYuan))));
    }

    [Fact]
    public void Evaluation_is_deterministic_across_threads()
    {
        var zones = Zones();
        var expected = SampleScheme.Scheme.Evaluate(zones).Select(z => (z.Total, z.Rank, z.Grade, z.Explain())).ToArray();
        var results = new (double, int?, string?, string)[16][];
        Parallel.For(0, results.Length, i => results[i] = SampleScheme.Scheme.Evaluate(zones).Select(z => (z.Total, z.Rank, z.Grade, z.Explain())).ToArray());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
