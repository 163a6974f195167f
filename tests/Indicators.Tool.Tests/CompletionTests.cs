namespace Indicators.Tool.Tests;

/// <summary>
/// Shell completion (issue 15): System.CommandLine's <c>[suggest:N]</c> directive, which dotnet-suggest's shell shims call
/// with the command line after the program's name and the cursor's position in it, prints one completion per line.
/// </summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("au", 2, new[] { "audit" })]
    [InlineData("c", 1, new[] { "check", "compute" })]
    [InlineData("co", 2, new[] { "compute" })]
    [InlineData("ph", 2, new[] { "phrase" })]
    // System.CommandLine offers every name that contains the text, not only those that start with it: phrase has an a.
    [InlineData("a", 1, new[] { "assess", "audit", "phrase" })]
    [InlineData("check --lang ", 13, new[] { "en", "zh" })]
    [InlineData("audit --a", 9, new[] { "--all-checks" })]
    public void Issue15_Completion_suggests_the_verbs_options_and_values_that_fit(string line, int position, string[] expected)
    {
        var (code, stdout, stderr) = ToolRun.Run($"[suggest:{position}]", line);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal(expected, stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Issue15_Completion_of_an_empty_line_lists_every_verb()
    {
        var (code, stdout, _) = ToolRun.Run("[suggest:0]", "");
        Assert.Equal(0, code);
        var suggestions = stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("audit", suggestions);
        Assert.Contains("assess", suggestions);
        Assert.Contains("check", suggestions);
        Assert.Contains("compute", suggestions);
        Assert.Contains("phrase", suggestions);
    }
}
