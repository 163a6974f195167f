using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

public partial class BulkCsvTests
{
    private static readonly IndicatorCatalog Standard = IndicatorCatalog.Standard;

    /// <summary>The rows a load kept: the data records of <paramref name="csv"/> (blank lines aside) less those refused,
    /// each of which has an error on one of its lines (a quoted field may run a record over several).</summary>
    internal static int RowsLoaded(string csv, Outcome<BulkDataset> result)
    {
        var records = BulkCsvRecords.Read(new StringReader(csv)).Skip(1)
            .Where(r => !(r.Problem is null && r.Fields.Count == 1 && string.IsNullOrWhiteSpace(r.Fields[0])))
            .Select(r => (First: r.Line, Last: r.Line + r.Text.Count(c => c == '\n')))
            .ToList();
        return records.Count(r => !result.Errors.Any(e => e.Line >= r.First && e.Line <= r.Last));
    }

    [Fact]
    public void Loads_codes_names_units_and_kinds_converting_to_the_indicators_unit()
    {
        const string csv = """
            zone,indicator,period,kind,value,unit
            苏州工业园区,GDP,2022,actual,3515.6亿元,
            苏州工业园区,地区生产总值,2023,实际,3686,亿元
            苏州工业园区,GDP,2023年,目标,3.7e11,元
            昆山开发区,闲置土地,2023,actual,1,平方公里
            昆山开发区,IdleLand,2023,target,,
            """;
        var result = BulkCsv.Parse(csv, Standard);
        Assert.True(!result.HasErrors, string.Join("\n", result.Errors));
        Assert.Equal(5, RowsLoaded(csv, result));
        var d = result.Value!;
        Assert.Equal(["苏州工业园区", "昆山开发区"], d.ZoneIds);
        Assert.Equal(["GDP", "IdleLand"], d.IndicatorCodes);
        Assert.Equal((2, 2022), (d.YearCount, d.FirstYear));
        Assert.Equal(Polarity.Reverse, d.GetPolarity(1));    // 闲置土地 is lower-is-better in the catalogue
        Assert.Equal(50.0, d.GetWeight(0));                   // no weights given: equal shares of 100
        Assert.Equal(3515.6, d.GetActual(0, 0, 0));
        Assert.Equal(3686.0, d.GetActual(0, 0, 1));
        Assert.Equal(3700.0, d.GetTarget(0, 0, 1)!.Value, 9);  // 3.7e11元 = 3700亿元
        Assert.Equal(1500.0, d.GetActual(1, 1, 1)!.Value, 9);  // 1平方公里 = 1500亩 (domain.md, units)
        Assert.Null(d.GetTarget(1, 1, 1));                    // an empty value is missing, not zero
        Assert.Null(d.GetActual(1, 0, 0));                    // never given: missing
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line_and_the_valid_rows_still_load()
    {
        const string csv = """
            zone,indicator,period,kind,value,unit
            A,GDP,2022,actual,100,亿元
            A,NoSuchIndicator,2022,actual,100,亿元
            A,GDP,2023,actual,100,亩
            A,GDP,2023,actual,17x,亿元
            A,GDP,20x3,actual,100,亿元
            A,GDP,2023年一季度,actual,100,亿元
            A,GDP,2023,plan,100,亿元
            ,GDP,2023,actual,100,亿元
            A,GDP,2022,actual,101,亿元
            A,GDP,2023,actual
            B,GDP,2023,actual,120,亿元
            A,GDP,2023,actual,100
            """;
        var result = BulkCsv.Parse(csv, Standard);
        Assert.Equal(2, RowsLoaded(csv, result));
        Assert.Equal(100.0, result.Value!.GetActual(0, 0, 0));
        Assert.Equal(120.0, result.Value.GetActual(1, 0, 1));
        var byLine = result.Errors.ToDictionary(e => e.Line);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11, 13], byLine.Keys.Order());
        Assert.Equal("indicator", byLine[3].Field);
        Assert.Contains("unknown indicator", byLine[3].Message, StringComparison.Ordinal);
        Assert.Equal("unit", byLine[4].Field);
        Assert.Contains("does not measure the same", byLine[4].Message, StringComparison.Ordinal);
        Assert.Equal("value", byLine[5].Field);
        Assert.Contains("unparsable value", byLine[5].Message, StringComparison.Ordinal);
        Assert.Equal("period", byLine[6].Field);
        Assert.Equal("period", byLine[7].Field);
        Assert.Contains("not a calendar year", byLine[7].Message, StringComparison.Ordinal);
        Assert.Equal("kind", byLine[8].Field);
        Assert.Equal("zone", byLine[9].Field);
        Assert.Contains("duplicate cell", byLine[10].Message, StringComparison.Ordinal);
        Assert.Contains("line 2", byLine[10].Message, StringComparison.Ordinal);
        Assert.Null(byLine[11].Field);                       // too few fields
        Assert.Equal("value", byLine[13].Field);             // a bare number for an indicator in 亿元
        Assert.Contains("no unit", byLine[13].Message, StringComparison.Ordinal);
        Assert.StartsWith("<text>(3,3): error BK2003: unknown indicator", byLine[3].ToString(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void One_row_with_several_faults_reports_each()
    {
        var result = BulkCsv.Parse("zone,indicator,period,kind,value\nA,GDP,x,y,z\n", Standard);
        Assert.Equal(["period", "kind", "value"], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal(2, e.Line));
        Assert.Null(result.Value);
    }

    [Fact]
    public void Quoted_fields_and_chinese_headings_with_lines_counted_across_quoted_breaks()
    {
        const string csv = "数值,单位,开发区,指标,时期,类型\r\n"
            + "\"1,234.5\",亿元,\"Zone \"\"A\"\"\",GDP,2023,实际\r\n"
            + "5,亿元,\"two\nlines\",GDP,2023,实际\r\n"
            + "\"6\n\",亿元,B,GDP,2023,实际\r\n"
            + "5,亿元,C,Nope,2023,实际\r\n";
        var result = BulkCsv.Parse(csv, Standard);
        Assert.Equal(2, RowsLoaded(csv, result));
        Assert.Equal(["Zone \"A\"", "B"], result.Value!.ZoneIds);
        Assert.Equal(1234.5, result.Value.GetActual(0, 0, 0));
        Assert.Equal(6.0, result.Value.GetActual(1, 0, 0));  // white space around a value, line breaks included, is trimmed
        // A line break inside a name is a control character: refused (see the name rule), on the line the row starts.
        Assert.Equal([(3, "zone"), (7, "indicator")], result.Errors.Select(e => (e.Line, e.Field)));  // the quoted breaks took lines 4 and 6
    }

    [Fact]
    public void An_unusable_header_is_reported_on_line_1_and_loads_nothing()
    {
        var result = BulkCsv.Parse("zone,indicator,kind,value\nA,GDP,actual,1亿元\n", Standard);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "period"), (error.Line, error.Field));
        Assert.Equal(1, Assert.Single(BulkCsv.Parse("", Standard).Errors).Line);
    }

