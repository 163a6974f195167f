using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Scoring;

public class ScoringPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    /// <summary>One configured method with an input whose value is filled in later, and the most it may award.</summary>
    public sealed record Case(string Label, IScoringMethod Method, ScoringInput Input, double Max)
    {
        public override string ToString() => Label + " " + Input;
    }

    private static Gen<double> Tenths(int from, int to) => Gen.Choose(from, to).Select(i => i / 10.0);

    private static readonly Gen<Polarity> Polarities = Gen.Elements(Polarity.Positive, Polarity.Reverse);

    private static int Sign(Polarity polarity) => polarity == Polarity.Positive ? 1 : -1;

    private static readonly Gen<Case> Cases =
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

    [Fact]
    public void Every_method_is_monotone_in_the_better_direction() =>
        Check.One(Quick, Prop.ForAll(Cases.ToArbitrary(), Tenths(-1000, 1000).ToArbitrary(), Tenths(0, 1000).ToArbitrary(), (c, value, gain) =>
        {
            var better = value + (Sign(c.Input.Polarity) * gain);
            return (Points(c, better) >= Points(c, value) - 1e-9).Label($"{c}: {value} → {Points(c, value)}, {better} → {Points(c, better)}");
        }));

    [Fact]
    public void Points_stay_within_zero_and_the_cap() =>
        Check.One(Quick, Prop.ForAll(Cases.ToArbitrary(), Tenths(-1000, 1000).ToArbitrary(), (c, value) =>
        {
            var points = Points(c, value);
            return (points >= 0 && points <= c.Max + 1e-9 && !double.IsNegative(points)).Label($"{c}: {value} → {points}");
        }));

    [Fact]
    public void Explanations_end_with_the_points() =>
        Check.One(Quick, Prop.ForAll(Cases.ToArbitrary(), Tenths(-1000, 1000).ToArbitrary(), (c, value) =>
        {
            var score = c.Method.Score(c.Input with { Value = value });
            return (score.Explanation.EndsWith(score.Points.ToString("G10", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                && score.Method == c.Method.Name).Label(score.Explanation);
        }));

    // A positive linear rescaling x → a·x + b (a unit change, or an offset) applied to the value and every reference point.
    private static readonly Gen<(double A, double B)> Rescalings = from a in Tenths(1, 100) from b in Tenths(-1000, 1000) select (a, b);

    [Fact]
    public void Efficacy_coefficient_is_invariant_under_positive_linear_rescaling() =>
        Check.One(Quick, Prop.ForAll(
            (from polarity in Polarities
             from worst in Tenths(-500, 500)
             from range in Tenths(0, 300)
             from tenth in Gen.Choose(-5, 15)
             select (polarity, worst, best: worst + (Sign(polarity) * range), tenth)).ToArbitrary(),
            Rescalings.ToArbitrary(),
            (c, r) =>
            {
                // Tenths of the way from worst to best, some beyond either end (the fixed form clamps there).
                var value = c.worst + ((c.best - c.worst) * c.tenth / 10);
                double T(double x) => (r.A * x) + r.B;
                var relative = ScoringMethods.EfficacyCoefficient();
                var before = relative.Score(new ScoringInput(value, 10, c.polarity, Population: new ScoringPopulation(c.best, c.worst, 1, 2))).Index!.Value;
                var after = relative.Score(new ScoringInput(T(value), 10, c.polarity, Population: new ScoringPopulation(T(c.best), T(c.worst), 1, 2))).Index!.Value;
                var fixedOk = c.best == c.worst || Math.Abs(
                    ScoringMethods.EfficacyCoefficient(c.best, c.worst).Score(new ScoringInput(value, 10, c.polarity)).Index!.Value
                    - ScoringMethods.EfficacyCoefficient(T(c.best), T(c.worst)).Score(new ScoringInput(T(value), 10, c.polarity)).Index!.Value) < 1e-7;
                return (Math.Abs(before - after) < 1e-7 && fixedOk).Label($"{before} vs {after}");
            }));

    [Fact]
    public void Interpolation_is_invariant_under_positive_linear_rescaling() =>
        Check.One(Quick, Prop.ForAll(
            (from polarity in Polarities
             from baseline in Tenths(-500, 500)
             from range in Tenths(0, 300)
             from value in Tenths(-1000, 1000)
             select (polarity, baseline, target: baseline + (Sign(polarity) * range), value)).ToArbitrary(),
            Rescalings.ToArbitrary(),
            (c, r) =>
            {
                double T(double x) => (r.A * x) + r.B;
                var method = ScoringMethods.Interpolation();
                var before = method.Score(new ScoringInput(c.value, 10, c.polarity, c.target, Baseline: c.baseline)).Points;
                var after = method.Score(new ScoringInput(T(c.value), 10, c.polarity, T(c.target), Baseline: T(c.baseline))).Points;
                return Math.Abs(before - after) < 1e-7;
            }));

    [Fact]
    public void Rank_ladder_never_rises_with_the_rank() =>
        Check.One(Quick, Prop.ForAll(
            (from weight in Tenths(0, 200) from decrement in Tenths(1, 20) select (weight, decrement)).ToArbitrary(),
            Gen.Choose(1, 50).ToArbitrary(), Gen.Choose(0, 50).ToArbitrary(),
            (c, rank, further) =>
            {
                IScoringMethod[] ladders = [ScoringMethods.RankLadder(c.decrement / 100), ScoringMethods.RankLadderByPoints(c.decrement / 10)];
                double At(IScoringMethod m, int r) => m.Score(new ScoringInput(0, c.weight, Population: new ScoringPopulation(1, 0, r, 100))).Points;
                return ladders.All(m => At(m, rank + further) <= At(m, rank) && At(m, 1) == c.weight);
            }));

    [Fact]
    public void Reverse_ratio_methods_mirror_the_positive_ones_on_reciprocals() =>
        // The polarity mirror of docs/design.md: reverse on (x, T) ≡ positive on (1/x, 1/T).
        Check.One(Quick, Prop.ForAll(Tenths(1, 1000).ToArbitrary(), Tenths(1, 1000).ToArbitrary(), (value, target) =>
        {
            IScoringMethod[] methods = [ScoringMethods.CappedRatio(1.2), ScoringMethods.BenchmarkRatio()];
            return methods.All(m => Math.Abs(
                m.Score(new ScoringInput(value, 10, Polarity.Reverse, target)).Points
                - m.Score(new ScoringInput(1 / value, 10, Polarity.Positive, 1 / target)).Points) < 1e-9);
        }));

    [Fact]
    public void Whole_steps_trail_proportional_steps_by_less_than_one_step() =>
        Check.One(Quick, Prop.ForAll(Tenths(-300, 300).ToArbitrary(), Tenths(1, 50).ToArbitrary(), (value, per) =>
        {
            var floor = ScoringMethods.BaseStep(50, 0.1, per, StepMode.Floor).Score(new ScoringInput(value, 100, Baseline: 0)).Points;
            var proportional = ScoringMethods.BaseStep(50, 0.1, per, StepMode.Proportional).Score(new ScoringInput(value, 100, Baseline: 0)).Points;
            // Whole steps are counted toward the baseline: below the proportional score above it, above it below.
            var gap = (proportional - floor) * Math.Sign(value);
            return (gap >= -1e-9 && gap < 0.1 + 1e-9).Label($"{floor} vs {proportional}");
        }));
}
