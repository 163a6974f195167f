using System.Globalization;
using Indicators.Bulk;

namespace Indicators.Rules;

/// <summary>
/// Bulk evaluation of a <see cref="RulePlan"/> (规则批量求值): every derived indicator, check and scheme of the plan for
/// every zone and year of a <see cref="BulkDataset"/>, with the same values as <see cref="RulePlan.Evaluate"/> gives one
/// zone and year (bit for bit).
/// </summary>
/// <remarks>
/// <para>The indicators the rules read are the dataset's indicators with the same code (or one of the indicator's
/// names); a value is the cell's actual value (实际值) in the indicator's unit, and <c>previous(x)</c> and
/// <c>growth(x)</c> read the year before (missing in the first year); <c>previous(x, n)</c>, <c>in_year(x, Y)</c> and
/// <c>average(x, n)</c> read the dataset's other years. As for one zone, a derived indicator evaluated for last year
/// sees two periods: a formula reaching two years back from there (the previous year of a derived indicator that
/// itself uses <c>previous</c>) gets a missing value.</para>
/// <para>Each formula is compiled into a short instruction program run over chunks of about 1,024 cells (whole
/// zones, every year), each instruction a tight loop — vectorised for the IEEE arithmetic — so nothing is allocated per
/// cell. Chunks are spread over <see cref="BulkOptions.MaxDegreeOfParallelism"/> threads; a cell's arithmetic never
/// depends on the chunking, so the results are the same whatever the thread count. Schemes are delegated to
/// <see cref="BulkAssessment.Evaluate"/> (so bonus, deductions and vetoes are outside the bulk path, as there).
/// The plan's evaluation step limit is not applied in bulk: it guards one zone's evaluation, and a bulk program's cost is
/// fixed by its length. Likewise a formula nested deeper than the evaluating thread's stack holds (a raised
/// <see cref="RuleLimits.MaxNestingDepth"/>) is missing for one zone, but computed in bulk, whose programs do not recurse.</para>
/// <para>A plan is immutable and may be evaluated from many threads at once, each into its own
/// <see cref="RuleBulkResults"/>; one results object is filled by one evaluation at a time, and a second evaluation into
/// it while one runs is refused with an <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public static class RuleBulk
{
    /// <summary>Evaluates <paramref name="plan"/> for every zone and year of <paramref name="dataset"/> into <paramref name="results"/> (批量求值).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="dataset">The values; shaped and coded like the dataset <paramref name="results"/> were made for.</param>
    /// <param name="results">The buffers made for this plan and such a dataset; overwritten.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BulkOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The results were made for another plan or another shape of dataset, or the dataset's codes differ.</exception>
    /// <exception cref="InvalidOperationException">Another call is filling <paramref name="results"/> (or one of its schemes' results).</exception>
    public static void Evaluate(RulePlan plan, BulkDataset dataset, RuleBulkResults results, BulkOptions? options = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(dataset);
        Guard.Against.Null(results);
        Guard.Against.False(ReferenceEquals(results.Plan, plan), nameof(results), "The results were made for another plan.");
        Guard.Against.False(results.Fits(dataset), nameof(results), $"The results were made for {results.ZoneCount} zones × {results.YearCount} years and their dataset's indicator codes; this dataset has {dataset.ZoneCount} × {dataset.YearCount} and other indicators or codes.");
        using var lease = results.Use.Enter();
        options ??= BulkOptions.Default;
        results.IsComputed = false;
        // A plan of schemes only has nothing to compute per cell before BulkAssessment.
        if (results.Programs.Derived.Length + results.Programs.Checks.Length > 0)
        {
            RunChunks(dataset, results, options.MaxDegreeOfParallelism);
        }
        CountChecks(results);
        foreach (var scheme in results.Schemes)
        {
            scheme.Evaluate(plan, dataset, results, options);
        }
        results.IsComputed = true;
    }

    /// <summary>About this many cells per chunk: 8 KiB per register, so a program's registers stay in the core's caches.</summary>
    internal const int ChunkCells = 1024;

    /// <summary>Runs every chunk of whole zones, on up to <paramref name="maxDegree"/> threads, each with its own registers.</summary>
    private static void RunChunks(BulkDataset dataset, RuleBulkResults results, int maxDegree)
    {
        var years = dataset.YearCount;
        var zonesPerChunk = Math.Max(1, ChunkCells / years);
        var chunks = (dataset.ZoneCount + zonesPerChunk - 1) / zonesPerChunk;
        var degree = Math.Min(maxDegree, chunks);
        var registerCells = results.Programs.Registers * zonesPerChunk * years;
        if (degree <= 1)
        {
            var registers = new double[registerCells];
            for (var c = 0; c < chunks; c++)
            {
                RunChunk(dataset, results, c * zonesPerChunk, zonesPerChunk, registers);
            }
            return;
        }
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = degree }, () => new double[registerCells],
            (c, _, registers) =>
            {
                RunChunk(dataset, results, c * zonesPerChunk, zonesPerChunk, registers);
                return registers;
            }, _ => { });
    }

    private static void RunChunk(BulkDataset dataset, RuleBulkResults results, int zoneStart, int zonesPerChunk, double[] registers)
    {
        var programs = results.Programs;
        var zoneCount = Math.Min(zonesPerChunk, dataset.ZoneCount - zoneStart);
        var chunk = new RuleBulkChunk(dataset, results.Values, results.PreviousValues, zoneStart, zoneCount,
            registers.AsSpan(0, programs.Registers * zoneCount * dataset.YearCount));
        var start = zoneStart * dataset.YearCount;
        if (programs.Previous is { } previous)
        {
            for (var d = 0; d < previous.Length; d++)
            {
                RuleBulkMachine.Run(previous[d], chunk);
                chunk.Register(0).CopyTo(results.PreviousValues[d].AsSpan(start, chunk.Cells));
            }
        }
        for (var d = 0; d < programs.Derived.Length; d++)
        {
            RuleBulkMachine.Run(programs.Derived[d], chunk);
            chunk.Register(0).CopyTo(results.Values[d].AsSpan(start, chunk.Cells));
        }
        for (var c = 0; c < programs.Checks.Length; c++)
        {
            RuleBulkMachine.Run(programs.Checks[c], chunk);
            var condition = chunk.Register(0);
            var outcomes = results.Outcomes[c].AsSpan(start, chunk.Cells);
            for (var k = 0; k < outcomes.Length; k++)
            {
                var value = condition[k];
                outcomes[k] = (byte)(double.IsNaN(value) ? RuleCheckStatus.NotEvaluated : value != 0 ? RuleCheckStatus.Passed : RuleCheckStatus.Failed);
            }
        }
    }

    private static void CountChecks(RuleBulkResults results)
    {
        Span<int> counts = stackalloc int[3];
        for (var c = 0; c < results.Outcomes.Length; c++)
        {
            counts.Clear();
            foreach (var outcome in results.Outcomes[c])
            {
                counts[outcome]++;
            }
            counts.CopyTo(results.Counts.AsSpan(c * 3, 3));
        }
    }
}

public sealed partial class RulePlan
{
    /// <summary>Evaluates the plan for every zone and year of <paramref name="dataset"/> (批量求值) into new results; to
    /// evaluate again without allocating, keep the results and call <see cref="RuleBulk.Evaluate"/>.</summary>
    /// <param name="dataset">The values, with indicator codes naming the indicators the rules read.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BulkOptions.Default"/>.</param>
    /// <returns>Derived values, check outcomes and scheme assessments per zone and year.</returns>
    /// <exception cref="ArgumentException">The dataset lacks an indicator the rules read, or its codes.</exception>
    public RuleBulkResults EvaluateBulk(BulkDataset dataset, BulkOptions? options = null)
    {
        var results = new RuleBulkResults(this, dataset);
        RuleBulk.Evaluate(this, dataset, results, options);
        return results;
    }
}
