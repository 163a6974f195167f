using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

public class BulkCsvTests
{
    private static readonly IndicatorCatalog Standard = IndicatorCatalog.Standard;

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
        Assert.True(result.IsComplete, string.Join("\n", result.Errors));
        Assert.Equal(5, result.RowsLoaded);
        var d = result.Dataset!;
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
        Assert.Equal(2, result.RowsLoaded);
        Assert.Equal(100.0, result.Dataset!.GetActual(0, 0, 0));
        Assert.Equal(120.0, result.Dataset.GetActual(1, 0, 1));
        var byLine = result.Errors.ToDictionary(e => e.Line);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11, 13], byLine.Keys.Order());
        Assert.Equal("indicator", byLine[3].Column);
        Assert.Contains("unknown indicator", byLine[3].Reason, StringComparison.Ordinal);
        Assert.Equal("unit", byLine[4].Column);
        Assert.Contains("does not measure the same", byLine[4].Reason, StringComparison.Ordinal);
        Assert.Equal("value", byLine[5].Column);
        Assert.Contains("unparsable value", byLine[5].Reason, StringComparison.Ordinal);
        Assert.Equal("period", byLine[6].Column);
        Assert.Equal("period", byLine[7].Column);
        Assert.Contains("not a calendar year", byLine[7].Reason, StringComparison.Ordinal);
        Assert.Equal("kind", byLine[8].Column);
        Assert.Equal("zone", byLine[9].Column);
        Assert.Contains("duplicate cell", byLine[10].Reason, StringComparison.Ordinal);
        Assert.Contains("line 2", byLine[10].Reason, StringComparison.Ordinal);
        Assert.Null(byLine[11].Column);                       // too few fields
        Assert.Equal("value", byLine[13].Column);             // a bare number for an indicator in 亿元
        Assert.Contains("no unit", byLine[13].Reason, StringComparison.Ordinal);
        Assert.StartsWith("line 3, column indicator: ", byLine[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_row_with_several_faults_reports_each()
    {
        var result = BulkCsv.Parse("zone,indicator,period,kind,value\nA,GDP,x,y,z\n", Standard);
        Assert.Equal(["period", "kind", "value"], result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal(2, e.Line));
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Quoted_fields_and_chinese_headings_with_lines_counted_across_quoted_breaks()
    {
        const string csv = "数值,单位,开发区,指标,时期,类型\r\n"
            + "\"1,234.5\",亿元,\"Zone \"\"A\"\"\",GDP,2023,实际\r\n"
            + "5,亿元,\"two\nlines\",GDP,2023,实际\r\n"
            + "5,亿元,C,Nope,2023,实际\r\n";
        var result = BulkCsv.Parse(csv, Standard);
        Assert.Equal(2, result.RowsLoaded);
        Assert.Equal(["Zone \"A\"", "two\nlines"], result.Dataset!.ZoneIds);
        Assert.Equal(1234.5, result.Dataset.GetActual(0, 0, 0));
        Assert.Equal(5, Assert.Single(result.Errors).Line);   // the quoted break took line 4
    }

    [Fact]
    public void An_unusable_header_is_reported_on_line_1_and_loads_nothing()
    {
        var result = BulkCsv.Parse("zone,indicator,kind,value\nA,GDP,actual,1亿元\n", Standard);
        Assert.Null(result.Dataset);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "period"), (error.Line, error.Column));
        Assert.Equal(1, Assert.Single(BulkCsv.Parse("", Standard).Errors).Line);
    }

    [Fact]
    public void Weights_fix_the_indicators_and_a_row_for_another_is_reported()
    {
        const string csv = "zone,indicator,period,kind,value\nA,GDP,2023,actual,1亿元\nA,IdleLand,2023,actual,3亩\n";
        var weights = new Dictionary<string, double> { ["IdleLand"] = 30, ["地区生产总值"] = 70, ["TotalProfit"] = 0 };
        var result = BulkCsv.Parse(csv, Standard, weights);
        var d = result.Dataset!;
        Assert.Equal(["IdleLand", "GDP", "TotalProfit"], d.IndicatorCodes);
        Assert.Equal([30.0, 70.0, 0.0], Enumerable.Range(0, 3).Select(d.GetWeight));
        Assert.Null(d.GetActual(0, 2, 0));

        var partial = BulkCsv.Parse(csv, Standard, new Dictionary<string, double> { ["GDP"] = 100 });
        Assert.Equal(1, partial.RowsLoaded);
        Assert.Equal((3, "indicator"), (partial.Errors[0].Line, partial.Errors[0].Column));
        Assert.Throws<ArgumentException>(() => BulkCsv.Parse(csv, Standard, new Dictionary<string, double> { ["Nope"] = 1 }));
    }

    [Fact]
    public void Rows_spanning_more_cells_than_a_dataset_holds_are_reported_not_thrown()
    {
        // Every standard indicator, years 1000–9999 and 3700 zones: 66 × 9000 × 3701 ≈ 2.2e9 cells.
        // The loader must say so, not throw or try to allocate.
        var text = new StringBuilder("zone,indicator,period,kind,value\nZ,GDP,1000,actual,1亿元\nZ,GDP,9999,actual,1亿元\n");
        foreach (var indicator in Standard)
        {
            text.Append(CultureInfo.InvariantCulture, $"Z,{indicator.Code},2000,target,\n");
        }
        for (int z = 0; z < 3700; z++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Q{z},GDP,2000,actual,\n");
        }
        var result = BulkCsv.Parse(text.ToString(), Standard);
        Assert.Null(result.Dataset);
        Assert.Contains("more than one dataset holds", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_file_with_a_byte_order_mark()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bulk-csv-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "zone,indicator,period,kind,value\nA,GDP,2023,target,2亿元\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var result = BulkCsv.Read(path, Standard);
            Assert.True(result.IsComplete, string.Join("\n", result.Errors));
            Assert.Equal(2.0, result.Dataset!.GetTarget(0, 0, 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly string[] BadRows =
    [
        "{0},NoSuchCode,{1},actual,1,亿元",   // unknown indicator
        "{0},X0,{1},actual,1,亩",             // unit of the wrong dimension
        "{0},X0,{1},actual,1..2,亿元",        // unparsable value
        "{0},X0,20x{1},actual,1,亿元",        // unparsable period
        "{0},X0,{1},forecast,1,亿元",         // unknown kind
        "{0},X0,\"{1}",                       // a quote never closed (must come last)
    ];

    /// <summary>A synthetic catalogue X0…X7 in 亿元, with the polarities the spec asks for.</summary>
    internal static IndicatorCatalog Synthetic(DatasetSpec spec) =>
        IndicatorCatalog.Empty.With([.. Enumerable.Range(0, spec.Indicators).Select(i => IndicatorDefinition.Create(
            "X" + i.ToString(CultureInfo.InvariantCulture), "指标" + i.ToString(CultureInfo.InvariantCulture), "Indicator " + i.ToString(CultureInfo.InvariantCulture),
            Units.HundredMillionYuan, IndicatorNature.Flow, spec.Reverse[i] ? Polarity.Reverse : Polarity.Positive))]);

    internal static List<KeyValuePair<string, double>> Weights(DatasetSpec spec) =>
        [.. Enumerable.Range(0, spec.Indicators).Select(i => KeyValuePair.Create("X" + i.ToString(CultureInfo.InvariantCulture), spec.Weights[i]))];

    [Fact]
    public void Bad_rows_never_stop_valid_rows_from_loading()
    {
        var gen =
            from spec in BulkGen.Dataset(6, 3, 3)
            from bad in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, BadRows.Length - 2), Gen.Choose(0, 1000)), Gen.Choose(0, 8).Sample(1, 1).Single())
            from duplicates in Gen.Choose(0, 3)
            from unclosed in Gen.Elements(false, true)
            select (spec, bad, duplicates, unclosed);
        Check.One(BulkGen.Quick(150), Prop.ForAll(gen.ToArbitrary(), c =>
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
            var d = result.Dataset!;
            return result.Errors.Select(e => e.Line).SequenceEqual(expectedLines)
                && result.RowsLoaded == rows.Count(r => !r.Bad)
                && d.ZoneCount == spec.Zones && d.YearCount == spec.Years && d.FirstYear == spec.FirstYear
                && BulkGen.SameBits(d.Actual, spec.Actual) && BulkGen.SameBits(d.Target, spec.Target)
                && Enumerable.Range(0, spec.Indicators).All(i => d.GetWeight(i) == spec.Weights[i]
                    && d.GetPolarity(i) == (spec.Reverse[i] ? Polarity.Reverse : Polarity.Positive));
        }));

        static string Row(int z, int i, int year, string kind, double value) => string.Create(CultureInfo.InvariantCulture,
            $"Z{z},X{i},{year},{kind},{(double.IsNaN(value) ? "" : NumberText.Format(value))},亿元");
    }

    [Fact]
    public void Random_text_gives_a_result_never_an_exception() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
        {
            var result = BulkCsv.Parse("zone,indicator,period,kind,value,unit\n" + (s ?? ""), Standard);
            // CR, LF and CRLF each end a line, as in TextReader.ReadLine and editors.
            int lines = (s ?? "").Split(["\r\n", "\r", "\n"], StringSplitOptions.None).Length + 1;
            return result.Errors.All(e => e.Line >= 1 && e.Line <= lines);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Random_fields_give_a_result_never_an_exception()
    {
        var pieces = Gen.Elements("GDP", "地区生产总值", "2023", "2023年", "实际", "target", "1亿元", "亩", "\"", ",", "\n", "", "x", "-3.5", "亿元", "1e400");
        var text = Gen.ArrayOf(pieces, Gen.Choose(0, 40).Sample(1, 1).Single()).Select(p => string.Concat(p));
        Check.One(BulkGen.Quick(300), Prop.ForAll(text.ToArbitrary(), s =>
        {
            var result = BulkCsv.Parse("zone,indicator,period,kind,value,unit\n" + s, Standard);
            return result.RowsLoaded >= 0 && result.Errors.All(e => e.Line >= 2);
        }));
    }
}
