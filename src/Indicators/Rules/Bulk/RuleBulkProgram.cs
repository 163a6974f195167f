using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Indicators.Bulk;

namespace Indicators.Rules;

/// <summary>The operations of a <see cref="RuleBulkProgram"/>: each writes one register from registers or data.</summary>
internal enum RuleBulkOp : byte
{
    /// <summary>Dest = a dataset column's actual values <c>B</c> years back, × <c>Value</c> (the slot's inside factor).</summary>
    LoadData,
    /// <summary>Dest = derived indicator <c>A</c>'s column computed earlier in the chunk: this year's (<c>B</c> = 0) or as for the previous year (1).</summary>
    LoadDerived,
    /// <summary>Dest = <c>Value</c>.</summary>
    Constant,
    /// <summary>Dest = A × <c>Value</c>.</summary>
    Scale,
    Negate,
    Not,
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
    Min,
    Max,
    Abs,
    /// <summary>Dest = Rounding.Round(A, <c>B</c> decimals).</summary>
    Round,
    /// <summary>Dest = C ≠ 0 ? A : B for a present C (registers A = condition, B = then, C = else in <see cref="RuleBulkInstruction"/>).</summary>
    Select,
    Present,
    Coalesce,
    /// <summary>Dest = a scalar function of registers A (and B) per cell (growth, share, completion).</summary>
    Scalar,
    /// <summary>Dest = a user's function of registers A … A + B − 1.</summary>
    User,
    /// <summary>Dest = A, or missing where A × <c>Value</c> (100: a percent or points as people read it) is not finite.</summary>
    Shown,
    /// <summary>Dest = A, or missing where A ÷ <c>Value</c> (a derived indicator's inside factor: its value in its unit) is not finite.</summary>
    InUnit,
    /// <summary>Dest = a dataset column's actual value in the year of index <c>B</c> (every year of the zone), × <c>Value</c>: <c>in_year(x, Y)</c>.</summary>
    LoadYear,
}

/// <summary>One instruction: the destination register, up to three source registers (or a column and a lag) and a constant.</summary>
internal readonly record struct RuleBulkInstruction(RuleBulkOp Op, int Dest, int A = 0, int B = 0, int C = 0, double Value = 0, object? Payload = null);

/// <summary>A per-cell function of one or two values, for the scalar-only built-ins (growth, share, completion).</summary>
internal delegate double RuleBulkCellFunction(double a, double b);

/// <summary>
/// A derived formula or a check compiled for bulk evaluation (批量指令程序): a short array of instructions over
/// registers of one chunk of cells each. Every instruction is a tight loop over the chunk (vectorised where the
/// arithmetic is exactly IEEE's), so a cell costs a few nanoseconds and allocates nothing.
/// </summary>
internal sealed class RuleBulkProgram(RuleBulkInstruction[] code, int registers)
{
    internal RuleBulkInstruction[] Code { get; } = code;

    /// <summary>The registers needed; the result is register 0.</summary>
    internal int Registers { get; } = registers;
}

/// <summary>Where one chunk's cells come from: zones <c>[ZoneStart, ZoneStart + ZoneCount)</c>, every year, cells zone-major.</summary>
internal readonly ref struct RuleBulkChunk
{
    internal RuleBulkChunk(BulkDataset dataset, double[][] derived, double[][] previous, int zoneStart, int zoneCount, Span<double> registers)
    {
        Dataset = dataset;
        Derived = derived;
        Previous = previous;
        ZoneStart = zoneStart;
        ZoneCount = zoneCount;
        Years = dataset.YearCount;
        Cells = zoneCount * Years;
        Registers = registers;
    }

    internal BulkDataset Dataset { get; }

    internal double[][] Derived { get; }

    internal double[][] Previous { get; }

    internal int ZoneStart { get; }

    internal int ZoneCount { get; }

    internal int Years { get; }

    internal int Cells { get; }

    internal Span<double> Registers { get; }

    internal Span<double> Register(int index) => Registers.Slice(index * Cells, Cells);
}

