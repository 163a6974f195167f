namespace Indicators.Bulk;

/// <summary>
/// One call at a time on a results object. A results object holds buffers and the bookkeeping of its parallel
/// loops, so two calls filling it at once would write one another's cells (results equal to neither dataset) or
/// trip over each other's loop state. The second call is refused instead, before it writes anything; the cost is one
/// interlocked operation per call, never per cell, and no allocation.
/// </summary>
internal sealed class ExclusiveUse(string owner)
{
    private int busy;

    /// <summary>Takes the object for the calling operation; dispose the lease (with <c>using</c>) to release it.</summary>
    /// <exception cref="InvalidOperationException">Another call holds it.</exception>
    internal Lease Enter()
    {
        if (Interlocked.CompareExchange(ref busy, 1, 0) != 0)
        {
            throw new InvalidOperationException(
                "This " + owner + " is being filled by another call; give each concurrent call its own results.");
        }
        return new Lease(this);
    }

    /// <summary>Releases the object when disposed; a struct, so a <c>using</c> of it allocates nothing.</summary>
    internal readonly struct Lease : IDisposable
    {
        private readonly ExclusiveUse owner;

        internal Lease(ExclusiveUse owner) => this.owner = owner;

        public void Dispose() => Volatile.Write(ref owner.busy, 0);
    }
}
