using System.Buffers.Binary;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

public class ZbulkFileTests
{
    /// <summary>Bytes laid out as gen.py writes them (json.dumps spacing, seed and layout fields, space padding to 64).</summary>
    private static byte[] GenPyStyle(int z, int i, int y, double[] weight, double[] reverse, double[] actual, double[] target,
        Func<string, string>? editHeader = null, uint? headerLengthOverride = null)
    {
        long cells = (long)z * i * y;
        string json = $"{{\"format\": \"zbulk-v1\", \"Z\": {z}, \"I\": {i}, \"Y\": {y}, \"year0\": 2010, \"seed\": 20240601, "
            + "\"layout\": \"index (z*I + i)*Y + y, year fastest\", \"dtype\": \"<f8\", \"arrays\": ["
            + $"{{\"name\": \"weight\", \"offset\": 0, \"count\": {i}}}, "
            + $"{{\"name\": \"reverse\", \"offset\": {8 * i}, \"count\": {i}}}, "
            + $"{{\"name\": \"actual\", \"offset\": {16 * i}, \"count\": {cells}}}, "
            + $"{{\"name\": \"target\", \"offset\": {16 * i + 8 * cells}, \"count\": {cells}}}]}}";
        json = editHeader?.Invoke(json) ?? json;
        var js = Encoding.UTF8.GetBytes(json).ToList();
        while ((12 + js.Count) % 64 != 0)
        {
            js.Add((byte)' ');
        }
        var bytes = new List<byte>("ZBULKv1\n"u8.ToArray());
        var h = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(h, headerLengthOverride ?? (uint)js.Count);
        bytes.AddRange(h);
        bytes.AddRange(js);
        foreach (var array in new[] { weight, reverse, actual, target })
        {
            foreach (double v in array)
            {
                var b = new byte[8];
                BinaryPrimitives.WriteDoubleLittleEndian(b, v);
                bytes.AddRange(b);
            }
        }
        return [.. bytes];
    }

    private static byte[] Sample(Func<string, string>? editHeader = null, double[]? weight = null, double[]? reverse = null) =>
        GenPyStyle(2, 2, 3, weight ?? [60.0, 40.0], reverse ?? [0.0, 1.0],
            [1, 2, double.NaN, 4, 5, 6, 7, 0, 9, 10, 11, 12],
            [2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5], editHeader);

