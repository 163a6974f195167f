using Indicators.Bulk;

namespace Indicators.Rules;

/// <summary>Every program of a plan for one dataset: derived indicators (this year and, when read, as for the previous year) and checks.</summary>
internal sealed class RuleBulkPrograms
{
    private RuleBulkPrograms(RuleBulkProgram[] derived, RuleBulkProgram[]? previous, RuleBulkProgram[] checks, int[] columns)
    {
        Derived = derived;
        Previous = previous;
        Checks = checks;
        Columns = columns;
        Registers = 1;
        foreach (var program in derived.Concat(previous ?? []).Concat(checks))
        {
            Registers = Math.Max(Registers, program.Registers);
        }
    }

    internal RuleBulkProgram[] Derived { get; }

    /// <summary>The derived indicators as for the previous year, or null when no formula reads them.</summary>
    internal RuleBulkProgram[]? Previous { get; }

    internal RuleBulkProgram[] Checks { get; }

    /// <summary>The dataset columns the programs read (to check a later dataset has the same codes there).</summary>
    internal int[] Columns { get; }

    internal bool NeedsPrevious => Previous is not null;

    /// <summary>The most registers one program needs.</summary>
    internal int Registers { get; }

    internal static RuleBulkPrograms Compile(RulePlan plan, BulkDataset dataset)
    {
        var compiler = new RuleBulkCompiler(plan, dataset);
        var derived = plan.DerivedOrder.Select(slot => compiler.Compile(slot.Formula!, 0, slot.InsideFactor)).ToArray();
        var checks = plan.BoundChecks.Select(check => compiler.Compile(check.Condition)).ToArray();
        var previous = compiler.ReadsPrevious ? plan.DerivedOrder.Select(slot => compiler.Compile(slot.Formula!, 1, slot.InsideFactor)).ToArray() : null;
        return new RuleBulkPrograms(derived, previous, checks, [.. compiler.Columns.Values]);
    }
}
