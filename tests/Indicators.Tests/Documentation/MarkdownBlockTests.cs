using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Indicators.Tests.Documentation;

/// <summary>
/// Documentation that runs: every <c>```csharp run</c> block of README.md and docs/**/*.md is compiled as one
/// program against the library, run, and its console output held to its <c>// →</c> comments. One case per block,
/// named by file and line.
/// </summary>
public class MarkdownBlockTests(ITestOutputHelper log)
{
    private static readonly Lazy<IReadOnlyList<DocBlock>> Blocks =
        new(() => DocBlock.FindAll(Architecture.SourceGraph.RepositoryRoot()));

    /// <summary>Every runnable block, by location (<c>README.md:58</c>): the test name says which block failed.</summary>
    public static TheoryData<string> Locations()
    {
        var data = new TheoryData<string>();
        foreach (var block in Blocks.Value)
            data.Add(block.Location);
        return data;
    }

    [Theory]
    [MemberData(nameof(Locations))]
    public async Task Issue11_Docs_block_compiles_runs_and_prints_what_its_arrows_say(string location)
    {
        var block = Blocks.Value.Single(b => b.Location == location);
        var (diagnostics, output, error) = await ProgramRunner.RunAsync(block);

        Assert.True(diagnostics.Count == 0, $"{location} does not compile cleanly:\n" + string.Join('\n', diagnostics));
        Assert.True(error is null, $"{location} threw {error}\noutput before it:\n{output}");
        log.WriteLine(output);
        if (block.Varies)
            return;
        var mismatch = ExpectedOutput.Compare(ExpectedOutput.Of(block.Code, SourceCodeKind.Regular), output);
        Assert.True(mismatch is null, $"{location}: {mismatch}");
    }

    [Fact]
    public void Issue11_Docs_every_run_block_states_its_output_unless_it_varies()
    {
        Assert.NotEmpty(Blocks.Value);
        var problems = new List<string>();
        foreach (var block in Blocks.Value)
        {
            var arrows = ExpectedOutput.Of(block.Code, SourceCodeKind.Regular).Count;
            var unknown = block.Flags.Where(f => f != DocBlock.VariesFlag).ToList();
            if (unknown.Count > 0)
                problems.Add($"{block.Location}: unknown flag(s) {string.Join(", ", unknown)} after 'csharp run'");
            if (!block.Varies && arrows == 0)
                problems.Add($"{block.Location}: no // → line, so nothing it prints is checked (mark it 'varies' if its output cannot be stated)");
            if (block.Varies && arrows > 0)
                problems.Add($"{block.Location}: 'varies' but states {arrows} // → line(s) that would not be checked");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Issue11_Docs_the_marker_finds_blocks_and_reads_arrows_as_documented()
    {
        const string markdown = """
            ```csharp
            Console.WriteLine("not run");
            ```
            ````csharp run
            Console.WriteLine("a"); // → a
            // → b
            var s = "// → not an arrow";
            ```
            ````
            ```csharp run varies
            Console.WriteLine(DateTime.Now);
            ```
            """;
        var blocks = DocBlock.Parse("x.md", markdown).ToList();

        Assert.Equal(["x.md:4", "x.md:10"], blocks.Select(b => b.Location));
        Assert.Equal(["a", "b"], ExpectedOutput.Of(blocks[0].Code, SourceCodeKind.Regular));
        Assert.True(blocks[1].Varies);
    }

    [Fact]
    public void Issue11_Docs_comparison_fails_on_a_wrong_missing_or_extra_line()
    {
        Assert.Null(ExpectedOutput.Compare(["a", "  b"], "a\n  b\n\n"));
        Assert.Null(ExpectedOutput.Compare(["a", ExpectedOutput.AnyLine], "a\n2026-12-04\n"));
        Assert.NotNull(ExpectedOutput.Compare(["a", "b"], "a\nc\n"));
        Assert.NotNull(ExpectedOutput.Compare(["a", "b"], "a\n"));
        Assert.NotNull(ExpectedOutput.Compare(["a"], "a\nb\n"));
        Assert.NotNull(ExpectedOutput.Compare([], "a\n"));
    }

    [Fact]
    public async Task Issue11_Docs_a_block_with_a_wrong_arrow_a_wrong_package_or_a_compile_error_fails()
    {
        var wrong = new DocBlock("x.md", 1, [], "Console.WriteLine(1 + 1); // → 3");
        var (diagnostics, output, error) = await ProgramRunner.RunAsync(wrong);
        Assert.Empty(diagnostics);
        Assert.Null(error);
        Assert.Contains("actual:", ExpectedOutput.Compare(ExpectedOutput.Of(wrong.Code, SourceCodeKind.Regular), output));

        var app = new DocBlock("x.md", 1, [], $"#:package Indicators@{DocReferences.LibraryVersion()}\n#:property PublishAot=false\nusing Indicators;\nConsole.WriteLine(ChinesePhrasing.Phrase(Growth.YearOnYear(210, 170)));");
        (diagnostics, output, error) = await ProgramRunner.RunAsync(app);
        Assert.Empty(diagnostics);
        Assert.Equal(["同比增长23.5%"], ExpectedOutput.Lines(output));
        (diagnostics, _, _) = await ProgramRunner.RunAsync(app with { Code = app.Code.Replace("Indicators@", "Indicators@9", StringComparison.Ordinal) });
        Assert.Contains(diagnostics, d => d.Contains("a block can only use #:package Indicators@", StringComparison.Ordinal));

        var broken = new DocBlock("x.md", 10, [], "var bad = 1;\nvar bad = 2;");
        (diagnostics, _, _) = await ProgramRunner.RunAsync(broken);
        Assert.Contains(diagnostics, d => d.StartsWith("x.md:12:5: error CS0128", StringComparison.Ordinal));
    }
}
