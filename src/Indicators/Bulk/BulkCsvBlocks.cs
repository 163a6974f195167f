using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace Indicators.Bulk;

/// <summary>
/// The long-format CSV loader on UTF-8 bytes (按块并行读取): the text is read in blocks cut at line ends; the blocks are
/// parsed on several threads into compact rows (zone and indicator keys, year, value, line); one thread then adds the
/// rows to <see cref="BulkCsvCells"/> in line order, so the first-seen rules and the order of the diagnostics are those
/// of a reading line by line.
/// </summary>
/// <remarks>
/// <para>A row goes the quick way only when every field resolves through a cache of the field's bytes (zone, indicator,
/// period, kind and unit texts repeat from row to row, so each distinct text is checked once, by the general rules, and
/// then looked up) and its value is a plain ASCII number (read by <see cref="BulkCsvNumber"/>, exactly, or else by the
/// runtime's UTF-8 number parser, the same algorithm and so the same double as <see cref="NumberText"/>'s). Any other row — a quote, a unit inside the value, any fault —
/// is decoded and checked by <see cref="BulkCsv.CheckRecord"/>, the one implementation of the rules and their messages.
/// A quoted field that runs over a line end hands the rest of the text to the record reader, which follows it.</para>
/// <para>Hand-written rather than on Sep (the data package's CSV reader): the core package depends on NodaTime and
/// GuardClauses only, and the work per row is in resolving names, units and numbers, not in finding commas.</para>
/// </remarks>
internal static class BulkCsvBlocks
{
    /// <summary>How a load is cut up: bytes per block (the unit of parallel work) and parsing threads.</summary>
    internal readonly record struct Options(int BlockSize, int Threads)
    {
        /// <summary>Whether blocks without quotes are cut by the vectorised search (where the machine has 256-bit
        /// vectors); the tests compare both ways.</summary>
        internal bool Vectorised { get; init; } = true;

        /// <summary>2 MiB blocks (some ten milliseconds of work each, large against the cost of a task; the blocks in flight,
        /// eight a core, their bytes and parsed rows, are then about 70 MB on 2 cores) on every core.</summary>
        internal static Options Default => new(2 << 20, Environment.ProcessorCount);
    }

    /// <summary>The most fields a row may have to be read the quick way.</summary>
    private const int MaxFields = 64;

    /// <summary>The longest number read the quick way; longer ones take the general path, which reads them or says why not.</summary>
    private const int MaxNumber = 40;

    /// <summary>The longest line read the quick way, in bytes: its names are cached by their bytes, and a name of
    /// megabytes (a hostile file) would be copied into the cache and decoded there as well as on the general path.</summary>
    private const int MaxQuickLine = 4096;

    internal static Outcome<BulkDataset> ReadFile(string path, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights, Options options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return ReadStream(stream, catalog, weights, path, options);
    }

    /// <summary>Reads a seekable stream of a file's bytes, from its start: what <see cref="BulkCsv.Read(string, IndicatorCatalog, IEnumerable{KeyValuePair{string, double}})"/> makes of the file.</summary>
    internal static Outcome<BulkDataset> ReadStream(Stream stream, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights, string? sourceName, Options options)
    {
        Span<byte> head = stackalloc byte[4];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        // A UTF-16 or UTF-32 byte-order mark, or a file too short to tell: the reader that detects encodings reads it.
        if (read < head.Length || head.StartsWith((byte[])[0xFE, 0xFF]) || head.StartsWith((byte[])[0xFF, 0xFE]) || head.StartsWith((byte[])[0, 0, 0xFE, 0xFF]))
        {
            stream.Position = 0;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return BulkCsv.Read(reader, catalog, weights, sourceName);
        }
        Guard.Against.Null(catalog);
        long start = head.StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        stream.Position = start;
        var cells = new BulkCsvCells(catalog, weights, nameof(weights), keepLines: false) { Size = stream.Length - stream.Position };
        return Load(stream, cells.Size, cells, sourceName, options, () =>
        {
            stream.Position = start;
            return stream;
        });
    }

