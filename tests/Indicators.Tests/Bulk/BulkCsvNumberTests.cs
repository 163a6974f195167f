using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Indicators.Bulk;

namespace Indicators.Tests.Bulk;

/// <summary>Issue 14 (helper csvfast): the exact fast number reading shared by the long-format CSV loaders.</summary>
public class BulkCsvNumberTests
{
    private static long ParsedBits(string text) => BitConverter.DoubleToInt64Bits(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    [Property(MaxTest = 5000)]
    public void Issue14_exact_numbers_are_the_bits_double_parse_gives(ulong digits, byte point, bool negative, byte zeros)
    {
        // Up to 20 digits (some leading zeros), the point anywhere: the bits of double.Parse, or the text left to it.
        string written = new string('0', zeros % 4) + digits.ToString(CultureInfo.InvariantCulture);
        int at = point % (written.Length + 1);
        string text = (negative ? "-" : "") + (at == 0 ? written : written[..at] + "." + written[at..]);
        if (BulkCsvNumber.TryExact(Encoding.ASCII.GetBytes(text), out double fast))
        {
            Assert.Equal(ParsedBits(text), BitConverter.DoubleToInt64Bits(fast));
        }
        else
        {
            // Refused only with more than 19 digits or a point at an end.
            Assert.True(written.Length > 19 || at == written.Length, text);
        }
    }

    [Property(MaxTest = 5000)]
    public void Issue14_round_trip_text_of_any_double_reads_back_to_it(long bits)
    {
        // A double's shortest round-trip text (up to 17 digits: the CSV writers' output) is read back exactly, fast.
        double d = BitConverter.Int64BitsToDouble(bits);
        string text = d.ToString("R", CultureInfo.InvariantCulture);
        if (!double.IsFinite(d) || text.Contains('E', StringComparison.Ordinal))
        {
            return;
        }
        bool fast = BulkCsvNumber.TryExact(Encoding.ASCII.GetBytes(text), out double value);
        Assert.True(fast || text.Count(char.IsAsciiDigit) > 19, text);
        if (fast)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(value));
        }
    }

    [Fact]
    public void Issue14_numbers_of_any_size_read_to_the_bits_of_double_parse_at_every_number_of_decimals()
    {
        // The Eisel–Lemire reading: digits of 1 to 64 bits (below 10^19), every decimal count, the bottom and top of
        // binades among them; a seeded sweep so that a failure names its text.
        var random = new Random(14);
        var checks = new List<ulong> { 1, 9, (1UL << 53) - 1, 1UL << 53, (1UL << 53) + 1, 1UL << 54, (1UL << 54) - 1, 1UL << 63, (1UL << 63) - 1, 9_999_999_999_999_999_999, 10_000_000_000_000_000 };
        for (int n = 0; n < 20_000; n++)
        {
            int bits = random.Next(1, 65);
            ulong digits = (1UL << (bits - 1)) | ((ulong)random.NextInt64() & ((1UL << (bits - 1)) - 1));
            checks.Add(digits % 10_000_000_000_000_000_000);
        }
        foreach (ulong digits in checks.Where(d => d > 0))
        {
            string written = digits.ToString(CultureInfo.InvariantCulture);
            for (int decimals = 0; decimals < written.Length; decimals++)
            {
                string text = decimals == 0 ? written : written[..^decimals] + "." + written[^decimals..];
                Assert.True(BulkCsvNumber.TryExact(Encoding.ASCII.GetBytes(text), out double value), text);
                Assert.True(ParsedBits(text) == BitConverter.DoubleToInt64Bits(value), text);
            }
        }
    }

    [Property(MaxTest = 3000)]
    public void Issue14_a_number_exactly_between_two_doubles_reads_to_the_even_one(ulong random, byte k)
    {
        // (2M + 1) / 2^k lies exactly halfway between M × 2^(1−k) and (M + 1) × 2^(1−k), adjacent doubles for M in
        // [2^52, 2^53); written as (2M + 1) × 5^k with k decimals. IEEE rounds it to the even mantissa.
        ulong m = (1UL << 52) + 1 + (random % ((1UL << 52) - 2));
        int places = (k % 3) + 1;
        ulong written = ((2 * m) + 1) * (ulong)Math.Pow(5, places);
        string text = written.ToString(CultureInfo.InvariantCulture);
        text = text[..^places] + "." + text[^places..];
        double expected = Math.ScaleB(m % 2 == 0 ? m : m + 1, 1 - places);

        Assert.True(BulkCsvNumber.TryExact(Encoding.ASCII.GetBytes(text), out double value), text);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
        Assert.Equal(ParsedBits(text), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void Issue14_exact_numbers_cover_the_usual_cells_and_leave_the_rest()
    {
        // Expected values are the C# compiler's reading of the same literals (its own correctly rounded parser).
        foreach (var (text, expected) in new[]
        {
            ("1606.5164989035795", 1606.5164989035795), ("0.30000000000000004", 0.30000000000000004), ("-0", -0.0), ("0.1", 0.1),
            ("9007199254740995", 9007199254740995.0), ("18446744073709551.6", 18446744073709551.6), ("1234567890123456789", 1234567890123456789.0),
            ("0.000000000000000001", 0.000000000000000001), ("-7.25", -7.25), ("007", 7.0),
        })
        {
            Assert.True(BulkCsvNumber.TryExact(Encoding.ASCII.GetBytes(text), out double value), text);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
        }
        foreach (string text in new[] { "", "-", ".5", "5.", "+7", "1e5", "1.2.3", "12345678901234567890", "1,5", " 1", "--1" })
        {
            Assert.False(BulkCsvNumber.TryExact(Encoding.ASCII.GetBytes(text), out _), text);
        }
    }
}
