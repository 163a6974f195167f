using System.Text;

namespace Indicators.Tool.Tests;

/// <summary>Runs the tool in process and finds the repository's bundled reports.</summary>
internal static class ToolRun
{
    /// <summary>The folder holding Indicators.sln.</summary>
    internal static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The bundled reports, data/reports/*.txt, in name order.</summary>
    internal static IReadOnlyList<string> Reports { get; } =
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot, "data", "reports"), "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>The bundled report whose name starts with <paramref name="prefix"/> (000, 001…).</summary>
    internal static string Report(string prefix) => Reports.Single(r => Path.GetFileName(r).StartsWith(prefix + "_", StringComparison.Ordinal));

    /// <summary>Runs <c>indicators ARGS</c>.</summary>
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A file of these bytes in a folder of the tests' own, deleted with the process's temp files.</summary>
    internal static string TempFile(byte[] bytes, string name = "report.txt")
    {
        var folder = Path.Combine(Path.GetTempPath(), "indicators-tool-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>GB18030 (code page 54936), as a Chinese editor saves it.</summary>
    internal static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indicators.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Indicators.sln not found above " + AppContext.BaseDirectory);
    }
}
