using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Bulk;
using nietras.SeparatedValues;

namespace Indicators.Data.Tests;

/// <summary>Issue 14, item 3: results written out as long-format CSV read back bit for bit, atomically, in any culture.</summary>
public class Issue14ResultWriterTests
{
    /// <summary>Any finite double from its 64 bits (so −0, subnormals and the extremes come up), or missing.</summary>
    private static readonly Gen<double> Cell = Gen.Frequency(
        (6, Gen.Choose(int.MinValue, int.MaxValue).Two()
            .Select(p => BitConverter.Int64BitsToDouble(((long)p.Item1 << 32) | (uint)p.Item2))
            .Where(double.IsFinite)),
        (3, Gen.Choose(-100_000, 100_000).Select(n => n / 100.0)),
        (1, Gen.Elements(double.NaN, 0.0, -0.0, double.Epsilon, double.MaxValue, -double.MaxValue, 0.1, 1e-300)));

    internal static readonly Gen<BulkDataset> Datasets =
        from zones in Gen.Choose(1, 4)
        from indicators in Gen.Choose(1, 3)
        from years in Gen.Choose(1, 4)
        from cells in Cell.ArrayOf(2 * zones * indicators * years)
        from coded in Gen.Elements(true, false)
        select Dataset(zones, indicators, years, cells, coded);

    internal static BulkDataset Dataset(int zones, int indicators, int years, double[] cells, bool coded)
    {
        // Ids that need quoting, and CJK, when coded; indices otherwise.
        string[]? ids = coded ? [.. Enumerable.Range(0, zones).Select(z => z switch { 0 => "高新区, 东", 1 => "say \"hi\"", _ => "zone" + z })] : null;
        string[]? codes = coded ? [.. Enumerable.Range(0, indicators).Select(i => "GDP_" + i)] : null;
        var dataset = new BulkDataset(zones, [.. Enumerable.Repeat(1.0, indicators)], [.. Enumerable.Repeat(Polarity.Positive, indicators)], years, 2019, codes, ids);
        int half = cells.Length / 2;
        for (int k = 0; k < half; k++)
        {
            int z = k / years / indicators, i = k / years % indicators, y = k % years;
            dataset.SetActual(z, i, y, double.IsNaN(cells[k]) ? null : cells[k]);
            dataset.SetTarget(z, i, y, double.IsNaN(cells[half + k]) ? null : cells[half + k]);
        }
        return dataset;
    }

