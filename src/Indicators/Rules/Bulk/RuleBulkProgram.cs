using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Indicators;

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

/// <summary>Runs <see cref="RuleBulkProgram"/>s over a chunk.</summary>
internal static class RuleBulkMachine
{
    /// <summary>Runs <paramref name="program"/> over the chunk; the result is in register 0.</summary>
    internal static void Run(RuleBulkProgram program, in RuleBulkChunk chunk)
    {
        foreach (ref readonly var i in program.Code.AsSpan())
        {
            var dest = chunk.Register(i.Dest);
            switch (i.Op)
            {
                case RuleBulkOp.LoadData:
                    LoadData(chunk, dest, i.A, i.B, i.Value);
                    break;
                case RuleBulkOp.LoadDerived:
                    (i.B == 0 ? chunk.Derived : chunk.Previous)[i.A].AsSpan(chunk.ZoneStart * chunk.Years, chunk.Cells).CopyTo(dest);
                    break;
                case RuleBulkOp.Constant:
                    dest.Fill(i.Value);
                    break;
                case RuleBulkOp.Scale:
                    Vectorised<ScaleOp>(chunk.Register(i.A), dest, dest, i.Value);
                    break;
                case RuleBulkOp.Negate:
                    Vectorised<NegateOp>(chunk.Register(i.A), dest, dest, 0);
                    break;
                case RuleBulkOp.Add:
                    Vectorised<AddOp>(chunk.Register(i.A), chunk.Register(i.B), dest, 0);
                    break;
                case RuleBulkOp.Subtract:
                    Vectorised<SubtractOp>(chunk.Register(i.A), chunk.Register(i.B), dest, 0);
                    break;
                case RuleBulkOp.Multiply:
                    Vectorised<MultiplyOp>(chunk.Register(i.A), chunk.Register(i.B), dest, 0);
                    break;
                case RuleBulkOp.Divide:
                    Vectorised<DivideOp>(chunk.Register(i.A), chunk.Register(i.B), dest, 0);
                    break;
                case RuleBulkOp.Select:
                    Select(chunk.Register(i.A), chunk.Register(i.B), chunk.Register(i.C), dest);
                    break;
                case RuleBulkOp.Round:
                    Unary(chunk.Register(i.A), dest, i.B, static (x, d) => RuleBulkSemantics.Round(x, d));
                    break;
                case RuleBulkOp.Scalar:
                    Cells(chunk.Register(i.A), chunk.Register(i.B), dest, (RuleBulkCellFunction)i.Payload!);
                    break;
                case RuleBulkOp.User:
                    User(chunk, i, dest);
                    break;
                default:
                    Cells(chunk.Register(i.A), chunk.Register(i.B), dest, i.Op);
                    break;
            }
        }
    }

    private static void LoadData(in RuleBulkChunk chunk, Span<double> dest, int column, int lag, double factor)
    {
        var dataset = chunk.Dataset;
        ReadOnlySpan<double> actual = dataset.Actual;
        int years = chunk.Years;
        for (int z = 0; z < chunk.ZoneCount; z++)
        {
            var source = actual.Slice(((chunk.ZoneStart + z) * dataset.IndicatorCount + column) * years, years);
            var target = dest.Slice(z * years, years);
            Lagged(source, target, lag);
        }
        if (factor != 1)
        {
            Vectorised<ScaleOp>(dest, dest, dest, factor);
        }
    }

    /// <summary>target[y] = source[y − lag], missing for the first <paramref name="lag"/> years.</summary>
    private static void Lagged(ReadOnlySpan<double> source, Span<double> target, int lag)
    {
        if (lag >= target.Length)
        {
            target.Fill(double.NaN);
            return;
        }
        target[..lag].Fill(double.NaN);
        source[..(target.Length - lag)].CopyTo(target[lag..]);
    }

    private static void Select(ReadOnlySpan<double> condition, ReadOnlySpan<double> then, ReadOnlySpan<double> otherwise, Span<double> dest)
    {
        for (int k = 0; k < dest.Length; k++)
        {
            double c = condition[k];
            dest[k] = double.IsNaN(c) ? double.NaN : c != 0 ? then[k] : otherwise[k];
        }
    }