    internal static Outcome<BulkDataset> ReadText(string text, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights, Options options)
    {
        // A lone surrogate has no UTF-8 form: the reader of characters reports it where it stands.
        if (HasLoneSurrogate(text))
        {
            using var reader = new StringReader(text);
            return BulkCsv.Read(reader, catalog, weights);
        }
        Guard.Against.Null(catalog);
        var cells = new BulkCsvCells(catalog, weights, nameof(weights), keepLines: false) { Size = Encoding.UTF8.GetByteCount(text) };
        using var stream = new Utf8OfText(text);
        return Load(stream, cells.Size, cells, null, options, () => new Utf8OfText(text));
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOfAnyInRange('\uD800', '\uDFFF')) >= 0)
        {
            if (!char.IsHighSurrogate(text[at]) || at + 1 >= text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return true;
            }
            text = text[(at + 2)..];
        }
        return false;
    }

    /// <summary>Loads the text, then, if duplicates were reported without their first line, reads it again from
    /// <paramref name="again"/> (the same bytes from the start) to name those lines.</summary>
    private static Outcome<BulkDataset> Load(Stream stream, long sizeHint, BulkCsvCells cells, string? sourceName, Options options, Func<Stream> again)
    {
        var errors = new List<Diagnostic>();
        int[]? positions = null;
        var spare = new Stack<Block>();
        if (!Pass(stream, sizeHint, cells, errors, ref positions, sourceName, options, spare))
        {
            return new Outcome<BulkDataset>(null, errors);
        }
        if (cells.Unnamed)
        {
            // A file with duplicate cells is read twice (as far as its last duplicate), so a clean file need not keep
            // the line of every cell.
            cells.StartFinding(errors);
            int[]? header = null;
            var second = again();
            try
            {
                Pass(second, sizeHint, cells, [], ref header, sourceName, options, spare);
            }
            finally
            {
                if (!ReferenceEquals(second, stream))
                {
                    second.Dispose();
                }
            }
            cells.NameFirstLines();
        }
        return BulkCsv.Finish(positions, cells, errors, sourceName);
    }

    /// <summary>One reading of the text, its cells handed to <paramref name="cells"/> in line order; false when the
    /// header failed.</summary>
    private static bool Pass(Stream stream, long sizeHint, BulkCsvCells cells, List<Diagnostic> errors, ref int[]? positions, string? sourceName, Options options, Stack<Block> spare)
    {
        var reader = new BlockReader(stream, (int)Math.Clamp(sizeHint + 1, 16, Math.Max(options.BlockSize, 16)), spare);
        var first = reader.Next();
        if (first is null)
        {
            return true;
        }
        var bytes = first.Bytes.AsSpan(0, first.Length);
        int headerEnd = LineEnd(bytes, 0, out int afterHeader);
        if (bytes[..headerEnd].Contains((byte)'"'))
        {
            // A quoted heading may run over lines: the record reader takes the whole text.
            return FallBack(first, 0, 1, [], reader, ref positions, cells, errors, sourceName);
        }
        if (!BulkCsv.LoadRecords([RecordOfLine(bytes[..headerEnd], 1)], ref positions, cells, errors, sourceName))
        {
            return false;
        }
        first.Start = afterHeader;
        first.FirstLine = 2;

        var parser = new BlockParser(positions!, cells, sourceName, options.Vectorised);
        int threads = Math.Max(1, options.Threads);
        var pending = new Queue<Block>();
        for (var next = first; next is not null || pending.Count > 0;)
        {
            if (next is not null)
            {
                var block = next;
                block.Work = threads > 1 ? Task.Run(() => parser.Parse(block)) : null;
                if (threads == 1)
                {
                    parser.Parse(block);
                }
                pending.Enqueue(block);
            }
            // Keep every thread busy while this one reads and adds: eight blocks a thread in flight, so that a parsing
            // thread seldom finds no block waiting and this one seldom waits for the oldest (measured on large, 2 cores:
            // one block beyond the threads 2.27-2.37 s, eight a thread 2.18-2.22 s, 70 MB more at the peak).
            if (next is null || pending.Count > 8 * threads)
            {
                var done = pending.Dequeue();
                done.Work?.GetAwaiter().GetResult();
                Merge(done, parser, cells, errors);
                if (cells.Found)
                {
                    // Read again as far as needed: the blocks still being parsed are let finish, not read.
                    foreach (var block in pending)
                    {
                        block.Work?.GetAwaiter().GetResult();
                    }
                    return true;
                }
                if (done.FallbackAt >= 0)
                {
                    return FallBack(done, done.FallbackAt, done.FallbackLine, pending, reader, ref positions, cells, errors, sourceName);
                }
                reader.Recycle(done);
            }
            if (next is not null)
            {
                next = reader.Next();
            }
        }
        return true;
    }

    /// <summary>Adds a parsed block's rows in line order; a refused cell's row is decoded only then, for its diagnostic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Merge(Block block, BlockParser parser, BulkCsvCells cells, List<Diagnostic> errors)
    {
        // The progress is written only where a new zone may come (the zone changes), the one place it is read: not a
        // field of the cells written on every row, beside what the parsing threads read of them.
        int lastZone = -1;
        for (int r = 0; r < block.Count; r++)
        {
            ref readonly var row = ref block.Rows[r];
            if (row.Refused)
            {
                for (int e = 0; e < row.Indicator; e++)
                {
                    errors.Add(block.Errors[row.Zone + e]);
                }
                continue;
            }
            var cell = new BulkCsvCell(row.Zone, row.Indicator, row.Year, row.IsTarget, row.Value);
            if (row.Zone != lastZone)
            {
                cells.Progress = block.Position + row.Offset;
                lastZone = row.Zone;
            }
            var verdict = cells.TryAdd(cell, row.Line, out int first);
            if (verdict != BulkCsvCells.Verdict.Added)
            {
                var record = RecordOfLine(block.Bytes.AsSpan(row.Offset, row.Length), row.Line);
                cells.Report(new BulkCsv.Row(record, parser.Positions, parser.SourceName, errors), verdict, cell, first);
            }
        }
    }

    /// <summary>
    /// The rest of the text, from byte <paramref name="at"/> of <paramref name="block"/> (line <paramref name="line"/>),
    /// read record by record: a quoted field runs over a line end there, so lines are no longer records.
    /// </summary>
    private static bool FallBack(Block block, int at, int line, IEnumerable<Block> later, BlockReader reader,
        ref int[]? positions, BulkCsvCells cells, List<Diagnostic> errors, string? sourceName)
    {
        var rest = new MemoryStream();
        rest.Write(block.Bytes, at, block.Length - at);
        foreach (var next in later)
        {
            next.Work?.GetAwaiter().GetResult();
            rest.Write(next.Bytes, next.Start, next.Length - next.Start);
        }
        reader.WriteRest(rest);
        rest.Position = 0;
        using var text = new StreamReader(new ConcatStream(rest, reader.Stream), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return BulkCsv.LoadRecords(BulkCsvRecords.Read(text, line), ref positions, cells, errors, sourceName);
    }

    /// <summary>The record of one line that holds no line break inside quotes (the quick path's lines, and lines with
    /// quotes that close on the line): what the record reader makes of it at that place in the text.</summary>
    /// <remarks>One copy of the line as text: a reader's ReadLine of a string with no line break is the string itself.</remarks>
    private static BulkCsvRecord RecordOfLine(ReadOnlySpan<byte> line, int number) =>
        BulkCsvRecords.Read(new StringReader(line.IsEmpty ? "\n" : Encoding.UTF8.GetString(line)), number).First();

    /// <summary>The end of the line starting at <paramref name="start"/> (before its \r, \n or \r\n), and where the next begins.</summary>
    private static int LineEnd(ReadOnlySpan<byte> bytes, int start, out int next)
    {
        int end = bytes[start..].IndexOfAny((byte)'\r', (byte)'\n');
        if (end < 0)
        {
            next = bytes.Length;
            return bytes.Length;
        }
        end += start;
        next = NextLine(bytes, end);
        return end;
    }

    /// <summary>Where the line after a line end at <paramref name="end"/> (a \r, \n or \r\n) begins.</summary>
    private static int NextLine(ReadOnlySpan<byte> bytes, int end) => end + (bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? 2 : 1);

    /// <summary>Whether a line's record ends on the line: no quoted field is still open at its end (the record reader's
    /// field loop, on bytes).</summary>
    private static bool EndsOnLine(ReadOnlySpan<byte> line)
    {
        int at = 0;
        while (true)
        {
            if (at < line.Length && line[at] == '"')
            {
                at++;
                while (true)
                {
                    int quote = line[at..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return false;
                    }
                    at += quote;
                    if (at + 1 < line.Length && line[at + 1] == '"')
                    {
                        at += 2;
                        continue;
                    }
                    at++;
                    break;
                }
                if (at < line.Length && line[at] != ',')
                {
                    return true;
                }
            }
            else
            {
                int comma = line[at..].IndexOf((byte)',');
                at = comma < 0 ? line.Length : at + comma;
            }
            if (at >= line.Length)
            {
                return true;
            }
            at++;
            if (at == line.Length)
            {
                return true;
            }
        }
    }

    /// <summary>One parsed row: a cell (keys, year, value, where its line is in the block), or the range of its diagnostics
    /// in <see cref="Block.Errors"/> (start in <see cref="Zone"/>, count in <see cref="Indicator"/>).</summary>
    private struct ParsedRow
    {
        internal int Zone;
        internal int Indicator;
        internal int Year;
        internal int Line;
        internal int Offset;
        internal int Length;
        internal double Value;
        internal bool IsTarget;
        internal bool Refused;
    }

    /// <summary>Whole lines of the text, the rows parsed from them, and where the parse stopped for a quoted line break.</summary>
    private sealed class Block(byte[] bytes)
    {
        internal byte[] Bytes = bytes;
        internal int Start;
        internal int Length;
        internal int FirstLine;

        /// <summary>Where <see cref="Bytes"/> starts in the text, in bytes.</summary>
        internal long Position;
        internal ParsedRow[] Rows = [];
        internal int Count;
        internal readonly List<Diagnostic> Errors = [];
        internal int FallbackAt = -1;
        internal int FallbackLine;
        internal Task? Work;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(in ParsedRow row)
        {
            if (Count == Rows.Length)
            {
                Array.Resize(ref Rows, Math.Max(1024, Rows.Length * 2));
            }
            Rows[Count++] = row;
        }
    }

    /// <summary>Reads the stream into blocks cut after a line end, numbering their first lines.</summary>
    private sealed class BlockReader(Stream stream, int blockSize, Stack<Block> free)
    {
        private byte[] carry = new byte[64];
        private int carryLength;
        private bool ended;
        private int nextLine = 1;
        private long position;

        internal Stream Stream => stream;

        internal Block? Next()
        {
            if (ended && carryLength == 0)
            {
                return null;
            }
            var block = free.Count > 0 ? free.Pop() : new Block(new byte[blockSize]);
            if (block.Bytes.Length < Math.Max(blockSize, carryLength))
            {
                block.Bytes = new byte[Math.Max(blockSize, carryLength * 2)];
            }
            var bytes = block.Bytes;
            carry.AsSpan(0, carryLength).CopyTo(bytes);
            int length = carryLength, cut;
            carryLength = 0;
            while (true)
            {
                while (!ended && length < bytes.Length)
                {
                    int read = stream.Read(bytes, length, bytes.Length - length);
                    ended = read == 0;
                    length += read;
                }
                cut = ended ? length : Cut(bytes.AsSpan(0, length));
                if (cut > 0 || length == 0)
                {
                    break;
                }
                // A line longer than the block: read on into a larger one.
                Array.Resize(ref bytes, bytes.Length * 2);
                block.Bytes = bytes;
            }
            if (length == 0)
            {
                free.Push(block);
                return null;
            }
            if (length - cut > carry.Length)
            {
                carry = new byte[Math.Max(length - cut, carry.Length * 2)];
            }
            bytes.AsSpan(cut, length - cut).CopyTo(carry);
            carryLength = length - cut;
            block.Start = 0;
            block.Length = cut;
            block.FirstLine = nextLine;
            block.Position = position;
            position += cut;
            block.Count = 0;
            block.Errors.Clear();
            block.FallbackAt = -1;
            block.Work = null;
            nextLine += LineEnds(bytes.AsSpan(0, cut));
            return block;
        }

        internal void Recycle(Block block) => free.Push(block);

        /// <summary>The bytes read and not yet in a block.</summary>
        internal void WriteRest(Stream to) => to.Write(carry, 0, carryLength);

        /// <summary>Just after the last line end, or 0 when the bytes hold none yet (a \r at the very end may be the first
        /// half of a \r\n, so it is not a cut).</summary>
        private static int Cut(ReadOnlySpan<byte> bytes)
        {
            int lf = bytes.LastIndexOf((byte)'\n');
            if (lf >= 0)
            {
                return lf + 1;
            }
            int cr = bytes[..^1].LastIndexOf((byte)'\r');
            return cr + 1;
        }

        /// <summary>The line ends in a block: each \n, and each \r not followed by \n (a reader's ReadLine rule).</summary>
        private static int LineEnds(ReadOnlySpan<byte> bytes)
        {
            int count = bytes.Count((byte)'\n');
            for (int at = bytes.IndexOf((byte)'\r'); at >= 0;)
            {
                if (at + 1 >= bytes.Length || bytes[at + 1] != '\n')
                {
                    count++;
                }
                int next = bytes[(at + 1)..].IndexOf((byte)'\r');
                at = next < 0 ? -1 : at + 1 + next;
            }
            return count;
        }
    }

    /// <summary>Parses blocks, one per call, on any thread: the quick path for rows whose every field is in the block's
    /// caches, <see cref="BulkCsv.CheckRecord"/> for the others.</summary>
    private sealed class BlockParser(int[] positions, BulkCsvCells cells, string? sourceName, bool vectorised)
    {
        private readonly int expected = positions[..BulkCsv.UnitColumn].Max() + 1;

        /// <summary>The fields a column reads, as bits (fields past the 64th are not read the quick way).</summary>
        private readonly ulong read = positions.Where(f => f is >= 0 and < MaxFields).Aggregate(0UL, (bits, f) => bits | (1UL << f));

        private readonly System.Collections.Concurrent.ConcurrentBag<Caches> spare = [];

        internal int[] Positions => positions;

        internal string? SourceName => sourceName;

        internal void Parse(Block block)
        {
            // A block's look-ups are kept for the next block a thread parses: each distinct text is resolved once per
            // cache, not once per block.
            var caches = spare.TryTake(out var kept) ? kept : new Caches(cells);
            try
            {
                ParseWith(block, caches);
            }
            finally
            {
                spare.Add(caches);
            }
        }

        private void ParseWith(Block block, Caches caches)
        {
            var bytes = block.Bytes.AsSpan(0, block.Length);
            bool quotes = bytes[block.Start..].Contains((byte)'"');
            // A block without quotes (the usual one) is cut into lines and fields in one vectorised pass per line.
            bool split = !quotes && vectorised && Vector256.IsHardwareAccelerated;
            Span<int> ends = stackalloc int[MaxFields];
            // Read once a block: the cells are written by the merging thread on every row.
            bool skipping = cells.Skipping;
            caches.PreviousLine = -1;
            int line = block.FirstLine;
            for (int at = block.Start; at < bytes.Length; line++)
            {
                int count = 0;
                int end = split ? Split(bytes, at, ends, out count, out int next) : LineEnd(bytes, at, out next);
                var text = bytes[at..end];
                if (quotes && text.Contains((byte)'"'))
                {
                    if (!EndsOnLine(text))
                    {
                        block.FallbackAt = at;
                        block.FallbackLine = line;
                        return;
                    }
                    if (!(skipping && cells.Skips(line)))
                    {
                        Check(block, text, line, at);
                    }
                    at = next;
                    continue;
                }
                if (skipping && cells.Skips(line))
                {
                    at = next;
                    continue;
                }
                if (!split)
                {
                    count = Commas(text, ends);
                }
                if (!(count > 0 && Quick(block, caches, text, ends[..count], line, at)))
                {
                    Check(block, text, line, at);
                }
                at = next;
            }
        }

        /// <summary>
        /// The line at <paramref name="at"/> cut at its commas: the end of each field in <paramref name="ends"/>, relative
        /// to the line, and their <paramref name="count"/> (-1 when the line is not for the quick way: over
        /// <see cref="MaxFields"/> fields or <see cref="MaxQuickLine"/> bytes). Returns where the line ends, as <see cref="LineEnd"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int Split(ReadOnlySpan<byte> bytes, int at, Span<int> ends, out int count, out int next)
        {
            count = 0;
            ref byte first = ref MemoryMarshal.GetReference(bytes);
            var (comma, cr, lf) = (Vector256.Create((byte)','), Vector256.Create((byte)'\r'), Vector256.Create((byte)'\n'));
            for (int p = at; p + Vector256<byte>.Count <= bytes.Length && p - at <= MaxQuickLine; p += Vector256<byte>.Count)
            {
                var chunk = Vector256.LoadUnsafe(ref first, (nuint)p);
                uint commas = Vector256.Equals(chunk, comma).ExtractMostSignificantBits();
                uint breaks = (Vector256.Equals(chunk, cr) | Vector256.Equals(chunk, lf)).ExtractMostSignificantBits();
                if (breaks != 0)
                {
                    // Only the commas before the line's end.
                    commas &= (breaks & (0u - breaks)) - 1;
                }
                for (; commas != 0; commas &= commas - 1)
                {
                    if (count == MaxFields)
                    {
                        count = -1;
                        return LineEnd(bytes, at, out next);
                    }
                    ends[count++] = p + BitOperations.TrailingZeroCount(commas) - at;
                }
                if (breaks != 0)
                {
                    int end = p + BitOperations.TrailingZeroCount(breaks);
                    next = NextLine(bytes, end);
                    if (count == MaxFields || end - at > MaxQuickLine)
                    {
                        count = -1;
                    }
                    else
                    {
                        ends[count++] = end - at;
                    }
                    return end;
                }
            }
            // The block's last bytes (or a long line): the scalar search.
            int lineEnd = LineEnd(bytes, at, out next);
            count = Commas(bytes[at..lineEnd], ends);
            return lineEnd;
        }

        /// <summary>The end of each of a line's fields by a search per comma, and their count; -1 when the line is not
        /// for the quick way (over <see cref="MaxFields"/> fields or <see cref="MaxQuickLine"/> bytes).</summary>
        private static int Commas(ReadOnlySpan<byte> text, Span<int> ends)
        {
            if (text.Length > MaxQuickLine)
            {
                return -1;
            }
            int count = 0;
            for (int at = 0; ; at++)
            {
                int comma = text[at..].IndexOf((byte)',');
                if (count == MaxFields)
                {
                    return -1;
                }
                if (comma < 0)
                {
                    ends[count++] = text.Length;
                    return count;
                }
                at += comma;
                ends[count++] = at;
            }
        }

        /// <summary>A row by the general rules: decoded, split by the record reader, checked with its diagnostics.</summary>
        private void Check(Block block, ReadOnlySpan<byte> text, int line, int offset)
        {
            int before = block.Errors.Count;
            switch (BulkCsv.CheckRecord(RecordOfLine(text, line), positions, sourceName, block.Errors, cells, out var cell))
            {
                case BulkCsv.RecordCheck.Refused:
                    block.Add(new ParsedRow { Refused = true, Zone = before, Indicator = block.Errors.Count - before, Line = line });
                    break;
                case BulkCsv.RecordCheck.Cell:
                    block.Add(new ParsedRow
                    {
                        Zone = cell.Zone, Indicator = cell.Indicator, Year = cell.Year, IsTarget = cell.IsTarget, Value = cell.Value,
                        Line = line, Offset = offset, Length = text.Length,
                    });
                    break;
            }
        }

        /// <summary>A row cut at its commas (<paramref name="ends"/>, every field's end) whose fields all pass, read
        /// through the caches; false (and nothing added) for any other row.</summary>
        // Jitted optimised at once, as are the other per-row methods marked so: a load calls them millions of times in one
        // go, and tiering spent its first half-second (15% of a large load's samples) in unoptimised and instrumented
        // code on every core. The small look-ups they call are inlined because marked so, not because a profile said.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Quick(Block block, Caches caches, ReadOnlySpan<byte> text, ReadOnlySpan<int> ends, int line, int offset)
        {
            int count = ends.Length;
            if (count < expected)
            {
                return false;
            }
            // A field no column reads is still checked for damaged text: only ASCII is sure to be whole.
            for (ulong unread = ~read & (ulong.MaxValue >> (64 - count)); unread != 0; unread &= unread - 1)
            {
                if (!Ascii.IsValid(Field(text, ends, BitOperations.TrailingZeroCount(unread))))
                {
                    return false;
                }
            }
            var all = block.Bytes.AsSpan();
            // The bytes this line starts with that the last line taken this way (in this block) starts with too: a field
            // that ends with a comma inside them is that line's text, so its key is the one found there. (A file written
            // zone by zone repeats the zone and indicator, and every other row the year.)
            int same = 0, previous = caches.PreviousLine;
            if (previous >= 0 && offset + Vector256<byte>.Count <= all.Length)
            {
                ref byte first = ref MemoryMarshal.GetReference(all);
                uint equal = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)offset), Vector256.LoadUnsafe(ref first, (nuint)previous)).ExtractMostSignificantBits();
                same = Math.Min(BitOperations.TrailingZeroCount(~equal), text.Length);
            }
            ulong word;
            int field = positions[BulkCsv.Zone];
            int zone = ends[field] < same ? caches.PreviousZone : caches.Zone(Field(text, ends, field, all, offset, out word), word);
            field = positions[BulkCsv.Indicator];
            int indicator = ends[field] < same ? caches.PreviousIndicator : caches.Indicator(Field(text, ends, field, all, offset, out word), word);
            field = positions[BulkCsv.Period];
            int year = ends[field] < same ? caches.PreviousYear : caches.Year(Field(text, ends, field, all, offset, out word), word);
            field = positions[BulkCsv.Kind];
            int kind = ends[field] < same ? caches.PreviousKind : caches.Kind(Field(text, ends, field, all, offset, out word), word);
            int unitField = positions[BulkCsv.UnitColumn];
            int unit = unitField >= 0 && unitField < count ? caches.Unit(Field(text, ends, unitField, all, offset, out word), word) : 0;
            if (zone < 0 || indicator < 0 || year == int.MinValue || kind < 0 || unit < 0)
            {
                return false;
            }
            var written = Field(text, ends, positions[BulkCsv.Value]);
            double value = double.NaN;
            if (written.Length > 0)
            {
                if (!Number(written, out double number) || caches.Conversion(unit, indicator) is not { } conversion)
                {
                    return false;
                }
                // The checks of the general path's value reading, in the same arithmetic: overflow, and a non-zero
                // number that would load as zero or a subnormal.
                value = conversion.Same ? number : conversion.From.ConvertValue(number, conversion.To);
                if (!double.IsFinite(value) || (number != 0 && (Math.Abs(number) < BulkCsv.MinNormal || Math.Abs(value) < BulkCsv.MinNormal)))
                {
                    return false;
                }
            }
            block.Add(new ParsedRow
            {
                Zone = zone, Indicator = indicator, Year = year, IsTarget = kind == 1, Value = value,
                Line = line, Offset = offset, Length = text.Length,
            });
            (caches.PreviousLine, caches.PreviousZone, caches.PreviousIndicator, caches.PreviousYear, caches.PreviousKind) = (offset, zone, indicator, year, kind);
            return true;
        }

        private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, ReadOnlySpan<int> ends, int field)
        {
            int start = field == 0 ? 0 : ends[field - 1] + 1;
            return text[start..ends[field]];
        }

        /// <summary>A field, and the eight bytes from its start in <paramref name="all"/> (the block's array, where the
        /// line starts at <paramref name="offset"/>): the look-ups' key when the field is at most eight bytes long.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, ReadOnlySpan<int> ends, int field, ReadOnlySpan<byte> all, int offset, out ulong word)
        {
            int start = field == 0 ? 0 : ends[field - 1] + 1;
            var span = text[start..ends[field]];
            start += offset;
            word = BitConverter.IsLittleEndian && start + 8 <= all.Length ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(all), start)) : Utf8Keys.Pack(span);
            return span;
        }

        /// <summary>
        /// A plain number — an optional sign, digits with at most one point, an optional exponent with digits — read as
        /// <see cref="NumberText.Scan"/> reads it: the same characters to the runtime's parser (its UTF-8 and UTF-16
        /// readers share one algorithm), out of range and non-zero-read-as-zero refused, −0 read as 0. False for
        /// anything else, which the general path reads or refuses with its reason.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool Number(ReadOnlySpan<byte> text, out double value)
        {
            // The plain decimal of a round-trip writer first: its one pass reads and checks it.
            if (BulkCsvNumber.TryExact(text, out value))
            {
                value += 0.0;
                return true;
            }
            if (text.Length > MaxNumber)
            {
                return false;
            }
            int at = text[0] is (byte)'+' or (byte)'-' ? 1 : 0;
            bool digits = false, nonZero = false, point = false;
            for (; at < text.Length; at++)
            {
                byte c = text[at];
                if (c is >= (byte)'0' and <= (byte)'9')
                {
                    digits = true;
                    nonZero |= c != '0';
                }
                else if (c == '.' && !point)
                {
                    point = true;
                }
                else
                {
                    break;
                }
            }
            if (!digits)
            {
                return false;
            }
            if (at < text.Length)
            {
                if (text[at] is not ((byte)'e' or (byte)'E'))
                {
                    return false;
                }
                int exponent = at + 1;
                if (exponent < text.Length && text[exponent] is (byte)'+' or (byte)'-')
                {
                    exponent++;
                }
                if (exponent == text.Length)
                {
                    return false;
                }
                for (; exponent < text.Length; exponent++)
                {
                    if (text[exponent] is < (byte)'0' or > (byte)'9')
                    {
                        return false;
                    }
                }
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                || !double.IsFinite(value) || (value == 0 && nonZero))
            {
                return false;
            }
            value += 0.0;
            return true;
        }
    }

    /// <summary>
    /// One block's look-ups from a field's bytes to what the general rules make of its text (the rules run once per
    /// distinct text, on a miss): zone and indicator keys, year, kind, unit; -1 (or <see cref="int.MinValue"/> for a
    /// year) for a text the general path must report.
    /// </summary>
    private sealed class Caches(BulkCsvCells cells)
    {
        private readonly Utf8Keys zones = new();
        private readonly Utf8Keys indicators = new();
        private readonly Utf8Keys years = new();
        private readonly Utf8Keys kinds = new();
        private readonly Utf8Keys unitSlots = new();
        private readonly List<Unit?> units = [];
        private readonly Dictionary<(int Unit, int Indicator), UnitConversion?> conversions = [];
        private (int Unit, int Indicator, UnitConversion? Conversion) lastConversion = (-1, -1, null);

        /// <summary>Where the last line the quick way took in the block being parsed starts (-1: none yet), and its keys.</summary>
        internal int PreviousLine = -1;
        internal int PreviousZone;
        internal int PreviousIndicator;
        internal int PreviousYear;
        internal int PreviousKind;

        // Each takes the field and its first eight bytes as a word (bytes past the field's end included: ignored).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Zone(ReadOnlySpan<byte> field, ulong word) => zones.TryGet(field, word, out int key) ? key : zones.Add(field, ResolveZone(field));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Indicator(ReadOnlySpan<byte> field, ulong word) => indicators.TryGet(field, word, out int key) ? key : indicators.Add(field, ResolveIndicator(field));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Year(ReadOnlySpan<byte> field, ulong word) => years.TryGet(field, word, out int year) ? year : years.Add(field, ResolveYear(field));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Kind(ReadOnlySpan<byte> field, ulong word) => kinds.TryGet(field, word, out int kind) ? kind : kinds.Add(field, ResolveKind(field));

        /// <summary>A slot for the unit text: 0 for none, then one per distinct text; -1 for damaged text.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Unit(ReadOnlySpan<byte> field, ulong word)
        {
            if (field.IsEmpty)
            {
                return 0;
            }
            return unitSlots.TryGet(field, word, out int slot) ? slot : unitSlots.Add(field, ResolveUnit(field));
        }

        /// <summary>How a bare number with the unit in <paramref name="slot"/> converts to the indicator's unit; null when
        /// the general path must report the unit (unparsable, or of another dimension). Same: the units are one, and the
        /// number is the value as it is (what <see cref="Unit.ConvertValue"/> gives), without comparing them per row.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal UnitConversion? Conversion(int slot, int indicator) =>
            lastConversion.Unit == slot && lastConversion.Indicator == indicator ? lastConversion.Conversion : Convert(slot, indicator);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private UnitConversion? Convert(int slot, int indicator)
        {
            if (!conversions.TryGetValue((slot, indicator), out var conversion))
            {
                var from = slot == 0 ? Units.One : units[slot - 1];
                var to = cells.Indicator(indicator).Unit;
                conversion = from is not null && from.IsCompatibleWith(to) ? new UnitConversion(from, to, from.Equals(to)) : null;
                conversions.Add((slot, indicator), conversion);
            }
            lastConversion = (slot, indicator, conversion);
            return conversion;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private int ResolveZone(ReadOnlySpan<byte> field)
        {
            string raw = Encoding.UTF8.GetString(field);
            return BulkCsvText.Damage(raw) is null && BulkCsvText.Name(raw.Trim(), out string zone) is null && zone.Length > 0
                ? cells.ZoneKey(zone)
                : -1;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private int ResolveIndicator(ReadOnlySpan<byte> field)
        {
            string raw = Encoding.UTF8.GetString(field);
            if (BulkCsvText.Damage(raw) is not null || BulkCsvText.Name(raw.Trim(), out string name) is not null || name.Length == 0)
            {
                return -1;
            }
            var indicator = BulkCellCollector.Lookup(cells.Catalog, raw.Trim()) ?? BulkCellCollector.Lookup(cells.Catalog, name);
            return indicator is null ? -1 : cells.IndicatorKey(indicator);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ResolveYear(ReadOnlySpan<byte> field)
        {
            string raw = Encoding.UTF8.GetString(field);
            if (BulkCsvText.Damage(raw) is not null)
            {
                return int.MinValue;
            }
            var period = ReportingPeriod.Parse(raw.Trim());
            return period.Success && period.Value.Kind == ReportingPeriodKind.Year ? period.Value.CalendarYear : int.MinValue;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ResolveKind(ReadOnlySpan<byte> field)
        {
            string raw = Encoding.UTF8.GetString(field);
            string kind = raw.Trim();
            return BulkCsvText.Damage(raw) is not null ? -1
                : kind.Equals("actual", StringComparison.OrdinalIgnoreCase) || kind is "实际" or "完成" ? 0
                : kind.Equals("target", StringComparison.OrdinalIgnoreCase) || kind is "目标" or "任务" ? 1
                : -1;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private int ResolveUnit(ReadOnlySpan<byte> field)
        {
            string raw = Encoding.UTF8.GetString(field);
            if (BulkCsvText.Damage(raw) is not null)
            {
                return -1;
            }
            string text = raw.Trim();
            if (text.Length == 0)
            {
                return 0;
            }
            var unit = Indicators.Unit.Parse(text);
            units.Add(unit.Success ? unit.Value : null);
            return units.Count;
        }
    }

    /// <summary>How a bare number converts from a unit to an indicator's; Same: the units are one.</summary>
    private sealed record UnitConversion(Unit From, Unit To, bool Same);

    /// <summary>A small open-addressing map from byte strings to ints, looked up by span without allocating.</summary>
    /// <remarks>Keys of one to eight bytes — a CSV's zone codes, indicator codes, years, kinds and units mostly are —
    /// live in a table of their own as one 64-bit word each: one multiplication hashes them and one comparison finds
    /// them. Longer (or empty) keys are kept as bytes.</remarks>
    private sealed class Utf8Keys
    {
        private byte[]?[] keys = new byte[]?[64];
        private int[] values = new int[64];
        private int count;

        private ulong[] words = new ulong[64];
        private byte[] wordLengths = new byte[64];
        private int[] wordValues = new int[64];
        private int wordCount;

        // The key found last and its value: a file written zone by zone repeats a row's zone, indicator and unit on the
        // next rows, so one comparison replaces the hash and probe (a key's value never changes). Short keys keep the
        // two found last: a kind alternates actual, target, actual.
        private byte[] lastKey = [];
        private int lastValue;
        private ulong lastWord;
        private int lastWordLength;
        private int lastWordValue;
        private ulong otherWord;
        private int otherWordLength;
        private int otherWordValue;

        /// <summary>The value of <paramref name="key"/>, whose first eight bytes (and any after it) are <paramref name="word"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool TryGet(ReadOnlySpan<byte> key, ulong word, out int value)
        {
            int length = key.Length;
            if ((uint)(length - 1) < 8)
            {
                ulong k = word & (ulong.MaxValue >> (64 - (8 * length)));
                if (k == lastWord && length == lastWordLength)
                {
                    value = lastWordValue;
                    return true;
                }
                if (k == otherWord && length == otherWordLength)
                {
                    value = otherWordValue;
                    Remember(k, length, value);
                    return true;
                }
                int wordMask = words.Length - 1;
                for (int slot = WordHash(k, length) & wordMask; ; slot = (slot + 1) & wordMask)
                {
                    int stored = wordLengths[slot];
                    if (stored == 0)
                    {
                        value = 0;
                        return false;
                    }
                    if (words[slot] == k && stored == length)
                    {
                        value = wordValues[slot];
                        Remember(k, length, value);
                        return true;
                    }
                }
            }
            return TryGet(key, out value);
        }

        /// <summary>A short key found: now the last, the last before it the other.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Remember(ulong word, int length, int value) =>
            (otherWord, otherWordLength, otherWordValue, lastWord, lastWordLength, lastWordValue) = (lastWord, lastWordLength, lastWordValue, word, length, value);

        private bool TryGet(ReadOnlySpan<byte> key, out int value)
        {
            if (key.SequenceEqual(lastKey) && lastKey.Length > 0)
            {
                value = lastValue;
                return true;
            }
            int mask = keys.Length - 1;
            for (int slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
            {
                var stored = keys[slot];
                if (stored is null)
                {
                    value = 0;
                    return false;
                }
                if (key.SequenceEqual(stored))
                {
                    value = values[slot];
                    (lastKey, lastValue) = (stored, value);
                    return true;
                }
            }
        }

        internal int Add(ReadOnlySpan<byte> key, int value)
        {
            if ((uint)(key.Length - 1) < 8)
            {
                AddWord(Pack(key), key.Length, value);
                return value;
            }
            if (2 * (count + 1) > keys.Length)
            {
                var (oldKeys, oldValues) = (keys, values);
                keys = new byte[]?[oldKeys.Length * 2];
                values = new int[oldKeys.Length * 2];
                count = 0;
                for (int k = 0; k < oldKeys.Length; k++)
                {
                    if (oldKeys[k] is { } old)
                    {
                        Add(old, oldValues[k]);
                    }
                }
            }
            int mask = keys.Length - 1;
            int slot = Hash(key) & mask;
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key.ToArray();
            values[slot] = value;
            count++;
            return value;
        }

        private void AddWord(ulong word, int length, int value)
        {
            if (2 * (wordCount + 1) > words.Length)
            {
                var (oldWords, oldLengths, oldValues) = (words, wordLengths, wordValues);
                (words, wordLengths, wordValues) = (new ulong[oldWords.Length * 2], new byte[oldWords.Length * 2], new int[oldWords.Length * 2]);
                wordCount = 0;
                for (int k = 0; k < oldWords.Length; k++)
                {
                    if (oldLengths[k] != 0)
                    {
                        AddWord(oldWords[k], oldLengths[k], oldValues[k]);
                    }
                }
            }
            int mask = words.Length - 1;
            int slot = WordHash(word, length) & mask;
            while (wordLengths[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            (words[slot], wordLengths[slot], wordValues[slot]) = (word, (byte)length, value);
            wordCount++;
        }

        /// <summary>Up to eight bytes as a little-endian word, the rest zero: what <see cref="TryGet(ReadOnlySpan{byte}, ulong, out int)"/> keeps of a word.</summary>
        internal static ulong Pack(ReadOnlySpan<byte> bytes)
        {
            ulong word = 0;
            for (int b = Math.Min(bytes.Length, 8) - 1; b >= 0; b--)
            {
                word = (word << 8) | bytes[b];
            }
            return word;
        }

        /// <summary>Fibonacci hashing: the top bits of the key times 2^64 / φ.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int WordHash(ulong word, int length) => (int)(((word + (ulong)length) * 0x9E3779B97F4A7C15) >> 33);

        /// <summary>FNV-1a: the keys are a few bytes long, so a simple hash beats a vectorised one.</summary>
        private static int Hash(ReadOnlySpan<byte> key)
        {
            uint hash = 2166136261;
            foreach (byte b in key)
            {
                hash = (hash ^ b) * 16777619;
            }
            return (int)(hash ^ (hash >> 15));
        }
    }

    /// <summary>A text as a stream of its UTF-8 bytes, transcoded a buffer at a time (the text has no lone surrogate).</summary>
    private sealed class Utf8OfText(string text) : Stream
    {
        private int at;
        private readonly byte[] spill = new byte[4];
        private int spillAt, spillLength;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (spillLength > spillAt)
            {
                int n = Math.Min(buffer.Length, spillLength - spillAt);
                spill.AsSpan(spillAt, n).CopyTo(buffer);
                spillAt += n;
                return n;
            }
            if (at == text.Length || buffer.IsEmpty)
            {
                return 0;
            }
            Utf8.FromUtf16(text.AsSpan(at), buffer, out int read, out int written, replaceInvalidSequences: false);
            at += read;
            if (written > 0)
            {
                return written;
            }
            // The buffer is too small for the next character: transcode it aside and hand it over in pieces.
            Utf8.FromUtf16(text.AsSpan(at, char.IsHighSurrogate(text[at]) ? 2 : 1), spill, out read, out spillLength, replaceInvalidSequences: false);
            at += read;
            spillAt = 0;
            return Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Two streams read one after the other.</summary>
    private sealed class ConcatStream(Stream first, Stream second) : Stream
    {
        private bool firstDone;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (!firstDone)
            {
                int read = first.Read(buffer);
                if (read > 0 || buffer.IsEmpty)
                {
                    return read;
                }
                firstDone = true;
            }
            return second.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
