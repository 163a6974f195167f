using System.Globalization;

namespace Indicators.Tests.Assessment;

// Test-only scoring methods: the real ones (ScoringMethods.*) are built on another branch. Each is
// simple enough to hand-compute and monotone in the value for a positive indicator.

/// <summary>weight × min(value / target, 1); reverse: weight × min(target / value, 1).</summary>
internal sealed class RatioToTarget : IScoringMethod
{
    public static readonly RatioToTarget Instance = new();

    public string Name => "test-ratio";

    public bool IsRelative => false;

    public IndicatorScore Score(in ScoringInput input)
    {
        var target = input.Target ?? throw new InvalidOperationException("no target");
        var ratio = input.Polarity == Polarity.Positive ? input.Value / target : target / input.Value;
        var points = input.Weight * Math.Min(ratio, 1);
        return new IndicatorScore(points, null, Name, string.Create(CultureInfo.InvariantCulture, $"{input.Weight} × min({input.Value}/{target}, 1)"));
    }
}

/// <summary>weight × value / best (positive), weight × best / value (reverse).</summary>
internal sealed class ProportionalToBest : IScoringMethod
{
    public static readonly ProportionalToBest Instance = new();

    public string Name => "test-best";

    public bool IsRelative => true;

    public IndicatorScore Score(in ScoringInput input)
    {
        var p = input.Population ?? throw new InvalidOperationException("no population");
        var ratio = input.Polarity == Polarity.Positive ? input.Value / p.Best : p.Best / input.Value;
        return new IndicatorScore(input.Weight * ratio, 100 * ratio, Name, "weight × value / best");
    }
}

/// <summary>Full marks whatever the value.</summary>
internal sealed class FullMarks : IScoringMethod
{
    public static readonly FullMarks Instance = new();

    public string Name => "test-full";

    public bool IsRelative => false;

    public IndicatorScore Score(in ScoringInput input) => new(input.Weight, null, Name, "full marks");
}

/// <summary>A broken method: NaN points.</summary>
internal sealed class NotANumber : IScoringMethod
{
    public string Name => "test-nan";

    public bool IsRelative => false;

    public IndicatorScore Score(in ScoringInput input) => new(double.NaN, null, Name, "");
}

/// <summary>The scheme of the hand-computed example, shared by the tests.</summary>
internal static class SampleScheme
{
    internal static AssessmentSchemeBuilder Builder(MissingDataPolicy newRegistered = MissingDataPolicy.ScoreZero) =>
        AssessmentScheme.CreateBuilder("示例方案", 100)
            .Category("经济发展", 60, c => c
                .Indicator("GDP", RatioToTarget.Instance, IndicatorWeight.Points(40))
                .Indicator("OperatingRevenue", ProportionalToBest.Instance, IndicatorWeight.Points(20)))
            .Category("绿色创新", 40, c => c
                .Indicator("NewRegisteredEnterprises", RatioToTarget.Instance, IndicatorWeight.Multiplier(0.8), newRegistered, new ZoneTargets(Target: 50))
                .Indicator("EnergyPerGdp", ProportionalToBest.Instance, IndicatorWeight.Multiplier(1.2)))
            .Bonus("aid", "援疆援藏结对帮扶", 0.5, BonusKind.PerEvent, cap: 1)
            .Bonus("pilot", "国家级试点", 1.5, BonusKind.Fixed)
            .BonusCap(2)
            .Deduction("inspection", "中央生态环境保护督察反馈问题", 0.3)
            .Deduction("case", "中央负面典型案例", 1.5)
            .Deduction("accident", "较大生产安全事故", 1)
            .Veto("disaster", "发生重大生产安全事故", VetoForm.ScoreZero)
            .Veto("fraud", "统计造假", VetoForm.ExcludeFromRanking)
            .Veto("pollution", "突发环境事件", VetoForm.CapGrade, "合格")
            .Grade("优秀", 90)
            .Grade("良好", 75)
            .Grade("合格", 60);

    internal static AssessmentScheme Scheme { get; } = Builder().Build();

    internal static AssessmentZone Zone(string id, string group, double gdp, double gdpTarget, double revenue, double? newRegistered, double energy) =>
        AssessmentZone.Of(id, group)
            .WithValue("GDP", gdp).WithTargets("GDP", new ZoneTargets(Target: gdpTarget))
            .WithValue("OperatingRevenue", revenue)
            .WithValue("NewRegisteredEnterprises", newRegistered)
            .WithValue("EnergyPerGdp", energy);
}
