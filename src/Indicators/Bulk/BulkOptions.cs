using System.Globalization;

namespace Indicators.Bulk;

/// <summary>Options of a bulk recomputation (批量计算选项).</summary>
public sealed record BulkOptions
{
    private readonly int maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>Gets the default options: every core, vectorised where the hardware allows.</summary>
    public static BulkOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest number of threads a recomputation uses (并行度), at least 1; by default
    /// the number of processors. Results are bitwise identical whatever this is.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init
        {
            Guard.Against.NotInRange(value >= 1, nameof(MaxDegreeOfParallelism), value, $"MaxDegreeOfParallelism must be at least 1; was {value}.");
            maxDegreeOfParallelism = value;
        }
    }

    /// <summary>Forces the scalar cell loop, so tests can compare it bit for bit with the vector one.</summary>
    internal bool ScalarOnly { get; init; }
}
