using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Indicators.Tests.Bulk;

public partial class BulkCsvTests
{
    private static readonly IndicatorCatalog FuzzCatalog = InHundredMillionYuan(4);

    /// <summary>A catalogue of <paramref name="count"/> indicators X0, X1… in 亿元, higher is better.</summary>
    private static IndicatorCatalog InHundredMillionYuan(int count) =>
        Synthetic(count, new bool[count]);

    private static readonly string[] ColumnNames = ["zone", "indicator", "period", "kind", "value", "unit"];

    // The rows the generator writes, and nothing looser: a line that still matches after mutation must load as written.
    private static readonly Regex SimpleRow = new(
        @"^(Z[0-9]),(X[0-3]),(20[0-9]{2}),(actual|target),(?:(-?[0-9]{1,6}(?:\.[0-9]{1,3})?),亿元|(-?[0-9]{1,6}(?:\.[0-9]{1,3})?)亿元,)$",
        RegexOptions.CultureInvariant);

    // A row whose value took one of the extreme numbers, in 元 or 万亿元: it loads converted to 亿元, or is refused.
    private static readonly Regex ExtremeRow = new(
        @"^(Z[0-9]),(X[0-3]),(20[0-9]{2}),(actual|target),(-?[0-9.]+(?:e-?[0-9]+)?)(元|万亿元),$",
        RegexOptions.CultureInvariant);

    [Fact]
    public void Mutated_csv_bytes_never_throw_and_load_every_intact_row_as_a_reference_parser_reads_it()
    {
        // Valid CSV from a generator, then bytes flipped, fields duplicated or truncated, quotes, huge and tiny numbers,
        // invalid UTF-8, byte-order marks, CR/LF/CRLF mixes and years at the extremes. Deterministic: seed and count fixed.
        var random = new Random(20261204);
        var checks = new Dictionary<string, int>();
        for (int run = 0; run < 400; run++)
        {
            byte[] bytes = Mutate(random, Generate(random));
            long before = GC.GetAllocatedBytesForCurrentThread();
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var result = BulkCsv.Read(reader, FuzzCatalog);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            string context = $"run {run}: {Encoding.UTF8.GetString(bytes)}";

            var lines = SplitLines(bytes);
            Assert.All(result.Errors, e => Assert.True(e.Line >= 1 && e.Line <= lines.Count && (e.Field is null || ColumnNames.Contains(e.Field)), $"{e} — {context}"));
            // The one failure shape: every diagnostic an error with a BK code, a column and an excerpt in its line, both languages.
            Assert.All(result.Diagnostics, e => Assert.True(e.IsError && Regex.IsMatch(e.Code, "^BK[123][0-9]{3}$") && e.Column >= 1
                && e.Excerpt is not null && e.Message.Length > 0 && e.ChineseMessage.Length > 0 && e.SourceName is null, $"{e} — {context}"));
            Assert.Equal(result.HasErrors, result.Errors.Count > 0);
            Assert.True(result.Success || result.HasErrors, context);
            Assert.True(allocated < (2 << 20) + 400L * bytes.Length, $"{allocated} bytes allocated — {context}");
            if (result.Value is { } d)
            {
                Assert.True(d.YearCount <= 200 && d.CellCount <= Math.Max(65536, 256 * RowsLoaded(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd(), result)), context);
            }
            CheckAgainstReference(lines, result, context, checks);
        }
        // The reference must have had something to check, or the test could not fail.
        Assert.True(checks.GetValueOrDefault("value") > 1000 && checks.GetValueOrDefault("refused") > 20
            && checks.GetValueOrDefault("utf8") > 20 && checks.GetValueOrDefault("extreme") > 20, string.Join(", ", checks));
    }

