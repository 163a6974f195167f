using System.Text;
using Indicators.Rules;

namespace Indicators.Data;

/// <summary>
/// A table of zones (<c>zone,year,GDP(亿元),…</c>: a row per zone and year, a column per indicator) read the long file's
/// way: the bytes in blocks, cut at line ends, the parts parsed on every core into rows of numbers, then the values given
/// to the builder by index in the file's order. A row that is not plain (a unit or a mark in a cell, a full-width digit,
/// a year such as 2024年, an empty zone, cells too many or too few) and a row that gives a value again with another number
/// go to the general path's row reader, cut out with their line, so every diagnostic is its own. A table with a column
/// of zone attributes (地区, 类型) is the general path's.
/// </summary>
internal static partial class LongCsv
{
    /// <summary>A table of zones' layout: the header's cells, the zone and year columns (−1: every row's year is
    /// <paramref name="FixedYear"/>, from the file's name), and each value column with its indicator and heading unit.</summary>
    internal sealed record ZoneTableLayout(TableReader Reader, int Cells, int Zone, int Year, int FixedYear, int[] Columns, string[] Names, string?[] Units);

    /// <summary>The layout of a table of zones the fast reader takes, or null.</summary>
    private static ZoneTableLayout? ZoneLayout(TableReader reader)
    {
        if (reader.PlainZoneColumns(out var yearColumn, out var fileYear) is not { } columns)
        {
            return null;
        }
        var headings = reader.HeaderHeadings;
        return new ZoneTableLayout(reader, headings.Count, reader.ColumnOf(Role.Zone), yearColumn, fileYear, [.. columns],
            [.. columns.Select(c => headings[c].Name)], [.. columns.Select(c => headings[c].Unit)]);
    }

    /// <summary>One parsed row of a table of zones: its zone in its part's names, its year, where its values start in the
    /// part's values, or a row for the general path.</summary>
    internal struct ZoneRow : IPartRow
    {
        internal int Zone;       // Slow: a row for the general path
        internal int Year;
        internal int First;      // its values and their columns: Values[First..First + the layout's columns]
        internal int Line;       // lines after the part's first
        internal int Start;      // the line's bytes in the buffer
        internal int Length;

        public void At(int line, int start, int length) => (Line, Start, Length) = (line, start, length);

        public void ToGeneralPath() => Zone = Slow;
    }

    /// <summary>A part of a block of a table of zones: its rows, their values with their one-based columns, its zones' names.</summary>
    internal sealed class ZoneChunk(ZoneTableLayout layout) : Part<ZoneRow>(layout.Cells)
    {
        internal double[] Values = new double[1024];
        internal int[] Columns = new int[1024];
        internal int Used;
        internal readonly ByteNames Names = new();

        internal override long Entries => Used;

        private protected override void Clear()
        {
            Used = 0;
            Names.Clear();
        }

        private protected override bool Read(ReadOnlySpan<byte> line, Span<int> cells, ref ZoneRow row)
        {
            var zone = Chunk.Split(line, cells) ? Chunk.Cell(line, cells, layout.Zone, out _) : [];
            row.Year = layout.FixedYear;
            if (zone.IsEmpty || !Chunk.Padded(zone) || layout.Year >= 0 && !Chunk.Year(Chunk.Cell(line, cells, layout.Year, out _), out row.Year))
            {
                return false;
            }
            var count = layout.Columns.Length;
            if (Used + count > Values.Length)
            {
                Array.Resize(ref Values, Math.Max(Values.Length * 2, Used + count));
                Array.Resize(ref Columns, Values.Length);
            }
            // The general path counts columns in UTF-16 code units: the bytes before each cell, counted once.
            var (bytes, chars) = (0, 0);
            for (var k = 0; k < count; k++)
            {
                var column = layout.Columns[k];
                var cell = Chunk.Cell(line, cells, column, out var lead);
                if (!Chunk.Padded(cell) || !Chunk.Number(cell, out Values[Used + k]))
                {
                    return false;
                }
                var start = cells[column] + lead;
                chars += Chunk.Utf16Length(line[bytes..start]);
                bytes = start;
                Columns[Used + k] = chars + 1;
            }
            row.First = Used;
            Used += count;
            row.Zone = Names.Id(zone, 0);
            return true;
        }
    }

    /// <summary>Gives a table of zones' parsed rows to the builder in the file's order (one thread): what
    /// <c>TableReader.PutIndexed</c> gives, registering zones, indicators, units and the source in its order.</summary>
    private sealed class ZoneApplier(ZoneTableLayout layout, string path, DataLoader.BuilderSink sink, Ledger ledger, NamePool pool,
        List<Diagnostic> diagnostics, ZoneDataBuilder builder)
    {
        private readonly int[] indicators = [.. Enumerable.Repeat(-1, layout.Columns.Length)];
        private readonly int[] units = [.. Enumerable.Repeat(int.MinValue, layout.Columns.Length)];
        private int source = -1;
        private int[] zones = [];
        private char[] chars = new char[256];

        internal void Rows(Block block, int used)
        {
            for (var c = 0; c < used; c++)
            {
                Rows(block.Buffer, (ZoneChunk)block.Chunks[c]);
            }
        }

        private void Rows(byte[] buffer, ZoneChunk chunk)
        {
            var names = chunk.Names.Count;
            if (zones.Length < names)
            {
                zones = new int[Math.Max(names, zones.Length * 2)];
            }
            zones.AsSpan(0, names).Fill(-1);
            var count = layout.Columns.Length;
            for (var r = 0; r < chunk.Count; r++)
            {
                ref var row = ref chunk.Rows[r];
                var line = chunk.FirstLine + row.Line;
                if (row.Zone == Slow)
                {
                    General(buffer, row, line);
                    continue;
                }
                for (var k = 0; k < count; k++)
                {
                    // Looked up as the first value needs each, in PutIndexed's order: zone, indicator, unit, source.
                    var z = zones[row.Zone];
                    if (z < 0)
                    {
                        z = zones[row.Zone] = builder.ZoneIndexOf(Text(chunk.Names.Name(row.Zone)));
                    }
                    if (indicators[k] < 0)
                    {
                        indicators[k] = builder.IndicatorIndexOf(pool.Get(layout.Names[k]));
                    }
                    if (units[k] == int.MinValue)
                    {
                        units[k] = builder.UnitIndexOf(layout.Units[k]);
                    }
                    if (source < 0)
                    {
                        source = builder.SourceIndexOf(path);
                    }
                    var e = row.First + k;
                    if (builder.PutValue(z, indicators[k], row.Year, chunk.Values[e], units[k], layout.Units[k], source, line, chunk.Columns[e], out _)
                        == ZoneDataBuilder.Given.Conflict)
                    {
                        // The general path's row reader says it, in its own words, at the cell; the values before it
                        // are the same again to it, those after it its own.
                        General(buffer, row, line);
                        break;
                    }
                }
            }
        }

        private string Text(ReadOnlySpan<byte> name) => Pooled(pool, ref chars, name);

        private void General(byte[] buffer, in ZoneRow row, int line)
        {
            var text = Encoding.UTF8.GetString(buffer, row.Start, row.Length);
            using var table = new CsvTable(text, path, line);
            new TableReader(table, sink, ledger, pool, diagnostics).ZoneTableRows(layout.Reader);
        }
    }
}
