namespace Indicators.Bulk;

/// <summary>
/// Parallel loops without allocating, for the bulk kernels: the object is itself the thread-pool work item that
/// helper threads run; the caller works too, and every thread takes the next item from a shared counter until none
/// are left. Which thread runs an item never changes its values, so results do not depend on the thread count.
/// </summary>
/// <remarks>One phase at a time per object: a derived class keeps the phase's inputs in fields and runs its items in
/// <see cref="RunItem"/>. A failure stops the other threads at their next item and is rethrown by the caller, after
/// every helper has finished (they read the object's fields).</remarks>
#pragma warning disable CA1001 // The event lives as long as the results; its kernel handle, if ever made, is a finalizable SafeHandle.
internal abstract class ParallelPhases : IThreadPoolWorkItem
#pragma warning restore CA1001
{
    private readonly ManualResetEventSlim helpersDone = new(false);
    private int items;
    private int next;
    private int helpersRunning;
    private Exception? failure;

    /// <summary>Runs items [0, <paramref name="count"/>) on up to <paramref name="degree"/> threads, the caller included.</summary>
    /// <exception cref="AggregateException">An item threw.</exception>
    protected void RunPhase(int count, int degree)
    {
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
        Drain(helper: false);
        if (helpers > 0)
        {
            helpersDone.Wait();
        }
        if (failure is { } e)
        {
            throw new AggregateException(e);
        }
    }

    /// <summary>Runs one item of the current phase.</summary>
    protected abstract void RunItem(int item);

    /// <summary>The first zone of a block when <paramref name="zones"/> are cut into <paramref name="blocks"/> contiguous blocks of near-equal size.</summary>
    protected static int BlockStart(int zones, int blocks, int block) => (int)((long)zones * block / blocks);

    /// <summary>Runs on a helper thread.</summary>
    public void Execute() => Drain(helper: true);

    private void Drain(bool helper)
    {
        try
        {
            int item;
            while ((item = Interlocked.Increment(ref next) - 1) < items)
            {
                RunItem(item);
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
}
