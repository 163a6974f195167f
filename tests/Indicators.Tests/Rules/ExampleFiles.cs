namespace Indicators.Tests.Rules;

/// <summary>The repository's example files, found from the test assembly upwards.</summary>
internal static class ExampleFiles
{
    internal static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Indicators.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Cannot find the repository root (Indicators.sln).");
    }

    /// <summary>The text of docs/examples/rules/<paramref name="file"/>.</summary>
    internal static string Rules(string file) => File.ReadAllText(Path.Combine(Root(), "docs", "examples", "rules", file));
}
