namespace Indicators.Data;

/// <summary>Reads data files into a sink: each path by its extension (.xlsx a workbook, anything else CSV text in UTF-8
/// or GB18030), each table by its header. What the loader runs, apart from the builder.</summary>
internal static class DataReader
{
    /// <summary>Reads every file, in order, into <paramref name="sink"/>; the diagnostics of all of them.</summary>
    internal static List<Diagnostic> Read(IEnumerable<string> paths, IDataSink sink, LongCsvOptions? options = null)
    {
        options ??= LongCsvOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var ledger = new Ledger();
        var pool = new NamePool();
        foreach (var path in paths)
        {
            Guard.Against.Null(path);
            if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase))
            {
                XlsxReader.Read(path, sink, ledger, pool, diagnostics);
                continue;
            }
            byte[]? small = null;
            if (sink is DataLoader.BuilderSink builder && LongCsv.TryRead(path, builder, ledger, pool, diagnostics, options, out small))
            {
                continue;
            }
            var file = small is null ? TextFile.Read(path) : TextFile.Decode(path, small);
            if (file.Text is not { } text)
            {
                diagnostics.Add(Diagnostic.Unplaced("DT1001", file.Error!, ChineseError(file.Error!, path), path));
                continue;
            }
            ReadText(text, path, sink, ledger, pool, diagnostics);
        }
        return diagnostics;
    }

    /// <summary>Reads one CSV text.</summary>
    internal static void ReadText(string text, string sourceName, IDataSink sink, Ledger ledger, NamePool pool, List<Diagnostic> diagnostics)
    {
        using var table = new CsvTable(text, sourceName);
        new TableReader(table, sink, ledger, pool, diagnostics).Read();
    }

    private static string ChineseError(string english, string path) =>
        english.Contains("no such file", StringComparison.Ordinal) ? $"{path}：文件不存在"
        : english.Contains("folder", StringComparison.Ordinal) ? $"{path}：这是文件夹，不是文件"
        : english.Contains("neither UTF-8 nor GB18030", StringComparison.Ordinal) ? $"{path}：既不是 UTF-8 也不是 GB18030 文本"
        : $"{path}：无法读取";
}
