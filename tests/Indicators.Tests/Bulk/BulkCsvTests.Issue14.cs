using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Bulk;
using Indicators.Tests.Bulk.Oracle;

namespace Indicators.Tests.Bulk;

/// <summary>Issue 14: the block loader against the loader it replaced (<see cref="BulkCsvOracle"/>), bit for bit.</summary>
public partial class BulkCsvTests
{
    private static readonly IndicatorCatalog Issue14Catalog = IndicatorCatalog.Empty.With([
        .. Enumerable.Range(0, 4).Select(i => IndicatorDefinition.Create(
            "X" + i.ToString(CultureInfo.InvariantCulture), "指标" + i.ToString(CultureInfo.InvariantCulture), "Indicator " + i.ToString(CultureInfo.InvariantCulture),
            Units.HundredMillionYuan, IndicatorNature.Flow, i == 3 ? Polarity.Reverse : Polarity.Positive)),
        IndicatorDefinition.Create("N0", "比率", "Ratio", Units.Percent, IndicatorNature.Ratio, Polarity.Positive),
    ]);

    private static readonly string[] Issue14Headers =
    [
        "zone,indicator,period,kind,value,unit",
        "zone,indicator,period,kind,value",
        "开发区,指标,时期,类型,数值,单位",
        "value,unit,kind,period,indicator,zone",
        "note,zone,indicator,year,kind,value,unit",
        "\uFEFFzone,indicator,period,kind,value,unit",
        " zone , INDICATOR,period,kind,value,unit,extra",
        "zone,indicator,period,kind,unit",
        "zone,zone,indicator,period,kind,value",
        "\"zone\",indicator,period,kind,value,unit",
        "",
    ];

    private static readonly string[] Issue14Zones = ["Z0", "Z1", "Z2", "Z3", "Z4", " Z1", "Ｚ2", "", "Z\u200B1", "\"Z3\"", "\"Z,4\"", "开发区甲", "\uFEFFZ0", "Z0\uFFFD", " "];
    private static readonly string[] Issue14Indicators = ["X0", "X1", "X2", "X3", "N0", "指标1", "NoSuch", " X2 ", "", "\"X1\"", "Ｘ0", "x0", "比率"];
    private static readonly string[] Issue14Periods = ["2020", "2021", "2022", "2023", "2024", "2021年", "1700", "2300", "2021Q1", "20x1", "", " 2022 ", "\"2020\""];
    private static readonly string[] Issue14Kinds = ["actual", "target", "实际", "目标", "完成", "任务", "ACTUAL", "forecast", "", " target"];
    private static readonly string[] Issue14Values =
    [
        "1", "-2.5", "0", "-0", "1e5", "1E-3", "123456.789", "0.1", ".5", "5.", "+7", "1e-310", "1e400", "1e-400", "12x.5", "", " 3 ", "170亿元",
        "\"1,234\"", "１２", "1e", "-", "3.4028235e38", "9007199254740993", "2.2250738585072014E-308", "1.7976931348623157e308",
        "0.30000000000000004", "\"5\"", "1..2", "00012", "1e+5", "123456789012345678901234567890123456789012345",
    ];
    private static readonly string[] Issue14Units = ["亿元", "万元", "元", "万亿元", "亩", "", "xx", " 亿元", "\"亿元\"", "%"];

