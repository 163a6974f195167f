using System.Globalization;

namespace Indicators.Bulk;

/// <summary>
/// Why a <c>zbulk-v1</c> file (批量数据文件) could not be read: the file, the field at fault, the byte
/// offset where the problem was seen and the reason.
/// </summary>
public sealed class ZbulkFileError
{
    internal ZbulkFileError(string file, string field, long offset, string reason)
    {
        File = file;
        Field = field;
        Offset = offset;
        Reason = reason;
    }

    /// <summary>The file's path, or the name given for a stream (文件).</summary>
    public string File { get; }

    /// <summary>The field at fault (字段): <c>magic</c>, <c>H</c>, <c>header</c>, <c>Z</c>, <c>arrays[2].count</c>, <c>actual</c>…</summary>
    public string Field { get; }

    /// <summary>The zero-based byte offset in the file where the problem was seen.</summary>
    public long Offset { get; }

    /// <summary>The reason, in words.</summary>
    public string Reason { get; }

    /// <summary>One line naming the file, the field, the offset and the reason.</summary>
    public string Message => string.Create(CultureInfo.InvariantCulture,
        $"{File}: field '{Field}' (byte {Offset}): {Reason}");

    /// <inheritdoc/>
    public override string ToString() => Message;
}
