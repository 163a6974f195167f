using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Rules;

namespace Indicators.Data.Tests;

/// <summary>The long-CSV reader (parallel, by bytes, chunks cut anywhere) loads exactly what the general path loads: every
/// value, unit and place, and every diagnostic with its code, text, file, line and column.</summary>
public class Issue13LongCsvTests
{
    private static readonly string[] Headers =
    [
        "zone,year,indicator,value,unit", "开发区,年份,指标,数值,单位", "indicator,zone,value,year", "unit , value,zone,indicator,year",
    ];

    private static readonly string[] ZoneCells = ["甲区", "乙区", " 丙区 ", "𠀀区", "", "\u3000丁区", "区\uFEFF", "a#b", "\t戊区"];
    private static readonly string[] YearCells = ["2023", "2024", "2024", " 2022 ", "2024年", "1899", "20x4", ""];
    private static readonly string[] IndicatorCells = ["GDP", "税收", "GDP", " 营收 ", ""];
    private static readonly string[] ValueCells =
    [
        "1.5", "2", "-0", "0", "", "-", "--", "12%", "68.46亿元", "1e999", "abc", "３.５", " 7 ", "+3e2", ".", "1e5", "—", "2.50",
    ];

    private static readonly string[] UnitCells = ["亿元", "亿元", "", "%", "万元", " 项 ", "\u00A0", "\u3000"];

    [Property(MaxTest = 150)]
    public void Issue13_LongCsv_parallel_cut_anywhere_loads_what_the_general_path_loads(int seed)
    {
        var random = new Random(seed);
        var header = Headers[random.Next(Headers.Length)];
        var text = RandomFile(random, header, oddities: false);
        var path = DataFiles.Temp(Encoding.UTF8.GetBytes(text), "long.csv");
        var options = new LongCsvOptions(ChunkBytes: random.Next(1, 200), Threads: random.Next(1, 5), MinBytes: 0);
        // A file that is only a header with no line end is the general path's (nothing to gain).
        Assert.True(!text.Contains('\n', StringComparison.Ordinal) || LongCsv.TryRead(path, new DataLoader.BuilderSink(), new Ledger(), new NamePool(), [], options), "the fast path takes a plain file");
        AssertSame(DataLoader.Load([path], LongCsvOptions.Off), DataLoader.Load([path], options));
    }

