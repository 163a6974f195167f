namespace Indicators;

/// <summary>
/// The per-cell meaning of the bound operators in bulk, the same arithmetic as the scalar evaluation of a plan
/// (missing is NaN, an operation with a missing operand is missing, a truth value is 1 or 0).
/// </summary>
internal static class RuleBulkSemantics
{
    /// <summary>An overflow is missing, as for one zone.</summary>
    internal static double Finite(double x) => double.IsInfinity(x) ? double.NaN : x;

    internal static double Divide(double a, double b) => b == 0 ? double.NaN : Finite(a / b);

    internal static double Round(double x, int decimals) => double.IsNaN(x) ? double.NaN : Rounding.Round(x, decimals);

    private static double Truth(bool value) => value ? 1 : 0;

    /// <summary>Every operator of <see cref="RuleBulkOp"/> that has no loop of its own.</summary>
    internal static double Apply(RuleBulkOp op, double a, double b)
    {
        if (op == RuleBulkOp.Present)
        {
            return Truth(!double.IsNaN(a));
        }
        if (op == RuleBulkOp.Coalesce)
        {
            return double.IsNaN(a) ? b : a;
        }
        if (double.IsNaN(a) || (double.IsNaN(b) && op is not (RuleBulkOp.Not or RuleBulkOp.Abs)))
        {
            return double.NaN;
        }
        return op switch
        {
            RuleBulkOp.Not => 1 - a,
            RuleBulkOp.Abs => Math.Abs(a),
            RuleBulkOp.Power => Finite(Math.Pow(a, b)),
            RuleBulkOp.Less => Truth(a < b),
            RuleBulkOp.LessOrEqual => Truth(a <= b),
            RuleBulkOp.Greater => Truth(a > b),
            RuleBulkOp.GreaterOrEqual => Truth(a >= b),
            RuleBulkOp.Equal => Truth(a == b),
            RuleBulkOp.NotEqual => Truth(a != b),
            RuleBulkOp.And => Truth(a != 0 && b != 0),
            RuleBulkOp.Or => Truth(a != 0 || b != 0),
            RuleBulkOp.Min => Math.Min(a, b),
            RuleBulkOp.Max => Math.Max(a, b),
            _ => throw new InvalidOperationException("Not a cell operator: " + op),
        };
    }

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
