using System.Globalization;
using System.Text;
using Indicators.Rules;

namespace Indicators.Data;

/// <summary>How the long-CSV reader cuts a file (internal: the tests cut it anywhere and compare).</summary>
/// <param name="ChunkBytes">Bytes a thread parses at a time (cut at a line's end).</param>
/// <param name="Threads">Threads that parse; 0 = one per core.</param>
/// <param name="MinBytes">Files smaller than this take the general path (a small file gains nothing).</param>
internal sealed record LongCsvOptions(int ChunkBytes = 1 << 20, int Threads = 0, long MinBytes = 1 << 16)
{
    /// <summary>The loader's default.</summary>
    internal static readonly LongCsvOptions Default = new();

    /// <summary>Every file by the general path (the reference the tests compare with).</summary>
    internal static readonly LongCsvOptions Off = new(MinBytes: long.MaxValue);
}

/// <summary>
/// A long observation file (<c>zone,year,indicator,value,unit</c>) read fast: the bytes in blocks (never the whole text),
/// each block cut at line ends into chunks that the cores parse at once into compact rows (names as indexes into a small
/// table of each chunk, numbers parsed from the UTF-8 bytes, no string per row), then the rows given to the builder in
/// the file's order, so that first appearances, duplicates and diagnostics are those of the general path. A row that is
/// not plain (a unit in the value, a full-width digit, a bad year, a missing name, cells too many or too few, padding by
/// U+3000) and a row given twice with another number go to the general path's row reader, cut out with their line, so
/// every diagnostic is the general path's own. A file the reader does not take whole — not UTF-8, a quote, a comment
/// line, a lone carriage return, a header that is not the plain long form — is left to the general path before anything
/// of it is read.
/// </summary>
internal static partial class LongCsv
{
    private const int MinYear = 1900;
    private const int MaxYear = 2200;
    private const int Slow = -1;

    /// <summary>Reads the file into the sink, or returns false (nothing read, nothing reported) to leave it to the general path.</summary>
    internal static bool TryRead(string path, DataLoader.BuilderSink sink, Ledger ledger, NamePool pool, List<Diagnostic> diagnostics, LongCsvOptions options) =>
        TryRead(path, sink, ledger, pool, diagnostics, options, out _);

