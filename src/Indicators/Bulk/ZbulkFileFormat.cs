using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Indicators.Bulk;

/// <summary>
/// The <c>zbulk-v1</c> layout of <c>benchmarks/zones-bulk/workload.md</c>: magic, uint32 header length,
/// a space-padded JSON header, then little-endian float64 arrays back to back in the order
/// weight, reverse, actual, target (the header's offsets and counts must say exactly that).
/// Reading never throws for bad content: every fault becomes a <see cref="Diagnostic"/> (<c>ZB1001</c>–<c>ZB1008</c>)
/// naming the field and the byte, because a 288 MB file cut short by a copy is a normal event, not a bug.
/// </summary>
internal static class ZbulkFileFormat
{
    internal const string FormatName = "zbulk-v1";
    internal const string DType = "<f8";
    internal const int Alignment = 64;

    // A header is a few hundred bytes; the cap stops a corrupt H from allocating gigabytes.
    internal const int MaxHeaderLength = 1 << 20;

    internal static ReadOnlySpan<byte> Magic => "ZBULKv1\n"u8;

    internal static readonly string[] ArrayNames = ["weight", "reverse", "actual", "target"];

    /// <summary>The codes of the faults that a field does not tell apart: an array cut short, counts that disagree with
    /// the file's length. The others follow from the field (<see cref="FormatFault.Code"/>).</summary>
    private const string Truncated = "ZB1005", LengthDisagrees = "ZB1006";

    private sealed class FormatFault(string field, long offset, string reason, string? code = null) : Exception(reason)
    {
        internal string Field { get; } = field;
        internal long Offset { get; } = offset;
        internal string Reason { get; } = reason;

        /// <summary>ZB1001 magic, ZB1002 header length, ZB1003 the JSON header, ZB1004 a field of the header, ZB1005 truncated
        /// data, ZB1006 counts that disagree with the length, ZB1007 a weight or reverse flag, ZB1008 an infinite cell.</summary>
        internal string Code { get; } = code ?? field switch
        {
            "magic" => "ZB1001",
            "H" => "ZB1002",
            "header" => "ZB1003",
            _ when field.StartsWith("weight[", StringComparison.Ordinal) || field.StartsWith("reverse[", StringComparison.Ordinal) => "ZB1007",
            _ when field.StartsWith("actual[", StringComparison.Ordinal) || field.StartsWith("target[", StringComparison.Ordinal) => "ZB1008",
            _ => "ZB1004",
        };

        internal string ChineseSummary => Code switch
        {
            "ZB1001" => "不是 zbulk-v1 文件：开头的魔数不对",
            "ZB1002" => "文件头长度 H 无效",
            "ZB1003" => "JSON 文件头无法读取",
            "ZB1004" => "文件头的字段“" + Field + "”无效",
            Truncated => "数据被截断：文件在数组“" + Field + "”中途结束",
            LengthDisagrees => "文件头中的计数（Z、I、Y）与文件长度不符",
            "ZB1007" => "“" + Field + "”无效：权重应为有限非负数，反向标志应为 0 或 1",
            _ => "“" + Field + "”为无穷大；单元格应为有限数，缺失值用 NaN",
        };
    }

    internal static Outcome<BulkDataset> Read(Stream stream, string file)
    {
        try
        {
            return new Outcome<BulkDataset>(ReadCore(stream), []);
        }
        catch (FormatFault fault)
        {
            var offset = fault.Offset.ToString(CultureInfo.InvariantCulture);
            return new Outcome<BulkDataset>(null,
            [
                Diagnostic.AtByte(fault.Code, "field '" + fault.Field + "': " + fault.Reason,
                    fault.ChineseSummary + "（字段“" + fault.Field + "”，第 " + offset + " 字节）", file, fault.Offset, fault.Field),
            ]);
        }
    }

