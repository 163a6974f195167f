using System.Buffers.Binary;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Indicators.Tests.Rules;

namespace Indicators.Tests.Packaging;

/// <summary>
/// The package as nuget.org shows it: the packed README is docs/package-readme.md, written for package users. nuget.org
/// does not rewrite relative links (they lead nowhere from the package page), and the contributors' sections of the
/// repository README (its two commands, building) mean nothing to someone who installed the package.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private const string RepositoryPrefix = "https://github.com/indicators-dotnet/indicators/";

    private static readonly string Root = ExampleFiles.Root();

    private static string PackageReadme => File.ReadAllText(Path.Combine(Root, "docs", "package-readme.md"));

    private static XElement PackagingProps => XElement.Load(Path.Combine(Root, "src", "Directory.Build.props"));

    [Fact]
    public void Issue11_PackageReadme_has_only_absolute_links()
    {
        var links = LinkTargets(PackageReadme);

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
        // The documentation list points at the repository's main branch, where the docs live.
        Assert.Contains(links, link => link.StartsWith(RepositoryPrefix + "blob/main/docs/", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue11_PackageReadme_link_check_finds_relative_links_outside_code()
    {
        const string sample = """
            See [the design](docs/design.md), [below](#install), ![icon](images/icon.png) and [ok](https://example.org/).
            [ref]: ../CHANGELOG.md
            <a href="LICENSE">licence</a>
            `[not a link](inline/code.md)`
            ```csharp
            var x = values[i](1); // [no](fenced/code.md)
            ```
            """;

        Assert.Equal(["docs/design.md", "#install", "images/icon.png", "https://example.org/", "../CHANGELOG.md", "LICENSE"], LinkTargets(sample));
    }

    [Fact]
    public void Issue11_PackageReadme_has_no_contributor_sections()
    {
        var headings = Headings(PackageReadme);

        Assert.Contains("Install", headings);
        Assert.Contains("Quickstart", headings);
        Assert.DoesNotContain("The two commands", headings);
        Assert.DoesNotContain("Building", headings);
        // Commands that only work inside a clone of the repository.
        Assert.DoesNotContain("Indicators.sln", PackageReadme, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet run docs/examples", PackageReadme, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue11_PackageReadme_is_the_packed_readme()
    {
        var props = PackagingProps;

        Assert.Equal("README.md", Property(props, "PackageReadmeFile"));
        var packed = PackedItems(props);
        Assert.Equal("README.md", Assert.Single(packed, item => NormalizedInclude(item).EndsWith("/docs/package-readme.md", StringComparison.Ordinal)).PackagePath);
        // The repository README stays the contributors' page: nothing else is packed as README.md.
        Assert.Single(packed, item => item.PackagePath == "README.md");
        Assert.DoesNotContain(packed, item => NormalizedInclude(item).EndsWith("../README.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue11_Package_icon_is_a_packed_small_png()
    {
        var props = PackagingProps;
        var icon = Property(props, "PackageIcon");
        Assert.Equal("icon.png", icon);
        var item = Assert.Single(PackedItems(props), i => i.PackagePath == icon);
        var file = Path.GetFullPath(Path.Combine(Root, "src", item.Include.Replace("$(MSBuildThisFileDirectory)", string.Empty, StringComparison.Ordinal)));
        var bytes = File.ReadAllBytes(file);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        // IHDR: width and height, big-endian, right after the chunk's length and type. nuget.org shows 128×128.
        Assert.Equal(128, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(128, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.InRange(bytes.Length, 100, 1024 * 1024);
    }

    [Fact]
    public void Issue11_Package_metadata_names_what_the_package_does()
    {
        var props = PackagingProps;
        var description = Property(props, "Description");
        var tags = Property(props, "PackageTags").Split(';');

        Assert.Contains("规则语言", description, StringComparison.Ordinal);
        Assert.Contains("考核", description, StringComparison.Ordinal);
        Assert.Contains("ranking", description, StringComparison.Ordinal);
        Assert.Contains("bulk recomputation", description, StringComparison.Ordinal);
        Assert.Subset(tags.ToHashSet(), new HashSet<string> { "规则语言", "rule-language", "考核", "assessment", "ranking", "bulk" });
        Assert.Contains(RepositoryPrefix + "blob/main/CHANGELOG.md", Property(props, "PackageReleaseNotes"), StringComparison.Ordinal);
    }

    /// <summary>Targets of Markdown inline links and images, reference definitions and HTML href/src, outside code.</summary>
    internal static List<string> LinkTargets(string markdown)
    {
        var prose = InlineCode().Replace(FencedCode().Replace(markdown, string.Empty), string.Empty);
        return Link().Matches(prose).Select(m => m.Groups["target"].Value).ToList();
    }

    private static List<string> Headings(string markdown) =>
        Heading().Matches(FencedCode().Replace(markdown, string.Empty)).Select(m => m.Groups["title"].Value.Trim()).ToList();

    private static string Property(XElement props, string name) =>
        Assert.Single(props.Elements("PropertyGroup").Elements(name)).Value;

    private static List<(string Include, string PackagePath)> PackedItems(XElement props) =>
        props.Elements("ItemGroup").Elements("None")
            .Where(e => (string?)e.Attribute("Pack") == "true")
            .Select(e => ((string?)e.Attribute("Include") ?? string.Empty, (string?)e.Attribute("PackagePath") ?? string.Empty))
            .ToList();

    private static string NormalizedInclude((string Include, string PackagePath) item) => "/" + item.Include.Replace('\\', '/');

    [GeneratedRegex(@"^```.*?^```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)|^\s*\[[^\]]+\]:\s*(?<target>\S+)|\b(?:href|src)=""(?<target>[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
