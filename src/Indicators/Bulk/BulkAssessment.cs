using System.Globalization;
using System.Runtime.Intrinsics;
using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>
/// Bulk evaluation of an assessment scheme (批量综合考核): the points, category subtotals, totals and ranks of every zone
/// and year of a <see cref="BulkDataset"/>, equal to <see cref="AssessmentScheme.Evaluate"/> run on each year's zones.
/// </summary>
/// <remarks>
/// <para>Each year is assessed on its own, as the scalar evaluation of that year's zones: a scheme indicator reads the
/// dataset indicator with its code; the value is the actual value (实际值), the target is the dataset's target for that
/// cell, else the scheme indicator's default target, and the stretch target and baseline are the defaults. Relative
/// methods (功效系数, rank ladder) see the population of the zones with a value that year. Missing-data policies, category
/// caps and the total (Σ subtotals) are the scalar's, bit for bit; totals are ranked per year by the scheme's
/// <see cref="AssessmentScheme.RankingOptions"/>.</para>
/// <para>Differences from the scalar path: a dataset has no events or veto triggers, so bonus items (加分), deductions
/// (扣分) and vetoes (一票否决) are outside the bulk path (the total is the sum of the subtotals) and no grade is given.
/// Where the scalar evaluation throws for the whole population (a value missing under
/// <see cref="MissingDataPolicy.Error"/>, nothing left to reweight, a method rejecting its input), bulk marks only that
/// zone-year with a <see cref="BulkAssessmentStatus"/>, a null total and no rank (or the last rank, as the ranking
/// options say), and every other zone keeps its result.</para>
/// <para>A category whose indicators are all capped ratios, benchmark ratios (with a fixed benchmark or a default
/// target), ratios to a reference (<c>ratio_to</c>: the best, mean, median or total of the year's values, or a stated
/// reference) or efficacy coefficients (relative, or with both fixed values) under <see cref="MissingDataPolicy.Reweight"/>
/// or <see cref="MissingDataPolicy.ScoreZero"/> is scored four years at a time (Vector256 over a series' years), with the
/// generic path's bits (the efficacy coefficient's binary position too; a lane whose difference overflows goes through
/// the scalar method's own function). Other built-in methods are scored without building their explanation, so a cell
/// allocates nothing; a user's own <see cref="IScoringMethod"/> is scored through <see cref="IScoringMethod.Score"/>,
/// which allocates its explanation. The populations of the relative methods (best and worst of each
/// indicator and year, and the count and total where a method reads them) come from one pass over the values; the values are sorted, per indicator and year, only for a
/// method that reads the ranks or the median (a rank ladder, <c>ratio_to(median)</c>, a user's relative method). Zones are split into contiguous blocks over <see cref="BulkOptions.MaxDegreeOfParallelism"/>
/// threads (the caller and thread-pool helpers; after the first call with a results object, an evaluation allocates
/// nothing), and each zone's arithmetic is independent and in a fixed order, so the results are bitwise identical
/// whatever the thread count.</para>
/// </remarks>
public static class BulkAssessment
{
    /// <summary>Assesses every zone and year of <paramref name="dataset"/> with <paramref name="scheme"/> into <paramref name="results"/> (批量考核).</summary>
    /// <param name="dataset">The values and targets.</param>
    /// <param name="scheme">The scheme; the one <paramref name="results"/> were made for.</param>
    /// <param name="results">Buffers made for this dataset's shape and this scheme; overwritten.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BulkOptions.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> were made for another scheme, another shape of dataset, or
    /// a dataset whose indicator codes or polarities differ; the message names the scheme, the counts or the code.</exception>
    /// <exception cref="InvalidOperationException">Another call is filling <paramref name="results"/>.</exception>
    public static void Evaluate(BulkDataset dataset, AssessmentScheme scheme, BulkAssessmentResults results, BulkOptions? options = null)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(scheme);
        Guard.Against.Null(results);
        Guard.Against.False(ReferenceEquals(results.Scheme, scheme), nameof(results), $"The results were made for scheme '{results.Scheme.Name}', not for scheme '{scheme.Name}'.");
        Guard.Against.False(results.Fits(dataset), nameof(results), $"The results are sized for {results.ZoneCount} zones × {results.YearCount} years, the dataset has {dataset.ZoneCount} × {dataset.YearCount}.");
        results.Plan.CheckSameMapping(dataset, nameof(results));
        using var lease = results.Use.Enter();
        options ??= BulkOptions.Default;
        int degree = Math.Min(options.MaxDegreeOfParallelism, dataset.ZoneCount);
        results.IsComputed = false;
        var years = dataset.YearCount;
        // The vector path needs one whole Vector256 of years; its bits are the generic path's, so the choice is invisible.
        bool vector = !options.ScalarOnly && Vector256.IsHardwareAccelerated && years >= Vector256<double>.Count;
        if (degree <= 1)
        {
            BulkAssessmentJob.RunAlone(dataset, results, vector);
        }
        else
        {
            (results.Job ??= new BulkAssessmentJob(results)).Run(dataset, degree, vector);
        }
        results.IsComputed = true;
    }
}
