namespace Indicators.Tests.Assessment;

public class SchemeBuilderTests
{
    private static AssessmentSchemeBuilder OneIndicatorPerCategory(string name, double total, params (string Category, double Weight, string Code)[] categories)
    {
        var builder = AssessmentScheme.CreateBuilder(name, total);
        foreach (var (category, weight, code) in categories)
        {
            builder.Category(category, weight, c => c.Indicator(code, FullMarks.Instance, IndicatorWeight.Multiplier(1)));
        }
        return builder;
    }

    [Fact]
    public void Mofcom_2021_category_weights_sum_to_100()
    {
        // 商务部 2021年版: 对外开放30 科技创新15 绿色发展15 统筹协调10 发展质量30 (domain-research §2.1, [S25]).
        var scheme = OneIndicatorPerCategory("国家级经开区综合发展水平考核评价办法（2021年版）", 100,
            ("对外开放", 30, "ActualForeignInvestment"), ("科技创新", 15, "HighTechOutputShare"), ("绿色发展", 15, "EnergyPerGdp"),
            ("统筹协调", 10, "NewRegisteredEnterprises"), ("发展质量", 30, "GDP")).TryBuild();
        Assert.True(scheme.Success, string.Join("; ", scheme.Problems()));
        Assert.Equal(100, scheme.Value!.Categories.Sum(c => c.Weight));
        Assert.All(scheme.Value!.Categories, c => Assert.Equal(c.Weight, c.Indicators[0].Points));
    }

    [Fact]
    public void Zhejiang_2010_categories_sum_to_1000_points()
    {
        // 浙江 2010年度: 经济规模300 发展质量250 综合效益250 增量增速200 = 1000 (domain-research §2.3, [S29]).
        var categories = new[] { ("经济规模", 300.0, "GDP"), ("发展质量", 250.0, "HighTechOutputShare"), ("综合效益", 250.0, "TotalProfit"), ("增量增速", 200.0, "OperatingRevenue") };
        var scheme = OneIndicatorPerCategory("浙江省开发区综合评价（2010年度）", 1000, categories).Build();
        Assert.Equal(1000, scheme.Total);
        Assert.Equal(1000, scheme.Categories.Sum(c => c.Weight));

        var wrong = OneIndicatorPerCategory("浙江 declared as 100", 100, categories).TryBuild();
        Assert.False(wrong.Success);
        Assert.Contains("category weights 经济规模 300, 发展质量 250, 综合效益 250, 增量增速 200 sum to 1000, not the declared total 100", wrong.Problems());
    }

    [Fact]
    public void Multipliers_share_the_category_weight()
    {
        // 赋权 0.8 and 1.2 in a category of 40 points: 40 × 0.8 / 2 = 16 and 40 × 1.2 / 2 = 24 (domain-research §2.2).
        var category = SampleScheme.Scheme.Categories[1];
        Assert.Equal(16, category.Indicators[0].Points, 12);
        Assert.Equal(24, category.Indicators[1].Points, 12);
        Assert.True(category.Indicators[0].Weight.IsMultiplier);
    }

