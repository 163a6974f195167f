using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 13, items 1 and 3: <c>ratio_to(best | mean | median | total | a number, cap)</c>, the 科技部火炬中心 method
/// (w × min(cap, x / R)), in rule text, the C# API and bulk; and a points parameter written with <c>%</c> as a share of the
/// entry's own weight ("持平得80%": <c>base_step(base: 80%, …)</c>).
/// </summary>
public class Issue13ScoringTests
{
    private static RulePlan Compile(string text)
    {
        var result = RulePlan.Compile(text, sourceName: "t.rules");
        Assert.True(result.Success, result.ToString());
        return result.Value!;
    }

    private static Diagnostic Single(string text, string code) => BindingTextTests.Only(text, code);

    /// <summary>Each expected number (worked by hand, in the comment beside it) within 1e-12 of the points.</summary>
    private static void Close(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-12);
        }
    }

    private static AssessmentZone[] Zones(string code, params double?[] values) =>
        [.. values.Select((v, i) => v is double x
            ? AssessmentZone.Of("Z" + i.ToString(CultureInfo.InvariantCulture)).WithValue(code, x)
            : AssessmentZone.Of("Z" + i.ToString(CultureInfo.InvariantCulture)))];

    private static double[] Points(RulePlan plan, string scheme, string code, params double?[] values) =>
        [.. plan.Schemes[scheme].Evaluate(Zones(code, values)).Select(z => z.Total)];

    // ---- item 1: ratio_to --------------------------------------------------------------------------------------------

    [Fact]
    public void Issue13_RatioTo_scores_against_the_best_mean_median_total_and_a_stated_reference()
    {
        var plan = Compile("""
            scheme Best total 10 { category C 10 { GDP 10 by ratio_to(best); } }
            scheme Mean total 10 { category C 10 { GDP 10 by ratio_to(mean); } }
            scheme Mean12 total 10 { category C 10 { GDP 10 by ratio_to(reference: mean, cap: 1.2); } }
            scheme Median total 10 { category C 10 { GDP 10 by ratio_to(median); } }
            scheme Total total 10 { category C 10 { GDP 10 by ratio_to(total); } }
            scheme Stated total 10 { category C 10 { GDP 10 by ratio_to(reference: 50); } }
            """);
        // GDP of four zones: 40, 100, 20, 60. Best 100; mean 220 / 4 = 55; median (40 + 60) / 2 = 50; total 220.
        double?[] gdp = [40, 100, 20, 60];
        // best: 10 × 40/100 = 4, 10 × 1 = 10, 10 × 20/100 = 2, 10 × 60/100 = 6.
        Close([4, 10, 2, 6], Points(plan, "Best", "GDP", gdp));
        // mean 55: 10 × 40/55 = 80/11, min(1, 100/55) → 10, 10 × 20/55 = 40/11, min(1, 60/55) → 10.
        Close([80.0 / 11, 10, 40.0 / 11, 10], Points(plan, "Mean", "GDP", gdp));
        // cap 1.2: 100/55 = 1.818 → 1.2 → 12; 60/55 = 1.0909 → 10.909… = 120/11.
        Close([80.0 / 11, 12, 40.0 / 11, 120.0 / 11], Points(plan, "Mean12", "GDP", gdp));
        // median 50: 8, 10, 4, 10.
        Close([8, 10, 4, 10], Points(plan, "Median", "GDP", gdp));
        // total 220: the share of the total × 10 = 20/11, 50/11, 10/11, 30/11, which add up to the weight, 10.
        var total = Points(plan, "Total", "GDP", gdp);
        Close([20.0 / 11, 50.0 / 11, 10.0 / 11, 30.0 / 11], total);
        Assert.Equal(10, total.Sum(), 12);
        // A stated reference of 50 (a provincial average): 8, 10, 4, 10, whatever the other zones hold.
        Close([8, 10, 4, 10], Points(plan, "Stated", "GDP", gdp));
        Close([8.0], Points(plan, "Stated", "GDP", 40));
        // An odd count: the median of 40, 100, 20 is 40, so 10 × 20/40 = 5 for the third zone.
        Close([10, 10, 5], Points(plan, "Median", "GDP", 40, 100, 20));
    }

    [Fact]
    public void Issue13_RatioTo_reverse_indicator_divides_the_reference_by_the_value()
    {
        var plan = Compile("""
            scheme Best total 10 { category C 10 { EnergyPerIndustrialValueAdded 10 by ratio_to(best) missing zero; } }
            scheme Mean total 10 { category C 10 { EnergyPerIndustrialValueAdded 10 by ratio_to(mean); } }
            scheme Stated total 10 { category C 10 { EnergyPerIndustrialValueAdded 10 by ratio_to(0.5); } }
            """);
        const string code = "EnergyPerIndustrialValueAdded";
        // Lower is better: the best is the smallest, 0.25. 10 × 0.25/0.5 = 5, 10, 10 × 0.25/1 = 2.5.
        Close([5, 10, 2.5], Points(plan, "Best", code, 0.5, 0.25, 1));
        // mean (0.5 + 0.25 + 1) / 3 = 0.58333…: min(1, 0.58333/0.5) → 10; min(1, 0.58333/0.25) → 10; 10 × 0.58333/1 = 5.8333… = 35/6.
        Close([10, 10, 35.0 / 6], Points(plan, "Mean", code, 0.5, 0.25, 1));
        // A stated 0.5: 10 × 0.5/2 = 2.5; a value of 0 (none of the bad thing) earns the cap, 10.
        Close([2.5, 10], Points(plan, "Stated", code, 2, 0));
        // A missing value is not in the population: the best of 0.5 and 1 is 0.5, and the missing zone scores 0 (missing zero).
        Close([10, 0, 5], Points(plan, "Best", code, 0.5, null, 1));
    }

    [Fact]
    public void Issue13_RatioTo_refuses_a_reference_of_zero_or_below_and_floors_negative_values_at_zero()
    {
        var plan = Compile("""
            scheme Best total 10 { category C 10 { GDP 10 by ratio_to(best); } }
            scheme Mean total 10 { category C 10 { GDP 10 by ratio_to(mean); } }
            scheme Reverse total 10 { category C 10 { EnergyPerIndustrialValueAdded 10 by ratio_to(best); } }
            """);
        // A negative value of a positive indicator: 10 × −20/100 = −2 is floored at 0.
        Close([0, 10], Points(plan, "Best", "GDP", -20, 100));
        // The mean of −30 and 20 is −5: no ratio can be taken of it, so the scheme names the zone and the reason.
        var e = Assert.Throws<AssessmentException>(() => Points(plan, "Mean", "GDP", -30, 20));
        Assert.Contains("positive reference", e.Message, StringComparison.Ordinal);
        Assert.Contains("GDP", e.Message, StringComparison.Ordinal);
        // A reverse indicator whose best zone has 0: its best is 0, refused rather than 0 points for every other zone.
        Assert.Throws<AssessmentException>(() => Points(plan, "Reverse", "EnergyPerIndustrialValueAdded", 0, 0.5));
    }

    [Fact]
    public void Issue13_RatioTo_explains_itself_in_Chinese_and_English()
    {
        var plan = Compile("scheme S total 10 { category C 10 { GDP 10 by ratio_to(mean); } }");
        var result = plan.Schemes["S"].Evaluate(Zones("GDP", 40, 60));
        // mean 50: 10 × 40/50 = 8.
        var score = result[0].Categories[0].Indicators[0].Score!.Value;
        Assert.Equal(8, score.Points, 12);
        Assert.Equal("ratio to the mean of 2 zones' values 50: 10 × min(40 / 50, 1) = 8", score.Explanation);
        Assert.Equal("参照比值法（参照值取2个开发区的平均值 50）：10 × 40 / 50（比值不超过 1，不低于 0）= 8", score.ChineseExplanation);
        Assert.Equal("参照比值法", plan.Schemes["S"].Categories[0].Indicators[0].Method.GetName(ExplanationLanguage.Chinese));
        var stated = ScoringMethods.RatioTo(12.5).Score(new ScoringInput(10, 3));
        // 3 × 10/12.5 = 2.4.
        Assert.Equal(2.4, stated.Points, 12);
        Assert.Equal("参照比值法（参照值取给定参照值 12.5）：3 × 10 / 12.5（比值不超过 1，不低于 0）= 2.4", stated.ChineseExplanation);
    }

    [Fact]
    public void Issue13_RatioTo_CSharp_API_checks_its_arguments_and_says_what_it_reads()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.RatioTo(0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.RatioTo(-3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.RatioTo(RelativeReference.Best, cap: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethods.RatioTo((RelativeReference)9));
        Assert.True(ScoringMethods.RatioTo(RelativeReference.Median).IsRelative);
        Assert.False(ScoringMethods.RatioTo(12.5).IsRelative);
        Assert.True(Reweighting.IsProportional(ScoringMethods.RatioTo(RelativeReference.Mean)));
        // Best without statistics is enough: 2 × 15/20 = 1.5.
        Assert.Equal(1.5, ScoringMethods.RatioTo(RelativeReference.Best).Score(new ScoringInput(15, 2, Population: new ScoringPopulation(20, 5, 2, 3))).Points, 12);
        // A population built without a mean cannot give one: refused, never scored against 0.
        var e = Assert.Throws<ArgumentException>(() => ScoringMethods.RatioTo(RelativeReference.Mean).Score(new ScoringInput(15, 2, Population: new ScoringPopulation(20, 5, 2, 3))));
        Assert.Contains("mean", e.Message, StringComparison.Ordinal);
        // The total of a reverse indicator is refused: a share of the total is better when larger.
        Assert.Throws<ArgumentException>(() => ScoringMethods.RatioTo(RelativeReference.Total).Score(
            new ScoringInput(1, 2, Polarity.Reverse, Population: PopulationStatistics.With(new ScoringPopulation(1, 2, 1, 2), 3, 1.5))));
    }

    [Fact]
    public void Issue13_RatioTo_diagnostics_name_the_users_words()
    {
        var d = Single("scheme S total 10 { category C 10 { GDP 10 by ratio_to(reference: 0); } }", "RL2030");
        Assert.Contains("stated reference 0 is not positive", d.Message, StringComparison.Ordinal);
        Assert.Contains("参照值0不为正", d.ChineseMessage, StringComparison.Ordinal);
        d = Single("scheme S total 10 { category C 10 { GDP 10 by ratio_to(-3); } }", "RL2030");
        Assert.Contains("-3", d.Message, StringComparison.Ordinal);
        d = Single("scheme S total 10 { category C 10 { EnergyPerIndustrialValueAdded 10 by ratio_to(total); } }", "RL3030");
        Assert.Contains("indicator 'EnergyPerIndustrialValueAdded' in category 'C' is reverse", d.Message, StringComparison.Ordinal);
        Assert.Contains("逆向指标", d.ChineseMessage, StringComparison.Ordinal);
        d = Single("scheme S total 10 { category C 10 { GDP 10 by ratio_to(reference: 12.5%); } }", "RL2032");
        Assert.Contains("'12.5%'", d.Message, StringComparison.Ordinal);
        Assert.Contains("“12.5%”", d.ChineseMessage, StringComparison.Ordinal);
        d = Single("scheme S total 10 { category C 10 { GDP 10 by ratio_to(biggest); } }", "RL2011");
        Assert.Contains("'biggest'", d.Message, StringComparison.Ordinal);
        Assert.Contains("“reference”", d.ChineseMessage, StringComparison.Ordinal);
        Single("scheme S total 10 { category C 10 { GDP 10 by ratio_to(); } }", "RL2011");
        // For an indicator in %, 12.5% is the same reference as 12.5 (as a target written with %): 10 × 10/12.5 = 8.
        var plan = Compile("scheme S total 10 { category C 10 { RdIntensity 10 by ratio_to(reference: 12.5%); } }");
        Close([8.0], Points(plan, "S", "RdIntensity", 10));
    }

    [Fact]
    public void Issue13_RatioTo_prints_as_written_and_the_builder_gives_the_same_model()
    {
        const string text = "scheme S total 10 {\n  category C 10 {\n    GDP 3 by ratio_to(total);\n  }\n}\n";
        var parsed = RuleSet.Parse(text).GetValueOrThrow();
        Assert.Contains("ratio_to(total)", parsed.ToText(), StringComparison.Ordinal);
        Assert.Equal(parsed, RuleSet.Parse(parsed.ToText()).GetValueOrThrow());
        Assert.Equal(new ScoringMethodReference("ratio_to", [new RuleArgument(null, new NameReference("total"))]), RuleMethods.RatioTo(RelativeReference.Total));
        Assert.Equal(Method("ratio_to(best)"), RuleMethods.RatioTo(RelativeReference.Best));
        Assert.Equal(Method("ratio_to(reference: mean, cap: 1.2)"), RuleMethods.RatioTo(RelativeReference.Mean, 1.2));
        Assert.Equal(Method("ratio_to(12.5)"), RuleMethods.RatioTo(12.5));
        Assert.Equal(Method("ratio_to(reference: 12.5, cap: 2)"), RuleMethods.RatioTo(12.5, 2));
        // A bracketed keyword is the same word.
        Assert.Equal(Method("ratio_to([total])"), RuleMethods.RatioTo(RelativeReference.Total));
    }

    [Fact]
    public void Issue13_RatioTo_docs_example_compiles_and_scores()
    {
        // docs/rule-language.md, "Scoring relative to the population", without its comments.
        var plan = Compile("""
            scheme Torch "国家高新区评价" total 12 {
              category 创新能力 12 {
                RdExpenditure 3 by ratio_to(best);
                RdIntensity 3 by ratio_to(reference: mean, cap: 1.2);
                GDP 2 by ratio_to(total);
                Exports 2 by ratio_to(reference: 12.5);
                EnergyPerGdp 2 by ratio_to(median);
              }
            }
            """);
        AssessmentZone Zone(string id, double rd, double intensity, double gdp, double exports, double energy) => AssessmentZone.Of(id)
            .WithValue("RdExpenditure", rd).WithValue("RdIntensity", intensity).WithValue("GDP", gdp).WithValue("Exports", exports).WithValue("EnergyPerGdp", energy);
        var result = plan.Schemes["Torch"].Evaluate([Zone("A", 10, 3, 300, 25, 0.5), Zone("B", 5, 1, 100, 10, 0.25)]);
        // A: 3 × 10/10 = 3; mean intensity 2: 3 × min(1.2, 3/2) = 3.6; GDP share 300/400 × 2 = 1.5; 2 × min(1, 25/12.5) = 2;
        // median energy (0.5 + 0.25)/2 = 0.375, reverse: 2 × 0.375/0.5 = 1.5. Total 3 + 3.6 + 1.5 + 2 + 1.5 = 11.6.
        Assert.Equal(11.6, result[0].Total, 12);
        // B: 3 × 5/10 = 1.5; 3 × 1/2 = 1.5; 100/400 × 2 = 0.5; 2 × 10/12.5 = 1.6; 2 × min(1, 0.375/0.25) = 2. Total 7.1.
        Assert.Equal(7.1, result[1].Total, 12);
    }

    private static ScoringMethodReference Method(string written) =>
        RuleSet.Parse("scheme S total 1 { category C 1 { GDP 1 by " + written + "; } }").GetValueOrThrow().Schemes[0].Categories[0].Indicators![0].Method!;

    [Property(MaxTest = 300)]
    public bool Issue13_property_RatioTo_is_monotone_in_the_value_and_never_above_the_cap(NormalFloat a, NormalFloat b, NormalFloat others, PositiveInt weight, byte reference, byte cap)
    {
        var (x, y) = ((double)a.Get % 1000, (double)b.Get % 1000);
        var (low, high) = (Math.Min(x, y), Math.Max(x, y));
        var w = weight.Get % 50 + 1;
        var c = 0.5 + (cap % 8) * 0.25;
        var kind = (RelativeReference)(reference % 4);
        var other = Math.Abs((double)others.Get % 1000) + 1;
        // A population of four zones in which the scored value stands, positive so that every reference is above 0.
        double?[] Values(double v) => [Math.Abs(v) + 1, other, other / 2, 3];
        double PointsOf(double v)
        {
            var values = Values(v);
            var populations = Ranking.Populations(values);
            PopulationStatistics.Add(populations, values);
            return ScoringMethods.RatioTo(kind, c).Score(new ScoringInput(v, w, Population: populations[0])).Points;
        }
        var stated = ScoringMethods.RatioTo(other, c);
        double Stated(double v) => stated.Score(new ScoringInput(v, w)).Points;
        // Against a stated reference the points never fall as the value rises; against the best or the mean a rising value
        // also raises the reference, so the law there is the cap and the floor.
        return Stated(low) <= Stated(high) && Stated(high) <= w * c && Stated(low) >= 0
            && PointsOf(low) is var p && p >= 0 && p <= w * c + 1e-9 * w && PointsOf(high) is var q && q >= 0 && q <= w * c + 1e-9 * w;
    }

    [Property(MaxTest = 200)]
    public bool Issue13_property_RatioTo_does_not_depend_on_the_order_of_the_zones(NonEmptyArray<NormalFloat> raw, byte reference, int seed)
    {
        var values = raw.Get.Take(12).Select(v => Math.Abs((double)v.Get % 1e6) + 0.5).ToArray();
        var plan = Compile("scheme S total 10 { category C 10 { GDP 10 by ratio_to(" + ((RelativeReference)(reference % 4)).ToString().ToLowerInvariant() + "); } }");
        var scheme = plan.Schemes["S"];
        var zones = values.Select((v, i) => AssessmentZone.Of("Z" + i.ToString(CultureInfo.InvariantCulture)).WithValue("GDP", v)).ToArray();
        var random = new Random(seed);
        var shuffled = zones.OrderBy(_ => random.Next()).ToArray();
        var first = scheme.Evaluate(zones).ToDictionary(z => z.Id, z => z.Total);
        var second = scheme.Evaluate(shuffled).ToDictionary(z => z.Id, z => z.Total);
        // The median and the best are order-free; the total and the mean add in zone order, so they may differ by an ulp or so.
        return first.All(p => Math.Abs(p.Value - second[p.Key]) <= 1e-12 * Math.Max(1, Math.Abs(p.Value)));
    }

    [Property(MaxTest = 150)]
    public bool Issue13_property_RatioTo_in_bulk_equals_the_scalar(SmallAssessmentCase small, byte pick)
    {
        // The bulk generator's data (missing values, zeros, negatives, reverse indicators) with every indicator scored by
        // ratio_to: best, mean, median, total or a stated reference, with a cap of 1 or 1.5.
        var c = small.Case;
        var builder = AssessmentScheme.CreateBuilder("ratio to", 100).WithCatalog(c.Catalog())
            .RankBy(Indicators.Tests.Bulk.AssessmentCase.RankingOptions(c.Ranking));
        var cap = pick % 2 == 0 ? 1 : 1.5;
        var method = (pick / 2) % 5 == 4 ? ScoringMethods.RatioTo(7.5, cap) : ScoringMethods.RatioTo((RelativeReference)((pick / 2) % 5), cap);
        for (var k = 0; k < c.Categories.Length; k++)
        {
            var category = c.Categories[k];
            builder.Category("C" + k.ToString(CultureInfo.InvariantCulture), category.Weight, b =>
            {
                foreach (var indicator in category.Indicators)
                {
                    b.Indicator(Indicators.Tests.Bulk.AssessmentCase.Code(indicator.Indicator), method, IndicatorWeight.Multiplier(indicator.Multiplier), indicator.Policy);
                }
            }, category.Cap);
        }
        var scheme = builder.Build();
        var dataset = c.Dataset();
        var bulk = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, bulk, new BulkOptions { MaxDegreeOfParallelism = 2 });
        for (var y = 0; y < c.Years; y++)
        {
            AssessmentResult scalar;
            try
            {
                scalar = scheme.Evaluate(c.ZonesOf(y));
            }
            catch (AssessmentException)
            {
                // The scalar refuses the whole year (a reference ≤ 0, the total of a reverse indicator, nothing to reweight);
                // bulk refuses a zone-year at least.
                if (!Enumerable.Range(0, c.Zones).Any(z => bulk.GetStatus(z, y) != BulkAssessmentStatus.Scored && bulk.GetTotal(z, y) is null))
                {
                    return false;
                }
                continue;
            }
            for (var z = 0; z < c.Zones; z++)
            {
                if (bulk.GetTotal(z, y) is not double total || BitConverter.DoubleToInt64Bits(total) != BitConverter.DoubleToInt64Bits(scalar[z].Total)
                    || bulk.GetRank(z, y) != scalar[z].Rank)
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Fact]
    public void Issue13_RatioTo_in_bulk_scores_a_worked_example()
    {
        var scheme = Compile("scheme S total 10 { category C 10 { GDP 10 by ratio_to(median); } }").Schemes["S"];
        var dataset = new BulkDataset(4, [1.0], [Polarity.Positive], 1, 2023, ["GDP"]);
        double?[] gdp = [40, 100, 20, null];
        for (var z = 0; z < 4; z++)
        {
            dataset.SetActual(z, 0, 0, gdp[z]);
        }
        var bulk = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, bulk);
        // The median of the three present values 20, 40, 100 is 40: 10, min(1, 2.5) → 10, 10 × 20/40 = 5; the missing zone
        // is an error under the default policy.
        Assert.Equal(10, bulk.GetTotal(0, 0));
        Assert.Equal(10, bulk.GetTotal(1, 0));
        Assert.Equal(5, bulk.GetTotal(2, 0));
        Assert.Null(bulk.GetTotal(3, 0));
    }

    // ---- item 3: a points parameter written with % is a share of the entry's weight --------------------------------

    [Fact]
    public void Issue13_Percent_of_weight_in_base_step_is_that_share_of_the_entrys_points()
    {
        var plan = Compile("""
            scheme S total 10 { category C 10 { GDP 10 by base_step(base: 80%, step: 2%, per: 1, max: 150%) baseline 0; } }
            scheme P total 10 { category C 10 { GDP 10 by base_step(base: 8, step: 0.2, per: 1, max: 15) baseline 0; } }
            """);
        // Weight 10: base 80% → 8 points at 持平, step 2% → 0.2 points per 1, max 150% → 15.
        var method = (BaseStepScoring)plan.Schemes["S"].Categories[0].Indicators[0].Method;
        Assert.Equal((8.0, 0.2, 1.0, 15.0), (method.BasePoints, method.Step, method.Per, method.Max!.Value));
        // 持平 (0 against the baseline 0) → 8; +3 → 8 + 3 × 0.2 = 8.6; +40 → 8 + 8 = 16, capped at 15; −50 → 8 − 10 → 0.
        Close([8, 8.6, 15, 0], Points(plan, "S", "GDP", 0, 3, 40, -50));
        // The same scheme written in points scores the same.
        Assert.Equal(Points(plan, "P", "GDP", 0, 3, 40, -50), Points(plan, "S", "GDP", 0, 3, 40, -50));
    }

    [Fact]
    public void Issue13_Percent_of_weight_resolves_against_multiplier_points_and_per_method()
    {
        var plan = Compile("""
            scheme S total 30 {
              category C 30 {
                GDP *2 by base_step(base: 80%, step: 1%, per: 1) baseline 0;
                Exports *1 by base_step(base: 80%, step: 1%, per: 1) baseline 0;
              }
            }
            scheme E total 10 {
              category C 4 { GDP 4 by completion_steps(points: 10%, step_percent: 10, max_bonus: 50%) target 100; }
              category R 6 { Exports 6 by eighty_percent(per_point: 5%, cap: 120%) target 10; }
            }
            scheme L total 20 { category C 20 { GDP 20 by rank_ladder_points(5%); } }
            scheme K total 10 { category C 10 { GDP 10 by capped_ratio(120%) target 10; } }
            """);
        // Multipliers 2 and 1 of 30: GDP is worth 30 × 2/3 = 20 points, so base 80% = 16; Exports 10, base 8.
        var c = plan.Schemes["S"].Categories[0];
        Assert.Equal(16, ((BaseStepScoring)c.Indicators[0].Method).BasePoints, 12);
        Assert.Equal(0.2, ((BaseStepScoring)c.Indicators[0].Method).Step, 12);
        Assert.Equal(8, ((BaseStepScoring)c.Indicators[1].Method).BasePoints, 12);
        // "加分不超过基本分的50%": weight 4 → 0.4 points per step of 10%, at most 2 bonus points.
        var steps = (CompletionStepScoring)plan.Schemes["E"].Categories[0].Indicators[0].Method;
        Assert.Equal((0.4, 10.0, 2.0), (steps.PointsPerStep, steps.StepPercent, steps.MaxBonus));
        // Points per percentage point 5% of 6 = 0.3; the cap stays a multiple of the weight: 120% = 1.2.
        var eighty = (TargetShareScoring)plan.Schemes["E"].Categories[1].Indicators[0].Method;
        Assert.Equal((0.3, 1.2), (eighty.PointsPerPoint, eighty.CapMultiple));
        // 5% of 20 = 1 point per place: ranks 1, 2, 3 → 20, 19, 18.
        Close([19, 20, 18], Points(plan, "L", "GDP", 50, 60, 40));
        // A cap is not points: 120% is still the multiple 1.2, so 13/10 → 1.2 × 10 = 12.
        Close([12.0], Points(plan, "K", "GDP", 13));
    }

    [Fact]
    public void Issue13_Percent_of_weight_needs_the_entrys_points()
    {
        // A category of multipliers without a weight: the points of GDP are unknown, so 80% of them is too.
        var result = RulePlan.Compile("scheme S total 10 { category C { GDP *1 by base_step(base: 80%, step: 0.1, per: 1) baseline 0; } }", sourceName: "t.rules");
        Assert.False(result.Success);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "RL2031");
        Assert.Contains("'base: 80%' is a share of the entry's weight", d.Message, StringComparison.Ordinal);
        Assert.Contains("指标“GDP”的分值未知", d.ChineseMessage, StringComparison.Ordinal);
        // A parameter that is not points keeps the fraction: per: 50% is 0.5 of the value's unit.
        var plan = Compile("scheme S total 10 { category C 10 { GDP 10 by base_step(base: 8, step: 1, per: 50%) baseline 0; } }");
        Assert.Equal(0.5, ((BaseStepScoring)plan.Schemes["S"].Categories[0].Indicators[0].Method).Per, 12);
    }

    [Fact]
    public void Issue13_Percent_of_weight_round_trips_as_written()
    {
        const string text = "scheme S total 10 {\n  category C 10 {\n    GDP 10 by base_step(base: 80%, step: 2%, per: 1, max: 150%) baseline 0;\n  }\n}\n";
        var parsed = RuleSet.Parse(text).GetValueOrThrow();
        Assert.Equal(text, parsed.ToText());
    }
}