    private static void Unary(ReadOnlySpan<double> a, Span<double> dest, int parameter, Func<double, int, double> f)
    {
        for (int k = 0; k < dest.Length; k++)
        {
            dest[k] = f(a[k], parameter);
        }
    }

    private static void Cells(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> dest, RuleBulkCellFunction f)
    {
        for (int k = 0; k < dest.Length; k++)
        {
            dest[k] = f(a[k], b[k]);
        }
    }

    private static void Cells(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> dest, RuleBulkOp op)
    {
        for (int k = 0; k < dest.Length; k++)
        {
            dest[k] = RuleBulkSemantics.Apply(op, a[k], b[k]);
        }
    }

    private static void User(in RuleBulkChunk chunk, in RuleBulkInstruction instruction, Span<double> dest)
    {
        var function = (RuleFunction)instruction.Payload!;
        int cells = chunk.Cells;
        int count = instruction.B;
        // The argument registers are consecutive, so they are already parameter-major (argument k of cell i at k · cells + i).
        ReadOnlySpan<double> arguments = chunk.Registers.Slice(instruction.A * cells, count * cells);
        if (function.BulkBody is { } bulk)
        {
            bulk(arguments, cells, dest);
            for (int k = 0; k < cells; k++)
            {
                if (!double.IsFinite(dest[k]) || AnyMissing(arguments, count, cells, k))
                {
                    dest[k] = double.NaN;
                }
            }
            return;
        }
        Span<double> one = count <= 16 ? stackalloc double[count] : new double[count];
        for (int k = 0; k < cells; k++)
        {
            if (AnyMissing(arguments, count, cells, k))
            {
                dest[k] = double.NaN;
                continue;
            }
            for (int p = 0; p < count; p++)
            {
                one[p] = arguments[p * cells + k];
            }
            double value = function.Body(one);
            dest[k] = double.IsFinite(value) ? value : double.NaN;
        }
    }

    private static bool AnyMissing(ReadOnlySpan<double> arguments, int count, int cells, int cell)
    {
        for (int p = 0; p < count; p++)
        {
            if (double.IsNaN(arguments[p * cells + cell]))
            {
                return true;
            }
        }
        return false;
    }

    private interface IVectorOp
    {
        static abstract double Scalar(double a, double b, double c);

        static abstract Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c);
    }

    private readonly struct ScaleOp : IVectorOp
    {
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a * c);

        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a * c);
    }

    private readonly struct NegateOp : IVectorOp
    {
        public static double Scalar(double a, double b, double c) => -a;

        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => -a;
    }

    private readonly struct AddOp : IVectorOp
    {
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a + b);

        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a + b);
    }

    private readonly struct SubtractOp : IVectorOp
    {
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a - b);

        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a - b);
    }

    private readonly struct MultiplyOp : IVectorOp
    {
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a * b);

        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a * b);
    }

    private readonly struct DivideOp : IVectorOp
    {
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Divide(a, b);

        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Vector256.ConditionalSelect(Vector256.Equals(b, Vector256<double>.Zero), Vector256.Create(double.NaN), Finite(a / b));
    }

    /// <summary>NaN where a lane is infinite (an overflow is missing, as for one zone).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Finite(Vector256<double> x) =>
        Vector256.ConditionalSelect(Vector256.Equals(Vector256.Abs(x), Vector256.Create(double.PositiveInfinity)), Vector256.Create(double.NaN), x);

    /// <summary>dest = op(a, b, constant) over the chunk: Vector256 lanes where accelerated, the same arithmetic per cell otherwise.</summary>
    private static void Vectorised<TOp>(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> dest, double constant)
        where TOp : struct, IVectorOp
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref double ra = ref MemoryMarshal.GetReference(a);
            ref double rb = ref MemoryMarshal.GetReference(b);
            ref double rd = ref MemoryMarshal.GetReference(dest);
            var c = Vector256.Create(constant);
            for (; k <= dest.Length - Vector256<double>.Count; k += Vector256<double>.Count)
            {
                TOp.Vector(Vector256.LoadUnsafe(ref ra, (nuint)k), Vector256.LoadUnsafe(ref rb, (nuint)k), c).StoreUnsafe(ref rd, (nuint)k);
            }
        }
        for (; k < dest.Length; k++)
        {
            dest[k] = TOp.Scalar(a[k], b[k], constant);
        }
    }
}
