using System.Numerics;
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
/// <para>The digits are read as one 64-bit integer, eight at a time, and turned into the double by the Eisel–Lemire
/// reading: a 64 × 128-bit product with a table of twenty powers of ten, exact for every such number (see
/// <see cref="Nearest"/>), cheaper than a division and a check of its rounding (docs/performance.md).</para>
/// </remarks>
internal static class BulkCsvNumber
{
    /// <summary>The high words of 5^−d for d = 0 … 19 as 128-bit mantissas with the top bit set: ⌊2^b / 5^d⌋ + 1 for the
    /// b that puts it in [2^127, 2^128) (2^127 for d = 0), the table of fast_float and the runtimes' readers.</summary>
    // Spans over constant data, not static arrays: a method jitted optimised at once (as the loader's are) would check
    // that the class is initialised on every read of a static field.
    private static ReadOnlySpan<ulong> TenthsHigh =>
    [
        0x8000000000000000, 0xCCCCCCCCCCCCCCCC, 0xA3D70A3D70A3D70A, 0x83126E978D4FDF3B, 0xD1B71758E219652B, 0xA7C5AC471B478423,
        0x8637BD05AF6C69B5, 0xD6BF94D5E57A42BC, 0xABCC77118461CEFC, 0x89705F4136B4A597, 0xDBE6FECEBDEDD5BE, 0xAFEBFF0BCB24AAFE,
        0x8CBCCC096F5088CB, 0xE12E13424BB40E13, 0xB424DC35095CD80F, 0x901D7CF73AB0ACD9, 0xE69594BEC44DE15B, 0xB877AA3236A4B449,
        0x9392EE8E921D5D07, 0xEC1E4A7DB69561A5,
    ];

    /// <summary>The low words of the same mantissas.</summary>
    private static ReadOnlySpan<ulong> TenthsLow =>
    [
        0x0000000000000000, 0xCCCCCCCCCCCCCCCD, 0x3D70A3D70A3D70A4, 0x645A1CAC083126EA, 0xD3C36113404EA4A9, 0x0FCF80DC33721D54,
        0xA63F9A49C2C1B110, 0x3D32907604691B4D, 0xFDC20D2B36BA7C3E, 0x31680A88F8953031, 0xB573440E5A884D1C, 0xF78F69A51539D749,
        0xF93F87B7442E45D4, 0x2865A5F206B06FBA, 0x538484C19EF38C95, 0x0F9D37014BF60A11, 0x4C2EBE687989A9B4, 0x09BEFEB9FAD487C3,
        0x3AFF322E62439FD0, 0x2B31E9E3D06C32E6,
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
        value = digits == 0 ? 0 : Nearest(digits, decimals);
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

    /// <summary>The double nearest <paramref name="digits"/> / 10^<paramref name="decimals"/>, ties to even (digits not
    /// zero, below 2^64; at most 19 decimals): the Eisel–Lemire reading.</summary>
    /// <remarks>
    /// <para>The digits, shifted to fill 64 bits, are multiplied by 10^−decimals as a 128-bit mantissa rounded up
    /// (<see cref="TenthsHigh"/>, <see cref="TenthsLow"/>: 5^−decimals, its power of two taken apart); the top 55 bits
    /// of the product are the double's 53 and what decides their rounding. Lemire ("Number parsing at a gigabyte per
    /// second", 2021, §8–9) proves the result exact for decimal exponents from −27 to 55 (a product whose low word
    /// is all ones, which elsewhere sends the reader to a slower one, cannot mislead it there), and a tie is only
    /// possible, and then recognised, from −4 on. Every value here is normal and finite (10^−19 ≤ value &lt; 2^64), so
    /// none of the algorithm's other exits is taken. The same steps as fast_float and the Rust and .NET runtimes'
    /// readers, for these exponents only.</para>
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Nearest(ulong digits, int decimals)
    {
        int zeros = BitOperations.LeadingZeroCount(digits);
        ulong w = digits << zeros;
        ulong high = Math.BigMul(w, TenthsHigh[decimals], out ulong low);
        if ((high & 0x1FF) == 0x1FF)
        {
            // The bits below the 55 kept are all ones: the low half of the power may carry into them.
            ulong carry = Math.BigMul(w, TenthsLow[decimals], out _);
            low += carry;
            if (carry > low)
            {
                high++;
            }
        }
        int top = (int)(high >> 63);
        ulong mantissa = high >> (top + 9);
        // 2^power2 (biased): ⌊log2(10^−decimals)⌋ + 63, from Lemire's (152170 + 65536) / 2^16 ≈ log2(10).
        int power2 = ((-(152_170 + 65_536) * decimals) >> 16) + 63 + top - zeros + 1023;
        if (low <= 1 && decimals <= 4 && (mantissa & 3) == 1 && mantissa << (top + 9) == high)
        {
            // Exactly halfway, below an odd mantissa: round down to the even one.
            mantissa &= ~1UL;
        }
        mantissa = (mantissa + (mantissa & 1)) >> 1;
        if (mantissa >= 2UL << 52)
        {
            // Rounded up into the next binade.
            mantissa = 1UL << 52;
            power2++;
        }
        return BitConverter.Int64BitsToDouble((long)((mantissa & ~(1UL << 52)) | ((ulong)power2 << 52)));
    }
}
