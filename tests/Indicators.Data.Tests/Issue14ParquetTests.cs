using FsCheck;
using FsCheck.Fluent;
using Indicators.Bulk;
using Indicators.Parquet;
using Parquet;
using Parquet.Schema;

namespace Indicators.Data.Tests;

/// <summary>Issue 14, item 3: results written as Parquet and read back with Parquet.Net, bit for bit, missing as null.</summary>
public class Issue14ParquetTests
{
    private static readonly Gen<(BulkDataset Dataset, int RowsPerGroup)> Datasets =
        from dataset in Issue14ResultWriterTests.Datasets
        from rowsPerGroup in Gen.Choose(1, 40)
        select (dataset, rowsPerGroup);

    private static BulkDataset Dataset(int zones, int indicators, int years, double[] cells, bool coded) =>
        Issue14ResultWriterTests.Dataset(zones, indicators, years, cells, coded);

    private static BulkResults Computed(BulkDataset dataset) => Issue14ResultWriterTests.Computed(dataset);

    /// <summary>Every column of a Parquet file, row groups joined, as Parquet.Net reads it (nullable values as T?).</summary>
    internal static Dictionary<string, object?[]> ReadBack(Stream stream)
    {
        return Task.Run(async () =>
        {
            stream.Position = 0;
            await using var reader = await ParquetReader.CreateAsync(stream);
            var columns = new Dictionary<string, List<object?>>();
            foreach (var field in reader.Schema.GetDataFields())
            {
                columns[field.Name] = [];
            }
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var rows = checked((int)group.RowCount);
                foreach (var field in reader.Schema.GetDataFields())
                {
                    columns[field.Name].AddRange(await Column(group, field, rows));
                }
            }
            return columns.ToDictionary(c => c.Key, c => c.Value.ToArray());
        }).GetAwaiter().GetResult();
    }

    private static async Task<IEnumerable<object?>> Column(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var strings = new string?[rows];
            await group.ReadAsync(field, strings.AsMemory());
            return strings;
        }
        if (field.ClrType == typeof(int) && !field.IsNullable)
        {
            var ints = new int[rows];
            await group.ReadAsync<int>(field, ints.AsMemory());
            return ints.Cast<object?>();
        }
        if (field.ClrType == typeof(int))
        {
            var ints = new int?[rows];
            await group.ReadAsync<int>(field, ints.AsMemory());
            return ints.Cast<object?>();
        }
        if (field.ClrType == typeof(bool))
        {
            var flags = new bool?[rows];
            await group.ReadAsync<bool>(field, flags.AsMemory());
            return flags.Cast<object?>();
        }
        var doubles = new double?[rows];
        await group.ReadAsync<double>(field, doubles.AsMemory());
        return doubles.Cast<object?>();
    }

    private static long? Bits(object? value) => value is double v ? BitConverter.DoubleToInt64Bits(v) : null;

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private static void AssertReadsBack(Dictionary<string, object?[]> columns, BulkDataset dataset, BulkResults results)
    {
        Assert.Equal(["zone", "indicator", "year", "actual", "target", "growth", "completion", "overfulfilment", "attained", "score", "rank"], columns.Keys);
        var row = 0;
        for (var z = 0; z < dataset.ZoneCount; z++)
        {
            var zone = dataset.ZoneIds?[z] ?? z.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i <= dataset.IndicatorCount; i++)
            {
                for (var y = 0; y < dataset.YearCount; y++, row++)
                {
                    var cell = i < dataset.IndicatorCount;
                    var indicator = !cell ? null : dataset.IndicatorCodes?[i] ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Assert.Equal((zone, indicator, 2019 + y), ((string?)columns["zone"][row], (string?)columns["indicator"][row], (int?)columns["year"][row]));
                    Assert.Equal(cell ? Bits(dataset.GetActual(z, i, y)) : null, Bits(columns["actual"][row]));
                    Assert.Equal(cell ? Bits(dataset.GetTarget(z, i, y)) : null, Bits(columns["target"][row]));
                    Assert.Equal(cell ? Bits(results.GetGrowth(z, i, y)) : null, Bits(columns["growth"][row]));
                    Assert.Equal(cell ? Bits(results.GetCompletion(z, i, y)) : null, Bits(columns["completion"][row]));
                    Assert.Equal(cell ? Bits(results.GetOverfulfilment(z, i, y)) : null, Bits(columns["overfulfilment"][row]));
                    Assert.Equal(cell ? results.IsAttained(z, i, y) : null, (bool?)columns["attained"][row]);
                    Assert.Equal(cell ? null : Bits(results.GetScore(z, y)), Bits(columns["score"][row]));
                    Assert.Equal(cell ? null : results.GetRank(z, y), (int?)columns["rank"][row]);
                }
            }
        }
        Assert.Equal(row, columns["zone"].Length);
    }

    [Property(MaxTest = 150)]
    public Property Issue14_Parquet_bulk_results_read_back_bit_for_bit_with_missing_as_null_in_any_row_groups() =>
        Prop.ForAll(Datasets.ToArbitrary(), input =>
        {
            var (dataset, rowsPerGroup) = input;
            var results = Computed(dataset);
            var stream = new MemoryStream();
            Task.Run(() => ParquetResultWriter.WriteBulkAsync(stream, dataset, results, rowsPerGroup)).GetAwaiter().GetResult();
            AssertReadsBack(ReadBack(stream), dataset, results);
            // The public call writes the same bytes (its own row groups: one here).
            var whole = new MemoryStream();
            ParquetResultWriter.Write(whole, dataset, results);
            AssertReadsBack(ReadBack(whole), dataset, results);
        });

    [Fact]
    public void Issue14_Parquet_a_missing_value_is_null_never_zero_or_NaN()
    {
        // Checked by hand: 2019 has no actual (growth, completion missing), 2020 = 110 against a target of 100.
        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 2, 2019, ["GDP"], ["甲"]);
        dataset.SetTarget(0, 0, 0, 100);
        dataset.SetActual(0, 0, 1, 110);
        dataset.SetTarget(0, 0, 1, 100);
        var stream = new MemoryStream();
        ParquetResultWriter.Write(stream, dataset, Computed(dataset));
        var columns = ReadBack(stream);
        Assert.Equal(new object?[] { null, 110.0, null, null }, columns["actual"]);
        Assert.Equal(new object?[] { 100.0, 100.0, null, null }, columns["target"]);
        Assert.Equal(new object?[] { null, 1.1, null, null }, columns["completion"]);
        Assert.Equal(new object?[] { false, true, null, null }, columns["attained"]);
        Assert.Equal(new object?[] { "GDP", "GDP", null, null }, columns["indicator"]);
        // No completion in 2019: no score, and the one zone ranks 1 after every scored zone.
        Assert.Equal(new object?[] { null, null, 1, 1 }, columns["rank"]);
        Assert.Null(columns["score"][2]);
        Assert.NotNull(columns["score"][3]);
    }

    [Fact]
    public void Issue14_Parquet_a_failure_mid_write_leaves_the_old_file_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("issue14-parquet-").FullName;
        try
        {
            var path = Path.Combine(folder, "results.parquet");
            File.WriteAllText(path, "the old results\n");
            var dataset = Dataset(300, 3, 4, [.. Enumerable.Range(0, 2 * 300 * 3 * 4).Select(k => 1.0 + k)], coded: false);
            var results = Computed(dataset);
            var failure = Assert.Throws<IOException>(() => ParquetResultWriter.Atomically(path,
                stream => ParquetResultWriter.WriteBulkAsync(stream, dataset, results, rowsPerGroup: 100), file => new Issue14ResultWriterTests.FailingStream(file, afterBytes: 2_000, _ => { })));
            Assert.Equal("disk full (test)", failure.Message);
            Assert.Equal("the old results\n", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(folder));

            Assert.Throws<ArgumentException>(() => ParquetResultWriter.Write(path, dataset, new BulkResults(dataset)));
            Assert.Equal("the old results\n", File.ReadAllText(path));

            ParquetResultWriter.Write(path, dataset, results);
            using (var file = File.OpenRead(path))
            {
                AssertReadsBack(ReadBack(file), dataset, results);
            }
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Issue14_Parquet_an_assessment_reads_back_row_by_row()
    {
        // The 商务部 2021 example: 30 zones, one vetoed (示例经开区05, no rank).
        var templates = DataFiles.Templates;
        var data = DataLoader.Load([Path.Combine(templates, "mofcom-2021-zones.csv"), Path.Combine(templates, "mofcom-2021-values.csv"), Path.Combine(templates, "mofcom-2021-firms.csv")]).GetValueOrThrow();
        var plan = Indicators.Rules.RulePlan.Compile(File.ReadAllText(Path.Combine(templates, "..", "rules", "mofcom-2021.rules"))).GetValueOrThrow();
        var assessment = plan.Assess("Mofcom2021", data, 2021).GetValueOrThrow();
        var stream = new MemoryStream();
        ParquetResultWriter.Write(stream, assessment);
        var columns = ReadBack(stream);
        Assert.Equal(["zone", "indicator", "year", "category", "value", "weight", "points", "status", "total", "rank"], columns.Keys);
        var row = 0;
        foreach (var zone in assessment.Result)
        {
            foreach (var category in zone.Categories)
            {
                foreach (var indicator in category.Indicators)
                {
                    Assert.Equal((zone.Id.Code, indicator.Code, 2021, category.Name), ((string?)columns["zone"][row], (string?)columns["indicator"][row], (int?)columns["year"][row], (string?)columns["category"][row]));
                    Assert.Equal(Bits(indicator.Value), Bits(columns["value"][row]));
                    Assert.Equal(Bits(indicator.Weight), Bits(columns["weight"][row]));
                    Assert.Equal(Bits(indicator.Score?.Points), Bits(columns["points"][row]));
                    Assert.Equal(indicator.Status.ToString(), columns["status"][row]);
                    Assert.Equal((null, null), (columns["total"][row], columns["rank"][row]));
                    row++;
                }
            }
            Assert.Equal((zone.Id.Code, null, null), ((string?)columns["zone"][row], columns["indicator"][row], columns["value"][row]));
            Assert.Equal(Bits(zone.Total), Bits(columns["total"][row]));
            Assert.Equal(zone.Rank, (int?)columns["rank"][row]);
            Assert.Equal(zone.Id.Code == "示例经开区05", columns["rank"][row] is null);
            row++;
        }
        Assert.Equal(row, columns["zone"].Length);
    }
}
