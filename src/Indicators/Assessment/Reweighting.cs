using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Indicators.Assessment;

/// <summary>
/// <see cref="MissingDataPolicy.Reweight"/> in one place: the factor a category's points are scaled up by when some of its
/// indicators are dropped, and which methods let it multiply the category's sum once. The scalar evaluator, both bulk
/// paths of <c>BulkAssessment</c> and <c>BulkEngine</c>'s score call it, so that the scale of a zone-year has the same
/// bits on every path.
/// </summary>
/// <remarks>
/// The scale s = (kept + dropped) ÷ kept multiplies a category's sum of points, Σ pᵢ(wᵢ), each indicator scored at its
/// own weight, when every method of the category gives points proportional to the weight it is given (p(s·w) = s·p(w)
/// for s ≥ 1): that is the same definition as scoring each kept indicator at s·wᵢ, up to rounding, and it lets the bulk
/// paths add each indicator's points as they go and multiply once. The methods with a fixed award (base and steps,
/// completion steps, a share at the target ± points per point, a rank ladder by points) and a user's own method, of
/// which nothing is known, keep the other form: each kept indicator is scored at its weight × s.
/// </remarks>
internal static class Reweighting
{
    /// <summary>
    /// (kept + dropped) ÷ kept with kept = <paramref name="categoryPoints"/> − <paramref name="dropped"/>, or 1 when nothing
    /// is dropped; NaN when the kept points are (within 1e-12 of the category weight) none, which is nothing to reweight.
    /// </summary>
    /// <param name="categoryPoints">The sum of the category's indicator points, in declaration order.</param>
    /// <param name="dropped">The sum of the dropped indicators' points, in declaration order.</param>
    /// <param name="categoryWeight">The category's weight.</param>
    internal static double Scale(double categoryPoints, double dropped, double categoryWeight)
    {
        double kept = categoryPoints - dropped;
        if (dropped > 0 && kept <= 1e-12 * categoryWeight)
        {
            return double.NaN;
        }
        return dropped > 0 ? (kept + dropped) / kept : 1.0;
    }

    /// <summary>
    /// Whether <paramref name="method"/>'s points are proportional to the weight it is given, for every value, target and
    /// population, as the built-in methods declare it (<see cref="IProportionalToWeight"/>): all or nothing (w or 0),
    /// capped ratio (w × min(r, cap)), benchmark ratio and efficacy coefficient (w × index ÷ 100), interpolation
    /// (w × fraction), guaranteed/stretch (base share × w + (1 − base share) × w × fraction, or 0) and a rank ladder by a
    /// share of the weight (w × (1 − share × places), floored at 0) are; base and steps, completion steps, a share at
    /// the target ± points and a rank ladder by points award fixed points beside the weight and are not, and of a user's
    /// method nothing is known.
    /// </summary>
    internal static bool IsProportional(IScoringMethod method) => method is IProportionalToWeight { IsProportionalToWeight: true };

    /// <summary>
    /// <see cref="Scale(double, double, double)"/> for four category-years, lane by lane with its bits, and without its
    /// branch on <c>dropped &gt; 0</c>, which data with scattered missing values mispredict often.
    /// </summary>
    /// <param name="categoryPoints">The sum of the category's indicator points, in declaration order.</param>
    /// <param name="dropped">Per lane, the sum of the dropped indicators' points, in declaration order.</param>
    /// <param name="categoryWeight">The category's weight.</param>
    /// <returns>Per lane, the factor, 1, or NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Scale(double categoryPoints, Vector256<double> dropped, double categoryWeight)
    {
        Vector256<double> kept = Vector256.Create(categoryPoints) - dropped;
        Vector256<double> some = Vector256.GreaterThan(dropped, Vector256<double>.Zero);
        Vector256<double> none = some & Vector256.LessThanOrEqual(kept, Vector256.Create(1e-12 * categoryWeight));
        Vector256<double> scale = Vector256.ConditionalSelect(some, (kept + dropped) / kept, Vector256<double>.One);
        return Vector256.ConditionalSelect(none, Vector256.Create(double.NaN), scale);
    }
}
