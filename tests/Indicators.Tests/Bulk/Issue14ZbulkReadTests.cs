using System.Buffers.Binary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Bulk;

/// <summary>
/// Issue 14: the zbulk reader checks each 1 MiB chunk for infinities while it is in the cache, instead of a second pass
/// over the arrays. These tests pin what that must not change: the first refused cell is named wherever it falls
/// relative to the chunks, in a file and in a pipe, and a pipe cut short inside an array is reported as cut short even
/// when an infinity came before the cut (the check of an array is reported only once the array is whole, as before).
/// </summary>
public class Issue14ZbulkReadTests
{
    // 2 indicators × 1 year: 300,000 zones give 600,000 cells per array, 4.8 MB, past four 1 MiB chunks.
    private const int Zones = 300_000;
    private static readonly byte[] File = Written();

    private static byte[] Written()
    {
        var dataset = new BulkDataset(Zones, [1.0, 2.0], [Polarity.Positive, Polarity.Reverse], 1, 2020);
        // Distinct values, every 50th actual missing, so that a cell read from the wrong place shows.
        for (int k = 0; k < dataset.CellCount; k++)
        {
            dataset.Actual[k] = k % 50 == 7 ? double.NaN : 0.5 + k / 1024.0;
            dataset.Target[k] = 1e6 - k / 3.0;
        }
        var stream = new MemoryStream();
        ZbulkFile.Write(stream, dataset);
        return stream.ToArray();
    }

    private static int ActualStart(byte[] bytes) => 12 + (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)) + 2 * 2 * 8;

    private static int CellCount => Zones * 2;

    [Property(MaxTest = 40)]
    public Property Issue14_Zbulk_the_first_infinity_is_named_wherever_it_falls_against_the_chunks() =>
        Prop.ForAll(
            Gen.Choose(0, 2 * CellCount - 1).Two().Select(pair => (Math.Min(pair.Item1, pair.Item2), Math.Max(pair.Item1, pair.Item2))).ToArbitrary(),
            cells =>
            {
                var (first, second) = cells;
                var bytes = (byte[])File.Clone();
                int start = ActualStart(bytes);
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(start + 8 * first), double.PositiveInfinity);
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(start + 8 * second), double.NegativeInfinity);
                // The expected field and byte, worked out from the layout, not from the reader.
                string field = first < CellCount ? $"actual[{first}]" : $"target[{first - CellCount}]";
                long position = start + 8L * first;
                var fromFile = ZbulkFile.Read(new MemoryStream(bytes), "f");
                var fromPipe = ZbulkFile.Read(new ZbulkFileTests.ForwardOnlyStream(bytes, call => 1 + (call * 7919 % 300_000)), "p");
                return !fromFile.Success && fromFile.Errors[0].Code == "ZB1008" && fromFile.Errors[0].Field == field && fromFile.Errors[0].Position == position
                    && !fromPipe.Success && fromPipe.Errors[0].Field == field && fromPipe.Errors[0].Position == position;
            });

    [Fact]
    public void Issue14_Zbulk_a_pipe_cut_short_after_an_infinity_is_reported_as_cut_short()
    {
        var bytes = (byte[])File.Clone();
        int start = ActualStart(bytes);
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(start + 8), double.PositiveInfinity);
        // Cut in the third chunk of actual, three bytes into a cell.
        int cut = start + 8 * 300_000 + 3;
        var read = ZbulkFile.Read(new ZbulkFileTests.ForwardOnlyStream(bytes[..cut], call => 65_536), "pipe");
        Assert.False(read.Success);
        Assert.Equal("ZB1005", read.Errors[0].Code);
        Assert.Equal("actual", read.Errors[0].Field);
        Assert.Equal(cut, read.Errors[0].Position);

        // Whole, the same pipe names the infinity.
        var whole = ZbulkFile.Read(new ZbulkFileTests.ForwardOnlyStream(bytes, call => 65_536), "pipe");
        Assert.Equal("actual[1]", whole.Errors[0].Field);
    }

    [Fact]
    public void Issue14_Zbulk_cells_past_the_first_chunks_read_back_bit_for_bit_from_a_path()
    {
        string path = Path.Combine(Path.GetTempPath(), $"issue14-zbulk-{Guid.NewGuid():N}.zbulk");
        try
        {
            System.IO.File.WriteAllBytes(path, File);
            var read = ZbulkFile.Read(path).GetValueOrThrow();
            var expected = ZbulkFile.Read(new ZbulkFileTests.ForwardOnlyStream(File, call => 4_096), "pipe").GetValueOrThrow();
            int start = ActualStart(File);
            for (int k = 0; k < CellCount; k++)
            {
                Assert.Equal(BinaryPrimitives.ReadInt64LittleEndian(File.AsSpan(start + 8 * k)), BitConverter.DoubleToInt64Bits(read.Actual[k]));
                Assert.Equal(BinaryPrimitives.ReadInt64LittleEndian(File.AsSpan(start + 8 * (CellCount + k))), BitConverter.DoubleToInt64Bits(read.Target[k]));
            }
            Assert.True(BulkGen.SameBits(read.Actual, expected.Actual));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
