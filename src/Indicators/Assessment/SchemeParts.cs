namespace Indicators.Assessment;

/// <summary>An indicator of an assessment scheme (二级指标): its definition, its points, its scoring method, its targets and its missing-data policy.</summary>
public sealed class SchemeIndicator
{
    internal SchemeIndicator(IndicatorDefinition definition, IndicatorWeight weight, double points, IScoringMethod method, MissingDataPolicy missingData, ZoneTargets defaultTargets,
        string? label = null)
    {
        Label = label;
        Definition = definition;
        Weight = weight;
        Points = points;
        Method = method;
        MissingData = missingData;
        DefaultTargets = defaultTargets;
    }

    /// <summary>The indicator's code in the catalogue.</summary>
    public string Code => Definition.Code;

    /// <summary>
    /// The name the rules wrote for an indicator of their own whose code was generated (研发强度 for code <c>Rule0</c>), so that
    /// what users read never shows the generated code; null when the code is the indicator's own.
    /// </summary>
    internal string? Label { get; }

    /// <summary>How explanations and messages name the indicator: the rules' name for a generated code, else the code.</summary>
    internal string Shown => Label ?? Code;

    /// <summary>The indicator's definition (name, unit, polarity) from the scheme's catalogue.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The weight as declared: points or a 赋权 multiplier.</summary>
    public IndicatorWeight Weight { get; }

    /// <summary>The points the indicator is worth (标准分): the explicit points, or category weight × multiplier / Σ multipliers.</summary>
    public double Points { get; }

    /// <summary>The scoring method (计分方法).</summary>
    public IScoringMethod Method { get; }

    /// <summary>What happens when a zone has no value (数据缺失处理).</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>The targets used for a zone that brings none of its own (统一目标值); empty when the scheme sets none.</summary>
    public ZoneTargets DefaultTargets { get; }
}

/// <summary>A category of an assessment scheme (一级指标): its name, weight, optional cap on its subtotal and its indicators.</summary>
public sealed class SchemeCategory
{
    internal SchemeCategory(string name, double weight, double? cap, IReadOnlyList<SchemeIndicator> indicators)
    {
        Name = name;
        Weight = weight;
        Cap = cap;
        Indicators = indicators;
        ReweightsSum = indicators.All(i => Reweighting.IsProportional(i.Method));
    }

    /// <summary>
    /// Whether <see cref="MissingDataPolicy.Reweight"/> multiplies the category's sum of points by the scale once (every
    /// method's points are proportional to its weight, so that is the same definition as scaling each weight), rather
    /// than scoring each kept indicator at its weight × the scale (a method with fixed awards, or a user's own).
    /// </summary>
    internal bool ReweightsSum { get; }

    /// <summary>What each kept indicator's points are multiplied by before it is scored: 1 where the sum is scaled, else <paramref name="scale"/>.</summary>
    internal double WeightScale(double scale) => ReweightsSum ? 1.0 : scale;

    /// <summary>The category's points before its cap from the sum of its indicators' points: <paramref name="scale"/> × the sum where the sum is scaled.</summary>
    internal double Reweighted(double sum, double scale) => ReweightsSum ? scale * sum : sum;

    /// <summary>The category's name, e.g. 对外开放.</summary>
    public string Name { get; }

    /// <summary>The category's weight in the scheme's points (权重).</summary>
    public double Weight { get; }

    /// <summary>The most the subtotal may reach (小计封顶), or null for no cap.</summary>
    public double? Cap { get; }

    /// <summary>The indicators, in declaration order.</summary>
    public IReadOnlyList<SchemeIndicator> Indicators { get; }
}

/// <summary>A bonus item (加分项): points per event or fixed, with an optional cap.</summary>
public sealed class BonusItem
{
    internal BonusItem(string code, string name, double points, BonusKind kind, double? cap)
    {
        Code = code;
        Name = name;
        Points = points;
        Kind = kind;
        Cap = cap;
    }

    /// <summary>The code a zone's events name.</summary>
    public string Code { get; }

    /// <summary>The item's name, e.g. 援疆援藏结对帮扶.</summary>
    public string Name { get; }

    /// <summary>The points per event, or the fixed points.</summary>
    public double Points { get; }

    /// <summary>Per event or fixed.</summary>
    public BonusKind Kind { get; }

    /// <summary>The most the item may add (单项加分上限), or null for no cap.</summary>
    public double? Cap { get; }

    internal double Award(int events)
    {
        if (events == 0)
        {
            return 0;
        }
        var raw = Kind == BonusKind.Fixed ? Points : Points * events;
        return Cap is double cap ? Math.Min(raw, cap) : raw;
    }
}

/// <summary>A deduction item (扣分项): fixed points per event, e.g. −0.3 per central environmental-inspection problem.</summary>
public sealed class DeductionItem
{
    internal DeductionItem(string code, string name, double pointsPerEvent)
    {
        Code = code;
        Name = name;
        PointsPerEvent = pointsPerEvent;
    }

    /// <summary>The code a zone's events name.</summary>
    public string Code { get; }

    /// <summary>The item's name, e.g. 中央生态环境保护督察反馈问题.</summary>
    public string Name { get; }

    /// <summary>The points deducted per event (positive).</summary>
    public double PointsPerEvent { get; }
}

/// <summary>A veto rule (一票否决): what a trigger does to a zone's result.</summary>
public sealed class VetoRule
{
    internal VetoRule(string code, string name, VetoForm form, string? gradeCap)
    {
        Code = code;
        Name = name;
        Form = form;
        GradeCap = gradeCap;
    }

    /// <summary>The code a zone's veto triggers name.</summary>
    public string Code { get; }

    /// <summary>The rule's name, e.g. 发生重大及以上生产安全事故.</summary>
    public string Name { get; }

    /// <summary>Score zero, exclusion from the ranking, or a grade cap.</summary>
    public VetoForm Form { get; }

    /// <summary>For <see cref="VetoForm.CapGrade"/>, the best grade the zone may get; otherwise null.</summary>
    public string? GradeCap { get; }
}

/// <summary>One grade (等级/档次) of a scheme: reached by a score threshold (优秀 ≥ 90) or by a rank tier (前10名 第一档).</summary>
public sealed class GradeRule
{
    internal GradeRule(string name, double? minimumScore, int? lastRank)
    {
        Name = name;
        MinimumScore = minimumScore;
        LastRank = lastRank;
    }

    /// <summary>The grade's name, e.g. 优秀 or 第一档.</summary>
    public string Name { get; }

    /// <summary>The lowest total that earns the grade, for score grades; otherwise null.</summary>
    public double? MinimumScore { get; }

    /// <summary>The last rank that earns the grade, for rank tiers; otherwise null.</summary>
    public int? LastRank { get; }
}
