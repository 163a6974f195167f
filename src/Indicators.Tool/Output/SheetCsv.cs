using Indicators.Data;

namespace Indicators.Tool.Output;

/// <summary>
/// A sheet as CSV (RFC 4180, UTF-8 without a byte-order mark, one header row, <c>\n</c> line ends), the dialect of
/// <see cref="ResultWriter"/>: numbers unrounded and invariant, a missing cell empty, fields quoted by the same rule
/// (<c>ResultWriter.Field</c>), so every CSV the tool and the Data package write reads the same way.
/// </summary>
internal static class SheetCsv
{
    /// <summary>Writes the sheet to <paramref name="stream"/> (not closed).</summary>
    internal static void Write(Stream stream, ResultSheet sheet)
    {
        // Not disposed: that would close the caller's stream before the atomic writer flushes it to disk.
        var buffered = new BufferedStream(stream, 1 << 16);
        Row(buffered, sheet.Columns.Select(c => c.Name));
        foreach (var row in sheet.Rows)
        {
            Row(buffered, row.Select(ResultSheet.Plain));
        }
        buffered.Flush();
    }

    private static void Row(Stream stream, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                stream.WriteByte((byte)',');
            }
            stream.Write(ResultWriter.Field(field));
            first = false;
        }
        stream.WriteByte((byte)'\n');
    }
}
