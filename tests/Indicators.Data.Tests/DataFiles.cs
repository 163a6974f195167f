using System.Text;

namespace Indicators.Data.Tests;

/// <summary>Where the tests find the repository's templates, and how they make files of their own.</summary>
internal static class DataFiles
{
    /// <summary>docs/examples/data/ of this repository.</summary>
    internal static string Templates { get; } = Path.Combine(FindRoot(), "docs", "examples", "data");

    /// <summary>A template by file name.</summary>
    internal static string Template(string name) => Path.Combine(Templates, name);

    /// <summary>A file of these bytes in a folder of the tests' own.</summary>
    internal static string Temp(byte[] bytes, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "indicators-data-tests-" + Guid.NewGuid().ToString("N"));
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

    /// <summary>"file(line,column): CODE" of every diagnostic, to compare places exactly.</summary>
    internal static string[] Places(Outcome<Indicators.Rules.ZoneData> outcome) =>
        [.. outcome.Diagnostics.Select(d => $"{d.SourceName}({d.Line},{d.Column}): {d.Code}")];

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
