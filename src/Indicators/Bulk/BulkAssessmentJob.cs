namespace Indicators;

/// <summary>
/// The parallel phases of one <see cref="BulkAssessment.Evaluate"/> on a results object, without allocating: this
/// object is itself the thread-pool work item the helper threads run; the caller works too, and every thread takes the
/// next item (a year, or a block of zones) from a shared counter until none are left. Which thread runs an item never
/// changes its values.
/// </summary>
#pragma warning disable CA1001 // The event lives as long as the results; its kernel handle, if ever made, is a finalizable SafeHandle.
internal sealed class BulkAssessmentJob : IThreadPoolWorkItem
#pragma warning restore CA1001
{
    private readonly BulkAssessmentResults results;
    private readonly ManualResetEventSlim helpersDone = new(false);
    private BulkDataset? dataset;
    private bool vector;
    private int blocks;
    private Phase phase;
    private int items;
    private int next;
    private int helpersRunning;
    private Exception? failure;

    internal BulkAssessmentJob(BulkAssessmentResults results) => this.results = results;

    private enum Phase
    {
        Populations,
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
                RunPhase(Phase.Populations, data.YearCount, degree);
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
            for (int year = 0; year < data.YearCount; year++)
            {
                Populations(data, results, year);
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
        items = count;
        next = 0;
        failure = null;
        int helpers = Math.Min(degree, count) - 1;
        helpersRunning = helpers;
        helpersDone.Reset();
        for (int h = 0; h < helpers; h++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        Execute(helper: false);
        if (helpers > 0)
        {
            // The helpers read this object's fields: wait for them even when the caller's items failed.
            helpersDone.Wait();
        }
        if (failure is { } e)
        {
            throw new AggregateException(e);
        }
    }

    /// <summary>Runs on a helper thread.</summary>
    public void Execute() => Execute(helper: true);

    private void Execute(bool helper)
    {
        try
        {
            int item;
            while ((item = Interlocked.Increment(ref next) - 1) < items)
            {
                switch (phase)
                {
                    case Phase.Populations:
                        Populations(dataset!, results, item);
                        break;
                    case Phase.Zones:
                        BulkAssessmentKernel.Zones(dataset!, results, BlockStart(item), BlockStart(item + 1), vector);
                        break;
                    default:
                        BulkAssessmentKernel.RankYear(results, item);
                        break;
                }
            }
        }
#pragma warning disable CA1031 // Any failure is handed to the calling thread, which rethrows it after the helpers are done.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Interlocked.CompareExchange(ref failure, e, null);
            // The other threads stop at their next item.
            Volatile.Write(ref next, int.MaxValue / 2);
        }
        finally
        {
            if (helper && Interlocked.Decrement(ref helpersRunning) == 0)
            {
                helpersDone.Set();
            }
        }
    }

    /// <summary>One year's populations share that year's sort buffers, so a year is one item.</summary>
    private static void Populations(BulkDataset data, BulkAssessmentResults results, int year)
    {
        for (int r = 0; r < results.Plan.RelativeCount; r++)
        {
            BulkAssessmentKernel.Population(data, results, r, year);
        }
    }

    /// <summary>The first zone of a block: contiguous blocks of near-equal size.</summary>
    private int BlockStart(int block) => (int)((long)results.ZoneCount * block / blocks);
}
