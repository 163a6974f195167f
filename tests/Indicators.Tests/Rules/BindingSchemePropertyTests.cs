using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

public class BindingSchemePropertyTests
{
    // 商务部-style scheme of two categories: 对外开放 60 (Exports ×1.2 capped_ratio(1.2) target 50, ImportsExports ×0.8
    // benchmark_ratio(200)), 经济 40 (GDP 40 capped_ratio() target 100 missing zero); bonus 1 per event capped at 2; a deduction 0.5.
    private static readonly RuleSet Model = new(schemes:
    [
        new SchemeDeclaration("S", "示例考核", total: 100, categories:
        [
            new CategoryDeclaration("对外开放", 60, indicators:
            [
                new ScoredIndicatorDeclaration("Exports", IndicatorWeight.Multiplier(1.2), new ScoringMethodReference("capped_ratio", [Arg(1.2)]), Target: 50),
                new ScoredIndicatorDeclaration("进出口总额", IndicatorWeight.Multiplier(0.8), new ScoringMethodReference("benchmark_ratio", [Arg(200)])),
            ]),
            new CategoryDeclaration("经济", 40, indicators:
                [new ScoredIndicatorDeclaration("GDP", IndicatorWeight.Points(40), new ScoringMethodReference("capped_ratio"), MissingDataPolicy.ScoreZero, Target: 100)]),
        ], bonuses: [new BonusDeclaration("荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, 2)], deductions: [new DeductionDeclaration("督察", "环保督察问题", 0.5)]),
    ]);

    private const string Text = """
        scheme S "示例考核" total 100 {
          category 对外开放 60 {
            Exports *1.2 by capped_ratio(1.2) target 50;
            进出口总额 *0.8 by benchmark_ratio(200);
          }
          category 经济 40 { GDP 40 by capped_ratio() missing zero target 100; }
          bonus 荣誉 "获国家级荣誉" 1 each cap 2;
          deduction 督察 "环保督察问题" 0.5;
        }
        """;

    private static AssessmentScheme InCSharp() => AssessmentScheme.CreateBuilder("示例考核", 100)
        .Category("对外开放", 60, c => c
            .Indicator("Exports", ScoringMethods.CappedRatio(1.2), IndicatorWeight.Multiplier(1.2), targets: new ZoneTargets(50))
            .Indicator("ImportsExports", ScoringMethods.BenchmarkRatio(200), IndicatorWeight.Multiplier(0.8)))
        .Category("经济", 40, c => c.Indicator("GDP", ScoringMethods.CappedRatio(), IndicatorWeight.Points(40), MissingDataPolicy.ScoreZero, new ZoneTargets(100)))
        .Bonus("荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, 2)
        .Deduction("督察", "环保督察问题", 0.5)
        .Build();

    private static double ByHand(double exports, double trade, double? gdp, int honours, int problems)
    {
        var open = 60 * 1.2 / 2 * Math.Min(exports / 50, 1.2) + 60 * 0.8 / 2 * Math.Min(100, 100 * trade / 200) / 100;
        var economy = gdp is double g ? 40 * Math.Min(g / 100, 1) : 0;
        return Math.Max(0, open + economy + Math.Min(honours, 2) - 0.5 * problems);
    }

    [Fact]
    public void The_text_parses_to_the_model()
    {
        var parsed = RuleSet.Parse(Text);
        Assert.True(parsed.Success, string.Join("\n", parsed.Diagnostics));
        Assert.Equal(Model, parsed.Value!);
    }

    private static readonly AssessmentScheme FromRules = RulePlan.Compile(Model).Value!.Schemes["S"];
    private static readonly AssessmentScheme FromText = RulePlan.Compile(Text).Value!.Schemes["S"];
    private static readonly AssessmentScheme InCSharpScheme = InCSharp();

    [Property(MaxTest = 200)]
    public bool Scheme_from_the_model_equals_the_scheme_in_csharp_and_the_hand_computation(TradeZones set)
    {
        var (zones, fromRules, fromText, inCSharp) = (set.Zones, FromRules, FromText, InCSharpScheme);
        var input = zones.Select((z, i) =>
        {
            var zone = AssessmentZone.Of("Z" + i).WithValue("Exports", z.exports).WithValue("ImportsExports", z.trade).WithValue("GDP", z.gdp);
            zone = z.honours > 0 ? zone.WithEvents("荣誉", z.honours) : zone;
            return z.problems > 0 ? zone.WithEvents("督察", z.problems) : zone;
        }).ToArray();
        var a = fromRules.Evaluate(input);
        var b = inCSharp.Evaluate(input);
        var c = fromText.Evaluate(input);
        for (var i = 0; i < zones.Length; i++)
        {
            var (exports, trade, gdp, honours, problems) = zones[i];
            if (a[i].Total != b[i].Total || c[i].Total != b[i].Total || a[i].Rank != b[i].Rank || Math.Abs(a[i].Total - ByHand(exports, trade, gdp, honours, problems)) > 1e-9)
            {
                return false;
            }
        }
        return true;
    }
}
