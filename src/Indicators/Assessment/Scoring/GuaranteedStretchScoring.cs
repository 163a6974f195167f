using static Indicators.Assessment.ScoringChecks;

namespace Indicators.Assessment;

/// <summary>
/// A two-tier target (确保/力争): base points at the guaranteed target (确保, the input's <see cref="ScoringInput.Target"/>),
/// the full weight at the stretch target (力争, <see cref="ScoringInput.Stretch"/>), linear between and 0 short of 确保.
/// 确保8%、力争10%, actual 9%, base 4 of 6 → 4 + 2 × (9 − 8) / (10 − 8) = 5.0 (rule 17). The targets are compared with
/// the full value; round the value first to judge at the published precision.
/// </summary>
internal sealed class GuaranteedStretchScoring : IScoringMethod, IPointsOnly, IProportionalToWeight
{
    internal GuaranteedStretchScoring(double baseShare)
    {
        baseShare = Guard.Against.NegativeOrNotFinite(baseShare, nameof(baseShare));
        Guard.Against.GreaterThan(baseShare, 1, nameof(baseShare));
        BaseShare = baseShare;
    }

    /// <inheritdoc />
    public string Name => "guaranteed-stretch";

    /// <inheritdoc />
    public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "确保力争计分" : Name;

    /// <inheritdoc />
    /// <remarks>True: base share × w + (w − base share × w) × fraction, or 0.</remarks>
    public bool IsProportionalToWeight => true;

    /// <inheritdoc />
    public bool IsRelative => false;

    /// <summary>The share of the weight earned at 确保 (4 of 6: 2/3).</summary>
    public double BaseShare { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The indicator has no guaranteed or no stretch target, or 力争 is not beyond 确保 for its polarity.</exception>
    public IndicatorScore Score(in ScoringInput input)
    {
        var points = Points(in input, out var guaranteed, out var stretch, out var basePoints, out var met);
        return new IndicatorScore(points, null, Name, met
            ? $"guaranteed/stretch: {N(basePoints)} + ({N(input.Weight)} - {N(basePoints)}) × clamp(({N(input.Value)} - {N(guaranteed)}) / ({N(stretch)} - {N(guaranteed)}), 0, 1) = {N(points)}"
            : $"guaranteed/stretch: {N(input.Value)} misses the guaranteed target {N(guaranteed)} → 0")
        {
            ChineseExplanation = met
                ? $"确保力争计分：{N(basePoints)} + ({N(input.Weight)} - {N(basePoints)}) × ({N(input.Value)} - {N(guaranteed)}) / ({N(stretch)} - {N(guaranteed)})（比值限定在 0 至 1 之间）= {N(points)}"
                : $"确保力争计分：实际值 {N(input.Value)} 未达到确保值 {N(guaranteed)} → 0",
        };
    }

    /// <inheritdoc />
    public double Points(in ScoringInput input) => Points(in input, out _, out _, out _, out _);

    private double Points(in ScoringInput input, out double guaranteed, out double stretch, out double basePoints, out bool met)
    {
        Check(input);
        guaranteed = Require(input.Target, "guaranteed target (确保)", Name);
        stretch = Require(input.Stretch, "stretch target (力争)", Name);
        basePoints = BaseShare * input.Weight;
        met = (input.Value - guaranteed) * Sign(input.Polarity) >= 0;
        var fraction = InterpolationScoring.Fraction(input.Value, guaranteed, stretch, input.Polarity);
        return met ? Clamp(basePoints + ((input.Weight - basePoints) * fraction), input.Weight) : 0;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