    internal static BulkResults Computed(BulkDataset dataset)
    {
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results);
        return results;
    }

    private static string Csv(BulkDataset dataset, BulkResults results)
    {
        var stream = new MemoryStream();
        ResultWriter.WriteCsv(stream, dataset, results);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The bits of a field read back: empty is missing (null).</summary>
    private static long? Bits(string field) =>
        field.Length == 0 ? null : BitConverter.DoubleToInt64Bits(double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    /// <summary>Reads the CSV back with Sep and checks every row against the dataset's and the results' accessors.</summary>
    private static bool ReadsBack(string csv, BulkDataset dataset, BulkResults results)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        if (string.Join(',', reader.Header.ColNames) != ResultWriter.BulkHeader)
        {
            return false;
        }
        using var rows = reader.GetEnumerator();
        for (int z = 0; z < dataset.ZoneCount; z++)
        {
            string zone = dataset.ZoneIds?[z] ?? z.ToString(CultureInfo.InvariantCulture);
            for (int i = 0; i <= dataset.IndicatorCount; i++)
            {
                for (int y = 0; y < dataset.YearCount; y++)
                {
                    if (!rows.MoveNext())
                    {
                        return false;
                    }
                    var row = rows.Current;
                    bool cell = i < dataset.IndicatorCount;
                    string indicator = !cell ? "" : dataset.IndicatorCodes?[i] ?? i.ToString(CultureInfo.InvariantCulture);
                    bool same = row["zone"].ToString() == zone && row["indicator"].ToString() == indicator
                        && row["year"].ToString() == (2019 + y).ToString(CultureInfo.InvariantCulture)
                        && Bits(row["actual"].ToString()) == (cell ? Bits(dataset.GetActual(z, i, y)) : null)
                        && Bits(row["target"].ToString()) == (cell ? Bits(dataset.GetTarget(z, i, y)) : null)
                        && Bits(row["growth"].ToString()) == (cell ? Bits(results.GetGrowth(z, i, y)) : null)
                        && Bits(row["completion"].ToString()) == (cell ? Bits(results.GetCompletion(z, i, y)) : null)
                        && Bits(row["overfulfilment"].ToString()) == (cell ? Bits(results.GetOverfulfilment(z, i, y)) : null)
                        && row["attained"].ToString() == (!cell ? "" : results.IsAttained(z, i, y) ? "1" : "0")
                        && Bits(row["score"].ToString()) == (cell ? null : Bits(results.GetScore(z, y)))
                        && row["rank"].ToString() == (cell ? "" : results.GetRank(z, y)?.ToString(CultureInfo.InvariantCulture) ?? "");
                    if (!same)
                    {
                        return false;
                    }
                }
            }
        }
        return !rows.MoveNext();
    }

    [Property(MaxTest = 200)]
    public Property Issue14_ResultWriter_csv_reads_back_bit_for_bit_and_missing_stays_missing() =>
        Prop.ForAll(Datasets.ToArbitrary(), dataset =>
        {
            var results = Computed(dataset);
            string csv = Csv(dataset, results);
            return ReadsBack(csv, dataset, results) && !csv.Contains("NaN", StringComparison.Ordinal) && !csv.Contains('∞', StringComparison.Ordinal);
        });

    [Fact]
    public void Issue14_ResultWriter_a_missing_value_is_an_empty_field()
    {
        // Checked by hand: zone 0, indicator 0; 2019 missing, 2020 = 110 against a target of 100.
        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 2, 2019, ["GDP"], ["甲"]);
        dataset.SetTarget(0, 0, 0, 100);
        dataset.SetActual(0, 0, 1, 110);
        dataset.SetTarget(0, 0, 1, 100);
        var lines = Csv(dataset, Computed(dataset)).Split('\n');
        Assert.Equal(ResultWriter.BulkHeader, lines[0]);
        Assert.Equal("甲,GDP,2019,,100,,,,0,,", lines[1]);
        Assert.StartsWith("甲,GDP,2020,110,100,,1.1,", lines[2], StringComparison.Ordinal);
        // No completion in 2019: no score, and the one zone shares the rank after every scored zone, 1.
        Assert.Equal("甲,,2019,,,,,,,,1", lines[3]);
        Assert.StartsWith("甲,,2020,,,,,,,", lines[4], StringComparison.Ordinal);
        Assert.EndsWith(",1", lines[4], StringComparison.Ordinal);
        Assert.Equal(["", ""], new[] { lines[5], lines[^1] });
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void Issue14_ResultWriter_writes_the_invariant_culture_under_a_comma_decimal_culture()
    {
        var dataset = new BulkDataset(2, [1.0], [Polarity.Positive], 2, 2019);
        dataset.SetActual(0, 0, 0, 1.5);
        dataset.SetActual(0, 0, 1, -2.25);
        dataset.SetTarget(0, 0, 1, 1234567.5);
        dataset.SetActual(1, 0, 1, 1e-7);
        dataset.SetTarget(1, 0, 1, 3);
        var results = Computed(dataset);
        string invariant = Csv(dataset, results);
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        comma.NumberFormat.NegativeSign = "\u2212";
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
            string written = Csv(dataset, results);
            Assert.Equal(invariant, written);
            Assert.Contains("0,0,2019,1.5,", written, StringComparison.Ordinal);
            Assert.Contains("0,0,2020,-2.25,1234567.5,", written, StringComparison.Ordinal);
            Assert.Contains("1,0,2020,1E-07,3,", written, StringComparison.Ordinal);
            Assert.True(ReadsBack(written, dataset, results));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Issue14_ResultWriter_a_failure_mid_write_leaves_the_old_file_and_no_temporary_file()
    {
        string folder = Directory.CreateTempSubdirectory("issue14-writer-").FullName;
        try
        {
            string path = Path.Combine(folder, "results.csv");
            File.WriteAllText(path, "the old results\n");
            // 500 zones × 3 indicators × 4 years: more than one block, so the failure comes after rows were written.
            var cells = Enumerable.Range(0, 2 * 500 * 3 * 4).Select(k => 1.0 + k).ToArray();
            var dataset = Dataset(500, 3, 4, cells, coded: false);
            var results = Computed(dataset);
            long written = 0;
            var failure = Assert.Throws<IOException>(() => ResultWriter.Atomically(path, stream => ResultWriter.WriteCsv(stream, dataset, results),
                file => new FailingStream(file, afterBytes: 100_000, count => written = count)));
            Assert.Equal("disk full (test)", failure.Message);
            Assert.InRange(written, 100_000, long.MaxValue);
            Assert.Equal("the old results\n", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(folder));

            // Not computed: refused before anything is written.
            Assert.Throws<ArgumentException>(() => ResultWriter.WriteCsv(path, dataset, new BulkResults(dataset)));
            Assert.Equal("the old results\n", File.ReadAllText(path));

            // Whole: replaced, and the same bytes as to a stream.
            ResultWriter.WriteCsv(path, dataset, results);
            Assert.Equal(Csv(dataset, results), File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Issue14_ResultWriter_an_assessment_reads_back_row_by_row()
    {
        // The 商务部 2021 example: 30 zones, one vetoed (示例经开区05, no rank).
        var data = DataLoader.Load([DataFiles.Template("mofcom-2021-zones.csv"), DataFiles.Template("mofcom-2021-values.csv"), DataFiles.Template("mofcom-2021-firms.csv")]).GetValueOrThrow();
        var plan = Indicators.Rules.RulePlan.Compile(File.ReadAllText(Path.Combine(DataFiles.Templates, "..", "rules", "mofcom-2021.rules"))).GetValueOrThrow();
        var assessment = plan.Assess("Mofcom2021", data, 2021).GetValueOrThrow();
        var stream = new MemoryStream();
        ResultWriter.WriteCsv(stream, assessment);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(ResultWriter.AssessmentHeader, string.Join(',', reader.Header.ColNames));
        using var rows = reader.GetEnumerator();
        foreach (var zone in assessment.Result)
        {
            foreach (var category in zone.Categories)
            {
                foreach (var indicator in category.Indicators)
                {
                    Assert.True(rows.MoveNext());
                    var row = rows.Current;
                    Assert.Equal((zone.Id.Code, indicator.Code, "2021", category.Name), (row["zone"].ToString(), row["indicator"].ToString(), row["year"].ToString(), row["category"].ToString()));
                    Assert.Equal(Bits(indicator.Value), Bits(row["value"].ToString()));
                    Assert.Equal(Bits(indicator.Weight), Bits(row["weight"].ToString()));
                    Assert.Equal(Bits(indicator.Score?.Points), Bits(row["points"].ToString()));
                    Assert.Equal(indicator.Status.ToString(), row["status"].ToString());
                    Assert.Equal(("", ""), (row["total"].ToString(), row["rank"].ToString()));
                }
            }
            Assert.True(rows.MoveNext());
            var totals = rows.Current;
            Assert.Equal((zone.Id.Code, ""), (totals["zone"].ToString(), totals["indicator"].ToString()));
            Assert.Equal(Bits(zone.Total), Bits(totals["total"].ToString()));
            Assert.Equal(zone.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", totals["rank"].ToString());
            Assert.Equal(zone.Id.Code == "示例经开区05", totals["rank"].ToString().Length == 0);
        }
        Assert.False(rows.MoveNext());
    }

    /// <summary>Passes writes to <paramref name="inner"/> until <paramref name="afterBytes"/> have gone through, then throws as a full disk does.</summary>
    internal sealed class FailingStream(Stream inner, long afterBytes, Action<long> progress) : Stream
    {
        private long count;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (count >= afterBytes)
            {
                throw new IOException("disk full (test)");
            }
            inner.Write(buffer);
            count += buffer.Length;
            progress(count);
        }
    }
}
