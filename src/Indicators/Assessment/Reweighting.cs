using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Indicators.Assessment;

/// <summary>
/// <see cref="MissingDataPolicy.Reweight"/> in one place: the factor every kept indicator's points are multiplied by when
/// some are dropped. The scalar evaluator, both bulk paths of <c>BulkAssessment</c> and <c>BulkEngine</c>'s
/// score call it, so that the scale of a zone-year has the same bits on every path.
/// </summary>
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