    private static BulkDataset ReadCore(Stream stream)
    {
        long? length = stream.CanSeek ? stream.Length - stream.Position : null;

        Span<byte> prefix = stackalloc byte[12];
        int got = ReadAtMost(stream, prefix);
        if (got < Magic.Length || !prefix[..Magic.Length].SequenceEqual(Magic))
        {
            throw new FormatFault("magic", 0, got < Magic.Length && prefix[..got].SequenceEqual(Magic[..got])
                ? FormattableString.Invariant($"the file has {got} bytes, too short for the 8-byte magic \"ZBULKv1\\n\"")
                : FormattableString.Invariant($"wrong magic: expected \"ZBULKv1\\n\", found \"{Printable(prefix[..Math.Min(got, 8)])}\"; not a zbulk-v1 file"));
        }
        if (got < 12)
        {
            throw new FormatFault("H", got, FormattableString.Invariant($"truncated header: the file ends at byte {got}, inside the 4-byte header length"));
        }
        uint h = BinaryPrimitives.ReadUInt32LittleEndian(prefix[8..]);
        if (h > MaxHeaderLength)
        {
            throw new FormatFault("H", 8, FormattableString.Invariant($"header length {h} is larger than any zbulk-v1 header ({MaxHeaderLength} bytes at most)"));
        }
        if ((12 + h) % Alignment != 0)
        {
            throw new FormatFault("H", 8, FormattableString.Invariant($"header length {h} puts the data at byte {12 + h}, not a multiple of {Alignment}"));
        }
        // A seekable stream that ends inside the header needs no buffer the size H claims: only what it holds.
        byte[] header = new byte[Math.Min(h, Math.Max(0, (length ?? long.MaxValue) - 12))];
        got = ReadAtMost(stream, header);
        if (got < h)
        {
            throw new FormatFault("header", 12 + got, FormattableString.Invariant($"truncated header: the file ends at byte {12 + got}, the header should end at byte {12 + h}"));
        }

        var (zones, indicators, years, year0) = ParseHeader(header);
        long dataStart = 12 + h;
        long cells = (long)zones * indicators * years;
        long[] starts = [dataStart, dataStart + 8L * indicators, dataStart + 16L * indicators, dataStart + 16L * indicators + 8 * cells];
        long end = starts[3] + 8 * cells;
        if (length is long fileLength)
        {
            if (end > fileLength)
            {
                int slot = Array.FindIndex(starts, s => s + 8 * (s < starts[2] ? indicators : cells) > fileLength);
                throw new FormatFault(ArrayNames[slot], fileLength,
                    FormattableString.Invariant($"truncated data: with Z={zones}, I={indicators}, Y={years} the file should have {end} bytes and array {ArrayNames[slot]} should end at byte {starts[slot] + 8 * (slot < 2 ? indicators : cells)}, but the file has {fileLength} bytes"), Truncated);
            }
            if (end < fileLength)
            {
                throw new FormatFault("Z", end,
                    FormattableString.Invariant($"the header's counts (Z={zones}, I={indicators}, Y={years}) disagree with the file's length: the arrays end at byte {end}, but the file has {fileLength} bytes"), LengthDisagrees);
            }
        }

        // A seekable stream's length was checked against the counts above; a pipe's was not, so its arrays grow only
        // with the bytes that actually arrive.
        bool sizeKnown = length is not null;
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var weights = ReadArray(stream, indicators, starts[0], ArrayNames[0], sizeKnown, chunk, out _);
            var reverse = ReadArray(stream, indicators, starts[1], ArrayNames[1], sizeKnown, chunk, out _);
            var polarities = new Polarity[indicators];
            for (int i = 0; i < indicators; i++)
            {
                double w = weights[i];
                if (!BulkDataset.IsWeight(w))
                {
                    throw new FormatFault(FormattableString.Invariant($"weight[{i}]"), starts[0] + i * 8L,
                        FormattableString.Invariant($"weight {w.ToString("R", CultureInfo.InvariantCulture)} is not {BulkDataset.WeightRule}"));
                }
                double r = reverse[i];
                polarities[i] = r == 1.0 ? Polarity.Reverse : r == 0.0 ? Polarity.Positive
                    : throw new FormatFault(FormattableString.Invariant($"reverse[{i}]"), starts[1] + i * 8L,
                        FormattableString.Invariant($"reverse flag {r.ToString("R", CultureInfo.InvariantCulture)} is neither 0 (higher is better) nor 1 (lower is better)"));
            }

            var actual = ReadCells(stream, cells, starts[2], ArrayNames[2], sizeKnown, chunk, indicators, years, year0);
            var target = ReadCells(stream, cells, starts[3], ArrayNames[3], sizeKnown, chunk, indicators, years, year0);
            if (length is null && ReadAtMost(stream, prefix[..1]) > 0)
            {
                throw new FormatFault("Z", end,
                    FormattableString.Invariant($"the header's counts (Z={zones}, I={indicators}, Y={years}) disagree with the file's length: the arrays end at byte {end}, but the file goes on"), LengthDisagrees);
            }
            return new BulkDataset(zones, weights, polarities, years, year0, null, null, (actual, target));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>A cell array, checked with the rule of <see cref="BulkDataset.SetActual"/>: NaN is the file's missing
    /// marker, and an infinity is corrupt data, named with its cell. The whole array is read before an infinity is
    /// reported, so that a file cut short inside the array is reported as cut short, as before the check moved into the read.</summary>
    private static double[] ReadCells(Stream stream, long count, long start, string field, bool sizeKnown, byte[] chunk, int indicators, int years, int year0)
    {
        var cells = ReadArray(stream, count, start, field, sizeKnown, chunk, out int k);
        if (k >= 0)
        {
            int zone = k / years / indicators;
            int indicator = k / years % indicators;
            int year = k % years;
            throw new FormatFault(FormattableString.Invariant($"{field}[{k}]"), start + 8L * k,
                FormattableString.Invariant($"cell {k} (zone {zone}, indicator {indicator}, year {year0 + year}) is {(cells[k] > 0 ? "+" : "−")}∞; a cell holds a finite number, or NaN for missing"));
        }
        return cells;
    }

    /// <summary>The most bytes read at once, and the storage a stream of unknown length starts with.</summary>
    private const int ChunkBytes = 1 << 20, ChunkDoubles = ChunkBytes / sizeof(double);

    /// <summary>
    /// Reads <paramref name="count"/> little-endian doubles at byte <paramref name="start"/>, and finds the first cell
    /// that <see cref="BulkDataset.FirstRefusedCell"/> refuses (<paramref name="firstRefused"/>, −1 if none). When the
    /// stream's length is unknown (a pipe), the storage starts at 1 MiB and doubles as the bytes arrive, so a header
    /// that claims gigabytes costs what the stream really holds, and the first missing byte is reported where it is.
    /// </summary>
    /// <remarks>The bytes go through <paramref name="chunk"/>, a pooled buffer whose pages the process has touched
    /// already, and are checked there while they are in the cache, then copied once into the array. Reading straight
    /// into the fresh array and checking it afterwards cost a second page fault for every page on the virtual machines
    /// this library is measured on (the kernel's write does not map the page for the process), which was 40% of
    /// the read of a 288 MB file (docs/performance.md, issue 14).</remarks>
    private static double[] ReadArray(Stream stream, long count, long start, string field, bool sizeKnown, byte[] chunk, out int firstRefused)
    {
        int total = (int)count;
        var array = new double[sizeKnown ? total : Math.Min(total, ChunkDoubles)];
        firstRefused = -1;
        int filled = 0;
        while (filled < total)
        {
            if (filled == array.Length)
            {
                Array.Resize(ref array, (int)Math.Min(total, 2L * array.Length));
            }
            var bytes = chunk.AsSpan(0, Math.Min(array.Length - filled, ChunkDoubles) * sizeof(double));
            int read = ReadAtMost(stream, bytes);
            if (read < bytes.Length)
            {
                long at = start + 8L * filled + read;
                throw new FormatFault(field, at,
                    FormattableString.Invariant($"truncated data: the file ends at byte {at}, inside array {field} which should end at byte {start + 8 * count}"), Truncated);
            }
            if (!BitConverter.IsLittleEndian)
            {
                var asLong = MemoryMarshal.Cast<byte, long>(bytes);
                BinaryPrimitives.ReverseEndianness(asLong, asLong);
            }
            var values = MemoryMarshal.Cast<byte, double>(bytes);
            if (firstRefused < 0 && BulkDataset.FirstRefusedCell(values) is int k and >= 0)
            {
                firstRefused = filled + k;
            }
            values.CopyTo(array.AsSpan(filled));
            filled += values.Length;
        }
        return array;
    }

    private static (int Zones, int Indicators, int Years, int Year0) ParseHeader(byte[] header)
    {
        // JsonDocument takes invalid UTF-8 in a string and only fails later, when the string is read.
        var chars = new char[header.Length];
        if (Utf8.ToUtf16(header, chars, out int valid, out _, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new FormatFault("header", 12 + valid, FormattableString.Invariant($"the JSON header is not valid UTF-8 at byte {12 + valid}"));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(header);
        }
        catch (JsonException e)
        {
            throw new FormatFault("header", 12 + (e.BytePositionInLine ?? 0),
                FormattableString.Invariant($"the JSON header is not valid JSON: {e.Message}"));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatFault("header", 12, "the JSON header is not an object");
            }
            CheckOptionalString(root, "format", FormatName);
            CheckOptionalString(root, "dtype", DType);
            int zones = RequiredInt(root, "Z", 1, int.MaxValue);
            int indicators = RequiredInt(root, "I", 1, int.MaxValue);
            int years = RequiredInt(root, "Y", 1, LastYear);
            int year0 = RequiredInt(root, "year0", 1, LastYear - years + 1);
            long cells = (long)zones * indicators * years;
            if (cells > Array.MaxLength)
            {
                throw new FormatFault("Z", 12, FormattableString.Invariant($"Z·I·Y = {zones}·{indicators}·{years} = {cells} cells, more than one array can hold ({Array.MaxLength})"));
            }

            if (!root.TryGetProperty("arrays", out var arrays) || arrays.ValueKind != JsonValueKind.Array)
            {
                throw new FormatFault("arrays", 12, "the header has no \"arrays\" list");
            }
            if (arrays.GetArrayLength() != ArrayNames.Length)
            {
                throw new FormatFault("arrays", 12, FormattableString.Invariant($"the header lists {arrays.GetArrayLength()} arrays; zbulk-v1 has 4: weight, reverse, actual, target"));
            }
            long offset = 0;
            int slot = 0;
            foreach (var item in arrays.EnumerateArray())
            {
                string at = FormattableString.Invariant($"arrays[{slot}]");
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatFault(at, 12, FormattableString.Invariant($"{at} is not an object"));
                }
                string name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : n.ValueKind == JsonValueKind.Undefined ? "" : n.GetRawText();
                if (name != ArrayNames[slot])
                {
                    throw new FormatFault(at + ".name", 12, FormattableString.Invariant($"{at}.name is \"{name}\"; zbulk-v1 has weight, reverse, actual, target in this order, so expected \"{ArrayNames[slot]}\""));
                }
                long count = RequiredLong(item, "count", at);
                long expected = slot < 2 ? indicators : cells;
                if (count != expected)
                {
                    throw new FormatFault(at + ".count", 12, slot < 2
                        ? FormattableString.Invariant($"array {name} has count {count}, but I = {indicators}")
                        : FormattableString.Invariant($"array {name} has count {count}, but Z·I·Y = {zones}·{indicators}·{years} = {cells}"));
                }
                long given = RequiredLong(item, "offset", at);
                if (given != offset)
                {
                    throw new FormatFault(at + ".offset", 12, FormattableString.Invariant($"array {name} has offset {given}, but the arrays before it end at {offset} (they are back to back)"));
                }
                offset += count * 8;
                slot++;
            }
            return (zones, indicators, years, year0);
        }
    }

