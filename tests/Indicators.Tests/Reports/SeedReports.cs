using Indicators.Tests.Rules;

namespace Indicators.Tests.Reports;

/// <summary>Where the bundled reports (data/reports/) and their hand annotations (Reports/Seeds/) are, from the repository root.</summary>
internal static class SeedReports
{
    /// <summary>data/reports/.</summary>
    internal static string Folder => Path.Combine(ExampleFiles.Root(), "data", "reports");

    /// <summary>tests/Indicators.Tests/Reports/Seeds/.</summary>
    internal static string Annotations => Path.Combine(ExampleFiles.Root(), "tests", "Indicators.Tests", "Reports", "Seeds");

    /// <summary>A bundled report by file name (001_c81c4cc377fa0bf5.txt).</summary>
    internal static string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>A bundled report by its number (000 → data/reports/000_*.txt).</summary>
    internal static string Numbered(string number) => Assert.Single(Directory.GetFiles(Folder, number + "_*.txt"));

    /// <summary>An annotation file's text (000.facts.json).</summary>
    internal static string Annotation(string file) => File.ReadAllText(Path.Combine(Annotations, file));
}