    [Fact]
    public void Weights_fix_the_indicators_and_a_row_for_another_is_reported()
    {
        const string csv = "zone,indicator,period,kind,value\nA,GDP,2023,actual,1亿元\nA,IdleLand,2023,actual,3亩\n";
        var weights = new Dictionary<string, double> { ["IdleLand"] = 30, ["地区生产总值"] = 70, ["TotalProfit"] = 0 };
        var result = BulkCsv.Parse(csv, Standard, weights);
        var d = result.Value!;
        Assert.Equal(["IdleLand", "GDP", "TotalProfit"], d.IndicatorCodes);
        Assert.Equal([30.0, 70.0, 0.0], Enumerable.Range(0, 3).Select(d.GetWeight));
        Assert.Null(d.GetActual(0, 2, 0));

        var partial = BulkCsv.Parse(csv, Standard, new Dictionary<string, double> { ["GDP"] = 100 });
        Assert.Equal(1, RowsLoaded(csv, partial));
        Assert.Equal((3, "indicator"), (partial.Errors[0].Line, partial.Errors[0].Field));
        Assert.Throws<ArgumentException>(() => BulkCsv.Parse(csv, Standard, new Dictionary<string, double> { ["Nope"] = 1 }));
    }

    private const string Header = "zone,indicator,period,kind,value,unit\n";

