using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Indicators.Tests.Documentation;

/// <summary>
/// Scripting verified: every docs/examples/*.csx (dotnet-script dialect) compiles, runs and prints what its
/// <c>// →</c> comments say, against the package in the folder INDICATORS_FEED names (.ci/scripts.sh), or against
/// the build output when it is unset. Files they <c>#load</c> live in docs/examples/lib/ and are not run alone.
/// </summary>
public class CsxScriptTests(ITestOutputHelper log)
{
    private static string Examples => Path.Combine(Architecture.SourceGraph.RepositoryRoot(), "docs", "examples");

    private static string? Feed => Environment.GetEnvironmentVariable(ScriptPackages.FeedVariable);

    /// <summary>Every script, by file name.</summary>
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Examples, "*.csx").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Issue11_Csx_script_runs_against_the_package_and_prints_what_its_arrows_say(string script)
    {
        var path = Path.Combine(Examples, script);
        var (diagnostics, output, error, library) = await ScriptRunner.RunAsync(path, Feed);

        Assert.True(diagnostics.Count == 0, $"{script} does not compile cleanly:\n" + string.Join('\n', diagnostics));
        Assert.True(error is null, $"{script} threw {error}\noutput before it:\n{output}");
        log.WriteLine($"Indicators from {library}\n{output}");
        var mismatch = ExpectedOutput.Compare(ExpectedOutput.Of(await File.ReadAllTextAsync(path), SourceCodeKind.Script), output);
        Assert.True(mismatch is null, $"{script}: {mismatch}");

        // The script ran the library it was given: the packed one when a feed is named, else the build output.
        if (Feed is null)
            Assert.Equal(typeof(Quantity).Assembly.Location, library);
        else
            Assert.StartsWith(Path.Combine(Path.GetTempPath(), "indicators-csx") + Path.DirectorySeparatorChar, library, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue11_Csx_scripts_are_in_the_dotnet_script_dialect_and_state_their_output()
    {
        var scripts = Directory.GetFiles(Examples, "*.csx");
        Assert.True(scripts.Length >= 2, "docs/examples holds fewer than two .csx scripts");
        foreach (var path in scripts)
        {
            var text = File.ReadAllText(path);
            Assert.StartsWith("#r \"nuget: Indicators, ", text, StringComparison.Ordinal);
            Assert.NotEmpty(ExpectedOutput.Of(text, SourceCodeKind.Script));
        }
        Assert.Contains(scripts, p => File.ReadAllText(p).Contains("#load \"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Issue11_Csx_a_compile_error_a_wrong_version_or_a_wrong_line_fails()
    {
        var folder = Directory.CreateTempSubdirectory("indicators-csx-test").FullName;
        try
        {
            var version = DocReferences.LibraryVersion();
            File.WriteAllText(Path.Combine(folder, "helper.csx"), "var Base = 170;\n");
            var good = Path.Combine(folder, "good.csx");
            File.WriteAllText(good, $"#r \"nuget: Indicators, {version}\"\n#load \"helper.csx\"\nusing Indicators;\n"
                + "WriteLine(ChinesePhrasing.Phrase(Growth.YearOnYear(210, Base))); // → 同比增长23.6%\n");
            var (diagnostics, output, error, _) = await ScriptRunner.RunAsync(good, feed: null);
            Assert.Empty(diagnostics);
            Assert.Null(error);
            Assert.Equal(["同比增长23.5%"], ExpectedOutput.Lines(output));
            Assert.NotNull(ExpectedOutput.Compare(ExpectedOutput.Of(File.ReadAllText(good), SourceCodeKind.Script), output));

            var broken = Path.Combine(folder, "broken.csx");
            File.WriteAllText(broken, $"#r \"nuget: Indicators, {version}\"\nusing Indicators;\nvar x = Growth.NoSuchMethod();\n");
            (diagnostics, _, _, _) = await ScriptRunner.RunAsync(broken, feed: null);
            Assert.Contains(diagnostics, d => d.Contains("error CS0117", StringComparison.Ordinal));

            var stale = Path.Combine(folder, "stale.csx");
            File.WriteAllText(stale, "#r \"nuget: Indicators, 0.0.1\"\nWriteLine(1);\n");
            await Assert.ThrowsAnyAsync<Exception>(() => ScriptRunner.RunAsync(stale, feed: null));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