    private static void CheckOptionalString(JsonElement root, string name, string expected)
    {
        if (root.TryGetProperty(name, out var element)
            && (element.ValueKind != JsonValueKind.String || element.GetString() != expected))
        {
            throw new FormatFault(name, 12, FormattableString.Invariant($"{name} is {element.GetRawText()}; expected \"{expected}\""));
        }
    }

    private static int RequiredInt(JsonElement root, string name, int min, int max)
    {
        if (!root.TryGetProperty(name, out var element))
        {
            throw new FormatFault(name, 12, FormattableString.Invariant($"the header has no field {name}"));
        }
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out long value))
        {
            throw new FormatFault(name, 12, FormattableString.Invariant($"{name} is {element.GetRawText()}, not an integer"));
        }
        if (value < min || value > max)
        {
            throw new FormatFault(name, 12, FormattableString.Invariant($"{name} is {value}; it must be between {min} and {max}"));
        }
        return (int)value;
    }

    private static long RequiredLong(JsonElement item, string name, string at)
    {
        if (!item.TryGetProperty(name, out var element))
        {
            throw new FormatFault(at + "." + name, 12, FormattableString.Invariant($"{at} has no field {name}"));
        }
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out long value) || value < 0 || value > Array.MaxLength * 8L)
        {
            throw new FormatFault(at + "." + name, 12, FormattableString.Invariant($"{at}.{name} is {element.GetRawText()}, not a non-negative integer in range"));
        }
        return value;
    }

    private static int ReadAtMost(Stream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                break;
            }
            total += read;
        }
        return total;
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (byte b in bytes)
        {
            if (b >= 0x20 && b < 0x7F && b != (byte)'"' && b != (byte)'\\')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
            }
        }
        return builder.ToString();
    }

    /// <summary>The last year a <c>zbulk-v1</c> header holds; its years are 1 … 9999, so that a file's years read as years.</summary>
    private const int LastYear = 9999;

    /// <summary>
    /// Refuses, before anything is written, a dataset whose years the format cannot hold (year 0, the constructor's
    /// default, or past 9999): the reader would refuse the file, so writing it would only leave an unreadable file.
    /// </summary>
    internal static void CheckWritable(BulkDataset dataset) =>
        Guard.Against.False(dataset.FirstYear >= 1 && (long)dataset.FirstYear + dataset.YearCount - 1 <= LastYear, nameof(dataset),
            $"A zbulk-v1 file holds the years 1 to {LastYear}; this dataset's years are {dataset.FirstYear} to {(long)dataset.FirstYear + dataset.YearCount - 1}. Give the dataset its real first year (firstYear).");

    internal static void Write(Stream stream, BulkDataset dataset)
    {
        int indicators = dataset.IndicatorCount;
        var weights = new double[indicators];
        var reverse = new double[indicators];
        for (int i = 0; i < indicators; i++)
        {
            weights[i] = dataset.Weights[i];
            reverse[i] = dataset.Reverse[i] ? 1.0 : 0.0;
        }
        var json = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("Z", dataset.ZoneCount);
            writer.WriteNumber("I", indicators);
            writer.WriteNumber("Y", dataset.YearCount);
            writer.WriteNumber("year0", dataset.FirstYear);
            writer.WriteString("layout", "index (z*I + i)*Y + y, year fastest");
            writer.WriteString("dtype", DType);
            writer.WriteStartArray("arrays");
            long offset = 0;
            for (int slot = 0; slot < ArrayNames.Length; slot++)
            {
                long count = slot < 2 ? indicators : dataset.CellCount;
                writer.WriteStartObject();
                writer.WriteString("name", ArrayNames[slot]);
                writer.WriteNumber("offset", offset);
                writer.WriteNumber("count", count);
                writer.WriteEndObject();
                offset += count * 8;
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        int pad = (Alignment - (12 + json.WrittenCount) % Alignment) % Alignment;
        Span<byte> prefix = stackalloc byte[12];
        Magic.CopyTo(prefix);
        BinaryPrimitives.WriteUInt32LittleEndian(prefix[8..], (uint)(json.WrittenCount + pad));
        stream.Write(prefix);
        stream.Write(json.WrittenSpan);
        Span<byte> spaces = stackalloc byte[Alignment];
        spaces.Fill((byte)' ');
        stream.Write(spaces[..pad]);
        WriteArray(stream, weights);
        WriteArray(stream, reverse);
        WriteArray(stream, dataset.Actual);
        WriteArray(stream, dataset.Target);
    }

    private static void WriteArray(Stream stream, ReadOnlySpan<double> values)
    {
        if (BitConverter.IsLittleEndian)
        {
            stream.Write(MemoryMarshal.AsBytes(values));
            return;
        }
        var swapped = MemoryMarshal.Cast<double, long>(values).ToArray();
        BinaryPrimitives.ReverseEndianness(swapped, swapped);
        stream.Write(MemoryMarshal.AsBytes(swapped.AsSpan()));
    }
}