    [Fact]
    public void Issue9_05_CsvUnitOverflowIsARowError()
    {
        // 1e308万亿元 is 1e312亿元, beyond a double: the row is refused, the other rows load.
        var overflowing = Header
            + "A,GDP,2023,actual,1e308,万亿元\n"
            + "A,GDP,2022,actual,1,亿元\n"
            + "A,GDP,2021,actual,1e308万亿元,\n"
            + "A,GDP,2020,actual,1e300,万亿元\n";
        var result = BulkCsv.Parse(overflowing, Standard);
        Assert.Equal([(2, "unit"), (4, "value")], result.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(result.Errors, e => Assert.Contains("too large", e.Message, StringComparison.Ordinal));
        Assert.Contains("\"1e308\" \"万亿元\"", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, RowsLoaded(overflowing, result));
        var d = result.Value!;
        Assert.Equal((2020, 3), (d.FirstYear, d.YearCount));
        Assert.Equal(1.0, d.GetActual(0, 0, 2));
        // 1e300万亿元 × 1e4 is in range although 1e300 × 1e12 (the conversion's numerator) is not.
        Assert.Equal(1e304, d.GetActual(0, 0, 0)!.Value, 1e304 * 1e-15);
    }

    // 元, 万元, 亿元, 万亿元 into GDP's 亿元: the exact result is m × 10^(e + shift).
    [Property(MaxTest = 300)]
    public bool Issue9_05_values_of_any_magnitude_load_converted_or_are_refused_as_too_large_or_too_small(MagnitudeCase c)
    {
        var (m, e, (unit, shift), inColumn) = c;
        string value = string.Create(CultureInfo.InvariantCulture, $"{m}e{e}");
        var result = BulkCsv.Parse(Header + (inColumn ? $"A,GDP,2023,actual,{value},{unit}\n" : $"A,GDP,2023,actual,{value}{unit},\n"), Standard);
        double written = double.Parse(value, CultureInfo.InvariantCulture);
        double exact = double.Parse(string.Create(CultureInfo.InvariantCulture, $"{m}e{e + shift}"), CultureInfo.InvariantCulture);
        const double minNormal = 2.2250738585072014E-308;
        if (!double.IsFinite(written))
        {
            return result.Errors.Single().Message.Contains("out of range", StringComparison.Ordinal); // 2e308 as written
        }
        if (!double.IsFinite(exact))
        {
            return result.Errors.Single().Message.Contains("too large", StringComparison.Ordinal);
        }
        if (exact < minNormal || written < minNormal)
        {
            return result.Errors.Single().Message.Contains("too small", StringComparison.Ordinal);
        }
        double loaded = result.Value!.GetActual(0, 0, 0)!.Value;
        return !result.HasErrors && Math.Abs(loaded - exact) <= exact * 4e-16;
    }

    [Fact]
    public void Issue9_13_CsvYearSpanIsBounded()
    {
        // The reproducer: 266 rows (10 KiB) with years 0001 and 9999 asked for 200 zones × 66 indicators × 9999
        // years = 132M cells and threw OutOfMemoryException. The row that widens the years beyond the bound is refused.
        var text = new StringBuilder(Header).Append("Z0,GDP,0001,actual,1,亿元\nZ0,GDP,9999,actual,1,亿元\n");
        for (int z = 1; z < 199; z++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Z{z},GDP,0001,actual,{z},亿元\n");
        }
        foreach (var indicator in Standard)
        {
            text.Append(CultureInfo.InvariantCulture, $"Z0,{indicator.Code},0001,target,,\n");
        }
        Assert.Equal(266, text.ToString().Count(c => c == '\n') - 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = BulkCsv.Parse(text.ToString(), Standard);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "period"), (error.Line, error.Field));
        Assert.Contains("at most 200 years", error.Message, StringComparison.Ordinal);
        Assert.Equal(265, RowsLoaded(text.ToString(), result));
        var d = result.Value!;
        Assert.Equal((199, Standard.Count(), 1, 1), (d.ZoneCount, d.IndicatorCount, d.YearCount, d.FirstYear));
        Assert.Equal(198.0, d.GetActual(198, 0, 0));
        // The loader writes cells straight into arrays laid out as the dataset's (24 bytes a cell: actual, target and the
        // two lines that gave them). Each new indicator past the first zone widens them: the indicator slots double, and
        // the zones they make room for are no more than the bounds admit, so each widening allocates at most twice the
        // cells allowed (65,536 here); one widening per doubling of the indicators, and one making room for zones.
        int indicators = result.Value!.IndicatorCount;
        double bound = (2 + Math.Log2(indicators)) * 2 * BulkCellCollector.CellsFloor * 24;
        Assert.True(allocated < bound, $"{allocated} bytes allocated for {text.Length} characters, {indicators} indicators (bound {bound})");
    }