    [Property(MaxTest = 100)]
    public void Issue13_LongCsv_files_it_does_not_take_whole_load_as_before(int seed)
    {
        // Quotes, comments, directives, a byte-order mark, lone carriage returns, GB18030: left to the general path, or read the same.
        var random = new Random(seed);
        var text = RandomFile(random, Headers[random.Next(Headers.Length)], oddities: true);
        var bytes = random.Next(4) == 0 ? DataFiles.Gb18030.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        if (random.Next(3) == 0)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }
        var path = DataFiles.Temp(bytes, "odd.csv");
        var options = new LongCsvOptions(ChunkBytes: random.Next(1, 100), Threads: random.Next(1, 4), MinBytes: 0);
        AssertSame(DataLoader.Load([path], LongCsvOptions.Off), DataLoader.Load([path], options));
    }

    [Fact]
    public void Issue13_LongCsv_two_files_that_agree_or_conflict_load_as_before()
    {
        // The given-twice check spans files: the second file repeats one value and changes another.
        var first = DataFiles.Temp(Encoding.UTF8.GetBytes("zone,year,indicator,value,unit\n甲,2024,GDP,1,亿元\n甲,2024,税收,2,亿元\n"), "a.csv");
        var second = DataFiles.Temp(Encoding.UTF8.GetBytes("zone,year,indicator,value,unit\r\n甲,2024,GDP,1,亿元\r\n甲,2024,税收,3,亿元\r\n乙,2024,GDP,,\r\n"), "b.csv");
        var options = new LongCsvOptions(ChunkBytes: 7, Threads: 2, MinBytes: 0);
        var fast = DataLoader.Load([first, second], options);
        AssertSame(DataLoader.Load([first, second], LongCsvOptions.Off), fast);
        // Checked by hand: line 3 of b.csv gives 税收 again with another number, at the value's column (甲,2024,税收, = 10 characters).
        var conflict = Assert.Single(fast.Diagnostics);
        Assert.Equal(("DT3001", second, 3, 11), (conflict.Code, conflict.SourceName, conflict.Line, conflict.Column));
        Assert.Contains("first at " + first + "(3,11)", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_LongCsv_the_templates_load_the_same_by_either_path()
    {
        var options = new LongCsvOptions(ChunkBytes: 16, Threads: 2, MinBytes: 0);
        foreach (var file in Directory.GetFiles(DataFiles.Templates, "*.csv"))
        {
            AssertSame(DataLoader.Load([file], LongCsvOptions.Off), DataLoader.Load([file], options));
        }
        var all = Directory.GetFiles(DataFiles.Templates, "*.csv").Order(StringComparer.Ordinal).ToArray();
        AssertSame(DataLoader.Load(all, LongCsvOptions.Off), DataLoader.Load(all, options));
    }

    [Fact]
    public void Issue13_LongCsv_a_value_column_after_four_byte_characters_counts_them_as_two()
    {
        // 𠀀 is one character beyond U+FFFF, two UTF-16 code units: the general path's columns count code units.
        var path = DataFiles.Temp(Encoding.UTF8.GetBytes("zone,year,indicator,value\n𠀀区,2024,GDP, 5\n"), "wide.csv");
        var fast = DataLoader.Load([path], new LongCsvOptions(MinBytes: 0));
        Assert.Equal(new DataSource(path, 2, "𠀀区,2024,GDP, ".Length + 1), fast.Value!.GetSource("𠀀区", "GDP", 2024));
        Assert.Equal(5, fast.Value.GetValue("𠀀区", "GDP", 2024));
    }

    [Property(MaxTest = 2000)]
    public void Issue13_LongCsv_exact_numbers_are_the_bits_double_parse_gives(ulong digits, byte point, bool negative)
    {
        // Up to 20 digits with the point anywhere: the fast path must give double.Parse's bits, or leave the text to it.
        var written = digits.ToString(CultureInfo.InvariantCulture);
        var at = point % (written.Length + 1);
        var text = (negative ? "-" : "") + (at == 0 ? written : written[..at] + "." + written[at..]);
        if (LongCsv.Chunk.Exact(Encoding.UTF8.GetBytes(text), out var fast))
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(fast));
        }
    }

    [Fact]
    public void Issue13_LongCsv_exact_numbers_cover_the_usual_cells()
    {
        // Checked by hand: these are exact integers over powers of ten, so the fast path takes them.
        foreach (var (text, expected) in new[] { ("24.09894198082831", 24.09894198082831), ("-0", -0.0), ("0.1", 0.1), ("123456", 123456.0), ("-7.25", -7.25) })
        {
            Assert.True(LongCsv.Chunk.Exact(Encoding.UTF8.GetBytes(text), out var value), text);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
        }
        // 17 digits (above 2^53) are read exactly too: the expected value is the C# compiler's reading of the literal.
        Assert.True(LongCsv.Chunk.Exact("24.098941980828312"u8, out var seventeen));
        Assert.Equal(BitConverter.DoubleToInt64Bits(24.098941980828312), BitConverter.DoubleToInt64Bits(seventeen));
        // Left to double.Parse: a bare point, an exponent, 20 digits.
        Assert.False(LongCsv.Chunk.Exact("12345678901234567890"u8, out _));
        Assert.False(LongCsv.Chunk.Exact(".5"u8, out _));
        Assert.False(LongCsv.Chunk.Exact("5."u8, out _));
        Assert.False(LongCsv.Chunk.Exact("1e5"u8, out _));
    }

    private static string RandomFile(Random random, string header, bool oddities)
    {
        var text = new StringBuilder(header).Append(random.Next(3) == 0 ? "\r\n" : "\n");
        var cells = header.Split(',');
        for (var rows = random.Next(60); rows > 0; rows--)
        {
            var line = new List<string>();
            foreach (var cell in cells)
            {
                line.Add(cell.Trim() switch
                {
                    "zone" or "开发区" => Pick(random, ZoneCells),
                    "year" or "年份" => Pick(random, YearCells),
                    "indicator" or "指标" => Pick(random, IndicatorCells),
                    "value" or "数值" => Pick(random, ValueCells),
                    _ => Pick(random, UnitCells),
                });
            }
            switch (random.Next(20))
            {
                case 0: line.Add("x"); break;
                case 1: line.Add(""); break;
                case 2: line.RemoveAt(line.Count - 1); break;
                case 3: line = [random.Next(2) == 0 ? "   " : "\u3000"]; break;
                case 4: line = [""]; break;
            }
            if (oddities)
            {
                switch (random.Next(12))
                {
                    case 0: line[0] = "\"" + line[0] + "\""; break;
                    case 1: line = ["# 注释"]; break;
                    case 2: line = ["# @kind: targets"]; break;
                    case 3: line[0] += "\r"; break;
                    case 4: line[0] = "\"a\nb\""; break;
                }
            }
            text.Append(string.Join(',', line)).Append(random.Next(4) == 0 ? "\r\n" : "\n");
        }
        if (random.Next(3) == 0 && text.Length > 0)
        {
            text.Length -= text[^1] == '\n' && text.Length > 1 && text[^2] == '\r' ? 2 : 1;
        }
        return text.ToString();
    }

    private static string Pick(Random random, string[] pieces) => pieces[random.Next(pieces.Length)];

    internal static void AssertSame(Outcome<ZoneData> expected, Outcome<ZoneData> actual)
    {
        Assert.Equal(Describe(expected.Diagnostics), Describe(actual.Diagnostics));
        Assert.Equal(expected.Value is null, actual.Value is null);
        if (expected.Value is not { } e || actual.Value is not { } a)
        {
            return;
        }
        Assert.Equal(e.Zones, a.Zones);
        Assert.Equal(e.Years, a.Years);
        Assert.Equal(e.Indicators, a.Indicators);
        foreach (var zone in e.Zones)
        {
            Assert.Equal(e.GetAttributes(zone).OrderBy(p => p.Key, StringComparer.Ordinal), a.GetAttributes(zone).OrderBy(p => p.Key, StringComparer.Ordinal));
            foreach (var indicator in e.Indicators)
            {
                foreach (var year in e.Years)
                {
                    var (ev, av) = (e.GetValue(zone, indicator, year), a.GetValue(zone, indicator, year));
                    Assert.Equal(ev.HasValue, av.HasValue);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(ev ?? 0), BitConverter.DoubleToInt64Bits(av ?? 0));
                    Assert.Equal(e.IsGiven(zone, indicator, year), a.IsGiven(zone, indicator, year));
                    Assert.Equal(e.GetUnit(zone, indicator, year), a.GetUnit(zone, indicator, year));
                    Assert.Equal(e.GetSource(zone, indicator, year), a.GetSource(zone, indicator, year));
                }
            }
        }
        Assert.Equal(e.Targets, a.Targets);
        Assert.Equal(e.Events, a.Events);
        Assert.Equal(e.Vetoes, a.Vetoes);
    }

    private static string[] Describe(IReadOnlyList<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d =>
            $"{d.Code} {d.Severity} {d.SourceName}({d.Line},{d.Column}) +{d.Position} len {d.Length} [{d.Field}] {d.Message} | {d.ChineseMessage} | {d.Excerpt}")];
}
