using System.CommandLine;
using System.Text;
using Indicators.Data;

namespace Indicators.Tool.Output;

/// <summary>
/// The file outputs every verb shares (docs/cli.md, "Output"): <c>--json-file FILE</c>, <c>--csv FILE</c> and
/// <c>--xlsx FILE</c>, each written atomically — into a temporary file in the same folder, then moved over FILE in one
/// rename (<c>ResultWriter.Atomically</c>, the Data package's one atomic writer): a failure midway leaves an existing FILE
/// as it was and no new or temporary file behind. The table (or <c>--json</c>) still goes to stdout.
/// </summary>
internal sealed class OutputFiles
{
    private readonly Option<string?> jsonFile = new("--json-file") { Description = "Also write the JSON document to FILE (atomically).", HelpName = "FILE" };
    private readonly Option<string?> csv = new("--csv") { Description = "Also write the result as CSV to FILE (atomically); a second table goes to FILE's name with .TABLE.csv.", HelpName = "FILE" };
    private readonly Option<string?> xlsx = new("--xlsx") { Description = "Also write the result as an .xlsx workbook to FILE (atomically), one sheet per table.", HelpName = "FILE" };

    /// <summary>Puts a failing stream between a writer and its temporary file: the tests' way to fail a write midway.</summary>
    internal static readonly AsyncLocal<Func<Stream, Stream>?> WrapForTests = new();

    private OutputFiles()
    {
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    internal static OutputFiles AddTo(Command command)
    {
        var files = new OutputFiles();
        command.Options.Add(files.jsonFile);
        command.Options.Add(files.csv);
        command.Options.Add(files.xlsx);
        return files;
    }

    /// <summary>The files asked for on this command line.</summary>
    internal OutputTargets Read(ParseResult parsed) => new(parsed.GetValue(jsonFile), parsed.GetValue(csv), parsed.GetValue(xlsx));
}

/// <summary>The files a command line asked for (each null when not asked).</summary>
/// <param name="Json">The <c>--json-file</c> path.</param>
/// <param name="Csv">The <c>--csv</c> path.</param>
/// <param name="Xlsx">The <c>--xlsx</c> path.</param>
internal sealed record OutputTargets(string? Json, string? Csv, string? Xlsx)
{
    /// <summary>
    /// Writes every file asked for, each atomically. Returns null when all were written, else the one line for stderr
    /// naming the file that could not be written (the files before it are written; it and those after are not).
    /// </summary>
    /// <param name="verb">The verb, for the message.</param>
    /// <param name="sheets">The result's tables: CSV takes the first to <see cref="Csv"/> and each other to
    /// <c>NAME.SHEET.csv</c> beside it; .xlsx takes them all as sheets.</param>
    /// <param name="json">The JSON document, made only when asked.</param>
    internal string? Write(string verb, IReadOnlyList<ResultSheet> sheets, Func<string> json)
    {
        var writes = new List<(string Path, Action<Stream> Write)>();
        if (Json is { } jsonPath)
        {
            writes.Add((jsonPath, stream => stream.Write(Encoding.UTF8.GetBytes(json() + "\n"))));
        }
        if (Csv is { } csvPath)
        {
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                writes.Add((i == 0 ? csvPath : SidePath(csvPath, sheet.Name), stream => SheetCsv.Write(stream, sheet)));
            }
        }
        if (Xlsx is { } xlsxPath)
        {
            writes.Add((xlsxPath, stream => WriteSeekable(stream, s => SheetXlsx.Write(s, sheets))));
        }
        foreach (var (path, write) in writes)
        {
            try
            {
                ResultWriter.Atomically(path, write, OutputFiles.WrapForTests.Value);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                return $"indicators {verb}: {path}: cannot write the file: {Reason(e)}; nothing was written to it";
            }
        }
        return null;
    }

    // The exception's own message names the temporary file, which no longer exists: say what is wrong with FILE.
    private static string Reason(Exception e) => e switch
    {
        DirectoryNotFoundException => "its folder does not exist",
        UnauthorizedAccessException => "permission denied, or a folder is in the way",
        _ => e.Message.TrimEnd('.'),
    };

    /// <summary>FILE.csv's companion for another table: <c>out.csv</c> + zones → <c>out.zones.csv</c>.</summary>
    internal static string SidePath(string path, string sheet)
    {
        var folder = Path.GetDirectoryName(path);
        var name = Path.GetFileNameWithoutExtension(path) + "." + sheet + (Path.HasExtension(path) ? Path.GetExtension(path) : ".csv");
        return string.IsNullOrEmpty(folder) ? name : Path.Combine(folder, name);
    }

    // A package (zip) is written to a stream it can read and seek; the atomic writer's is write-only.
    private static void WriteSeekable(Stream stream, Action<Stream> write)
    {
        using var memory = new MemoryStream();
        write(memory);
        memory.Position = 0;
        memory.CopyTo(stream);
    }
}