    /// <summary>Rows from a small vocabulary (5 zones × 5 indicators × 5 years × 2 kinds, so cells repeat) with every
    /// fault the loader reports, written with the header's column order.</summary>
    private static List<string> Issue14Lines(System.Random random)
    {
        string header = Issue14Headers[random.Next(Issue14Headers.Length)];
        var lines = new List<string> { header };
        var columns = header.Split(',').Select(c => c.Trim().Trim('"').TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        int rows = random.Next(0, 60);
        for (int r = 0; r < rows; r++)
        {
            string Pick(string[] choices) => random.Next(5) == 0 ? choices[random.Next(choices.Length)] : choices[random.Next(Math.Min(5, choices.Length))];
            var fields = columns.Select(c => c switch
            {
                "zone" or "开发区" => Pick(Issue14Zones),
                "indicator" or "指标" => Pick(Issue14Indicators),
                "period" or "year" or "时期" => Pick(Issue14Periods),
                "kind" or "类型" => Pick(Issue14Kinds),
                "value" or "数值" => random.Next(3) == 0 ? Issue14Values[random.Next(Issue14Values.Length)]
                    : (random.Next(-999_999, 1_000_000) / (double)random.Next(1, 9)).ToString("R", CultureInfo.InvariantCulture),
                "unit" or "单位" => random.Next(4) == 0 ? Issue14Units[random.Next(Issue14Units.Length)] : "亿元",
                _ => random.Next(2) == 0 ? "note" : "注",
            }).ToList();
            switch (random.Next(20))
            {
                case 0: fields.RemoveAt(fields.Count - 1); break;                                   // the last field left off
                case 1: fields.Add("extra"); break;                                                 // a field too many
                case 2: lines.Add(random.Next(2) == 0 ? "" : "  "); break;                          // a blank line before
                case 3: fields[random.Next(fields.Count)] = "\"a\nb\""; break;                      // a quoted line break
                case 4: fields[random.Next(fields.Count)] = "\"open"; break;                        // a quote never closed
                case 5: fields[random.Next(fields.Count)] += "\"x\""; break;                        // quotes inside a field
                case 6 when lines.Count > 1: lines.Add(lines[random.Next(1, lines.Count)]); break;  // a row repeated
                case 7: fields.AddRange(Enumerable.Repeat("", random.Next(55, 70) - fields.Count)); break; // about 64 fields (the quick way's most)
                case 8: fields.Add(new string('a', random.Next(4_050, 4_150) - fields.Sum(f => f.Length + 4))); break; // about 4,096 bytes (the quick way's longest)
            }
            lines.Add(string.Join(',', fields));
        }
        return lines;
    }

    /// <summary>The lines as UTF-8, with LF, CRLF or CR after each, sometimes a byte-order mark, sometimes bytes that are not UTF-8.</summary>
    private static byte[] Issue14Bytes(System.Random random, List<string> lines)
    {
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
        for (int m = random.Next(0, 3); m > 0 && bytes.Count > 0; m--)
        {
            bytes.InsertRange(random.Next(bytes.Count), Invalid[random.Next(Invalid.Length)]);
        }
        return [.. bytes];
    }

    /// <summary>One case: the text's bytes, how the block loader cuts them, and how they are given.</summary>
    public sealed record Issue14Case(int Seed, int BlockSize, int Threads, bool AsText, bool Weighted, bool Vectorised = true);

    /// <summary>Arbitrary cases: tiny and large blocks, one and two threads, bytes (as a file) or text.</summary>
    public static class Issue14Arbitraries
    {
        /// <summary>The cases.</summary>
        public static Arbitrary<Issue14Case> Cases() =>
            (from seed in Gen.Choose(0, int.MaxValue)
             from block in Gen.Elements(16, 64, 257, 4096, 1 << 20)
             from threads in Gen.Elements(1, 2)
             from asText in Gen.Elements(false, true)
             from weighted in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
             from vectorised in Gen.Elements(true, false)
             select new Issue14Case(seed, block, threads, asText, weighted, vectorised)).ToArbitrary();
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(Issue14Arbitraries)])]
    public void Issue14_BlockLoader_gives_the_replaced_loaders_dataset_and_diagnostics_bit_for_bit(Issue14Case c)
    {
        var random = new System.Random(c.Seed);
        byte[] bytes = random.Next(2) == 0 ? Mutate(random, Generate(random)) : Issue14Bytes(random, Issue14Lines(random));
        if (random.Next(3) == 0 && bytes.Length > 0 && bytes[^1] == '\n')
        {
            bytes = bytes[..^1]; // no line end after the last row
        }
        var weights = c.Weighted ? new Dictionary<string, double> { ["X0"] = 60, ["X2"] = 40 } : null;
        var options = new BulkCsvBlocks.Options(c.BlockSize, c.Threads) { Vectorised = c.Vectorised };
        Outcome<BulkDataset> expected, actual;
        if (c.AsText)
        {
            string text = Encoding.UTF8.GetString(bytes);
            if (random.Next(6) == 0)
            {
                text = text.Insert(random.Next(text.Length + 1), random.Next(2) == 0 ? "\uD800" : "\uFEFF"); // a lone surrogate, a BOM anywhere
            }
            expected = BulkCsvOracle.Parse(text, Issue14Catalog, weights);
            actual = BulkCsvBlocks.ReadText(text, Issue14Catalog, weights, options);
        }
        else
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            expected = BulkCsvOracle.Read(reader, Issue14Catalog, weights, "t.csv");
            actual = BulkCsvBlocks.ReadStream(new MemoryStream(bytes), Issue14Catalog, weights, "t.csv", options);
        }
        AssertSameOutcome(expected, actual, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Issue14_BlockLoader_reads_a_file_as_the_replaced_loader_does_whatever_its_encoding_mark()
    {
        string csv = "zone,indicator,period,kind,value,unit\nZ0,X0,2020,actual,1.5,亿元\r\nZ0,X0,2020,actual,2,亿元\rZ1,NoSuch,2021,target,3,亿元\n";
        string path = Path.Combine(Path.GetTempPath(), "bulkcsv-issue14-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            foreach (var encoding in new Encoding[] { new UTF8Encoding(true), new UTF8Encoding(false), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true) })
            {
                File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(csv)]);
                using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var expected = BulkCsvOracle.Read(reader, Issue14Catalog, null, path);
                var actual = BulkCsv.Read(path, Issue14Catalog);
                AssertSameOutcome(expected, actual, encoding.EncodingName);
                // The test could not fail if nothing loaded: two cells and two diagnostics (a duplicate naming line 2, an unknown indicator).
                Assert.Equal(2, actual.Errors.Count);
                Assert.EndsWith("already given on line 2", Assert.Single(actual.Errors, e => e.Code == "BK3001").Message, StringComparison.Ordinal);
                Assert.Equal(1.5, actual.Value!.GetActual(0, 0, 0));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Issue14_BlockLoader_parallel_loads_many_blocks_as_one_thread_does()
    {
        // 3,000 rows over 40 blocks of 2 KiB, with a few faults and duplicates spread through: 2 threads = 1 thread = oracle.
        var csv = new StringBuilder("zone,indicator,period,kind,value,unit\n");
        var random = new System.Random(14);
        for (int r = 0; r < 3000; r++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Z{r / 40},X{r % 4},{2020 + (r / 4 % 9)},{(r % 7 == 0 ? "target" : "actual")},{random.Next(100000) / 7.0:R},{(r % 211 == 0 ? "亩" : "亿元")}\n");
        }
        string text = csv.ToString();
        var expected = BulkCsvOracle.Parse(text, Issue14Catalog);
        var one = BulkCsvBlocks.ReadText(text, Issue14Catalog, null, new BulkCsvBlocks.Options(2048, 1));
        var two = BulkCsvBlocks.ReadText(text, Issue14Catalog, null, new BulkCsvBlocks.Options(2048, 2));
        AssertSameOutcome(expected, one, "1 thread");
        AssertSameOutcome(expected, two, "2 threads");
        Assert.True(expected.Errors.Count > 10 && expected.Errors.Any(e => e.Code == "BK3001") && expected.Errors.Any(e => e.Code == "BK2011"));
    }

    private static void AssertSameOutcome(Outcome<BulkDataset> expected, Outcome<BulkDataset> actual, string context)
    {
        Assert.Equal(Describe(expected.Diagnostics), Describe(actual.Diagnostics));
        Assert.Equal(expected.Value is null, actual.Value is null);
        if (expected.Value is not { } e || actual.Value is not { } a)
        {
            return;
        }
        Assert.True((e.ZoneCount, e.IndicatorCount, e.YearCount, e.FirstYear) == (a.ZoneCount, a.IndicatorCount, a.YearCount, a.FirstYear), context);
        Assert.Equal(e.ZoneIds, a.ZoneIds);
        Assert.Equal(e.IndicatorCodes, a.IndicatorCodes);
        Assert.Equal(Bits(e.Weights), Bits(a.Weights));
        Assert.Equal(e.Reverse.ToArray(), a.Reverse.ToArray());
        Assert.Equal(Bits(e.Actual), Bits(a.Actual));
        Assert.Equal(Bits(e.Target), Bits(a.Target));
    }

    private static long[] Bits(ReadOnlySpan<double> values)
    {
        var bits = new long[values.Length];
        for (int k = 0; k < values.Length; k++)
        {
            bits[k] = BitConverter.DoubleToInt64Bits(values[k]);
        }
        return bits;
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => string.Join("|", d.Code, d.Severity, d.Message, d.ChineseMessage, d.SourceName, d.Position, d.Field, d.Length, d.Line, d.Column, d.Excerpt))];
}