    [Fact]
    public void Weights_that_do_not_add_up_name_the_categories_and_the_sum()
    {
        var result = OneIndicatorPerCategory("bad", 100, ("对外开放", 30, "GDP"), ("科技创新", 15, "TotalProfit"), ("发展质量", 50, "OperatingRevenue")).TryBuild();
        Assert.False(result.Success);
        Assert.Equal(["category weights 对外开放 30, 科技创新 15, 发展质量 50 sum to 95, not the declared total 100"], result.Problems());
        var weights = Assert.Single(result.Diagnostics);
        Assert.Equal(("SB1005", DiagnosticSeverity.Error, "scheme 'bad'"), (weights.Code, weights.Severity, weights.SourceName));
        Assert.Equal("各类别权重（对外开放 30，科技创新 15，发展质量 50）合计95，不等于方案总分100", weights.ChineseMessage);
        Assert.StartsWith("scheme 'bad': error SB1005: category weights", weights.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
        var exception = Assert.Throws<DiagnosticException>(() => result.GetValueOrThrow());
        Assert.Contains("sum to 95, not the declared total 100", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'bad'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_scored_twice_is_named()
    {
        var problems = AssessmentScheme.CreateBuilder("twice", 100)
            .Category("A", 50, c => c.Indicator("GDP", FullMarks.Instance, IndicatorWeight.Points(50)))
            .Category("B", 50, c => c.Indicator("GDP", FullMarks.Instance, IndicatorWeight.Points(50)))
            .TryBuild().Problems();
        Assert.Equal(["indicator 'GDP' is scored twice (in category 'A' and in category 'B')"], problems);
    }

    [Fact]
    public void An_indicator_not_in_the_catalogue_is_named()
    {
        var problems = AssessmentScheme.CreateBuilder("unknown", 100)
            .Category("A", 100, c => c.Indicator("NoSuchIndicator", FullMarks.Instance, IndicatorWeight.Points(100)))
            .TryBuild().Problems();
        Assert.Equal(["indicator 'NoSuchIndicator' in category 'A' is not in the indicator catalogue"], problems);
    }

    [Fact]
    public void A_custom_catalogue_admits_its_own_indicators()
    {
        var own = IndicatorDefinition.Create("AidProjects", "援建项目数", "Aid projects", Units.Count("项"), IndicatorNature.Flow);
        var scheme = AssessmentScheme.CreateBuilder("own", 10)
            .WithCatalog(IndicatorCatalog.Standard.With(own))
            .Category("统筹协调", 10, c => c.Indicator("AidProjects", FullMarks.Instance, IndicatorWeight.Points(10)))
            .Build();
        Assert.Same(own, scheme.Categories[0].Indicators[0].Definition);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = AssessmentScheme.CreateBuilder("many", 100)
            .Category("A", 60, c => c
                .Indicator("GDP", FullMarks.Instance, IndicatorWeight.Points(30))
                .Indicator("TotalProfit", FullMarks.Instance, IndicatorWeight.Points(20)))
            .Category("B", 30, c => c
                .Indicator("OperatingRevenue", FullMarks.Instance, IndicatorWeight.Points(10))
                .Indicator("EnergyPerGdp", FullMarks.Instance, IndicatorWeight.Multiplier(1)))
            .Category("C", 10, c => c.Indicator("GDP", null!, IndicatorWeight.Points(10)))
            .Category("D", 0, _ => { })
            .Bonus("b", "加分", -1)
            .Deduction("b", "扣分", 0.3)
            .Veto("v", "否决", VetoForm.CapGrade, "优秀")
            .Grade("良好", 75)
            .Grade("优秀", 90)
            .TryBuild();
        Assert.False(result.Success);
        var expected = new[]
        {
            "category 'A' has indicator points GDP 30, TotalProfit 20 that sum to 50, not the category weight 60",
            "category 'B' mixes explicit points and 赋权 multipliers; use one kind",
            "indicator 'GDP' is scored twice (in category 'A' and in category 'C')",
            "indicator 'GDP' in category 'C' has no scoring method",
            "category 'D' has weight 0; it must be positive and finite",
            "category 'D' has no indicators",
            "bonus item 'b' (加分) has points -1; it must be positive and finite",
            "deduction item 'b' (扣分) uses a code already declared",
            "grade '优秀' has a threshold 90 not below the previous grade's 75; declare grades best first",
        };
        foreach (var problem in expected)
        {
            Assert.Contains(problem, result.Problems());
        }
        var thrown = Assert.Throws<DiagnosticException>(() => result.GetValueOrThrow());
        Assert.Equal(result.Diagnostics, thrown.Diagnostics);
    }

    [Fact]
    public void A_grade_cap_must_name_a_declared_grade()
    {
        var problems = OneIndicatorPerCategory("cap", 100, ("A", 100, "GDP"))
            .Veto("v", "否决", VetoForm.CapGrade, "良好")
            .Grade("优秀", 90)
            .TryBuild().Problems();
        Assert.Equal(["veto rule 'v' (否决) caps the grade at '良好', which is not a declared grade"], problems);
    }

    [Fact]
    public void Grades_cannot_mix_scores_and_ranks()
    {
        var problems = OneIndicatorPerCategory("mixed grades", 100, ("A", 100, "GDP"))
            .Grade("优秀", 90)
            .RankTier("第一档", 10)
            .TryBuild().Problems();
        Assert.Equal(["grades mix score thresholds and rank tiers; use one kind"], problems);
    }

    [Fact]
    public void Weights_reject_non_positive_and_non_finite_numbers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorWeight.Points(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorWeight.Multiplier(double.NaN));
    }

    [Fact]
    public void Weights_are_values_equal_by_kind_and_number()
    {
        // Two weights built apart are equal when kind and number agree, and hash alike.
        var first = IndicatorWeight.Points(2);
        var second = IndicatorWeight.Points(1 + 1);
        Assert.True(first.Equals(second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, IndicatorWeight.Multiplier(2));
        Assert.NotEqual(first, IndicatorWeight.Points(3));
    }
}

/// <summary>The English messages of a scheme build's diagnostics, as the tests compare them.</summary>
internal static class SchemeOutcomeText
{
    internal static IReadOnlyList<string> Problems(this Outcome<AssessmentScheme> outcome) => [.. outcome.Diagnostics.Select(d => d.Message)];
}