    /// <summary><see cref="TryRead(string, DataLoader.BuilderSink, Ledger, NamePool, List{Diagnostic}, LongCsvOptions)"/>;
    /// a file too small for this reader comes back as <paramref name="small"/>, its bytes read through the one open (many
    /// small files: one open each, not two), or null when it was not read.</summary>
    internal static bool TryRead(string path, DataLoader.BuilderSink sink, Ledger ledger, NamePool pool, List<Diagnostic> diagnostics, LongCsvOptions options,
        out byte[]? small)
    {
        small = null;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return false;
        }
        using (stream)
        {
            var length = stream.Length;
            if (length < options.MinBytes)
            {
                small = Small(stream, length);
                return false;
            }
            // The header first: a large file of another shape costs one line, not a pass over its bytes.
            if (Header(stream, path, sink, ledger, pool) is not { } head)
            {
                return false;
            }
            var builder = sink.Builder;
            if (LongLayout(head.Reader, head.BodyStart) is { } layout)
            {
                if (!Plain(stream))
                {
                    return false;
                }
                var apply = new Applier(layout, path, sink, ledger, pool, diagnostics, builder, builder.SourceIndexOf(path));
                Body(stream, head.BodyStart, builder, options, () => new Chunk(layout), apply.Rows);
                return true;
            }
            // A table of zones by index only: the general way by name is what the tests compare it with.
            if (!sink.ByIndex || ZoneLayout(head.Reader) is not { } zones || !Plain(stream))
            {
                return false;
            }
            var zoneApply = new ZoneApplier(zones, path, sink, ledger, pool, diagnostics, builder);
            Body(stream, head.BodyStart, builder, options, () => new ZoneChunk(zones), zoneApply.Rows);
            return true;
        }
    }

    /// <summary>All of a small file's bytes, or null when they cannot be read here (the general path reads and reports).</summary>
    private static byte[]? Small(FileStream stream, long length)
    {
        try
        {
            var bytes = new byte[length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            // A file that changed size while read: the general path's own read.
            return read == bytes.Length && stream.ReadByte() < 0 ? bytes : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The file's layout, read from its header.</summary>
    internal sealed record Layout(TableReader Reader, long BodyStart, int Cells, int Zone, int Year, int Indicator, int Value, int Unit);

    /// <summary>Whether the whole file is UTF-8 with no quote, no comment line and no lone carriage return.</summary>
    private static bool Plain(FileStream stream)
    {
        stream.Position = 0;
        var buffer = new byte[1 << 20];
        var kept = 0;
        var start = true;
        while (true)
        {
            var read = stream.Read(buffer, kept, buffer.Length - kept);
            var filled = kept + read;
            var end = read == 0 ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end <= 0 && read > 0)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                kept = filled;
                continue;
            }
            var block = buffer.AsSpan(0, end);
            if (start && block.StartsWith("\uFEFF"u8))
            {
                block = block[3..];
            }
            start = false;
            if (!System.Text.Unicode.Utf8.IsValid(block) || !PlainLines(block))
            {
                return false;
            }
            if (read == 0)
            {
                return true;
            }
            kept = filled - end;
            buffer.AsSpan(end, kept).CopyTo(buffer);
        }
    }

    private static bool PlainLines(ReadOnlySpan<byte> block)
    {
        var at = 0;
        while (true)
        {
            var hit = block[at..].IndexOfAny((byte)'"', (byte)'#', (byte)'\r');
            if (hit < 0)
            {
                return true;
            }
            at += hit;
            switch (block[at])
            {
                case (byte)'"':
                    return false;
                case (byte)'\r':
                    if (at + 1 < block.Length && block[at + 1] != '\n')
                    {
                        return false;
                    }
                    break;
                default:
                    // A comment (and maybe a directive) when only padding stands before it on its line.
                    if (OnlyPadding(block[(block[..at].LastIndexOf((byte)'\n') + 1)..at]))
                    {
                        return false;
                    }
                    break;
            }
            at++;
        }
    }

    /// <summary>Whether a line's start is only what the general path trims before a comment's #.</summary>
    private static bool OnlyPadding(ReadOnlySpan<byte> start)
    {
        while (!start.IsEmpty)
        {
            if (start[0] is (byte)' ' or (byte)'\t')
            {
                start = start[1..];
            }
            else if (start.StartsWith("\u3000"u8) || start.StartsWith("\uFEFF"u8))
            {
                start = start[3..];
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The header, read by the general path's header reader when it is on the first line and has no problem.</summary>
    private static (TableReader Reader, long BodyStart)? Header(FileStream stream, string path, IDataSink sink, Ledger ledger, NamePool pool)
    {
        stream.Position = 0;
        var buffer = new byte[1 << 16];
        var filled = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var bytes = buffer.AsSpan(0, filled);
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var newline = bytes[bom..].IndexOf((byte)'\n');
        if (newline < 0)
        {
            return null;
        }
        var line = bytes.Slice(bom, newline);
        var text = Encoding.UTF8.GetString(line.EndsWith("\r"u8) ? line[..^1] : line);
        if (text.AsSpan().Trim(DataTable.TrimChars).IsEmpty)
        {
            return null;
        }
        var scratch = new List<Diagnostic>();
        using var table = new CsvTable(text, path);
        var reader = new TableReader(table, sink, ledger, pool, scratch);
        if (reader.Head() is null || scratch.Count > 0 || table.Line != 1)
        {
            return null;
        }
        return (reader, bom + newline + 1);
    }

    /// <summary>The layout of the plain long form (zone, year, indicator, value and unit columns only), or null.</summary>
    private static Layout? LongLayout(TableReader reader, long bodyStart)
    {
        if (reader.Kind != DataFileKind.Observations)
        {
            return null;
        }
        foreach (var heading in reader.HeaderHeadings)
        {
            if (heading.Role is not (Role.Zone or Role.Year or Role.Indicator or Role.Value or Role.Unit))
            {
                return null;
            }
        }
        return new Layout(reader, bodyStart, reader.HeaderHeadings.Count, reader.ColumnOf(Role.Zone), reader.ColumnOf(Role.Year),
            reader.ColumnOf(Role.Indicator), reader.ColumnOf(Role.Value), reader.ColumnOf(Role.Unit));
    }

    /// <summary>Reads the rows after the header, block by block: while one block's rows go to the builder (one thread, in
    /// the file's order, by <paramref name="apply"/>), the next block is read and its parts parsed on every core.</summary>
    private static void Body(FileStream stream, long bodyStart, ZoneDataBuilder builder, LongCsvOptions options, Func<Part> part, Action<Block, int> apply)
    {
        var threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
        var chunkBytes = Math.Max(1, options.ChunkBytes);
        var size = Math.Max(64, (int)Math.Min((long)chunkBytes * threads, 1L << 30));
        Block[] blocks = [new Block(size, threads, part), new Block(size, threads, part)];
        stream.Position = bodyStart;
        var line = 2;
        var reserved = false;
        Task? applying = null;
        ReadOnlySpan<byte> carry = [];
        for (var k = 0; ; k++)
        {
            var block = blocks[k % 2];
            var (end, last) = block.Fill(stream, carry);
            var used = Cut(block.Buffer, end, chunkBytes, block.Chunks);
            if (used == 1 || threads == 1)
            {
                for (var c = 0; c < used; c++)
                {
                    block.Chunks[c].Parse(block.Buffer);
                }
            }
            else
            {
                Parallel.For(0, used, new ParallelOptions { MaxDegreeOfParallelism = threads }, c => block.Chunks[c].Parse(block.Buffer));
            }
            for (var c = 0; c < used; c++)
            {
                block.Chunks[c].FirstLine = line;
                line += block.Chunks[c].Lines;
            }
            applying?.GetAwaiter().GetResult();
            if (!reserved)
            {
                // The first block's rows per byte, for the builder's room: one allocation instead of doublings.
                var rows = 0L;
                for (var c = 0; c < used; c++)
                {
                    rows += block.Chunks[c].Entries;
                }
                builder.Reserve((int)Math.Min(int.MaxValue / 2, rows * (stream.Length - bodyStart) / Math.Max(1, end) * 21 / 20 + 16));
                reserved = true;
            }
            if (last)
            {
                apply(block, used);
                return;
            }
            applying = threads == 1 ? null : Task.Run(() => apply(block, used));
            if (applying is null)
            {
                apply(block, used);
            }
            carry = block.Buffer.AsSpan(end, block.Filled - end);
        }
    }

    /// <summary>A block of the file and its chunks; two take turns.</summary>
    internal sealed class Block(int size, int threads, Func<Part> part)
    {
        internal byte[] Buffer = new byte[size];
        internal readonly Part[] Chunks = [.. Enumerable.Range(0, Math.Max(1, threads)).Select(_ => part())];
        internal int Filled;

        /// <summary>The carry from the block before, then the file up to the last line end (or its end); how far, and whether it is the last.</summary>
        internal (int End, bool Last) Fill(FileStream stream, ReadOnlySpan<byte> carry)
        {
            if (carry.Length * 2 > Buffer.Length)
            {
                Buffer = new byte[carry.Length * 2];
            }
            carry.CopyTo(Buffer);
            var kept = carry.Length;
            while (true)
            {
                var read = stream.ReadAtLeast(Buffer.AsSpan(kept), Buffer.Length - kept, throwOnEndOfStream: false);
                Filled = kept + read;
                if (read == 0 || Filled < Buffer.Length)
                {
                    return (Filled, true);
                }
                var end = Buffer.AsSpan(0, Filled).LastIndexOf((byte)'\n') + 1;
                if (end > 0)
                {
                    return (end, false);
                }
                // A line longer than the block: a bigger block.
                Array.Resize(ref Buffer, Buffer.Length * 2);
                kept = Filled;
            }
        }
    }

    /// <summary>Cuts <c>buffer[..end]</c> at line ends into at most <c>chunks.Length</c> chunks of about
    /// <paramref name="chunkBytes"/>, the last taking the rest; the number used.</summary>
    private static int Cut(byte[] buffer, int end, int chunkBytes, Part[] chunks)
    {
        var start = 0;
        var used = 0;
        while (start < end)
        {
            var stop = used == chunks.Length - 1 ? end : Math.Min(end, start + chunkBytes);
            if (stop < end)
            {
                var newline = buffer.AsSpan(stop - 1, end - stop + 1).IndexOf((byte)'\n');
                stop = newline < 0 ? end : stop + newline;
            }
            chunks[used].Start = start;
            chunks[used].End = stop;
            used++;
            start = stop;
        }
        return used;
    }

    /// <summary>One parsed row: the value and the indexes of its names in its chunk's table, or a row for the general path.</summary>
    internal struct Row : IPartRow
    {
        internal double Value;
        internal int Zone;       // Slow: a row for the general path
        internal int Indicator;
        internal int Year;
        internal int Unit;       // −1: none
        internal int Column;     // the value's one-based column
        internal int Line;       // lines after the chunk's first
        internal int Start;      // the line's bytes in the buffer
        internal int Length;

        public void At(int line, int start, int length) => (Line, Start, Length) = (line, start, length);

        public void ToGeneralPath() => Zone = Slow;
    }

    /// <summary>A part of a block, parsed by one thread: its lines, and the rows of its shape.</summary>
    internal abstract class Part(int cells)
    {
        internal int Start;
        internal int End;
        internal int Lines;
        internal int FirstLine;
        internal int Count;

        /// <summary>Where the current line's cells start (<see cref="Chunk.Split"/>).</summary>
        private protected readonly int[] Cells = new int[cells + 1];

        /// <summary>The values its rows give (the builder's room).</summary>
        internal virtual long Entries => Count;

        /// <summary>Parses its lines: each that is not blank is a row (<see cref="Line"/>).</summary>
        internal void Parse(byte[] buffer)
        {
            Count = 0;
            Lines = 0;
            Clear();
            var at = Start;
            while (at < End)
            {
                var newline = buffer.AsSpan(at, End - at).IndexOf((byte)'\n');
                var next = newline < 0 ? End : at + newline + 1;
                var line = buffer.AsSpan(at, (newline < 0 ? End : at + newline) - at);
                if (line.EndsWith("\r"u8))
                {
                    line = line[..^1];
                }
                if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') >= 0)
                {
                    Line(line, at);
                    Count++;
                }
                Lines++;
                at = next;
            }
        }

        /// <summary>Forgets the rows of the part parsed before.</summary>
        private protected abstract void Clear();

        /// <summary>Parses row <see cref="Count"/>, the line <see cref="Lines"/> after the first, starting at byte <paramref name="start"/>.</summary>
        private protected abstract void Line(ReadOnlySpan<byte> line, int start);
    }

    /// <summary>A parsed row's place: its line and bytes, or a row for the general path.</summary>
    internal interface IPartRow
    {
        /// <summary>Sets the row's line (after its part's first) and its bytes in the buffer.</summary>
        void At(int line, int start, int length);

        /// <summary>Marks the row for the general path.</summary>
        void ToGeneralPath();
    }

    /// <summary>A part whose rows are <typeparamref name="TRow"/>s.</summary>
    internal abstract class Part<TRow>(int cells) : Part(cells)
        where TRow : struct, IPartRow
    {
        internal TRow[] Rows = new TRow[256];

        private protected sealed override void Line(ReadOnlySpan<byte> line, int start)
        {
            if (Count == Rows.Length)
            {
                Array.Resize(ref Rows, Rows.Length * 2);
            }
            ref var row = ref Rows[Count];
            row.At(Lines, start, line.Length);
            if (!Read(line, Cells, ref row))
            {
                row.ToGeneralPath();
            }
        }

        /// <summary>Parses a plain row; false leaves it to the general path.</summary>
        private protected abstract bool Read(ReadOnlySpan<byte> line, Span<int> cells, ref TRow row);
    }

    /// <summary>A part of a block of a long file: its rows and its own table of names.</summary>
    internal sealed class Chunk(Layout layout) : Part<Row>(layout.Cells)
    {
        internal readonly ByteNames Names = new();

        private protected override void Clear() => Names.Clear();

        private protected override bool Read(ReadOnlySpan<byte> line, Span<int> cells, ref Row row)
        {
            if (!Split(line, cells))
            {
                return false;
            }
            var zone = Cell(line, cells, layout.Zone, out _);
            var indicator = Cell(line, cells, layout.Indicator, out _);
            var year = Cell(line, cells, layout.Year, out _);
            var value = Cell(line, cells, layout.Value, out var lead);
            if (zone.IsEmpty || indicator.IsEmpty || !Padded(zone) || !Padded(indicator) || !Padded(value) || !Year(year, out row.Year) ||
                !Number(value, out row.Value))
            {
                return false;
            }
            row.Unit = -1;
            if (layout.Unit >= 0)
            {
                var unit = Cell(line, cells, layout.Unit, out _);
                if (!Padded(unit))
                {
                    return false;
                }
                if (!unit.IsEmpty)
                {
                    row.Unit = Names.Id(unit, 2);
                }
            }
            row.Zone = Names.Id(zone, 0);
            row.Indicator = Names.Id(indicator, 1);
            row.Column = Utf16Length(line[..(cells[layout.Value] + lead)]) + 1;
            return true;
        }

        /// <summary>Where each cell starts (<c>cells[k]</c>; <c>cells[^1]</c> one past the line's end), when the line has
        /// exactly the header's <c>cells.Length − 1</c> cells.</summary>
        internal static bool Split(ReadOnlySpan<byte> line, Span<int> cells)
        {
            var count = cells.Length - 1;
            var n = 0;
            cells[0] = 0;
            var from = 0;
            while (true)
            {
                var comma = line[from..].IndexOf((byte)',');
                if (comma < 0)
                {
                    break;
                }
                if (++n >= count)
                {
                    return false;
                }
                from += comma + 1;
                cells[n] = from;
            }
            if (n != count - 1)
            {
                return false;
            }
            cells[count] = line.Length + 1;
            return true;
        }

        /// <summary>A cell without its ASCII padding; <paramref name="lead"/> the padding before it.</summary>
        internal static ReadOnlySpan<byte> Cell(ReadOnlySpan<byte> line, Span<int> cells, int index, out int lead)
        {
            var cell = line[cells[index]..(cells[index + 1] - 1)];
            var start = cell.IndexOfAnyExcept((byte)' ', (byte)'\t');
            if (start < 0)
            {
                lead = cell.Length;
                return [];
            }
            lead = start;
            var stop = cell.LastIndexOfAnyExcept((byte)' ', (byte)'\t');
            return cell[start..(stop + 1)];
        }

        /// <summary>No padding the general path trims that this reader does not (U+3000, a byte-order mark).</summary>
        internal static bool Padded(ReadOnlySpan<byte> cell) =>
            cell.IsEmpty || !(cell.StartsWith("\u3000"u8) || cell.StartsWith("\uFEFF"u8) || cell.EndsWith("\u3000"u8) || cell.EndsWith("\uFEFF"u8));

        /// <summary>Four digits from 1900 to 2200 (2024年 and the rest: the general path).</summary>
        internal static bool Year(ReadOnlySpan<byte> cell, out int year)
        {
            year = 0;
            if (cell.Length != 4)
            {
                return false;
            }
            foreach (var b in cell)
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }
                year = year * 10 + (b - '0');
            }
            return year is >= MinYear and <= MaxYear;
        }

        /// <summary>CellNumber.Read for a plain number: empty, - and -- are missing (NaN); digits, point, sign and exponent
        /// parsed as the general path parses them; anything else is the general path's.</summary>
        internal static bool Number(ReadOnlySpan<byte> cell, out double value)
        {
            value = double.NaN;
            if (cell.IsEmpty || cell.SequenceEqual("-"u8) || cell.SequenceEqual("--"u8))
            {
                return true;
            }
            foreach (var b in cell)
            {
                if (!(b is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'+' or (byte)'e' or (byte)'E'))
                {
                    return false;
                }
            }
            if (Exact(cell, out value))
            {
                return true;
            }
            return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }

        /// <summary>The core's exact fast reading (<c>[-]digits[.digits]</c>, at most 19 digits, the bits of
        /// <see cref="double.Parse(string)"/>), shared with its long-format CSV loader; false leaves the text to double.Parse.</summary>
        internal static bool Exact(ReadOnlySpan<byte> cell, out double value) => Indicators.Bulk.BulkCsvNumber.TryExact(cell, out value);

        /// <summary>The UTF-16 length of valid UTF-8: a character per lead byte, two for a four-byte one.</summary>
        internal static int Utf16Length(ReadOnlySpan<byte> bytes)
        {
            if (!bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF))
            {
                return bytes.Length;
            }
            var chars = 0;
            foreach (var b in bytes)
            {
                chars += (b & 0xC0) != 0x80 ? 1 : 0;
                chars += b >= 0xF0 ? 1 : 0;
            }
            return chars;
        }
    }

    /// <summary>The distinct names of a chunk, by their bytes: an index each, no string.</summary>
    internal sealed class ByteNames
    {
        private int[] slots = new int[256];   // id + 1
        private int[] starts = new int[64];
        private int[] lengths = new int[64];
        private int[] hashes = new int[64];
        private byte[] bytes = new byte[4096];
        private int used;
        private readonly int[] last = [-1, -1, -1];

        internal int Count { get; private set; }

        internal void Clear()
        {
            Array.Clear(slots);
            Count = 0;
            used = 0;
            last.AsSpan().Fill(-1);
        }

        internal ReadOnlySpan<byte> Name(int id) => bytes.AsSpan(starts[id], lengths[id]);

        /// <summary>The index of a name; <paramref name="role"/> (0 zone, 1 indicator, 2 unit) keeps the last one of its column.</summary>
        internal int Id(ReadOnlySpan<byte> name, int role)
        {
            // A long file repeats its zone row after row: the column's last name first.
            var previous = last[role];
            if (previous >= 0 && name.SequenceEqual(Name(previous)))
            {
                return previous;
            }
            var hash = Hash(name);
            var mask = slots.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var id = slots[slot] - 1;
                if (id < 0)
                {
                    return last[role] = Add(name, hash, slot);
                }
                if (hashes[id] == hash && name.SequenceEqual(Name(id)))
                {
                    return last[role] = id;
                }
            }
        }

        private int Add(ReadOnlySpan<byte> name, int hash, int slot)
        {
            var id = Count++;
            if (id == starts.Length)
            {
                Array.Resize(ref starts, id * 2);
                Array.Resize(ref lengths, id * 2);
                Array.Resize(ref hashes, id * 2);
            }
            if (used + name.Length > bytes.Length)
            {
                Array.Resize(ref bytes, Math.Max(bytes.Length * 2, used + name.Length));
            }
            name.CopyTo(bytes.AsSpan(used));
            (starts[id], lengths[id], hashes[id]) = (used, name.Length, hash);
            used += name.Length;
            slots[slot] = id + 1;
            if (Count * 2 > slots.Length)
            {
                Rehash();
            }
            return id;
        }

        private void Rehash()
        {
            slots = new int[slots.Length * 2];
            var mask = slots.Length - 1;
            for (var id = 0; id < Count; id++)
            {
                var slot = hashes[id] & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = id + 1;
            }
        }

        private static int Hash(ReadOnlySpan<byte> name)
        {
            var hash = 2166136261u;
            foreach (var b in name)
            {
                hash = (hash ^ b) * 16777619u;
            }
            return (int)(hash & int.MaxValue);
        }
    }

    /// <summary>The pooled string of a name's UTF-8 bytes, decoded into <paramref name="chars"/> (grown when short).</summary>
    private static string Pooled(NamePool pool, ref char[] chars, ReadOnlySpan<byte> name)
    {
        if (chars.Length < name.Length)
        {
            chars = new char[name.Length * 2];
        }
        var length = Encoding.UTF8.GetChars(name, chars);
        return pool.Get(chars.AsSpan(0, length));
    }

    /// <summary>Gives the parsed rows to the builder in the file's order (one thread).</summary>
    private sealed class Applier(Layout layout, string path, DataLoader.BuilderSink sink, Ledger ledger, NamePool pool,
        List<Diagnostic> diagnostics, ZoneDataBuilder builder, int source)
    {
        private int[] zones = [];
        private int[] indicators = [];
        private int[] units = [];
        private string?[] unitTexts = [];
        private char[] chars = new char[256];

        internal void Rows(Block block, int used)
        {
            for (var c = 0; c < used; c++)
            {
                Rows(block.Buffer, (Chunk)block.Chunks[c], block.Chunks[c].FirstLine);
            }
        }

        private void Rows(byte[] buffer, Chunk chunk, int firstLine)
        {
            var names = chunk.Names.Count;
            if (zones.Length < names)
            {
                var size = Math.Max(names, zones.Length * 2);
                zones = new int[size];
                indicators = new int[size];
                units = new int[size];
                unitTexts = new string?[size];
            }
            zones.AsSpan(0, names).Fill(-1);
            indicators.AsSpan(0, names).Fill(-1);
            units.AsSpan(0, names).Fill(int.MinValue);
            for (var r = 0; r < chunk.Count; r++)
            {
                ref var row = ref chunk.Rows[r];
                var line = firstLine + row.Line;
                if (row.Zone == Slow)
                {
                    General(buffer, row, line);
                    continue;
                }
                var z = zones[row.Zone];
                if (z < 0)
                {
                    z = zones[row.Zone] = builder.ZoneIndexOf(Text(chunk.Names.Name(row.Zone)));
                }
                var i = indicators[row.Indicator];
                if (i < 0)
                {
                    i = indicators[row.Indicator] = builder.IndicatorIndexOf(Text(chunk.Names.Name(row.Indicator)));
                }
                var u = -1;
                string? unitText = null;
                if (row.Unit >= 0)
                {
                    u = units[row.Unit];
                    if (u == int.MinValue)
                    {
                        unitTexts[row.Unit] = Text(chunk.Names.Name(row.Unit));
                        u = units[row.Unit] = builder.UnitIndexOf(unitTexts[row.Unit]);
                    }
                    unitText = unitTexts[row.Unit];
                }
                if (builder.PutValue(z, i, row.Year, row.Value, u, unitText, source, line, row.Column, out _) == ZoneDataBuilder.Given.Conflict)
                {
                    // The general path's row reader says it, in its own words, at the cell.
                    General(buffer, row, line);
                }
            }
        }

        private string Text(ReadOnlySpan<byte> name) => Pooled(pool, ref chars, name);

        private void General(byte[] buffer, in Row row, int line)
        {
            var text = Encoding.UTF8.GetString(buffer, row.Start, row.Length);
            using var table = new CsvTable(text, path, line);
            new TableReader(table, sink, ledger, pool, diagnostics).ObservationRows(layout.Reader);
        }
    }
}
