using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Indicators.Assessment;

/// <summary>What every built-in scoring method checks and writes, in one place.</summary>
internal static class ScoringChecks
{
    /// <summary>Throws unless the value, weight and any target are finite, the weight is not negative and the polarity is defined.</summary>
    internal static void Check(in ScoringInput input)
    {
        Guard.Against.NotFinite(input.Value, nameof(input.Value));
        Guard.Against.NegativeOrNotFinite(input.Weight, nameof(input.Weight));
        EnumCheck.Defined(input.Polarity, nameof(input.Polarity));
        CheckOptional(input.Target, nameof(input.Target));
        CheckOptional(input.Stretch, nameof(input.Stretch));
        CheckOptional(input.Baseline, nameof(input.Baseline));
        if (input.Population is { } population)
        {
            Guard.Against.NotFinite(population.Best, nameof(population.Best));
            Guard.Against.NotFinite(population.Worst, nameof(population.Worst));
            Guard.Against.LessThan(population.Count, 1, nameof(population.Count));
            Guard.Against.NotInRange(population.Rank, 1, population.Count, nameof(population.Rank));
            CheckOptional(population.Total, nameof(population.Total));
            CheckOptional(population.Mean, nameof(population.Mean));
            CheckOptional(population.Median, nameof(population.Median));
        }
    }

    /// <summary>The input's target; throws naming the method when the indicator has none.</summary>
    internal static double Require(double? value, string what, string method, string paramName = "input") =>
        value ?? throw new ArgumentException($"The {method} method needs a {what}; the indicator has none.", paramName);

    /// <summary>The target (or benchmark) of a ratio method; throws when there is none or it is not positive.</summary>
    internal static double RequirePositive(double? value, string what, string method, string paramName = "input")
    {
        var target = Require(value, what, method, paramName);
        return target > 0 ? target : throw new ArgumentException($"The {method} method needs a positive {what}; was {N(target)}.", paramName);
    }

    /// <summary>
    /// The completion ratio x / T, or T / x for a reverse indicator; a reverse value of 0 or below (nothing of a bad
    /// thing) is infinitely good, so every cap applies. <paramref name="target"/> is positive.
    /// </summary>
    internal static double CompletionRatio(double value, double target, Polarity polarity) =>
        polarity != Polarity.Reverse ? Ratio(value, target)
        : value <= 0 ? double.PositiveInfinity
        : Ratio(target, value);

    /// <summary>
    /// The completion ratio of a continuous method (capped ratio, benchmark ratio): as <see cref="CompletionRatio"/>, but
    /// one binary division. Nothing is judged at a limit or floored to steps, so the decimal quotient would move the
    /// points by at most an ulp; the binary one is what the bulk kernels compute, four years at a time.
    /// </summary>
    internal static double ContinuousRatio(double value, double target, Polarity polarity) =>
        polarity != Polarity.Reverse ? value / target
        : value <= 0 ? double.PositiveInfinity
        : target / value;

    /// <summary>The input's population; throws naming the method when the scheme gave none.</summary>
    internal static ScoringPopulation RequirePopulation(in ScoringInput input, string method) =>
        input.Population ?? throw new ArgumentException($"The {method} method is relative and needs the population (best, worst, rank).", nameof(input));

    /// <summary>+1 when higher is better, −1 when lower is.</summary>
    internal static int Sign(Polarity polarity) => polarity == Polarity.Reverse ? -1 : 1;

    /// <summary>Points clamped to [0, <paramref name="max"/>], never −0.</summary>
    internal static double Clamp(double points, double max) => Math.Clamp(points, 0, max) + 0.0;

    /// <summary><see cref="Clamp(double, double)"/> lane by lane, with its bits: Math.Clamp(x, 0, max) + 0.0 (NaN stays NaN, −0 becomes +0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Clamp(Vector256<double> points, Vector256<double> max) =>
        Vector256.ConditionalSelect(Vector256.LessThan(points, Vector256<double>.Zero), Vector256<double>.Zero,
            Vector256.ConditionalSelect(Vector256.GreaterThan(points, max), max, points)) + Vector256<double>.Zero;

    /// <summary>A number for an explanation: ten significant digits hide the binary noise (5.3999999999999995 → 5.4).</summary>
    internal static string N(double value) => double.IsFinite(value)
        ? NumberText.Format(value, "G10", CultureInfo.InvariantCulture)
        // An intermediate that overflowed (a gap between values of opposite signs near ±1.8e308) is named, not written as "Infinity".
        : (value > 0 ? "more than " : "less than −") + NumberText.Format(double.MaxValue, "G3", CultureInfo.InvariantCulture);

    /// <summary>
    /// (a − b) / per, computed in decimal when the numbers fit, so that whole steps are counted as written:
    /// (15.2 − 15) / 0.2 is 1, not 0.99999999999999645, and 3.3 / 3 is 1.1.
    /// </summary>
    internal static double StepsBetween(double a, double b, double per)
    {
        var approximate = (a - b) / per;
        // Below 10^15 the decimal quotient fits (the snapped values differ from the doubles by 15 digits at most).
        if (!(Math.Abs(approximate) < 1e15) || !Rounding.TrySnap(a, out var da) || !Rounding.TrySnap(b, out var db)
            || !Rounding.TrySnap(per, out var divisor) || divisor == 0)
        {
            return approximate;
        }
        return (double)((da - db) / divisor) + 0.0;
    }

    /// <summary>a / b, in decimal when the numbers fit (see <see cref="StepsBetween"/>).</summary>
    internal static double Ratio(double a, double b) => StepsBetween(a, 0, b);

    /// <summary>
    /// (a − b) / (high − low) of a continuous method (efficacy coefficient, interpolation): one binary division when both
    /// differences are finite (never −0). Nothing is judged at a limit or floored to steps, so the decimal quotient of
    /// <see cref="StepsBetween"/> would differ by rounding error only (docs/numeric-policy.md); the binary one is what
    /// the bulk kernels compute, four years at a time. When a difference is not finite the position comes from the
    /// halves, so that finite values near ±1.8e308 never give ∞ / ∞ = NaN.
    /// </summary>
    internal static double ContinuousPosition(double a, double b, double high, double low) =>
        double.IsFinite(a - b) && double.IsFinite(high - low)
            ? ((a - b) / (high - low)) + 0.0
            : ((a / 2) - (b / 2)) / ((high / 2) - (low / 2));

    private static void CheckOptional(double? value, string paramName)
    {
        if (value is { } v)
        {
            Guard.Against.NotFinite(v, paramName);
        }
    }
}
