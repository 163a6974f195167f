#r "nuget: Indicators, 0.1.0"
#load "lib/zones.csx"

// A scheme written as rule text, compiled by the library (no C# compiler involved), scoring and
// ranking the zones of lib/zones.csx. Run with dotnet-script: dotnet script docs/examples/rank-zones.csx
using Indicators;
using Indicators.Assessment;
using Indicators.Rules;

var plan = RulePlan.Compile("""
    scheme 示例考核 "开发区综合考核（示例）" total 100 {
      category 发展质量 60 {
        GDP 40 by efficacy_coefficient();
        GeneralBudgetRevenue 20 by efficacy_coefficient();
      }
      category 科技创新 40 {
        RdIntensity 40 by interpolation() target 3 baseline 1;
      }
      rank competition;
    }
    """, sourceName: "示例考核.rules").GetValueOrThrow();

var zones = Zones.Select(z => AssessmentZone.Of(z.Name, z.Group)
    .WithValue("GDP", z.Gdp)
    .WithValue("GeneralBudgetRevenue", z.Revenue)
    .WithValue("RdIntensity", z.RdIntensity));
var result = plan.Schemes["示例考核"].Evaluate(zones);

foreach (var zone in result.OrderBy(z => z.Rank))
    WriteLine($"{zone.Rank}. {zone.Id.Code} {zone.Total:0.00}");
// 功效系数 gives 60%–100% of the points between the worst and the best zone; interpolation gives 0 at the
// baseline and all at the target: 甲 = 40 × (0.6 + 0.4 × 124.2/415.7) + 20 × (0.6 + 0.4 × 10.7/33.3) + 40.
// → 1. 乙高新区 100.00
// → 2. 甲开发区 83.35
// → 3. 丁开发区 71.07
// → 4. 丙经开区 44.00
