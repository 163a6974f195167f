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
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>10^0 … 10^19, the powers of ten that fit an unsigned 64-bit integer.</summary>
    private static readonly ulong[] IntegerPowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>Reads <c>[-]digits[.digits]</c> (at least one digit on each side of a point, at most 19 digits in all)
    /// to the double <see cref="double.Parse(string, IFormatProvider)"/> gives; false for anything else.</summary>
    internal static bool TryExact(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }
        bool negative = text[0] == '-';
        int at = negative ? 1 : 0;
        if (at == text.Length || text[at] == '.')
        {
            return false;
        }
        ulong digits = 0;
        int count = 0, decimals = -1;
        for (; at < text.Length; at++)
        {
            byte b = text[at];
            if (b == '.')
            {
                if (decimals >= 0)
                {
                    return false;
                }
                decimals = 0;
                continue;
            }
            uint d = (uint)(b - '0');
            if (d > 9 || ++count > 19)
            {
                return false;
            }
            digits = (digits * 10) + d;
            if (decimals >= 0)
            {
                decimals++;
            }
        }
        if (decimals == 0)
        {
            return false;
        }
        decimals = Math.Max(decimals, 0);
        if (digits <= 1UL << 53)
        {
            if (decimals > 22)
            {
                return false;
            }
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

    /// <summary>The double nearest <paramref name="digits"/> / 10^<paramref name="decimals"/> (digits above 2^53, below
    /// 10^19; at most 19 decimals, so the value is above 2^-11 and the arithmetic below fits 128 bits).</summary>
    private static bool Nearest(ulong digits, int decimals, out double value)
    {
        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        UInt128 scale = IntegerPowersOfTen[decimals];
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
            // digits / 10^decimals with them, both sides times 10^decimals × 2^(1 − exponent).
            int shift = 1 - exponent;
            UInt128 x = shift >= 0 ? (UInt128)digits << shift : digits;
            UInt128 below = (UInt128)((2 * mantissa) - 1) * scale, above = (UInt128)((2 * mantissa) + 1) * scale;
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
