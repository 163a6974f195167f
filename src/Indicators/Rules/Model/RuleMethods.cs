using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// References to the built-in scoring methods (计分方法引用) for the fluent builder, named and parameterised as the
/// rule language writes them (<see cref="ScoringMethods"/> are the methods themselves). A method with one argument is
/// written positionally (<c>capped_ratio(1.2)</c>); a method with several is written with named arguments
/// (<c>base_step(base: 2, step: 0.1, per: 2, mode: floor)</c>), so that a model built here prints as readable text
/// and equals the same text parsed.
/// </summary>
public static class RuleMethods
{
    /// <summary><c>all_or_nothing(decimals)</c>: the full weight when the target is met (目标完成计分法).</summary>
    /// <param name="decimals">The published precision at which the target is judged.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference AllOrNothing(int decimals) => Positional("all_or_nothing", decimals);

    /// <summary><c>capped_ratio(cap)</c>: w × min(x / T, cap) (封顶比率法); <c>capped_ratio()</c> when no cap is given.</summary>
    /// <param name="cap">The largest ratio counted, or <see langword="null"/> for the method's default.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference CappedRatio(double? cap = null) =>
        cap is double c ? Positional("capped_ratio", c) : Of("capped_ratio");

    /// <summary><c>base_step(base: …, step: …, per: …, mode: floor|proportional[, max: …])</c> (基础分加减分法, rule 22).</summary>
    /// <param name="basePoints">The points at the baseline.</param>
    /// <param name="step">The points per step.</param>
    /// <param name="per">The difference that makes a step.</param>
    /// <param name="mode">Whole steps or proportional.</param>
    /// <param name="max">The cap, or <see langword="null"/> to cap at the indicator's weight.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference BaseStep(double basePoints, double step, double per, StepMode mode, double? max = null)
    {
        var arguments = new List<RuleArgument>(5)
        {
            Named("base", basePoints),
            Named("step", step),
            Named("per", per),
            new("mode", new NameReference(mode == StepMode.Floor ? "floor" : "proportional")),
        };
        if (max is double m)
        {
            arguments.Add(Named("max", m));
        }
        return new ScoringMethodReference("base_step", arguments);
    }

    /// <summary><c>eighty_percent(per_point: …, cap: …[, share: …])</c>: a share of the weight at the target (rule S37).</summary>
    /// <param name="pointsPerPoint">The points per percentage point from the target.</param>
    /// <param name="capMultiple">The cap as a multiple of the weight.</param>
    /// <param name="shareAtTarget">The share at the target, or <see langword="null"/> for the default 0.8.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference EightyPercent(double pointsPerPoint, double capMultiple, double? shareAtTarget = null)
    {
        var arguments = new List<RuleArgument>(3) { Named("per_point", pointsPerPoint), Named("cap", capMultiple) };
        if (shareAtTarget is double s)
        {
            arguments.Add(Named("share", s));
        }
        return new ScoringMethodReference("eighty_percent", arguments);
    }

    /// <summary><c>interpolation()</c>: linear between the baseline and the target (插值法).</summary>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference Interpolation() => Of("interpolation");

    /// <summary><c>efficacy_coefficient()</c>: against the population's best and worst (功效系数法).</summary>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference EfficacyCoefficient() => Of("efficacy_coefficient");

    /// <summary><c>efficacy_coefficient(satisfactory: …, unacceptable: …)</c>: against fixed 满意值 and 不允许值.</summary>
    /// <param name="satisfactory">满意值.</param>
    /// <param name="unacceptable">不允许值.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference EfficacyCoefficient(double satisfactory, double unacceptable) =>
        new("efficacy_coefficient", [Named("satisfactory", satisfactory), Named("unacceptable", unacceptable)]);

    /// <summary><c>benchmark_ratio()</c>: against the input's target (标杆值法).</summary>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference BenchmarkRatio() => Of("benchmark_ratio");

    /// <summary><c>benchmark_ratio(benchmark)</c>: against a fixed 标杆值.</summary>
    /// <param name="benchmark">The benchmark.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference BenchmarkRatio(double benchmark) => Positional("benchmark_ratio", benchmark);