    [Fact]
    public void Issue9_13_sparse_rows_cannot_ask_for_more_cells_than_their_count_allows()
    {
        // 20 rows each with a new zone and a new indicator, over 200 years, asked for 15 MiB (zones × indicators × years
        // grows as the square of the rows). Past max(65536, 256 × rows) cells a row that widens the dataset is refused.
        var catalog = InHundredMillionYuan(400);
        var text = new StringBuilder(Header).Append("Z0,X0,2000,actual,1,亿元\nZ0,X0,2199,actual,1,亿元\n");
        for (int k = 1; k < 400; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Z{k},X{k},2100,actual,{k},亿元\n");
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = BulkCsv.Parse(text.ToString(), catalog);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var d = result.Value!;
        Assert.True(d.CellCount <= Math.Max(65536, 256 * RowsLoaded(text.ToString(), result)), $"{d.CellCount} cells for {RowsLoaded(text.ToString(), result)} rows");
        Assert.Equal(401 - RowsLoaded(text.ToString(), result), result.Errors.Count);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Contains("too sparse", e.Message, StringComparison.Ordinal));
        Assert.Equal(result.Errors[0].Line, RowsLoaded(text.ToString(), result) + 2);      // loaded up to the bound, refused after it
        // The loader writes cells straight into arrays laid out as the dataset's (24 bytes a cell: actual, target and the
        // two lines that gave them). Each new indicator past the first zone widens them: the indicator slots double, and
        // the zones they make room for are no more than the bounds admit, so each widening allocates at most twice the
        // cells allowed (65,536 here); one widening per doubling of the indicators, and one making room for zones.
        int indicators = result.Value!.IndicatorCount;
        double bound = (2 + Math.Log2(indicators)) * 2 * BulkCellCollector.CellsFloor * 24;
        Assert.True(allocated < bound, $"{allocated} bytes allocated for {text.Length} characters, {indicators} indicators (bound {bound})");
    }

