namespace Indicators.Tool.Tests;

/// <summary>
/// The README's first command (issue 15) runs the tool's main job on bundled data: a real report kept in
/// docs/examples/data/ with its source, audited in one command. The command is read from the README itself, so the test
/// follows the README when it changes.
/// </summary>
public sealed class ReadmeCommandTests
{
    private const string Prefix = "dotnet run --project src/Indicators.Tool -- ";

    [Fact]
    public void Issue15_Readme_the_first_command_audits_a_bundled_report_without_bad_input()
    {
        var command = FirstCommand();
        Assert.StartsWith(Prefix + "audit docs/examples/data/", command, StringComparison.Ordinal);
        var args = command[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The README's paths are relative to the repository root; the tests run elsewhere.
        var resolved = args.Select(a => File.Exists(Path.Combine(ToolRun.RepositoryRoot, a)) ? Path.Combine(ToolRun.RepositoryRoot, a) : a).ToArray();
        var (code, stdout, stderr) = ToolRun.Run(resolved);
        Assert.True(code is 0 or 1, $"exit {code}: {stderr}");
        Assert.Equal("", stderr);
        // 宁波国家高新区 2011: the reader finds its facts and the audit lists borderline checks (counted when the file was chosen).
        Assert.Contains("reference year 2011, 127 facts; 167 checks: 9 unverifiable, 151 consistent, 7 borderline", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Readme_the_bundled_report_is_a_seed_report_byte_for_byte_and_its_source_is_recorded()
    {
        var report = FirstCommand().Split(' ')[^1];
        var bundled = File.ReadAllBytes(Path.Combine(ToolRun.RepositoryRoot, report));
        Assert.Equal(File.ReadAllBytes(ToolRun.Report("001")), bundled);
        var sources = File.ReadAllText(Path.Combine(ToolRun.RepositoryRoot, "docs", "examples", "data", "SOURCES.md"));
        Assert.Contains("`" + Path.GetFileName(report) + "`", sources, StringComparison.Ordinal);
        Assert.Contains("11330208591592676Q/2012-17104", sources, StringComparison.Ordinal);
    }

    /// <summary>The first line of the README's first fenced block that is not C#: the command a reader runs first.</summary>
    private static string FirstCommand()
    {
        var lines = File.ReadAllLines(Path.Combine(ToolRun.RepositoryRoot, "README.md"));
        var fence = Array.FindIndex(lines, l => l.StartsWith("```", StringComparison.Ordinal));
        Assert.True(fence >= 0, "no fenced block in README.md");
        Assert.Equal("```", lines[fence]);
        return lines[fence + 1];
    }
}
