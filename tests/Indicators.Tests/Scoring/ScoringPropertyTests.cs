using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Scoring;

public class ScoringPropertyTests
{
    /// <summary>One configured method with an input whose value is filled in later, and the most it may award.</summary>
    public sealed record Case(string Label, IScoringMethod Method, ScoringInput Input, double Max)
    {
        public override string ToString() => Label + " " + Input;
    }

    internal static Gen<double> Tenths(int from, int to) => Gen.Choose(from, to).Select(i => i / 10.0);

    internal static readonly Gen<Polarity> Polarities = Gen.Elements(Polarity.Positive, Polarity.Reverse);

    internal static int Sign(Polarity polarity) => polarity == Polarity.Positive ? 1 : -1;

    internal static readonly Gen<Case> Cases =
        from polarity in Polarities
        from weight in Tenths(0, 200)
        from target in Tenths(1, 500)
        from other in Tenths(-500, 500)
        from distance in Tenths(0, 300)
        from parameter in Tenths(1, 30)
        from decimals in Gen.Choose(0, 2)
        from mode in Gen.Elements(StepMode.Floor, StepMode.Proportional)
        from rank in Gen.Choose(1, 40)
        from kind in Gen.Choose(0, 11)
        let ahead = other + (Sign(polarity) * distance)
        let input = new ScoringInput(0, weight, polarity)
        select kind switch
        {
            0 => new Case("all-or-nothing", ScoringMethods.AllOrNothing(decimals, decimals == 1 ? LimitComparison.FullValue : LimitComparison.RoundedValue), input with { Target = other }, weight),
            1 => new Case("capped-ratio", ScoringMethods.CappedRatio(parameter), input with { Target = target }, weight * parameter),
            2 => new Case("base-step", ScoringMethods.BaseStep(parameter, parameter / 10, distance + 0.5, mode), input with { Baseline = other }, weight),
            3 => new Case("base-step max", ScoringMethods.BaseStep(parameter, 0.1, 2, mode, max: distance), input with { Baseline = other }, distance),
            4 => new Case("share-at-target", ScoringMethods.EightyPercentAtTarget(parameter / 10, 1.2), input with { Target = other }, 1.2 * weight),
            5 => new Case("interpolation", ScoringMethods.Interpolation(), input with { Baseline = other, Target = ahead }, weight),
            6 => new Case("efficacy fixed", ScoringMethods.EfficacyCoefficient(ahead + Sign(polarity), other), input, weight),
            7 => new Case("efficacy relative", ScoringMethods.EfficacyCoefficient(), input with { Population = new ScoringPopulation(ahead, other, 1, 1) }, weight),
            8 => new Case("benchmark", ScoringMethods.BenchmarkRatio(), input with { Target = target }, weight),
            9 => new Case("rank ladder", ScoringMethods.RankLadderByPoints(parameter / 10), input with { Population = new ScoringPopulation(1, 0, rank, 40) }, weight),
            10 => new Case("guaranteed-stretch", ScoringMethods.GuaranteedStretch(parameter / 30), input with { Target = other, Stretch = ahead }, weight),
            _ => new Case("completion-steps", ScoringMethods.CompletionSteps(parameter, 10, distance), input with { Target = target }, weight + distance),
        };

    private static double Points(Case c, double value) => c.Method.Score(c.Input with { Value = value }).Points;

    [Property(MaxTest = 300)]
    public Property Every_method_is_monotone_in_the_better_direction(Case c, ScoredValue scored, Gain step)
    {
        var (value, gain) = (scored.Value, step.Value);
        var better = value + (Sign(c.Input.Polarity) * gain);
        return (Points(c, better) >= Points(c, value) - 1e-9).Label($"{c}: {value} → {Points(c, value)}, {better} → {Points(c, better)}");
    }

    [Property(MaxTest = 300)]
    public Property Points_stay_within_zero_and_the_cap(Case c, ScoredValue scored)
    {
        var value = scored.Value;
        var points = Points(c, value);
        return (points >= 0 && points <= c.Max + 1e-9 && !double.IsNegative(points)).Label($"{c}: {value} → {points}");
    }