    private static ZbulkFileError Fails(byte[] bytes, string name = "bad.bin")
    {
        var result = ZbulkFile.Read(new MemoryStream(bytes), name);
        Assert.False(result.Success);
        Assert.Contains(name, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("'" + result.Error.Field + "'", result.Error.Message, StringComparison.Ordinal);
        Assert.InRange(result.Error.Offset, 0, bytes.Length);
        Assert.Throws<InvalidDataException>(() => result.Dataset);
        return result.Error;
    }

    [Fact]
    public void Reads_a_file_laid_out_as_gen_py_writes_it()
    {
        // Layout of /work/shared/bench/gen.py and README "Data file format (zbulk-v1)".
        var result = ZbulkFile.Read(new MemoryStream(Sample()), "sample.bin");
        Assert.True(result.Success, result.ToString());
        var d = result.Dataset;
        Assert.Equal((2, 2, 3, 2010), (d.ZoneCount, d.IndicatorCount, d.YearCount, d.FirstYear));
        Assert.Equal(60.0, d.GetWeight(0));
        Assert.Equal(Polarity.Reverse, d.GetPolarity(1));
        Assert.Equal(Polarity.Positive, d.GetPolarity(0));
        Assert.Null(d.GetActual(0, 0, 2));            // NaN in the file is missing…
        Assert.Equal(0.0, d.GetActual(1, 0, 1));      // …and an exact zero stays a zero.
        Assert.Equal(12.0, d.GetActual(1, 1, 2));     // year fastest: (z·I + i)·Y + y
        Assert.Equal(5.0, d.GetTarget(1, 1, 0));
    }

    [Fact]
    public void Reads_from_a_path_and_writes_to_one()
    {
        var spec = BulkGen.Dataset(5, 3, 4).Sample(1, 1).Single();
        string path = Path.Combine(Path.GetTempPath(), $"zbulk-test-{Guid.NewGuid():N}.bin");
        try
        {
            ZbulkFile.Write(path, spec.Build());
            Assert.Equal(0, new FileInfo(path).Length % 8);
            var back = ZbulkFile.Read(path);
            Assert.True(back.Success, back.ToString());
            Assert.True(BulkGen.SameBits(spec.Actual, back.Dataset.Actual));
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);
            var cut = ZbulkFile.Read(path);
            Assert.False(cut.Success);
            Assert.Contains(path, cut.Error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Wrong_magic_is_named()
    {
        var bytes = Sample();
        bytes[6] = (byte)'2';
        var error = Fails(bytes);
        Assert.Equal("magic", error.Field);
        Assert.Contains("ZBULKv2", error.Reason, StringComparison.Ordinal);
        Assert.Equal("magic", Fails("PK\x03\x04"u8.ToArray()).Field);
        Assert.Equal("magic", Fails([]).Field);
    }

    [Fact]
    public void Truncated_header_is_named()
    {
        var bytes = Sample();
        Assert.Equal("H", Fails(bytes[..10]).Field);
        var error = Fails(bytes[..40]);
        Assert.Equal("header", error.Field);
        Assert.Contains("truncated header", error.Reason, StringComparison.Ordinal);
        Assert.Equal(40, error.Offset);
    }

    [Fact]
    public void Header_length_not_aligned_to_64_is_named()
    {
        var good = Sample();
        uint h = BinaryPrimitives.ReadUInt32LittleEndian(good.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(good.AsSpan(8), h - 1);
        Assert.Equal("H", Fails(good).Field);
    }

    [Fact]
    public void Bad_json_is_named()
    {
        var error = Fails(Sample(j => j.Replace("\"Z\": 2,", "\"Z\": 2,,", StringComparison.Ordinal)));
        Assert.Equal("header", error.Field);
        Assert.Contains("JSON", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Z\": 2,", "", "Z")]
    [InlineData("\"Y\": 3,", "\"Y\": \"3\",", "Y")]
    [InlineData("\"I\": 2,", "\"I\": 0,", "I")]
    [InlineData("\"year0\": 2010,", "\"year0\": 9999,", "year0")]
    [InlineData("\"format\": \"zbulk-v1\"", "\"format\": \"zbulk-v2\"", "format")]
    [InlineData("\"dtype\": \"<f8\"", "\"dtype\": \">f8\"", "dtype")]
    [InlineData("\"name\": \"actual\"", "\"name\": \"actuals\"", "arrays[2].name")]
    [InlineData("\"offset\": 32,", "\"offset\": 40,", "arrays[2].offset")]
    public void Header_fields_that_disagree_are_named(string from, string to, string field)
    {
        var error = Fails(Sample(j => j.Replace(from, to, StringComparison.Ordinal)));
        Assert.StartsWith(field, error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_that_disagree_with_each_other_name_the_array_count()
    {
        // Z raised to 3 but the arrays still list 12 cells: the header contradicts itself.
        var error = Fails(Sample(j => j.Replace("\"Z\": 2,", "\"Z\": 3,", StringComparison.Ordinal)));
        Assert.Equal("arrays[2].count", error.Field);
        Assert.Contains("Z·I·Y", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_that_disagree_with_the_file_length_are_named()
    {
        // Consistent header for Z=3, but the file holds only Z=2's data: truncated data, named by array.
        var error = Fails(Sample(j => j.Replace("\"Z\": 2,", "\"Z\": 3,", StringComparison.Ordinal)
            .Replace("\"count\": 12", "\"count\": 18", StringComparison.Ordinal)
            .Replace("\"offset\": 128", "\"offset\": 176", StringComparison.Ordinal)));
        Assert.Equal("target", error.Field);
        Assert.Contains("truncated data", error.Reason, StringComparison.Ordinal);

        // Extra bytes after the arrays: the counts are too small for the file.
        var longer = Sample().Concat(new byte[16]).ToArray();
        var extra = Fails(longer);
        Assert.Equal("Z", extra.Field);
        Assert.Contains("disagree", extra.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_data_names_the_array_cut_short()
    {
        var bytes = Sample();
        int dataStart = bytes.Length - 8 * (2 + 2 + 12 + 12);
        Assert.Equal("weight", Fails(bytes[..(dataStart + 4)]).Field);
        Assert.Equal("actual", Fails(bytes[..(dataStart + 32 + 8)]).Field);
        Assert.Equal("target", Fails(bytes[..^1]).Field);
    }

    [Fact]
    public void Truncation_is_found_in_a_stream_that_cannot_seek()
    {
        var bytes = Sample();
        var result = ZbulkFile.Read(new ForwardOnlyStream(bytes[..^8]), "pipe");
        Assert.False(result.Success);
        Assert.Equal("target", result.Error.Field);
        Assert.True(ZbulkFile.Read(new ForwardOnlyStream(bytes), "pipe").Success);
        var longer = ZbulkFile.Read(new ForwardOnlyStream([.. bytes, 0]), "pipe");
        Assert.Equal("Z", longer.Error!.Field);
    }

    [Theory]
    [InlineData(double.NaN, "weight[1]")]
    [InlineData(double.PositiveInfinity, "weight[1]")]
    [InlineData(-1.0, "weight[1]")]
    public void Non_finite_or_negative_weights_are_named(double weight, string field)
    {
        var error = Fails(Sample(weight: [60.0, weight]));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_reverse_flag_other_than_0_or_1_is_named() =>
        Assert.Equal("reverse[0]", Fails(Sample(reverse: [0.5, 1.0])).Field);

    [Fact]
    public void Write_then_read_round_trips_bitwise() =>
        Check.One(BulkGen.Quick(), Prop.ForAll(BulkGen.Arb(), spec =>
        {
            var stream = new MemoryStream();
            ZbulkFile.Write(stream, spec.Build());
            Assert.Equal(0, stream.Length % 8);
            stream.Position = 0;
            var back = ZbulkFile.Read(stream).Dataset;
            return back.ZoneCount == spec.Zones && back.IndicatorCount == spec.Indicators
                && back.YearCount == spec.Years && back.FirstYear == spec.FirstYear
                && Enumerable.Range(0, spec.Indicators).All(i =>
                    back.GetWeight(i) == spec.Weights[i] && back.GetPolarity(i) == (spec.Reverse[i] ? Polarity.Reverse : Polarity.Positive))
                && BulkGen.SameBits(back.Actual, spec.Actual)
                && BulkGen.SameBits(back.Target, spec.Target);
        }));

    [Fact]
    public void Corrupted_or_cut_files_give_a_result_never_an_exception()
    {
        var corruption =
            from spec in BulkGen.Dataset(4, 3, 3)
            from cut in Gen.Choose(0, 1000)
            from flips in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 1000), Gen.Choose(0, 255)), Gen.Choose(0, 3).Sample(1, 1).Single())
            select (spec, cut, flips);
        Check.One(BulkGen.Quick(300), Prop.ForAll(corruption.ToArbitrary(), c =>
        {
            var stream = new MemoryStream();
            ZbulkFile.Write(stream, c.spec.Build());
            var bytes = stream.ToArray();
            bytes = bytes[..Math.Min(bytes.Length, c.cut * bytes.Length / 1000 + 1)];
            foreach (var (at, value) in c.flips)
            {
                bytes[at * (bytes.Length - 1) / 1000] = (byte)value;
            }
            var result = ZbulkFile.Read(new MemoryStream(bytes), "x.bin");
            return result.Success || (result.Error.Offset >= 0 && result.Error.Offset <= bytes.Length && result.Error.Message.StartsWith("x.bin: field '", StringComparison.Ordinal));
        }));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        // Short reads on purpose: a pipe hands out what it has.
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 7));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