    /// <summary><c>rank_ladder(share)</c>: each place below the first loses a share of the weight (名次递减); <c>rank_ladder()</c> for the default.</summary>
    /// <param name="share">The share lost per place, or <see langword="null"/> for the default 0.05.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference RankLadder(double? share = null) =>
        share is double s ? Positional("rank_ladder", s) : Of("rank_ladder");

    /// <summary><c>rank_ladder_points(points)</c>: each place below the first loses fixed points (相差一名扣x分).</summary>
    /// <param name="points">The points lost per place.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference RankLadderPoints(double points) => Positional("rank_ladder_points", points);

    /// <summary><c>guaranteed_stretch(base_share)</c>: 确保/力争 two-tier targets (rule 17).</summary>
    /// <param name="baseShare">The share of the weight earned at 确保.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference GuaranteedStretch(double baseShare) => Positional("guaranteed_stretch", baseShare);

    /// <summary><c>completion_steps(points: …, step_percent: …, max_bonus: …)</c>: the weight at the target plus points per step (F16).</summary>
    /// <param name="points">The points per full step.</param>
    /// <param name="stepPercent">A step in percent of the target.</param>
    /// <param name="maxBonus">The most bonus points.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference CompletionSteps(double points, double stepPercent, double maxBonus) =>
        new("completion_steps", [Named("points", points), Named("step_percent", stepPercent), Named("max_bonus", maxBonus)]);

    /// <summary>
    /// <c>ratio_to(best)</c>, <c>ratio_to(mean)</c>, …: w × min(cap, x / R) against the population's best, mean, median or
    /// total (参照比值法); <c>ratio_to(reference: mean, cap: 1.2)</c> when a cap is given.
    /// </summary>
    /// <param name="reference">Which value of the population is the reference.</param>
    /// <param name="cap">The largest ratio counted, a multiple of the weight, or <see langword="null"/> for the default 1.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reference"/> is not defined.</exception>
    public static ScoringMethodReference RatioTo(RelativeReference reference, double? cap = null)
    {
        var word = reference switch
        {
            RelativeReference.Best => "best",
            RelativeReference.Mean => "mean",
            RelativeReference.Median => "median",
            RelativeReference.Total => "total",
            _ => throw new ArgumentOutOfRangeException(nameof(reference), reference, "Not a defined RelativeReference."),
        };
        return cap is double c
            ? new ScoringMethodReference("ratio_to", [Argument(word, "reference"), Named("cap", c)])
            : new ScoringMethodReference("ratio_to", [Argument(word)]);
    }

    /// <summary><c>ratio_to(12.5)</c>: w × min(cap, x / 12.5) against a stated reference in the indicator's unit (a provincial average).</summary>
    /// <param name="reference">The stated reference.</param>
    /// <param name="cap">The largest ratio counted, a multiple of the weight, or <see langword="null"/> for the default 1.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference RatioTo(double reference, double? cap = null) =>
        cap is double c ? new("ratio_to", [Named("reference", reference), Named("cap", c)]) : Positional("ratio_to", reference);

    /// <summary>Any registered method (自定义计分方法) with its arguments as written: <c>RuleMethods.Of("my_method", RuleMethods.Argument(2))</c>.</summary>
    /// <param name="name">The registered name.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The reference.</returns>
    public static ScoringMethodReference Of(string name, params RuleArgument[] arguments) => new(name, arguments);

    /// <summary>A positional number argument (<c>1.2</c>) or, with a name, a named one (<c>cap: 1.2</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The parameter's name, or <see langword="null"/> for a positional argument.</param>
    /// <returns>The argument.</returns>
    public static RuleArgument Argument(double value, string? name = null) => new(name, new NumberLiteral(value));

    /// <summary>A positional word argument (<c>floor</c>) or, with a name, a named one (<c>mode: floor</c>).</summary>
    /// <param name="word">The word.</param>
    /// <param name="name">The parameter's name, or <see langword="null"/> for a positional argument.</param>
    /// <returns>The argument.</returns>
    public static RuleArgument Argument(string word, string? name = null)
    {
        Guard.Against.Null(word);
        return new(name, new NameReference(word));
    }

    private static ScoringMethodReference Positional(string name, double value) => new(name, [Argument(value)]);

    private static RuleArgument Named(string name, double value) => Argument(value, name);
}
