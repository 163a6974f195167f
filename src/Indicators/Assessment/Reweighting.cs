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
}
