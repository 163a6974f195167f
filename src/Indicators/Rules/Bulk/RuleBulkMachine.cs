using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Indicators.Rules;

/// <summary>
/// Runs <see cref="RuleBulkProgram"/>s over a chunk. Each instruction is one loop over the chunk's cells, specialised
/// per operation (a struct type parameter, so the per-cell operation is inlined): Vector256 lanes where the arithmetic is
/// exactly IEEE's and the scalar evaluator's rules (missing in, missing out; an overflow is missing; division by zero is
/// missing) can be written as lane masks, a plain loop otherwise. Both forms give the scalar evaluator's bits.
/// </summary>
internal static partial class RuleBulkMachine
{
    /// <summary>Runs <paramref name="program"/> over the chunk; the result is in register 0.</summary>
    internal static void Run(RuleBulkProgram program, in RuleBulkChunk chunk)
    {
        foreach (ref readonly var i in program.Code.AsSpan())
        {
            var dest = chunk.Register(i.Dest);
            switch (i.Op)
            {
                // A load's A is a column or a derived indicator, not a register.
                case RuleBulkOp.LoadData:
                    LoadData(chunk, dest, i.A, i.B, i.Value);
                    continue;
                case RuleBulkOp.LoadDerived:
                    (i.B == 0 ? chunk.Derived : chunk.Previous)[i.A].AsSpan(chunk.ZoneStart * chunk.Years, chunk.Cells).CopyTo(dest);
                    continue;
                case RuleBulkOp.Constant:
                    dest.Fill(i.Value);
                    continue;
                case RuleBulkOp.LoadYear:
                    LoadYear(chunk, dest, i.A, i.B, i.Value);
                    continue;
            }
            var a = chunk.Register(i.A);
            switch (i.Op)
            {
                case RuleBulkOp.Scale: Loop<ScaleOp>(a, a, dest, i.Value); break;
                case RuleBulkOp.Negate: Loop<NegateOp>(a, a, dest, 0); break;
                case RuleBulkOp.Not: Loop<NotOp>(a, a, dest, 0); break;
                case RuleBulkOp.Abs: Loop<AbsOp>(a, a, dest, 0); break;
                case RuleBulkOp.Present: Loop<PresentOp>(a, a, dest, 0); break;
                case RuleBulkOp.Add: Loop<AddOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Subtract: Loop<SubtractOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Multiply: Loop<MultiplyOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Divide: Loop<DivideOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Power: Loop<PowerOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Less: Loop<LessOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.LessOrEqual: Loop<LessOrEqualOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Greater: Loop<LessOp>(chunk.Register(i.B), a, dest, 0); break;
                case RuleBulkOp.GreaterOrEqual: Loop<LessOrEqualOp>(chunk.Register(i.B), a, dest, 0); break;
                case RuleBulkOp.Equal: Loop<EqualOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.NotEqual: Loop<NotEqualOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.And: Loop<AndOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Or: Loop<OrOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Min: Loop<MinOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Max: Loop<MaxOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Coalesce: Loop<CoalesceOp>(a, chunk.Register(i.B), dest, 0); break;
                case RuleBulkOp.Round: Loop<RoundOp>(a, a, dest, i.B); break;
                case RuleBulkOp.Shown: Loop<ShownOp>(a, a, dest, i.Value); break;
                case RuleBulkOp.InUnit: Loop<InUnitOp>(a, a, dest, i.Value); break;
                case RuleBulkOp.Select:
                    Select(a, chunk.Register(i.B), chunk.Register(i.C), dest);
                    break;
                case RuleBulkOp.Scalar:
                    var f = (RuleBulkCellFunction)i.Payload!;
                    var b = chunk.Register(i.B);
                    for (int k = 0; k < dest.Length; k++)
                    {
                        dest[k] = f(a[k], b[k]);
                    }
                    break;
                default:
                    User(chunk, i, dest);
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
            if (lag >= years)
            {
                target.Fill(double.NaN);
                continue;
            }
            target[..lag].Fill(double.NaN);
            source[..(years - lag)].CopyTo(target[lag..]);
        }
        if (factor != 1)
        {
            Loop<ScaleOp>(dest, dest, dest, factor);
        }
    }

    /// <summary>if(c, a, b) per cell: missing when c is missing, else the branch c picks (both branches were computed; they have no effects).</summary>
    private static void Select(ReadOnlySpan<double> condition, ReadOnlySpan<double> then, ReadOnlySpan<double> otherwise, Span<double> dest)
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref double rc = ref MemoryMarshal.GetReference(condition);
            ref double rt = ref MemoryMarshal.GetReference(then);
            ref double ro = ref MemoryMarshal.GetReference(otherwise);
            ref double rd = ref MemoryMarshal.GetReference(dest);
            for (; k <= dest.Length - Vector256<double>.Count; k += Vector256<double>.Count)
            {
                var c = Vector256.LoadUnsafe(ref rc, (nuint)k);
                var picked = Vector256.ConditionalSelect(Vector256.Equals(c, Vector256<double>.Zero), Vector256.LoadUnsafe(ref ro, (nuint)k), Vector256.LoadUnsafe(ref rt, (nuint)k));
                Vector256.ConditionalSelect(Vector256.Equals(c, c), picked, NaN).StoreUnsafe(ref rd, (nuint)k);
            }
        }
        for (; k < dest.Length; k++)
        {
            double c = condition[k];
            dest[k] = double.IsNaN(c) ? double.NaN : c != 0 ? then[k] : otherwise[k];
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

    private static Vector256<double> NaN => Vector256.Create(double.NaN);

    private static Vector256<double> One => Vector256.Create(1.0);

    /// <summary>NaN where a lane is infinite: an overflow is missing, as for one zone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Finite(Vector256<double> x) =>
        Vector256.ConditionalSelect(Vector256.Equals(Vector256.Abs(x), Vector256.Create(double.PositiveInfinity)), NaN, x);

    /// <summary>1 where the comparison holds, 0 where not, NaN where an operand is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Truth(Vector256<double> holds, Vector256<double> a, Vector256<double> b) =>
        Vector256.ConditionalSelect(Vector256.Equals(a, a) & Vector256.Equals(b, b), holds & One, NaN);

    private static double Truth(bool holds, double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : holds ? 1 : 0;

    /// <summary>One operation per cell: <c>Scalar</c> always; <c>Vector</c> when <c>IsVectorised</c>.</summary>
    private interface IOp
    {
        static abstract bool IsVectorised { get; }

        static abstract double Scalar(double a, double b, double c);

        static abstract Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c);
    }

    /// <summary>dest = op(a, b, constant) over the chunk.</summary>
    private static void Loop<TOp>(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> dest, double constant)
        where TOp : struct, IOp
    {
        int k = 0;
        if (TOp.IsVectorised && Vector256.IsHardwareAccelerated)
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

    private readonly struct ScaleOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a * c);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a * c);
    }

    /// <summary>The scalar evaluator's range check of a percent or points: missing where x × 100 is not finite.</summary>
    private readonly struct ShownOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => double.IsFinite(a * c) ? a : double.NaN;
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Vector256.ConditionalSelect(Vector256.Equals(Vector256.Abs(a * c), Vector256.Create(double.PositiveInfinity)), NaN, a);
    }

    /// <summary>The scalar evaluator's range check of a derived indicator: missing where its value in its unit (x ÷ factor) is not finite.</summary>
    private readonly struct InUnitOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => double.IsFinite(a / c) ? a : double.NaN;
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Vector256.ConditionalSelect(Vector256.Equals(Vector256.Abs(a / c), Vector256.Create(double.PositiveInfinity)), NaN, a);
    }

    private readonly struct NegateOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => -a;
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => -a;
    }

    /// <summary><c>not x</c> is 1 − x, as the scalar evaluator computes it.</summary>
    private readonly struct NotOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => 1 - a;
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => One - a;
    }

    private readonly struct AbsOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => Math.Abs(a);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.Abs(a);
    }

    private readonly struct PresentOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => double.IsNaN(a) ? 0 : 1;
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.Equals(a, a) & One;
    }

    private readonly struct CoalesceOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => double.IsNaN(a) ? b : a;
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.ConditionalSelect(Vector256.Equals(a, a), a, b);
    }

    private readonly struct AddOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a + b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a + b);
    }

    private readonly struct SubtractOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a - b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a - b);
    }

    private readonly struct MultiplyOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => RuleBulkSemantics.Finite(a * b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Finite(a * b);
    }

    private readonly struct DivideOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => b == 0 ? double.NaN : RuleBulkSemantics.Finite(a / b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Vector256.ConditionalSelect(Vector256.Equals(b, Vector256<double>.Zero), NaN, Finite(a / b));
    }

    private readonly struct PowerOp : IOp
    {
        public static bool IsVectorised => false;
        public static double Scalar(double a, double b, double c) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : RuleBulkSemantics.Finite(Math.Pow(a, b));
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => throw new NotSupportedException();
    }

    /// <summary><c>a &lt; b</c>, and <c>a &gt; b</c> with the operands swapped.</summary>
    private readonly struct LessOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => Truth(a < b, a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Truth(Vector256.LessThan(a, b), a, b);
    }

    /// <summary><c>a &lt;= b</c>, and <c>a &gt;= b</c> with the operands swapped.</summary>
    private readonly struct LessOrEqualOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => Truth(a <= b, a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Truth(Vector256.LessThanOrEqual(a, b), a, b);
    }

    private readonly struct EqualOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => Truth(a == b, a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Truth(Vector256.Equals(a, b), a, b);
    }

    private readonly struct NotEqualOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => Truth(a != b, a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Truth(~Vector256.Equals(a, b), a, b);
    }

    private readonly struct AndOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => Truth(a != 0 && b != 0, a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Truth(~(Vector256.Equals(a, Vector256<double>.Zero) | Vector256.Equals(b, Vector256<double>.Zero)), a, b);
    }

    private readonly struct OrOp : IOp
    {
        public static bool IsVectorised => true;
        public static double Scalar(double a, double b, double c) => Truth(a != 0 || b != 0, a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Truth(~(Vector256.Equals(a, Vector256<double>.Zero) & Vector256.Equals(b, Vector256<double>.Zero)), a, b);
    }

    /// <summary>Math.Min, whose treatment of −0 and +0 the lanes' minimum does not share on every runtime: a plain loop.</summary>
    private readonly struct MinOp : IOp
    {
        public static bool IsVectorised => false;
        public static double Scalar(double a, double b, double c) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Min(a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => throw new NotSupportedException();
    }

    private readonly struct MaxOp : IOp
    {
        public static bool IsVectorised => false;
        public static double Scalar(double a, double b, double c) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Max(a, b);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => throw new NotSupportedException();
    }

    /// <summary>round(x, n): the library's Rounding.Round (decimal-exact), per cell; the decimals ride in the constant.</summary>
    private readonly struct RoundOp : IOp
    {
        public static bool IsVectorised => false;
        public static double Scalar(double a, double b, double c) => double.IsNaN(a) ? double.NaN : Rounding.Round(a, (int)c);
        public static Vector256<double> Vector(Vector256<double> a, Vector256<double> b, Vector256<double> c) => throw new NotSupportedException();
    }
}
