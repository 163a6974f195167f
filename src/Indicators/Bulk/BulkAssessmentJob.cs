namespace Indicators.Bulk;

/// <summary>
/// The parallel phases of one <see cref="BulkAssessment.Evaluate"/> on a results object, without allocating: this
/// object is itself the thread-pool work item the helper threads run; the caller works too, and every thread takes the
/// next item (a year, or a block of zones) from a shared counter until none are left. Which thread runs an item never
/// changes its values.
/// </summary>
internal sealed class BulkAssessmentJob : ParallelPhases
{
    private readonly BulkAssessmentResults results;
    private BulkDataset? dataset;
    private bool vector;
    private int blocks;
    private Phase phase;

    internal BulkAssessmentJob(BulkAssessmentResults results) => this.results = results;

    private enum Phase
    {
        Populations,
        Sorts,
        Zones,
        Ranks,
    }

    /// <summary>Runs the phases in order on up to <paramref name="degree"/> threads (the caller and helpers).</summary>
    /// <exception cref="AggregateException">A user's scoring method threw something other than an <see cref="ArgumentException"/>.</exception>
    internal void Run(BulkDataset data, int degree, bool useVectors)
    {
        dataset = data;
        vector = useVectors;
        // A few blocks per thread even out zones of unequal cost and cores of unequal speed.
        blocks = Math.Min(data.ZoneCount, degree * 8);
        try
        {
            if (results.Plan.RelativeCount > 0)
            {
                RunPhase(Phase.Populations, results.Plan.RelativeCount, degree);
            }
            if (results.Plan.SortsPopulations)
            {
                RunPhase(Phase.Sorts, data.YearCount, degree);
            }
            RunPhase(Phase.Zones, blocks, degree);
            RunPhase(Phase.Ranks, data.YearCount, degree);
        }
        finally
        {
            dataset = null;
        }
    }

    /// <summary>Runs every phase on the calling thread alone (one thread: no work item, no wait).</summary>
    internal static void RunAlone(BulkDataset data, BulkAssessmentResults results, bool useVectors)
    {
        if (results.Plan.RelativeCount > 0)
        {
            BulkAssessmentKernel.Statistics(data, results, 0, results.Plan.RelativeCount, results.Plan.ReadsTotals(useVectors));
        }
        if (results.Plan.SortsPopulations)
        {
            for (int year = 0; year < data.YearCount; year++)
            {
                Sorts(data, results, year);
            }
        }
        BulkAssessmentKernel.Zones(data, results, 0, data.ZoneCount, useVectors);
        for (int year = 0; year < data.YearCount; year++)
        {
            BulkAssessmentKernel.RankYear(results, year);
        }
    }

    private void RunPhase(Phase current, int count, int degree)
    {
        phase = current;
        RunPhase(count, degree);
    }

    /// <inheritdoc />
    protected override void RunItem(int item)
    {
        switch (phase)
        {
            case Phase.Populations:
                // One relative indicator an item: its statistics in every year, in zone order.
                BulkAssessmentKernel.Statistics(dataset!, results, item, item + 1, results.Plan.ReadsTotals(vector));
                break;
            case Phase.Sorts:
                Sorts(dataset!, results, item);
                break;
            case Phase.Zones:
                BulkAssessmentKernel.Zones(dataset!, results, BlockStart(results.ZoneCount, blocks, item), BlockStart(results.ZoneCount, blocks, item + 1), vector);
                break;
            default:
                BulkAssessmentKernel.RankYear(results, item);
                break;
        }
    }

    /// <summary>One year's sorted populations share that year's sort buffers, so a year is one item.</summary>
    private static void Sorts(BulkDataset data, BulkAssessmentResults results, int year)
    {
        for (int r = 0; r < results.Plan.RelativeCount; r++)
        {
            BulkAssessmentKernel.Sorted(data, results, r, year);
        }
    }
}
