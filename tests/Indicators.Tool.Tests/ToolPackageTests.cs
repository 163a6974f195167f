using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Indicators.Tool.Tests;

/// <summary>The tool's package as nuget.org would show it.</summary>
public sealed partial class ToolPackageTests
{
    [Fact]
    public void Issue12_Tool_package_is_the_indicators_command_with_a_readme_of_its_own()
    {
        var project = XDocument.Load(Path.Combine(ToolRun.RepositoryRoot, "src", "Indicators.Tool", "Indicators.Tool.csproj")).Root!;
        string Property(string name) => Assert.Single(project.Elements("PropertyGroup").Elements(name)).Value;
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("indicators", Property("ToolCommandName"));
        Assert.Equal("Indicators.Tool", Property("PackageId"));
        // The library's package README is taken out, the tool's own packed as README.md.
        var items = project.Elements("ItemGroup").Elements("None").ToList();
        Assert.Contains(items, i => (string?)i.Attribute("Remove") is { } r && r.EndsWith("docs/package-readme.md", StringComparison.Ordinal));
        Assert.Contains(items, i => (string?)i.Attribute("Include") == "README.md" && (string?)i.Attribute("PackagePath") == "README.md");

        // nuget.org resolves no relative link: every link of the packed README is absolute.
        var readme = File.ReadAllText(Path.Combine(ToolRun.RepositoryRoot, "src", "Indicators.Tool", "README.md"));
        Assert.Empty(RelativeLink().Matches(readme));
        Assert.Contains("https://github.com/indicators-dotnet/indicators/blob/main/docs/cli.md", readme, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\]\((?!https?://)")]
    private static partial Regex RelativeLink();
}
