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

    private static Diagnostic Fails(byte[] bytes, string name = "bad.bin")
    {
        var result = ZbulkFile.Read(new MemoryStream(bytes), name);
        Assert.False(result.Success);
        Assert.Contains(name, result.Errors[0].ToString(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.Contains("'" + result.Errors[0].Field + "'", result.Errors[0].ToString(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.InRange(result.Errors[0].Position, 0, bytes.Length);
        Assert.Throws<DiagnosticException>(() => result.GetValueOrThrow());
        return result.Errors[0];
    }

    [Fact]
    public void Reads_a_file_laid_out_as_gen_py_writes_it()
    {
        // Layout of benchmarks/zones-bulk/gen.py and workload.md "Data file format (zbulk-v1)".
        var result = ZbulkFile.Read(new MemoryStream(Sample()), "sample.bin");
        Assert.True(result.Success, result.ToString());
        var d = result.GetValueOrThrow();
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
            Assert.True(BulkGen.SameBits(spec.Actual, back.GetValueOrThrow().Actual));
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);
            var cut = ZbulkFile.Read(path);
            Assert.False(cut.Success);
            Assert.Contains(path, cut.Errors[0].ToString(ExplanationLanguage.English), StringComparison.Ordinal);
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
        Assert.Contains("ZBULKv2", error.Message, StringComparison.Ordinal);
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
        Assert.Contains("truncated header", error.Message, StringComparison.Ordinal);
        Assert.Equal(40, error.Position);
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
        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
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
        Assert.Contains("Z·I·Y", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_that_disagree_with_the_file_length_are_named()
    {
        // Consistent header for Z=3, but the file holds only Z=2's data: truncated data, named by array.
        var error = Fails(Sample(j => j.Replace("\"Z\": 2,", "\"Z\": 3,", StringComparison.Ordinal)
            .Replace("\"count\": 12", "\"count\": 18", StringComparison.Ordinal)
            .Replace("\"offset\": 128", "\"offset\": 176", StringComparison.Ordinal)));
        Assert.Equal("target", error.Field);
        Assert.Contains("truncated data", error.Message, StringComparison.Ordinal);

        // Extra bytes after the arrays: the counts are too small for the file.
        var longer = Sample().Concat(new byte[16]).ToArray();
        var extra = Fails(longer);
        Assert.Equal("Z", extra.Field);
        Assert.Contains("disagree", extra.Message, StringComparison.Ordinal);
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
        Assert.Equal("target", result.Errors[0].Field);
        Assert.True(ZbulkFile.Read(new ForwardOnlyStream(bytes), "pipe").Success);
        var longer = ZbulkFile.Read(new ForwardOnlyStream([.. bytes, 0]), "pipe");
        Assert.Equal("Z", longer.Errors[0].Field);
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

    [Property]
    public bool Write_then_read_round_trips_bitwise(DatasetSpec spec)
    {
        var stream = new MemoryStream();
        ZbulkFile.Write(stream, spec.Build());
        Assert.Equal(0, stream.Length % 8);
        stream.Position = 0;
        var back = ZbulkFile.Read(stream).GetValueOrThrow();
        return back.ZoneCount == spec.Zones && back.IndicatorCount == spec.Indicators
            && back.YearCount == spec.Years && back.FirstYear == spec.FirstYear
            && Enumerable.Range(0, spec.Indicators).All(i =>
                back.GetWeight(i) == spec.Weights[i] && back.GetPolarity(i) == (spec.Reverse[i] ? Polarity.Reverse : Polarity.Positive))
            && BulkGen.SameBits(back.Actual, spec.Actual)
            && BulkGen.SameBits(back.Target, spec.Target);
    }

    [Property(MaxTest = 300)]
    public bool Corrupted_or_cut_files_give_a_result_never_an_exception(ZbulkCorruption c)
    {
        var stream = new MemoryStream();
        ZbulkFile.Write(stream, c.Spec.Build());
        var bytes = stream.ToArray();
        bytes = bytes[..Math.Min(bytes.Length, c.Cut * bytes.Length / 1000 + 1)];
        foreach (var (at, value) in c.Flips)
        {
            bytes[at * (bytes.Length - 1) / 1000] = (byte)value;
        }
        var result = ZbulkFile.Read(new MemoryStream(bytes), "x.bin");
        return result.Success || (result.Errors[0].Position >= 0 && result.Errors[0].Position <= bytes.Length && result.Errors[0].ToString(ExplanationLanguage.English).StartsWith("x.bin(byte ", StringComparison.Ordinal) && result.Errors[0].Code.StartsWith("ZB", StringComparison.Ordinal));
    }

    /// <summary>Where Sample()'s arrays begin: weight[2], reverse[2], actual[12], target[12] end the file.</summary>
    private static int DataStart(byte[] sample) => sample.Length - 8 * (2 + 2 + 12 + 12);

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    [Fact]
    public void Issue9_10_NegativeZeroWeightLoads()
    {
        // The reproducer: one flipped bit, the sign of a zero weight, and the reader's w < 0 let it through to a
        // constructor that threw ArgumentOutOfRangeException.
        var bytes = Sample(weight: [60.0, 0.0]);
        bytes[DataStart(bytes) + 8 + 7] ^= 0x80;
        Assert.Equal(Bits(-0.0), BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(DataStart(bytes) + 8)));
        var result = ZbulkFile.Read(new MemoryStream(bytes), "w.bin");
        Assert.True(result.Success, result.ToString());
        Assert.Equal(Bits(0.0), Bits(result.GetValueOrThrow().GetWeight(1)));
        Assert.True(ZbulkFile.Read(new ForwardOnlyStream(bytes), "pipe").Success);

        // A weight of −0 is the weight 0 at every door: the constructor and the factory's weights as well.
        var built = new BulkDataset(1, [-0.0, 2.0], [Polarity.Positive, Polarity.Reverse], 2);
        Assert.Equal(Bits(0.0), Bits(built.GetWeight(0)));
        var fromObservations = BulkDatasetFactory.FromObservations(
            [Observation.Of(ZoneId.Of("A"), IndicatorCatalog.Standard["GDP"], ReportingPeriod.Year(2024), Quantity.Parse("5亿元").Value)],
            [new KeyValuePair<string, double>("GDP", -0.0)]);
        Assert.Equal(Bits(0.0), Bits(fromObservations.GetValueOrThrow().GetWeight(0)));
        // A cell of −0 is a value (equal to 0), kept as the setter keeps it, so bulk results equal the scalar API's bits.
        var cells = Sample();
        BinaryPrimitives.WriteDoubleLittleEndian(cells.AsSpan(DataStart(cells) + 32 + 8 * 3), -0.0);
        built.SetActual(0, 0, 0, -0.0);
        Assert.Equal(Bits(built.GetActual(0, 0, 0)!.Value), Bits(ZbulkFile.Read(new MemoryStream(cells)).GetValueOrThrow().GetActual(0, 1, 0)!.Value));

        // A negative weight, however small, is still refused by both, with the same rule.
        Assert.Equal("weight[1]", Fails(Sample(weight: [60.0, -double.Epsilon])).Field);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkDataset(1, [-double.Epsilon], [Polarity.Positive], 1));
    }

    /// <summary>Any bit pattern, and the doubles at the edges of the weight rule.</summary>
    internal static Gen<double> AnyDouble { get; } = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<long>().Select(BitConverter.Int64BitsToDouble)),
        (3, Gen.Elements(-0.0, 0.0, double.Epsilon, -double.Epsilon, 1.0, -1.0, double.MaxValue, double.MinValue,
            double.NaN, -double.NaN, double.PositiveInfinity, double.NegativeInfinity, BitConverter.Int64BitsToDouble(unchecked((long)0xFFF0_0000_0000_0001UL)))));

    [Property(MaxTest = 500)]
    public bool The_reader_and_the_dataset_accept_the_same_weights(AnyBits bits)
    {
        var weight = bits.Value;
        var read = ZbulkFile.Read(new MemoryStream(Sample(weight: [60.0, weight])));
        BulkDataset? built;
        try
        {
            built = new BulkDataset(1, [60.0, weight], [Polarity.Positive, Polarity.Positive], 1);
        }
        catch (ArgumentOutOfRangeException)
        {
            built = null;
        }
        if (read.Success != (built is not null))
        {
            return false;
        }
        // Whatever is admitted is stored as a non-negative number with a clear sign bit.
        return built is null || (Bits(read.GetValueOrThrow().GetWeight(1)) == Bits(built.GetWeight(1)) && Bits(built.GetWeight(1)) >= 0);
    }

    [Fact]
    public void Issue9_14_NonSeekableZbulkClaimingHugeSizeFailsCheaply()
    {
        // The reproducer: a header that claims Z·I·Y = 1.9 billion cells (two arrays, 30 GB) in a pipe of about
        // 1,344 bytes. It threw OutOfMemoryException, allocating what the header claimed before reading a byte of it.
        const int indicators = 50;
        var bytes = GenPyStyle(3_800_000, indicators, 10, Enumerable.Repeat(2.0, indicators).ToArray(), new double[indicators],
            [1.0, 2.0, 3.0, 4.0], []);
        Assert.InRange(bytes.Length, 1_000, 2_000);
        ZbulkFile.Read(new ForwardOnlyStream(Sample()), "warm-up");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = ZbulkFile.Read(new ForwardOnlyStream(bytes), "pipe");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(result.Success);
        Assert.Equal("actual", result.Errors[0].Field);
        Assert.Equal(bytes.Length, result.Errors[0].Position);
        Assert.Contains("truncated data", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 4 << 20);

        // A seekable stream of the same bytes is refused from its length, before any array is made.
        before = GC.GetAllocatedBytesForCurrentThread();
        var seekable = ZbulkFile.Read(new MemoryStream(bytes), "file");
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 64 << 10);
        Assert.Equal("actual", seekable.Errors[0].Field);

        // The indicator arrays grow with the bytes too: I = 100 million weights claimed (800 MB), 3 given.
        var weights = GenPyStyle(1, 100_000_000, 1, [1.0, 2.0, 3.0], [], [], []);
        before = GC.GetAllocatedBytesForCurrentThread();
        var cut = ZbulkFile.Read(new ForwardOnlyStream(weights), "pipe");
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4 << 20);
        Assert.Equal("weight", cut.Errors[0].Field);
        Assert.Equal(weights.Length, cut.Errors[0].Position);
    }

    [Fact]
    public void A_pipe_longer_than_one_chunk_is_read_whole()
    {
        // 40 zones × 2 indicators × 5,000 years = 400,000 cells: 3.2 MB per array, past the 1 MiB first chunk, so the
        // storage of a pipe grows twice and must still hold every cell in place.
        var dataset = new BulkDataset(40, [1.0, 2.0], [Polarity.Positive, Polarity.Reverse], 5_000, 2000);
        var random = new Random(9_14);
        for (int k = 0; k < dataset.CellCount; k++)
        {
            dataset.Actual[k] = random.Next(10) == 0 ? double.NaN : random.NextDouble() * 1000;
            dataset.Target[k] = random.NextDouble() * 1000;
        }
        var stream = new MemoryStream();
        ZbulkFile.Write(stream, dataset);
        // Reads of odd sizes up to 100 KB cross the reader's chunk boundaries mid-read.
        var back = ZbulkFile.Read(new ForwardOnlyStream(stream.ToArray(), call => 1 + (call * 7919 % 100_000)), "pipe");
        Assert.True(back.Success, back.ToString());
        Assert.True(BulkGen.SameBits(dataset.Actual, back.GetValueOrThrow().Actual));
        Assert.True(BulkGen.SameBits(dataset.Target, back.GetValueOrThrow().Target));
    }

    [Fact]
    public void Issue9_17_InfiniteZbulkCellIsRefused()
    {
        // The reproducer: a file whose cells are ±∞ loaded, and GetActual returned −∞ although SetActual refuses it.
        var bytes = Sample();
        int actual = DataStart(bytes) + 32;
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(actual + 8 * 5), double.NegativeInfinity);
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(actual + 8 * 7), double.PositiveInfinity);
        var error = Fails(bytes);
        Assert.Equal("actual[5]", error.Field);
        Assert.Equal(actual + 8 * 5, error.Position);
        Assert.Contains("zone 0, indicator 1, year 2012", error.Message, StringComparison.Ordinal);
        Assert.Contains("−∞", error.Message, StringComparison.Ordinal);
        Assert.Equal("actual[5]", ZbulkFile.Read(new ForwardOnlyStream(bytes), "pipe").Errors[0].Field);
        var dataset = new BulkDataset(2, [60.0, 40.0], [Polarity.Positive, Polarity.Reverse], 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.SetActual(0, 1, 2, double.NegativeInfinity));

        // A target too, and NaN of any payload stays the missing marker.
        var target = Sample();
        BinaryPrimitives.WriteDoubleLittleEndian(target.AsSpan(DataStart(target) + 32 + 96 + 8 * 11), double.PositiveInfinity);
        Assert.Equal("target[11]", Fails(target).Field);
        var payload = Sample();
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(DataStart(payload) + 32), unchecked((long)0xFFF8_0000_DEAD_BEEFUL));
        Assert.Null(ZbulkFile.Read(new MemoryStream(payload)).GetValueOrThrow().GetActual(0, 0, 0));
    }

    [Property(MaxTest = 300)]
    public bool Cells_from_a_file_follow_the_setters_rule(AnyBitsCells any)
    {
        var cells = any.Cells;
        // A file holds NaN for missing; SetActual takes null for it. Otherwise the two refuse and admit the same values.
        var bytes = GenPyStyle(2, 2, 3, [60.0, 40.0], [0.0, 1.0], cells[..12], cells[12..]);
        var read = ZbulkFile.Read(new MemoryStream(bytes), "cells.bin");
        var dataset = new BulkDataset(2, [60.0, 40.0], [Polarity.Positive, Polarity.Reverse], 3);
        int firstRefused = -1;
        for (int k = 0; k < cells.Length && firstRefused < 0; k++)
        {
            try
            {
                int cell = k % 12;
                double? value = double.IsNaN(cells[k]) ? null : cells[k];
                if (k < 12)
                {
                    dataset.SetActual(cell / 6, cell / 3 % 2, cell % 3, value);
                }
                else
                {
                    dataset.SetTarget(cell / 6, cell / 3 % 2, cell % 3, value);
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                firstRefused = k;
            }
        }
        if (firstRefused >= 0)
        {
            string field = (firstRefused < 12 ? "actual[" : "target[") + (firstRefused % 12).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            return !read.Success && read.Errors[0].Field == field;
        }
        return read.Success
            && BulkGen.SameBits(NaNAsOne(read.GetValueOrThrow().Actual), NaNAsOne(dataset.Actual))
            && BulkGen.SameBits(NaNAsOne(read.GetValueOrThrow().Target), NaNAsOne(dataset.Target))
            && Enumerable.Range(0, 12).All(k => read.GetValueOrThrow().GetActual(k / 6, k / 3 % 2, k % 3) is not { } v || double.IsFinite(v));
    }

    /// <summary>Every NaN as one NaN: the file keeps a NaN's payload, the setter stores its own, and both mean missing.</summary>
    private static double[] NaNAsOne(Span<double> values)
    {
        var copy = values.ToArray();
        for (int k = 0; k < copy.Length; k++)
        {
            copy[k] = double.IsNaN(copy[k]) ? double.NaN : copy[k];
        }
        return copy;
    }

    [Fact]
    public void Fuzzed_files_give_a_dataset_or_an_error_that_points_inside_them_at_bounded_cost()
    {
        // Bit flips, truncations and header fields set to hostile numbers, on seekable and non-seekable streams:
        // never an exception, an error offset inside the file, allocation that follows the file's size rather than the
        // header's claims, and a dataset that writes back to the bytes it would read again.
        var random = new Random(2026_12_04);
        string[] fields = ["\"Z\": ", "\"I\": ", "\"Y\": ", "\"year0\": ", "\"offset\": ", "\"count\": "];
        string[] hostile = ["0", "-1", "1", "2147483647", "2147483648", "4294967296", "9223372036854775807", "1e300", "3.5", "\"7\"", "null", "268435455", "99999999"];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int successes = 0, failures = 0;
        ZbulkFile.Read(new ForwardOnlyStream(Sample()), "warm-up");
        for (int n = 0; n < 4000 && clock.ElapsedMilliseconds < 2000; n++)
        {
            int z = random.Next(1, 4), i = random.Next(1, 4), y = random.Next(1, 4);
            double Cell() => random.Next(8) switch { 0 => double.NaN, 1 => 0.0, _ => random.Next(-50, 1000) / 4.0 };
            var actual = Enumerable.Range(0, z * i * y).Select(_ => Cell()).ToArray();
            var target = Enumerable.Range(0, z * i * y).Select(_ => Cell()).ToArray();
            var weight = Enumerable.Range(0, i).Select(_ => (double)random.Next(0, 100)).ToArray();
            var reverse = Enumerable.Range(0, i).Select(_ => (double)random.Next(2)).ToArray();
            Func<string, string>? edit = null;
            if (random.Next(3) == 0)
            {
                string field = fields[random.Next(fields.Length)];
                string value = hostile[random.Next(hostile.Length)];
                int occurrence = random.Next(4);
                edit = json =>
                {
                    int at = -1;
                    for (int k = 0; k <= occurrence; k++)
                    {
                        int next = json.IndexOf(field, at + 1, StringComparison.Ordinal);
                        if (next < 0)
                        {
                            break;
                        }
                        at = next;
                    }
                    if (at < 0)
                    {
                        return json;
                    }
                    int start = at + field.Length;
                    int end = start;
                    while (end < json.Length && json[end] != ',' && json[end] != '}')
                    {
                        end++;
                    }
                    return json[..start] + value + json[end..];
                };
            }
            var bytes = GenPyStyle(z, i, y, weight, reverse, actual, target, edit);
            if (random.Next(2) == 0)
            {
                bytes = bytes[..random.Next(bytes.Length + 1)];
            }
            for (int flips = random.Next(4); flips > 0 && bytes.Length > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }
            bool seekable = random.Next(2) == 0;
            Stream stream = seekable ? new MemoryStream(bytes) : new ForwardOnlyStream(bytes);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = ZbulkFile.Read(stream, "fuzz.bin");
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            // A pipe may cost one first 1 MiB chunk, and a header (≤ 1 MiB) its UTF-16 copy; nothing scales with the claims.
            Assert.True(allocated <= (4 << 20) + 64L * bytes.Length, $"{allocated} bytes allocated reading {bytes.Length} bytes (seekable: {seekable})");
            if (!result.Success)
            {
                failures++;
                // The one failure shape: no value, one error with a ZB code, the file, the field and the byte; no line or column.
                var error = Assert.Single(result.Diagnostics);
                Assert.Null(result.Value);
                Assert.Matches("^ZB100[1-8]$", error.Code);
                Assert.Equal(("fuzz.bin", DiagnosticSeverity.Error, 0, 0), (error.SourceName, error.Severity, error.Line, error.Column));
                Assert.False(string.IsNullOrEmpty(error.Field));
                Assert.False(string.IsNullOrEmpty(error.ChineseMessage));
                Assert.InRange(error.Position, 0, bytes.Length);
                Assert.StartsWith("fuzz.bin(byte ", error.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
                continue;
            }
            successes++;
            var dataset = result.GetValueOrThrow();
            for (int k = 0; k < dataset.CellCount; k++)
            {
                Assert.True(!double.IsInfinity(dataset.Actual[k]) && !double.IsInfinity(dataset.Target[k]));
            }
            var written = new MemoryStream();
            ZbulkFile.Write(written, dataset);
            var again = ZbulkFile.Read(new MemoryStream(written.ToArray())).GetValueOrThrow();
            Assert.Equal((dataset.ZoneCount, dataset.IndicatorCount, dataset.YearCount, dataset.FirstYear), (again.ZoneCount, again.IndicatorCount, again.YearCount, again.FirstYear));
            Assert.True(Enumerable.Range(0, dataset.IndicatorCount).All(k => Bits(dataset.GetWeight(k)) == Bits(again.GetWeight(k)) && dataset.GetPolarity(k) == again.GetPolarity(k)));
            Assert.True(BulkGen.SameBits(dataset.Actual, again.Actual));
            Assert.True(BulkGen.SameBits(dataset.Target, again.Target));
            if (edit is null && bytes.Length == GenPyStyle(z, i, y, weight, reverse, actual, target).Length)
            {
                // Untruncated and unedited: flips may have touched padding or a cell; an unflipped cell reads as written.
                Assert.Equal((z, i, y), (dataset.ZoneCount, dataset.IndicatorCount, dataset.YearCount));
            }
        }
        Assert.True(successes > 50 && failures > 50, $"{successes} read, {failures} refused");
    }

    /// <summary>A pipe: no length, no seeking, and short reads (7 bytes, or the sizes <paramref name="readSize"/> gives call by call).</summary>
    internal sealed class ForwardOnlyStream(byte[] bytes, Func<int, int>? readSize = null) : Stream
    {
        private readonly MemoryStream inner = new(bytes);
        private int calls;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        // Short reads on purpose: a pipe hands out what it has.
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, readSize?.Invoke(++calls) ?? 7));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    // A dataset built with the constructor's default first year (0) was written as a file the reader refuses
    // (year0 must be 1–9999): the writer now refuses it first, and writes no file.
    [Fact]
    public void Issue10_Zbulk_a_dataset_whose_years_the_format_cannot_hold_is_refused_before_writing()
    {
        var yearZero = new BulkDataset(1, [100.0], [Polarity.Positive], 2);
        var error = Assert.Throws<ArgumentException>(() => ZbulkFile.Write(new MemoryStream(), yearZero));
        Assert.Equal("dataset", error.ParamName);
        Assert.Contains("years are 0 to 1", error.Message, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), "issue10-year0-" + Guid.NewGuid().ToString("N") + ".zbulk");
        Assert.Throws<ArgumentException>(() => ZbulkFile.Write(path, yearZero));
        Assert.False(File.Exists(path));
        Assert.Throws<ArgumentException>(() => ZbulkFile.Write(new MemoryStream(), new BulkDataset(1, [100.0], [Polarity.Positive], 2, 9999)));
        var stream = new MemoryStream();
        ZbulkFile.Write(stream, new BulkDataset(1, [100.0], [Polarity.Positive], 2, 9998));
        stream.Position = 0;
        Assert.Equal(9998, ZbulkFile.Read(stream).GetValueOrThrow().FirstYear);
    }
}
