using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Bulk;
using Indicators.Tests.Bulk.Oracle;

namespace Indicators.Tests.Bulk;

/// <summary>Issue 14 (helper csvfast): the cells written straight into the dataset's arrays, whatever order the rows come in.</summary>
public partial class BulkCsvTests
{
    /// <summary>A grid of cells written in one order: how many zones, which indicators and years, the order, how many rows
    /// dropped (sparse) or repeated (duplicates), and how the loader cuts and parses it.</summary>
    public sealed record Issue14StoreCase(int Seed, int Zones, int Order, int BlockSize, int Threads, bool Weighted);

    /// <summary>Arbitrary grids: up to 300 zones (so the store makes room for zones several times), five orders.</summary>
    public static class Issue14StoreArbitraries
    {
        /// <summary>The cases.</summary>
        public static Arbitrary<Issue14StoreCase> Cases() =>
            (from seed in Gen.Choose(0, int.MaxValue)
             from zones in Gen.Frequency((3, Gen.Choose(1, 40)), (1, Gen.Choose(41, 300)))
             from order in Gen.Choose(0, 4)
             from block in Gen.Elements(64, 4096, 1 << 20)
             from threads in Gen.Elements(1, 2)
             from weighted in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
             select new Issue14StoreCase(seed, zones, order, block, threads, weighted)).ToArbitrary();
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Issue14StoreArbitraries)])]
    public void Issue14_cells_written_in_place_give_the_replaced_loaders_dataset_in_any_row_order(Issue14StoreCase c)
    {
        var random = new System.Random(c.Seed);
        string[] indicators = [.. new[] { "X0", "X1", "X2", "X3" }.Where(_ => random.Next(4) != 0).DefaultIfEmpty("X1")];
        int[] years = [.. Enumerable.Range(random.Next(1990, 2030), random.Next(1, 12)).Where(_ => random.Next(5) != 0).DefaultIfEmpty(2020)];
        var cells = (from z in Enumerable.Range(0, c.Zones)
                     from i in indicators
                     from y in years
                     from kind in new[] { "actual", "target" }
                     select (Zone: z, Indicator: i, Year: y, Kind: kind)).ToList();
        // Zone by zone (the dataset's own order), year by year, indicator by indicator, backwards, or shuffled.
        cells = c.Order switch
        {
            0 => cells,
            1 => [.. cells.OrderBy(r => r.Year).ThenBy(r => r.Zone)],
            2 => [.. cells.OrderBy(r => r.Indicator, StringComparer.Ordinal).ThenBy(r => r.Zone)],
            3 => [.. Enumerable.Reverse(cells)],
            _ => [.. cells.OrderBy(_ => random.Next())],
        };
        double keep = random.Next(3) == 0 ? 0.2 : 1.0;
        var csv = new StringBuilder("zone,indicator,period,kind,value,unit\n");
        var written = new List<string>();
        foreach (var (zone, indicator, year, kind) in cells)
        {
            if (random.NextDouble() >= keep)
            {
                continue;
            }
            string value = random.Next(30) == 0 ? "" : (random.Next(-999_999, 1_000_000) / (double)random.Next(1, 99)).ToString("R", CultureInfo.InvariantCulture);
            string row = string.Create(CultureInfo.InvariantCulture, $"Z{zone},{indicator},{year},{kind},{value},亿元");
            csv.Append(row).Append('\n');
            written.Add(row);
            if (random.Next(50) == 0)
            {
                csv.Append(written[random.Next(written.Count)]).Append('\n');   // a duplicate of an earlier row
            }
        }
        string text = csv.ToString();
        var weights = c.Weighted ? new Dictionary<string, double> { ["X1"] = 30, ["X2"] = 70 } : null;

        var expected = BulkCsvOracle.Parse(text, Issue14Catalog, weights);
        var actual = BulkCsvBlocks.ReadText(text, Issue14Catalog, weights, new BulkCsvBlocks.Options(c.BlockSize, c.Threads));
        AssertSameOutcome(expected, actual, $"order {c.Order}");
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(text));
        AssertSameOutcome(expected, BulkCsvBlocks.ReadStream(file, Issue14Catalog, weights, null, new BulkCsvBlocks.Options(c.BlockSize, c.Threads)), $"order {c.Order}, bytes");
    }

    [Fact]
    public void Issue14_a_zone_by_zone_file_loads_with_little_room_to_spare()
    {
        // 500 zones written zone by zone: after the first zone the store's shape is the dataset's, and the room it makes
        // from the text's size is used (the dataset's arrays are not a copy made at the end, and not much longer).
        var csv = new StringBuilder("zone,indicator,period,kind,value,unit\n");
        for (int z = 0; z < 500; z++)
        {
            for (int i = 0; i < 4; i++)
            {
                for (int y = 2011; y <= 2025; y++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"Z{z},X{i},{y},actual,{z + (i / 10.0) + (y / 1000.0):R},亿元\n");
                }
            }
        }
        var result = BulkCsvBlocks.ReadText(csv.ToString(), Issue14Catalog, null, new BulkCsvBlocks.Options(4096, 2));
        var d = result.Value!;
        Assert.Empty(result.Errors);
        Assert.Equal((500, 4, 15, 2011, 500 * 4 * 15), (d.ZoneCount, d.IndicatorCount, d.YearCount, d.FirstYear, d.CellCount));
        Assert.Equal(499 + 0.3 + 2.025, d.GetActual(499, 3, 14));
        Assert.Null(d.GetTarget(499, 3, 14));
        var backing = (double[])typeof(BulkDataset).GetField("actual", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(d)!;
        Assert.InRange(backing.Length, d.CellCount, d.CellCount + (d.CellCount / 4));
    }

    [Theory]
    [InlineData(64, 1)]
    [InlineData(4096, 2)]
    [InlineData(1 << 20, 2)]
    public void Issue14_a_duplicate_names_the_line_that_added_the_cell_not_an_earlier_refused_one(int blockSize, int threads)
    {
        // The store keeps no line per cell: a duplicate's first line is found by reading the text again. A row refused for
        // the dataset's bound gives its cell but adds nothing; the same cell given once the rows allow it is added, and a
        // third time is a duplicate of that second line, not of the refused first.
        var csv = new StringBuilder("zone,indicator,period,kind,value,unit\n");
        int line = 1;
        void Row(string row)
        {
            csv.Append(row).Append('\n');
            line++;
        }
        foreach (int year in new[] { 1900, 2099 })
        {
            for (int i = 0; i < 4; i++)
            {
                Row(string.Create(CultureInfo.InvariantCulture, $"Z0,X{i},{year},actual,1,亿元"));   // 1 zone × 4 × 200 years
            }
        }
        for (int z = 1; z <= 80; z++)
        {
            Row(string.Create(CultureInfo.InvariantCulture, $"Z{z},X0,2000,actual,1,亿元"));        // 81 zones: 64,800 cells
        }
        Row("Z81,X0,2000,actual,1,亿元");                          // 82 zones, 65,600 cells: over the floor for 89 rows
        int refused = line;
        for (int y = 1901; y < 1901 + 45; y++)
        {
            for (int i = 0; i < 4; i++)
            {
                Row(string.Create(CultureInfo.InvariantCulture, $"Z0,X{i},{y},actual,1,亿元"));     // rows enough for 83 zones
            }
        }
        Row("Z81,X0,2000,actual,2,亿元");
        int added = line;
        Row("Z81,X0,2000,actual,3,亿元");
        int duplicate = line;
        string text = csv.ToString();

        var expected = BulkCsvOracle.Parse(text, Issue14Catalog, null);
        var actual = BulkCsvBlocks.ReadText(text, Issue14Catalog, null, new BulkCsvBlocks.Options(blockSize, threads));
        AssertSameOutcome(expected, actual, "bound then duplicate");
        Assert.Equal([(refused, BulkCellCollector.CellsCode), (duplicate, BulkCellCollector.DuplicateCode)], actual.Diagnostics.Select(d => (d.Line, d.Code)));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"was already given on line {added}"), actual.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, actual.Value!.GetActual(81, 0, 100));
    }

    [Fact]
    public void Issue14_a_cell_not_given_and_one_given_as_missing_are_both_the_runtimes_NaN_in_the_dataset()
    {
        // The store marks a cell not given with a NaN of its own while it loads; the dataset holds the runtime's NaN for
        // every missing value, whichever way it was missing (the loaders' datasets are compared bit for bit).
        Assert.Equal(BulkCsvCells.MissingBits, BitConverter.DoubleToInt64Bits(double.NaN));
        string csv = "zone,indicator,period,kind,value,unit\nZ0,X0,2020,actual,,亿元\nZ0,X0,2021,actual,1,亿元\nZ1,X0,2020,target,2,亿元\n";
        var d = BulkCsvBlocks.ReadText(csv, Issue14Catalog, null, new BulkCsvBlocks.Options(4096, 1)).Value!;
        var actual = (double[])typeof(BulkDataset).GetField("actual", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(d)!;
        var target = (double[])typeof(BulkDataset).GetField("target", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(d)!;
        // Z0 2020 actual given as missing; Z1 2020 and 2021 actual, Z0 targets and Z1 2021 target not given.
        Assert.All([actual[0], actual[2], actual[3], target[0], target[1], target[3]], v => Assert.Equal(BulkCsvCells.MissingBits, BitConverter.DoubleToInt64Bits(v)));
        Assert.Equal([1.0, 2.0], [actual[1], target[2]]);
    }

    [Fact]
    public void Issue14_weights_naming_an_indicator_twice_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BulkCsv.Parse("zone,indicator,period,kind,value\n", Issue14Catalog,
            new Dictionary<string, double> { ["X0"] = 50, ["指标0"] = 50 }));
        Assert.Contains("Indicator X0 is given a weight twice.", error.Message, StringComparison.Ordinal);
    }
}
