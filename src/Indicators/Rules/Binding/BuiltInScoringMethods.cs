using System.Collections.Immutable;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>The scoring methods of <see cref="ScoringMethods"/> under the names the rule language gives them.</summary>
internal static class BuiltInScoringMethods
{
    internal static ImmutableDictionary<string, ScoringMethodRegistration> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ScoringMethodRegistration>(StringComparer.Ordinal);
        void Add(string name, ScoringMethodFactory factory, params string[] parameters) => builder.Add(name, new(name, factory, parameters));

        Add("all_or_nothing", a => ScoringMethods.AllOrNothing(a.WholeNumber("decimals")), "decimals");
        Add("capped_ratio", a => ScoringMethods.CappedRatio(a.Number("cap", 1)), "cap");
        Add("base_step", a => ScoringMethods.BaseStep(a.Number("base"), a.Number("step"), a.Number("per"), Mode(a), a.OptionalNumber("max")),
            "base", "step", "per", "mode", "max");
        Add("eighty_percent", a => ScoringMethods.EightyPercentAtTarget(a.Number("per_point"), a.Number("cap"), a.Number("share", 0.8)),
            "per_point", "cap", "share");
        Add("interpolation", _ => ScoringMethods.Interpolation());
        Add("efficacy_coefficient", a => a.Has("satisfactory") || a.Has("unacceptable")
            ? ScoringMethods.EfficacyCoefficient(a.Number("satisfactory"), a.Number("unacceptable"))
            : ScoringMethods.EfficacyCoefficient(), "satisfactory", "unacceptable");
        Add("benchmark_ratio", a => a.OptionalNumber("benchmark") is double b ? ScoringMethods.BenchmarkRatio(b) : ScoringMethods.BenchmarkRatio(), "benchmark");
        Add("rank_ladder", a => ScoringMethods.RankLadder(a.Number("share", 0.05)), "share");
        Add("rank_ladder_points", a => ScoringMethods.RankLadderByPoints(a.Number("points")), "points");
        Add("guaranteed_stretch", a => ScoringMethods.GuaranteedStretch(a.Number("base_share")), "base_share");
        Add("completion_steps", a => ScoringMethods.CompletionSteps(a.Number("points", 1), a.Number("step_percent", 10), a.Number("max_bonus", 5)),
            "points", "step_percent", "max_bonus");
        Add("ratio_to", a => a.IsWord("reference")
            ? ScoringMethods.RatioTo(Reference(a), a.Number("cap", 1))
            : ScoringMethods.RatioTo(a.Number("reference"), a.Number("cap", 1)), "reference", "cap");
        return builder.ToImmutable();
    }

    /// <summary>
    /// Whether <paramref name="parameter"/> of the built-in method <paramref name="method"/> is a number of points, so that
    /// a number written with <c>%</c> there is a share of the entry's own weight ("持平得80%": <c>base: 80%</c>) rather than
    /// a fraction. Parameters in the value's units (per, step_percent), multiples and shares of the weight (cap, share,
    /// base_share) keep the fraction. Built-in names cannot be registered again, so the name identifies the method.
    /// </summary>
    internal static bool IsPoints(string method, string parameter) => (method, parameter) switch
    {
        ("base_step", "base" or "step" or "max") => true,
        ("eighty_percent", "per_point") => true,
        ("rank_ladder_points", "points") => true,
        ("completion_steps", "points" or "max_bonus") => true,
        _ => false,
    };

    private static RelativeReference Reference(ScoringArguments arguments)
    {
        // The parameter's name, so that the binder's Chinese message names it.
        var parameter = "reference";
        return arguments.Word(parameter) switch
        {
            "best" => RelativeReference.Best,
            "mean" => RelativeReference.Mean,
            "median" => RelativeReference.Median,
            "total" => RelativeReference.Total,
            var other => throw new ArgumentException("ratio_to(): reference is best, mean, median, total or a number, not '" + other + "'", parameter),
        };
    }

    private static StepMode Mode(ScoringArguments arguments) => arguments.Word("mode", "floor") switch
    {
        "floor" => StepMode.Floor,
        "proportional" => StepMode.Proportional,
        var other => throw new ArgumentException("base_step(): mode is floor or proportional, not '" + other + "'", nameof(arguments)),
    };
}
