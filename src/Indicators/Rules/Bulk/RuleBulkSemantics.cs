namespace Indicators.Rules;

/// <summary>
/// The per-cell meaning of the scalar-only built-ins in bulk, the scalar evaluator's (missing is NaN, an operation
/// with a missing operand is missing): the library's own Growth, Share and Completion, called per cell.
/// </summary>
internal static class RuleBulkSemantics
{
    /// <summary>An overflow is missing, as for one zone.</summary>
    internal static double Finite(double x) => double.IsInfinity(x) ? double.NaN : x;

    /// <summary>growth(x): the year-on-year rate as a fraction, missing where the scalar API gives no rate.</summary>
    internal static double Growth(double current, double previous) =>
        double.IsNaN(current) || double.IsNaN(previous) ? double.NaN
        : global::Indicators.Growth.YearOnYear(current, previous).TryGetRate(out var rate) ? rate.Fraction : double.NaN;

    /// <summary>share(part, whole) as a fraction.</summary>
    internal static double Share(double part, double whole) =>
        double.IsNaN(part) || double.IsNaN(whole) ? double.NaN
        : global::Indicators.Share.Of(part, whole).TryGetShare(out var share) ? share.Fraction : double.NaN;

    /// <summary>completion(x) against the target of the rules, as a fraction.</summary>
    internal static double Completion(double actual, double target, bool isCeiling, Polarity polarity)
    {
        if (double.IsNaN(actual))
        {
            return double.NaN;
        }
        var result = isCeiling ? global::Indicators.Completion.OfCeiling(actual, target) : global::Indicators.Completion.OfLevel(actual, target, polarity);
        return result.TryGetRate(out var rate) ? rate.Fraction : double.NaN;
    }
}