    [Fact]
    public void Issue9_15_CsvErrorQuotesBoundedExcerpt()
    {
        // A 100 MB field gave a 100-million-character message (2 GB allocated); 2 MB is enough to see it.
        const int size = 1 << 20;
        string huge = new('x', size);
        string rows = Header
            + $"A,{huge},2023,actual,1,亿元\n"                       // unknown indicator
            + $"A,GDP,{huge},actual,1,亿元\n"                        // unparsable period
            + $"A,GDP,{new string('十', size)}五,actual,1,亿元\n"     // a numeral run that is not a numeral
            + $"A,GDP,2023,{huge},1,亿元\n"                          // unknown kind
            + $"A,GDP,2023,actual,1{huge},\n"                        // unknown unit in the value
            + $"A,GDP,2023,actual,1,{huge}\n"                        // unparsable unit column
            + $"A,GDP,2023,actual,{huge},\n"                         // unparsable value
            + $"{huge},GDP,2023,actual,1,亿元\n"                     // a long zone name is a name: it loads
            + $"{huge},GDP,2023,actual,2,亿元\n";                    // and a duplicate of it quotes a window
        // On one parsing thread, so that every allocation of the load is this thread's and is counted (with the default
        // options the blocks are parsed on pool threads, whose allocations GetAllocatedBytesForCurrentThread misses).
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = BulkCsvBlocks.ReadText(rows, Standard, null, new BulkCsvBlocks.Options(8 << 20, 1));
        var messages = result.Errors.Select(e => e.Message).ToList();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(messages, BulkCsv.Parse(rows, Standard).Errors.Select(e => e.Message));

        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 10], result.Errors.Select(e => e.Line));
        Assert.All(messages, m => Assert.True(m.Length < 400, m));
        Assert.All(messages.Where(m => !m.Contains("十", StringComparison.Ordinal)), m => Assert.Contains("xxxxx…\" (1048576 characters)", m, StringComparison.Ordinal));
        Assert.Equal(1, RowsLoaded(rows, result));
        // The text is 9 × 1M characters (18.9 MB as UTF-16). A refused row is decoded once (the line as a string) and its
        // field is cut from that string (a second copy); the third is the margin for a rule that copies a field (folding
        // a name) and for the carry that holds a line over a block's end. Besides: the two 8 MiB block buffers of one
        // parsing thread (one parsed, one read). Measured: 62 MB, against 142 MB before (7.5 copies: the line decoded,
        // then with "\n" appended, read back by a StringReader, each field built twice, and every long name copied and
        // decoded again by the quick path's byte caches; now lines over 4 KiB skip those caches).
        Assert.True(allocated < (3L * rows.Length * sizeof(char)) + (2 * (8 << 20)), $"{allocated} bytes allocated for {rows.Length} characters");
    }

    [Fact]
    public void Issue9_15_an_excerpt_is_a_window_that_never_splits_a_surrogate_pair()
    {
        Assert.Equal("\"short\"", TextExcerpt.Quote("short"));
        string text = string.Concat(Enumerable.Repeat("𠀀a", 100));   // U+20000 is a surrogate pair
        for (int at = 0; at < text.Length; at++)
        {
            string quote = TextExcerpt.Quote(text, at);
            Assert.StartsWith("\"", quote, StringComparison.Ordinal);
            Assert.EndsWith("\" (300 characters)", quote, StringComparison.Ordinal);
            Assert.True(quote.Length <= TextExcerpt.MaxLength + 25, quote);
            Assert.True(quote.EnumerateRunes().All(r => r != Rune.ReplacementChar), quote);   // no lone surrogate
        }
    }

    [Fact]
    public void Issue9_18_InvalidUtf8IsARowError()
    {
        // "A\xFF\xFE区" was read as the zone "A��区" and loaded silently as another zone.
        string path = Path.Combine(Path.GetTempPath(), $"bulk-csv-{Guid.NewGuid():N}.csv");
        try
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes(Header));
            bytes.AddRange([(byte)'A', 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("区,GDP,2023,actual,1,亿元\n")]);
            bytes.AddRange(Encoding.UTF8.GetBytes("A区,GDP,2023,actual,2,亿元\n"));
            bytes.AddRange([.. Encoding.UTF8.GetBytes("A区,GDP,2022,actual,3,亿元,note "), 0xE5, 0x8C, (byte)'\n']);   // a truncated 区 in an extra column
            bytes.AddRange([.. Encoding.UTF8.GetBytes("A区,GDP,2021,actual,4"), 0xC0, 0x80, .. Encoding.UTF8.GetBytes(",亿元\n")]);       // an overlong NUL
            File.WriteAllBytes(path, [.. bytes]);
            var result = BulkCsv.Read(path, Standard);
            Assert.Equal([(2, "zone"), (4, null), (5, "value")], result.Errors.Select(e => (e.Line, e.Field)));
            Assert.All(result.Errors, e => Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal));
            Assert.StartsWith("field 7: character 6 ", result.Errors[1].Message, StringComparison.Ordinal);
            Assert.Equal(["A区"], result.Value!.ZoneIds);
            Assert.Equal(2.0, result.Value.GetActual(0, 0, 0));
        }
        finally
        {
            File.Delete(path);
        }

        // A string that is not valid UTF-16 (a lone surrogate) is refused the same way.
        var lone = BulkCsv.Parse(Header + "A\uD800区,GDP,2023,actual,1,亿元\nB,GDP,2023,actual,1,亿元\n", Standard);
        Assert.Equal((2, "zone"), (lone.Errors.Single().Line, lone.Errors.Single().Field));
        Assert.Contains("lone surrogate", lone.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(["B"], lone.Value!.ZoneIds);
    }

    [Fact]
    public void Issue9_18_ZoneNamesAreNormalised()
    {
        var result = BulkCsv.Parse(Header
            + "A区,GDP,2020,actual,1,亿元\n"
            + "Ａ区,GDP,2021,actual,2,亿元\n"             // full-width A: the same zone
            + "\u3000A区 ,ＧＤＰ,2022,actual,3,亿元\n"   // ideographic space around it, full-width GDP
            + "A\u200F区,GDP,2023,actual,4,亿元\n"       // a right-to-left mark (Cf)
            + "A\u0000区,GDP,2023,actual,5,亿元\n"       // NUL (Cc)
            + "\uFEFFA区,GDP,2023,actual,6,亿元\n"       // a byte-order mark inside the text (Cf)
            + "A\u200B区,GDP,2023,actual,7,亿元\n"       // a zero-width space (Cf)
            + "A区,G\u200BDP,2023,actual,8,亿元\n"       // the same rule for indicator names
            + "A区,GDP,2021,actual,9,亿元\n", Standard);   // a duplicate of line 3 once names are normalised
        Assert.Equal([(5, "zone"), (6, "zone"), (7, "zone"), (8, "zone"), (9, "indicator"), (10, null)],
            result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("U+200F", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("U+0000", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("line 3", result.Errors[5].Message, StringComparison.Ordinal);
        var d = result.Value!;
        Assert.Equal(["A区"], d.ZoneIds);
        Assert.Equal([1.0, 2.0, 3.0], Enumerable.Range(0, 3).Select(y => d.GetActual(0, 0, y)!.Value));

        // A catalogue that spells a name with full-width forms still finds it as written.
        var catalog = IndicatorCatalog.Empty.With([IndicatorDefinition.Create("P", "园区利润（税前）", "Profit", Units.HundredMillionYuan, IndicatorNature.Flow, Polarity.Positive)]);
        var written = BulkCsv.Parse(Header + "A,园区利润（税前）,2023,actual,1,亿元\n", catalog);
        Assert.True(!written.HasErrors, string.Join("\n", written.Errors));
    }

    [Fact]
    public void Issue9_18_names_are_folded_by_the_loader_because_normalize_does_nothing_under_invariant_globalization()
    {
        // The project runs with InvariantGlobalization: string.Normalize leaves non-ASCII text as it is, so NFKC
        // cannot be the name rule (it would fold on one machine and not on another). The loader folds widths itself.
        if (AppContext.TryGetSwitch("System.Globalization.Invariant", out bool invariant) && invariant)
        {
            Assert.Equal("Ａ区", "Ａ区".Normalize(NormalizationForm.FormKC));
        }
        Assert.Null(BulkCsvText.Name("\u3000ＡＢｃ１２３（一）区\u3000", out string name));
        Assert.Equal("ABc123(一)区", name);
        for (char c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            Assert.Null(BulkCsvText.Name(c.ToString(), out string folded));
            Assert.Equal(((char)(c - 0xFEE0)).ToString(), folded);
        }
    }

    [Fact]
    public void Issue9_18_UnderflowToZeroIsARowError()
    {
        var result = BulkCsv.Parse(Header
            + "A,GDP,2020,actual,5e-324元,\n"     // the smallest subnormal in 元 is 0 in 亿元
            + "A,GDP,2021,actual,1e-400,亿元\n"    // zero already when read: the number reader refuses it (value column)
            + "A,GDP,2022,actual,1e-310,亿元\n"    // a subnormal as written: it has lost its digits
            + "A,GDP,2023,actual,0,亿元\n"         // zero written as zero loads
            + "A,GDP,2024,actual,-0.0e-5亿元,\n"
            + "A,GDP,2025,actual,3e-300,元\n", Standard);   // 3e-308亿元: small but normal
        Assert.Equal([(2, "value"), (3, "value"), (4, "unit")], result.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(result.Errors, e => Assert.Contains("too small", e.Message, StringComparison.Ordinal));
        Assert.Contains("would load as zero", result.Errors[0].Message, StringComparison.Ordinal);
        var d = result.Value!;
        Assert.Equal(2023, d.FirstYear);
        Assert.Equal(0.0, d.GetActual(0, 0, 0));
        Assert.Equal(0.0, d.GetActual(0, 0, 1));
        Assert.Equal(3e-308, d.GetActual(0, 0, 2)!.Value, 1e-322);
    }

    [Fact]
    public void Reads_a_file_with_a_byte_order_mark()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bulk-csv-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "zone,indicator,period,kind,value\nA,GDP,2023,target,2亿元\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var result = BulkCsv.Read(path, Standard);
            Assert.True(!result.HasErrors, string.Join("\n", result.Errors));
            Assert.Equal(2.0, result.Value!.GetTarget(0, 0, 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static readonly string[] BadRows =
    [
        "{0},NoSuchCode,{1},actual,1,亿元",   // unknown indicator
        "{0},X0,{1},actual,1,亩",             // unit of the wrong dimension
        "{0},X0,{1},actual,1..2,亿元",        // unparsable value
        "{0},X0,20x{1},actual,1,亿元",        // unparsable period
        "{0},X0,{1},forecast,1,亿元",         // unknown kind
        "{0},X0,\"{1}",                       // a quote never closed (must come last)
    ];

    /// <summary>A synthetic catalogue X0…X7 in 亿元, with the polarities the spec asks for.</summary>
    internal static IndicatorCatalog Synthetic(DatasetSpec spec) => Synthetic(spec.Indicators, spec.Reverse);

    private static IndicatorCatalog Synthetic(int count, bool[] reverse) =>
        IndicatorCatalog.Empty.With([.. Enumerable.Range(0, count).Select(i => IndicatorDefinition.Create(
            "X" + i.ToString(CultureInfo.InvariantCulture), "指标" + i.ToString(CultureInfo.InvariantCulture), "Indicator " + i.ToString(CultureInfo.InvariantCulture),
            Units.HundredMillionYuan, IndicatorNature.Flow, reverse[i] ? Polarity.Reverse : Polarity.Positive))]);

    internal static List<KeyValuePair<string, double>> Weights(DatasetSpec spec) =>
        [.. Enumerable.Range(0, spec.Indicators).Select(i => KeyValuePair.Create("X" + i.ToString(CultureInfo.InvariantCulture), spec.Weights[i]))];

    [Property(MaxTest = 150)]
    public bool Bad_rows_never_stop_valid_rows_from_loading(CsvBadRowsCase c)
    {
        var (spec, bad, duplicates, unclosed) = c;
        var rows = new List<(string Text, bool Bad)>();
        for (int z = 0; z < spec.Zones; z++)
        {
            for (int i = 0; i < spec.Indicators; i++)
            {
                for (int y = 0; y < spec.Years; y++)
                {
                    int k = spec.Index(z, i, y);
                    rows.Add((Row(z, i, spec.FirstYear + y, "actual", spec.Actual[k]), false));
                    rows.Add((Row(z, i, spec.FirstYear + y, "目标", spec.Target[k]), false));
                }
            }
        }
        foreach (var (kind, at) in bad)
        {
            rows.Insert(at * rows.Count / 1001, (string.Format(CultureInfo.InvariantCulture, BadRows[kind], "Z0", spec.FirstYear), true));
        }
        for (int n = 0; n < duplicates; n++)
        {
            rows.Add((Row(0, 0, spec.FirstYear, "actual", 7.0), true));
        }
        if (unclosed)
        {
            rows.Add((string.Format(CultureInfo.InvariantCulture, BadRows[^1], "Z0", spec.FirstYear), true));
        }
        var text = "zone,indicator,period,kind,value,unit\n" + string.Join("\n", rows.Select(r => r.Text));
        var result = BulkCsv.Parse(text, Synthetic(spec), Weights(spec));
        var expectedLines = rows.Select((r, n) => (r.Bad, Line: n + 2)).Where(r => r.Bad).Select(r => r.Line);
        var d = result.Value!;
        return result.Errors.Select(e => e.Line).SequenceEqual(expectedLines)
            && RowsLoaded(text, result) == rows.Count(r => !r.Bad)
            && d.ZoneCount == spec.Zones && d.YearCount == spec.Years && d.FirstYear == spec.FirstYear
            && BulkGen.SameBits(d.Actual, spec.Actual) && BulkGen.SameBits(d.Target, spec.Target)
            && Enumerable.Range(0, spec.Indicators).All(i => d.GetWeight(i) == spec.Weights[i]
                && d.GetPolarity(i) == (spec.Reverse[i] ? Polarity.Reverse : Polarity.Positive));
    }

    private static string Row(int z, int i, int year, string kind, double value) => string.Create(CultureInfo.InvariantCulture,
        $"Z{z},X{i},{year},{kind},{(double.IsNaN(value) ? "" : NumberText.Format(value))},亿元");

    [Property]
    public bool Random_text_gives_a_result_never_an_exception(string? s)
    {
        var result = BulkCsv.Parse("zone,indicator,period,kind,value,unit\n" + (s ?? ""), Standard);
        // CR, LF and CRLF each end a line, as in TextReader.ReadLine and editors.
        int lines = (s ?? "").Split(["\r\n", "\r", "\n"], StringSplitOptions.None).Length + 1;
        return result.Errors.All(e => e.Line >= 1 && e.Line <= lines);
    }

    [Property(MaxTest = 300)]
    public bool Random_fields_give_a_result_never_an_exception(CsvFieldText text)
    {
        var s = text.Value;
        var result = BulkCsv.Parse("zone,indicator,period,kind,value,unit\n" + s, Standard);
        return RowsLoaded("zone,indicator,period,kind,value,unit\n" + s, result) >= 0 && result.Errors.All(e => e.Line >= 2);
    }
}