    /// <summary>
    /// A reference reading of the lines up to the first quote (a quote may join lines, which this reader does not
    /// follow): every line of the generator's form loads with its value unless it is refused as a duplicate cell or
    /// by the bound on years (other rows, looser than this form, may take a cell or year first); every line with
    /// bytes that are not UTF-8 is refused.
    /// </summary>
    private static void CheckAgainstReference(List<byte[]> lines, Outcome<BulkDataset> result, string context, Dictionary<string, int> checks)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var header = lines[0].AsSpan();
        if (header.StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            header = header[3..];
        }
        if (!header.SequenceEqual(Encoding.UTF8.GetBytes(Header.TrimEnd('\n'))))
        {
            return;
        }
        var errorsByLine = result.Errors.ToLookup(e => e.Line);
        for (int n = 1; n < lines.Count; n++)
        {
            int lineNumber = n + 1;
            if (lines[n].Contains((byte)'"'))
            {
                return;
            }
            string text;
            try
            {
                text = strict.GetString(lines[n]);
            }
            catch (DecoderFallbackException)
            {
                Assert.True(errorsByLine[lineNumber].Any(e => e.Message.Contains("not valid UTF-8", StringComparison.Ordinal)), $"line {lineNumber} — {context}");
                Count(checks, "utf8");
                continue;
            }
            var errors = errorsByLine[lineNumber].ToList();
            var match = SimpleRow.Match(text);
            double expected;
            if (match.Success)
            {
                expected = double.Parse(match.Groups[5].Success ? match.Groups[5].Value : match.Groups[6].Value, CultureInfo.InvariantCulture) + 0.0;
            }
            else if ((match = ExtremeRow.Match(text)).Success
                && double.TryParse(match.Groups[5].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double written))
            {
                Count(checks, "extreme");
                expected = match.Groups[6].Value == "元" ? written / 1e8 : written * 1e4;
                string? refusal = !double.IsFinite(expected) ? "too large|out of range"
                    : WrittenNonZero(match.Groups[5].Value) && (Math.Abs(written) < 2.2250738585072014E-308 || Math.Abs(expected) < 2.2250738585072014E-308) ? "too small"
                    : null;
                if (refusal is not null)
                {
                    Assert.True(errors.Any(e => refusal.Split('|').Any(r => e.Message.Contains(r, StringComparison.Ordinal))), $"line {lineNumber}: {refusal} — {context}");
                    continue;
                }
            }
            else
            {
                continue;
            }
            if (errors.Count > 0)
            {
                Assert.True(errors.All(e => e.Message.StartsWith("duplicate cell", StringComparison.Ordinal) || e.Message.Contains("at most 200 years", StringComparison.Ordinal)),
                    $"line {lineNumber}: {string.Join("; ", errors)} — {context}");
                Count(checks, "refused");
                continue;
            }
            var d = result.Value!;
            int zone = d.ZoneIds!.ToList().IndexOf(match.Groups[1].Value);
            int indicator = d.IndicatorCodes!.ToList().IndexOf(match.Groups[2].Value);
            int year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) - d.FirstYear;
            double? loaded = match.Groups[4].Value == "target" ? d.GetTarget(zone, indicator, year) : d.GetActual(zone, indicator, year);
            // A value in 亿元 loads bit for bit; one converted from 元 or 万亿元 within rounding.
            Assert.True(loaded is { } v && (v == expected || Math.Abs(v - expected) <= Math.Abs(expected) * 1e-15),
                $"line {lineNumber}: expected {expected}, loaded {loaded} — {context}");
            Count(checks, "value");
        }
    }

    private static void Count(Dictionary<string, int> checks, string what) => checks[what] = checks.GetValueOrDefault(what) + 1;

    /// <summary>The lines as a text reader sees them: CR, LF and CRLF each end one.</summary>
    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is (byte)'\r' or (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < bytes.Length || lines.Count == 0)
        {
            lines.Add(bytes[start..]);
        }
        return lines;
    }

    private static List<string> Generate(Random random)
    {
        var lines = new List<string> { Header.TrimEnd('\n') };
        int rows = random.Next(1, 30);
        for (int r = 0; r < rows; r++)
        {
            string value = random.Next(4) == 0 ? "" : (random.Next(-999_999, 1_000_000) / (random.Next(2) == 0 ? 1.0 : 8.0)).ToString("R", CultureInfo.InvariantCulture);
            string zone = "Z" + random.Next(10).ToString(CultureInfo.InvariantCulture);
            string indicator = "X" + random.Next(4).ToString(CultureInfo.InvariantCulture);
            string year = random.Next(2015, 2025).ToString(CultureInfo.InvariantCulture);
            string kind = random.Next(2) == 0 ? "actual" : "target";
            lines.Add(random.Next(2) == 0 || value.Length == 0
                ? $"{zone},{indicator},{year},{kind},{value},亿元"
                : $"{zone},{indicator},{year},{kind},{value}亿元,");
        }
        return lines;
    }

    private static readonly string[] Numbers = ["1e308", "-1e308", "1.7976931348623157e308", "9e999", "5e-324", "1e-400", "2.2e-308", "0", "-0", "1e-310"];
    private static readonly string[] Years = ["0001", "9999", "1000", "2999", "2214", "1815", "10000", "0"];
    private static readonly byte[][] Invalid = [[0xFF], [0xC3], [0xE5, 0x8C], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]];
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] Mutate(Random random, List<string> lines)
    {
        for (int n = 1; n < lines.Count; n++)
        {
            if (random.Next(8) == 0)
            {
                var fields = lines[n].Split(',');
                fields[4] = Numbers[random.Next(Numbers.Length)] + (random.Next(2) == 0 ? "元" : "万亿元");
                fields[5] = "";
                lines[n] = string.Join(',', fields);
            }
        }
        int textMutations = random.Next(0, 4);
        for (int m = 0; m < textMutations && lines.Count > 1; m++)
        {
            int n = random.Next(1, lines.Count);
            var fields = lines[n].Split(',').ToList();
            int f = random.Next(fields.Count);
            switch (random.Next(6))
            {
                case 0: fields.Insert(f, fields[f]); break;                                                   // a field duplicated
                case 1: fields[f] = fields[f][..random.Next(fields[f].Length + 1)]; break;                     // a field truncated
                case 2: fields.RemoveRange(f, fields.Count - f); break;                                        // a row truncated
                case 3: fields[f] = fields[f].Insert(random.Next(fields[f].Length + 1), "\""); break;          // a stray quote
                case 4: fields[f] = "\"" + fields[f].Replace("\"", "\"\"", StringComparison.Ordinal) + "\""; break;  // a field quoted
                case 5 when fields.Count > 2: fields[2] = Years[random.Next(Years.Length)]; break;
                default: lines.Insert(n, lines[n]); break;                                                     // a row repeated
            }
            lines[n] = string.Join(',', fields);
        }

        var bytes = new List<byte>();
        if (random.Next(4) == 0)
        {
            bytes.AddRange(Bom);
        }
        foreach (var line in lines)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(line));
            bytes.AddRange(random.Next(3) switch { 0 => "\n"u8.ToArray(), 1 => "\r\n"u8.ToArray(), _ => "\r"u8.ToArray() });
        }
        int byteMutations = random.Next(0, 4);
        for (int m = 0; m < byteMutations && bytes.Count > 0; m++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;                  // a bit flipped
                case 1: bytes.InsertRange(at, Invalid[random.Next(Invalid.Length)]); break; // bytes that are not UTF-8
                case 2: bytes.InsertRange(at, Bom); break;                                 // a byte-order mark inside the text
                default: bytes.RemoveAt(at); break;                                        // a byte lost
            }
        }
        return [.. bytes];
    }

    /// <summary>The reference's own reading of "written with a non-zero digit" (before any exponent): "5e-324" and
    /// "0.001" are, "0" and "0.0e5" are not. Kept in the test, independent of the loader it checks.</summary>
    private static bool WrittenNonZero(string text)
    {
        foreach (char c in text)
        {
            if (c is >= '1' and <= '9' or >= '１' and <= '９')
            {
                return true;
            }
            if (!(c is '0' or '０' or '.' or ',' or '+' or '-' or '－' or '＋' or '−' || char.IsWhiteSpace(c)))
            {
                return false;
            }
        }
        return false;
    }
}
