using System.Globalization;
using System.Text;
using Indicators.Rules;

namespace Indicators.Data.Tests;

/// <summary>Issue 14: a table of zones gives the builder its values by index, and loads what the general way loads.</summary>
public class Issue14ZoneTableTests
{
    private static readonly string[] Cells =
        ["12.5", "0", "-3", "1e6", "", "—", "-", "68.46亿元", "12%", "1,234.5", "\"1,234\"", "12x", "１２．５", "1e999", " 7 ", "3.25万元", "0.1", "2.5"];

    private static readonly string[] Headings = ["GDP(亿元)", "出口额（万美元）", "企业数(个)", "增速(%)", "面积"];

    /// <summary>A table of zones of random rows: repeated zones and years (the same figure again, or another), bad
    /// numbers, units in cells, missing marks, empty zones, bad years, cells beyond the header, an attribute column; a
    /// <paramref name="plain"/> one has no quote and no attribute column (the fast reader takes it), and blank lines.</summary>
    private static string RandomTable(Random random, out string name, bool plain = false)
    {
        var columns = Headings.OrderBy(_ => random.Next()).Take(random.Next(1, Headings.Length + 1)).ToList();
        var withYear = random.Next(3) > 0;
        var withRegion = !plain && random.Next(2) == 0;
        var text = new StringBuilder();
        text.Append("zone").Append(withYear ? ",year" : "").Append(withRegion ? ",地区" : "");
        foreach (var column in columns)
        {
            text.Append(',').Append(column);
        }
        text.Append('\n');
        for (var r = random.Next(0, 12); r > 0; r--)
        {
            text.Append(random.Next(12) switch { 0 => "", 1 => " 乙区 ", _ => "区" + random.Next(3) });
            if (withYear)
            {
                text.Append(',').Append(random.Next(10) switch { 0 => "20x4", 1 => "2024年", _ => (2022 + random.Next(3)).ToString(CultureInfo.InvariantCulture) });
            }
            if (withRegion)
            {
                text.Append(',').Append(random.Next(4) == 0 ? "西部" : "东部");
            }
            foreach (var _ in columns)
            {
                var cell = Cells[random.Next(Cells.Length)];
                text.Append(',').Append(plain && cell.Contains('"', StringComparison.Ordinal) ? "1234" : cell);
            }
            if (random.Next(10) == 0)
            {
                text.Append(",9");
            }
            text.Append(random.Next(8) == 0 ? "\r\n" : "\n");
            if (plain && random.Next(10) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : " \t\n");
            }
        }
        name = withYear || random.Next(2) == 0 ? "zones-2024.csv" : "zones.csv";
        return text.ToString();
    }

    [Property(MaxTest = 300)]
    public void Issue14_ZoneTable_by_index_loads_the_values_places_and_diagnostics_of_the_general_way(int seed)
    {
        var random = new Random(seed);
        var plain = random.Next(2) == 0;
        var text = RandomTable(random, out var name, plain);
        var path = DataFiles.Temp(Encoding.UTF8.GetBytes(text), name);
        // Twice in one load, so that every value is also given again (the same, or another from a changed cell).
        var again = DataFiles.Temp(Encoding.UTF8.GetBytes(random.Next(2) == 0 ? text : RandomTable(new Random(seed + 1), out _, plain)), name);
        var byIndex = new DataLoader.BuilderSink();
        var indexedDiagnostics = DataReader.Read([path, again], byIndex);
        var general = new DataLoader.BuilderSink { ByIndex = false };
        var generalDiagnostics = DataReader.Read([path, again], general);
        var expected = general.Finish(generalDiagnostics);
        Issue13LongCsvTests.AssertSame(expected, byIndex.Finish(indexedDiagnostics));
        // And by bytes, in parts of any size on any number of threads (the long-CSV reader's way with a table of zones).
        var options = new LongCsvOptions(ChunkBytes: random.Next(1, 200), Threads: random.Next(1, 5), MinBytes: 0);
        var fast = new DataLoader.BuilderSink();
        var fastDiagnostics = DataReader.Read([path, again], fast, options);
        Issue13LongCsvTests.AssertSame(expected, fast.Finish(fastDiagnostics));
        // A plain table with a year is the fast reader's (one that names no year is the general path's: a table of attributes).
        Assert.True(!plain || !text.Contains("year", StringComparison.Ordinal) && name == "zones.csv" ||
            LongCsv.TryRead(path, new DataLoader.BuilderSink(), new Ledger(), new NamePool(), [], options), "the fast reader takes a plain table of zones");
    }

    [Property(MaxTest = 2000)]
    public void Issue14_CellNumber_a_plain_number_cell_is_the_bits_double_parse_gives(ulong digits, byte point, byte form)
    {
        // Up to 20 digits, the point anywhere, a sign or an exponent: the cell reader's fast reading must be double.Parse's.
        var written = digits.ToString(CultureInfo.InvariantCulture);
        var at = point % (written.Length + 1);
        var body = at == 0 ? written : written[..at] + "." + written[at..];
        var text = (form % 4) switch { 0 => body, 1 => "-" + body, 2 => "+" + body, _ => body + "e-" + (form % 30).ToString(CultureInfo.InvariantCulture) };
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Null(CellNumber.Read(text, allowUnit: true, out var value, out var unit));
        Assert.Null(unit);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value!.Value));
    }

    [Fact]
    public void Issue14_ZoneTable_a_value_given_again_with_another_number_is_reported_at_its_cell_naming_the_first()
    {
        // Checked by hand (columns in characters: 甲区 is 2): row 3 repeats 甲区 2024 with GDP 13 at column 9 (first 12.5 at line 2, column 9) and 出口额 the same 7.
        var path = DataFiles.Temp(Encoding.UTF8.GetBytes("zone,year,GDP(亿元),出口额(万美元)\n甲区,2024,12.5,7\n甲区,2024,13,7\n"), "zones.csv");
        var outcome = DataLoader.Load([path]);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("DT3001", 3, 9), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains($"first at {path}(2,9)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(12.5, outcome.Value!.GetValue("甲区", "GDP", 2024));
        Assert.Equal("亿元", outcome.Value.GetUnit("甲区", "GDP", 2024));
        Assert.Equal(new DataSource(path, 2, 14), outcome.Value.GetSource("甲区", "出口额", 2024));
    }
}