    [Property(MaxTest = 300)]
    public Property Explanations_end_with_the_points(Case c, ScoredValue scored)
    {
        var value = scored.Value;
        var score = c.Method.Score(c.Input with { Value = value });
        return (score.Explanation.EndsWith(score.Points.ToString("G10", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && score.Method == c.Method.Name).Label(score.Explanation);
    }

    [Property(MaxTest = 300)]
    public Property Efficacy_coefficient_is_invariant_under_positive_linear_rescaling(EfficacyCase c, Rescaling r)
    {
        // Tenths of the way from worst to best, some beyond either end (the fixed form clamps there).
        var value = c.Worst + ((c.Best - c.Worst) * c.Tenth / 10);
        double T(double x) => (r.A * x) + r.B;
        var relative = ScoringMethods.EfficacyCoefficient();
        var before = relative.Score(new ScoringInput(value, 10, c.Polarity, Population: new ScoringPopulation(c.Best, c.Worst, 1, 2))).Index!.Value;
        var after = relative.Score(new ScoringInput(T(value), 10, c.Polarity, Population: new ScoringPopulation(T(c.Best), T(c.Worst), 1, 2))).Index!.Value;
        var fixedOk = c.Best == c.Worst || Math.Abs(
            ScoringMethods.EfficacyCoefficient(c.Best, c.Worst).Score(new ScoringInput(value, 10, c.Polarity)).Index!.Value
            - ScoringMethods.EfficacyCoefficient(T(c.Best), T(c.Worst)).Score(new ScoringInput(T(value), 10, c.Polarity)).Index!.Value) < 1e-7;
        return (Math.Abs(before - after) < 1e-7 && fixedOk).Label($"{before} vs {after}");
    }

    [Property(MaxTest = 300)]
    public bool Interpolation_is_invariant_under_positive_linear_rescaling(InterpolationCase c, Rescaling r)
    {
        double T(double x) => (r.A * x) + r.B;
        var method = ScoringMethods.Interpolation();
        var before = method.Score(new ScoringInput(c.Value, 10, c.Polarity, c.Target, Baseline: c.Baseline)).Points;
        var after = method.Score(new ScoringInput(T(c.Value), 10, c.Polarity, T(c.Target), Baseline: T(c.Baseline))).Points;
        return Math.Abs(before - after) < 1e-7;
    }

    [Property(MaxTest = 300)]
    public bool Rank_ladder_never_rises_with_the_rank(LadderCase c, LadderRank ladderRank, FurtherPlaces places)
    {
        var (rank, further) = (ladderRank.Value, places.Value);
        IScoringMethod[] ladders = [ScoringMethods.RankLadder(c.Decrement / 100), ScoringMethods.RankLadderByPoints(c.Decrement / 10)];
        double At(IScoringMethod m, int r) => m.Score(new ScoringInput(0, c.Weight, Population: new ScoringPopulation(1, 0, r, 100))).Points;
        return ladders.All(m => At(m, rank + further) <= At(m, rank) && At(m, 1) == c.Weight);
    }

    // The polarity mirror of docs/design.md: reverse on (x, T) ≡ positive on (1/x, 1/T).
    [Property(MaxTest = 300)]
    public bool Reverse_ratio_methods_mirror_the_positive_ones_on_reciprocals(RatioValue ratioValue, RatioValue ratioTarget)
    {
        var (value, target) = (ratioValue.Value, ratioTarget.Value);
        IScoringMethod[] methods = [ScoringMethods.CappedRatio(1.2), ScoringMethods.BenchmarkRatio()];
        return methods.All(m => Math.Abs(
            m.Score(new ScoringInput(value, 10, Polarity.Reverse, target)).Points
            - m.Score(new ScoringInput(1 / value, 10, Polarity.Positive, 1 / target)).Points) < 1e-9);
    }

    [Property(MaxTest = 300)]
    public Property Whole_steps_trail_proportional_steps_by_less_than_one_step(StepValue stepValue, StepSize stepSize)
    {
        var (value, per) = (stepValue.Value, stepSize.Value);
        var floor = ScoringMethods.BaseStep(50, 0.1, per, StepMode.Floor).Score(new ScoringInput(value, 100, Baseline: 0)).Points;
        var proportional = ScoringMethods.BaseStep(50, 0.1, per, StepMode.Proportional).Score(new ScoringInput(value, 100, Baseline: 0)).Points;
        // Whole steps are counted toward the baseline: below the proportional score above it, above it below.
        var gap = (proportional - floor) * Math.Sign(value);
        return (gap >= -1e-9 && gap < 0.1 + 1e-9).Label($"{floor} vs {proportional}");
    }
}
