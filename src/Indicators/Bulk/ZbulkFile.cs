namespace Indicators.Bulk;

/// <summary>
/// Reads and writes the <c>zbulk-v1</c> bulk data file (批量数据文件) of the zones-bulk benchmark:
/// the 8-byte magic <c>ZBULKv1\n</c>, a uint32 header length <c>H</c>, a space-padded JSON header
/// (so that the data start at a multiple of 64), then little-endian float64 arrays back to back:
/// <c>weight[I]</c>, <c>reverse[I]</c>, <c>actual[Z·I·Y]</c>, <c>target[Z·I·Y]</c>, year fastest.
/// </summary>
/// <remarks>
/// <para>Bad content never throws: <see cref="Read(string)"/> returns an <see cref="Outcome{T}"/> whose one
/// diagnostic (<c>ZB1001</c>–<c>ZB1008</c>, docs/diagnostics.md) names the file (<see cref="Diagnostic.SourceName"/>),
/// the field (<see cref="Diagnostic.Field"/>: <c>magic</c>, <c>H</c>, <c>header</c>, <c>Z</c>, <c>arrays[2].count</c>,
/// <c>actual</c>, <c>weight[3]</c>…), the byte offset (<see cref="Diagnostic.Position"/>; line and column are 0) and the
/// reason. Only the operating system's errors (no such file, no permission) throw.
/// The arrays are read straight into the dataset's storage, in reads of at most 1 MiB.</para>
/// <para>Cells follow the rule of <see cref="BulkDataset.SetActual"/>: NaN (any NaN) is the file's marker for a
/// missing value, and an infinite cell is corrupt data, reported with the cell's index, zone, indicator and year; a
/// dataset read from a file never holds an infinity. Weights follow the constructor's rule: a weight of −0 is 0.</para>
/// </remarks>
public static class ZbulkFile
{
    /// <summary>Reads a <c>zbulk-v1</c> file (读取批量数据文件).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The dataset, or no dataset and a diagnostic naming the file, the field and the byte.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static Outcome<BulkDataset> Read(string path)
    {
        Guard.Against.Null(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return Read(stream, path);
    }

    /// <summary>Reads a <c>zbulk-v1</c> file from a stream (读取批量数据), from its current position to its end.</summary>
    /// <remarks>Byte offsets in errors count from the stream's position at the call. A seekable stream's
    /// length is checked against the header before any array is allocated; from a stream that cannot seek
    /// the arrays grow with the bytes that actually arrive (1 MiB at first, doubling), so a header that
    /// claims more than the stream holds costs what the stream held, and the error names the first missing byte.</remarks>
    /// <param name="stream">The stream; it need not be seekable.</param>
    /// <param name="name">The name errors give for the file; <c>"stream"</c> by default.</param>
    /// <returns>The dataset, or no dataset and a diagnostic naming the file, the field and the byte.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static Outcome<BulkDataset> Read(Stream stream, string? name = null)
    {
        Guard.Against.Null(stream);
        return ZbulkFileFormat.Read(stream, name ?? "stream");
    }

    /// <summary>Writes a dataset as a <c>zbulk-v1</c> file (写出批量数据文件), replacing any file at <paramref name="path"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="dataset">The dataset; missing values are written as NaN.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The dataset's years are outside 1–9999 (its first year is 0, the constructor's
    /// default): the format could not hold them, and nothing is written.</exception>
    /// <remarks>Indicator codes and zone ids are not part of <c>zbulk-v1</c> and are not written.</remarks>
    public static void Write(string path, BulkDataset dataset)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(dataset);
        ZbulkFileFormat.CheckWritable(dataset);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        ZbulkFileFormat.Write(stream, dataset);
    }

    /// <summary>Writes a dataset in the <c>zbulk-v1</c> format to a stream (写出批量数据).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="dataset">The dataset; missing values are written as NaN.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The dataset's years are outside 1–9999 (its first year is 0, the constructor's
    /// default): the format could not hold them, and nothing is written.</exception>
    public static void Write(Stream stream, BulkDataset dataset)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(dataset);
        ZbulkFileFormat.CheckWritable(dataset);
        ZbulkFileFormat.Write(stream, dataset);
    }
}
