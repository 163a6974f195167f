using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Indicators.Bulk;

/// <summary>
/// The exact fast reading of a plain decimal number on UTF-8 bytes (数值快速解析), shared by the long-format CSV loaders
/// (<see cref="BulkCsvBlocks"/>, and Indicators.Data's long observation reader): <c>[-]digits[.digits]</c> with at most
/// 19 digits, read to the same double as <see cref="double.Parse(string, IFormatProvider)"/> — the nearest, ties to
/// even — or refused (false), for the caller to hand to the runtime's parser.
/// </summary>
/// <remarks>
/// <para>Up to 2^53 with at most 22 decimals it is Clinger's fast path: the digits and the power of ten are exact
/// doubles, so one IEEE division is the correctly rounded value. Above 2^53 (most 17-digit round-trip values) the
/// division gives a candidate within 1.5 units in the last place; it is checked exactly in 128-bit integers against the
/// two midpoints around it and moved one step up or down until it is the nearest.</para>
/// </remarks>
internal static class BulkCsvNumber
{
    // Spans over constant data, not static arrays: a method jitted optimised at once (as these are) would check that the
    // class is initialised on every read of a static field.
    private static ReadOnlySpan<double> PowersOfTen =>
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>10^0 … 10^19, the powers of ten that fit an unsigned 64-bit integer.</summary>
    private static ReadOnlySpan<ulong> IntegerPowersOfTen =>
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>Reads <c>[-]digits[.digits]</c> (at least one digit on each side of a point, at most 19 digits in all)
    /// to the double <see cref="double.Parse(string, IFormatProvider)"/> gives; false for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryExact(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        bool negative = !text.IsEmpty && text[0] == '-';
        int start = negative ? 1 : 0;
        ulong digits = 0;
        int at = Digits(text, start, ref digits);
        int count = at - start, decimals = 0;
        if (count == 0)
        {
            return false;
        }
        if (at < text.Length)
        {
            if (text[at] != '.')
            {
                return false;
            }
            int point = at + 1;
            at = Digits(text, point, ref digits);
            decimals = at - point;
            if (decimals == 0 || at < text.Length)
            {
                return false;
            }
            count += decimals;
        }
        // More digits than 19 have wrapped the integer: refused, whatever it holds.
        if (count > 19)
        {
            return false;
        }
        if (digits <= 1UL << 53)
        {
            value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        }
        else if (!Nearest(digits, decimals, out value))
        {
            return false;
        }
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    /// <summary>Reads the run of ASCII digits from <paramref name="at"/> onto <paramref name="digits"/> (wrapping past 19
    /// digits), eight at a time while eight are there; returns where the run ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Digits(ReadOnlySpan<byte> text, int at, ref ulong digits)
    {
        // A round-trip value has 15–17 digits: whole words of eight digits take one test and three multiplications
        // instead of eight of each (the SWAR reading of simdjson and fast_float).
        if (BitConverter.IsLittleEndian)
        {
            ref byte first = ref MemoryMarshal.GetReference(text);
            while (at + 8 <= text.Length)
            {
                ulong word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, at));
                if ((((word & 0xF0F0F0F0F0F0F0F0) | (((word + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) >> 4)) != 0x3333333333333333))
                {
                    break;
                }
                word -= 0x3030303030303030;
                word = (word * 10) + (word >> 8);
                word = (((word & 0x000000FF000000FF) * 0x000F424000000064) + (((word >> 16) & 0x000000FF000000FF) * 0x0000271000000001)) >> 32;
                digits = unchecked((digits * 100_000_000) + (uint)word);
                at += 8;
            }
        }
        for (; at < text.Length; at++)
        {
            uint d = (uint)(text[at] - '0');
            if (d > 9)
            {
                break;
            }
            digits = unchecked((digits * 10) + d);
        }
        return at;
    }

    /// <summary>The double nearest <paramref name="digits"/> / 10^<paramref name="decimals"/> (digits above 2^53, below
    /// 10^19; at most 19 decimals, so the value is above 2^-11 and the arithmetic below fits 128 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Nearest(ulong digits, int decimals, out double value)
    {
        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        ulong scale = IntegerPowersOfTen[decimals];
        for (int step = 0; step < 3; step++)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            ulong mantissa = ((ulong)bits & ((1UL << 52) - 1)) | (1UL << 52);
            int exponent = (int)((bits >> 52) & 0x7FF) - 1075;
            if (mantissa == 1UL << 52)
            {
                // At the bottom of a binade the midpoint below is nearer: rare, and left to the runtime.
                return false;
            }
            // value = mantissa × 2^exponent; its midpoints are (2 × mantissa ± 1) × 2^(exponent − 1). Compare
            // digits / 10^decimals with them, both sides times 10^decimals × 2^(1 − exponent): one 64 × 64-bit product
            // (mantissa × 10^decimals), the midpoints twice it less and plus 10^decimals.
            int shift = 1 - exponent;
            UInt128 x = shift >= 0 ? (UInt128)digits << shift : digits;
            ulong high = Math.BigMul(mantissa, scale, out ulong low);
            UInt128 twice = new UInt128(high, low) << 1;
            UInt128 below = twice - scale, above = twice + scale;
            if (shift < 0)
            {
                (below, above) = (below << -shift, above << -shift);
            }
            bool even = (mantissa & 1) == 0;
            if (x > above || (x == above && !even))
            {
                value = Math.BitIncrement(value);
            }
            else if (x < below || (x == below && !even))
            {
                value = Math.BitDecrement(value);
            }
            else
            {
                return true;
            }
        }
        return false;
    }
}
