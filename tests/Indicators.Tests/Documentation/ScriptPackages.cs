using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Indicators.Tests.Documentation;

/// <summary>
/// Resolves a script's <c>#r "nuget: Indicators, x.y.z"</c> as dotnet-script would, without its restore: from the
/// package Indicators.x.y.z.nupkg of the folder <see cref="FeedVariable"/> names (its lib/net10.0 assembly, and its
/// dependencies from the NuGet package cache), or, when the variable is unset, from the project's build output,
/// whose version must then be x.y.z. Any other <c>nuget:</c> reference is left unresolved (a compile error). Other
/// references go to Roslyn's default script resolver.
/// </summary>
internal sealed partial class ScriptPackages : MetadataReferenceResolver
{
    /// <summary>The environment variable naming a folder of freshly packed packages.</summary>
    internal const string FeedVariable = "INDICATORS_FEED";

    private const string PackageId = "Indicators";

    // The runtime the tests run on, and the older frameworks a package may ship for it, best first.
    private static readonly string[] Frameworks =
        ["net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0"];

    private readonly ScriptMetadataResolver fallback;

    private Dictionary<string, string> dependencies = new(StringComparer.OrdinalIgnoreCase);

    internal ScriptPackages(string? feed, string baseDirectory)
    {
        Feed = string.IsNullOrEmpty(feed) ? null : Path.GetFullPath(feed);
        fallback = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory);
    }

    /// <summary>The feed folder, or null when scripts run against the build output.</summary>
    internal string? Feed { get; }

    /// <summary>The Indicators.dll a <c>#r "nuget: Indicators, …"</c> resolved to, once one did.</summary>
    internal string? ResolvedLibrary { get; private set; }

    /// <summary>The resolved package's dependencies by assembly name (NodaTime, Ardalis.GuardClauses).</summary>
    internal IReadOnlyDictionary<string, string> PackageDependencies => dependencies;

    /// <inheritdoc />
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        var nuget = NuGetReference().Match(reference);
        if (!nuget.Success)
            return fallback.ResolveReference(reference, baseFilePath, properties);
        var (id, version) = (nuget.Groups["id"].Value, nuget.Groups["version"].Value);
        if (!string.Equals(id, PackageId, StringComparison.OrdinalIgnoreCase) || version.Length == 0)
            return [];
        var paths = Feed is null ? BuildOutput(version) : FromFeed(Feed, version);
        ResolvedLibrary = paths[0];
        dependencies = paths.Skip(1).ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => p, StringComparer.OrdinalIgnoreCase);
        // Roslyn takes one assembly per #r; the package's dependencies come through ResolveMissingAssembly.
        return [MetadataReference.CreateFromFile(paths[0], properties)];
    }

    /// <inheritdoc />
    public override bool ResolveMissingAssemblies => true;

    /// <inheritdoc />
    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        dependencies.TryGetValue(referenceIdentity.Name, out var path)
            ? MetadataReference.CreateFromFile(path)
            : fallback.ResolveMissingAssembly(definition, referenceIdentity);

    /// <inheritdoc />
    public override bool Equals(object? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private static IReadOnlyList<string> BuildOutput(string version)
    {
        var built = DocReferences.LibraryVersion();
        if (version != built)
            throw new InvalidOperationException(
                $"#r \"nuget: {PackageId}, {version}\" but the project builds {built}; without {FeedVariable} the scripts run against the build output, so they must name its version");
        return DocReferences.LibraryPaths();
    }

    private static IReadOnlyList<string> FromFeed(string feed, string version)
    {
        var nupkg = Path.Combine(feed, $"{PackageId}.{version}.nupkg");
        if (!File.Exists(nupkg))
            throw new FileNotFoundException($"{FeedVariable}={feed} holds no {PackageId}.{version}.nupkg", nupkg);

        // One folder per package content: a repack of the same version gets a folder of its own.
        using var stream = File.OpenRead(nupkg);
        var hash = Convert.ToHexString(SHA256.HashData(stream))[..16];
        var folder = Path.Combine(Path.GetTempPath(), "indicators-csx", $"{version}-{hash}");
        if (!Directory.Exists(folder))
        {
            var partial = folder + "." + Environment.ProcessId;
            ZipFile.ExtractToDirectory(nupkg, partial, overwriteFiles: true);
            try
            {
                Directory.Move(partial, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
                Directory.Delete(partial, recursive: true);
            }
        }

        var library = Path.Combine(folder, "lib", "net10.0", PackageId + ".dll");
        if (!File.Exists(library))
            throw new FileNotFoundException($"{nupkg} has no lib/net10.0/{PackageId}.dll", library);
        return [library, .. Dependencies(folder).Select(d => PackageAssembly(d.Id, d.Version))];
    }

    // The nuspec's dependency group for net10.0 (or its only group), as id and lowest version.
    private static IEnumerable<(string Id, string Version)> Dependencies(string folder)
    {
        var nuspec = XDocument.Load(Directory.EnumerateFiles(folder, "*.nuspec").Single());
        var groups = nuspec.Descendants().Where(e => e.Name.LocalName == "group").ToList();
        var group = groups.FirstOrDefault(g => (string?)g.Attribute("targetFramework") is "net10.0" or ".NETCoreApp10.0")
            ?? throw new InvalidOperationException("the package's nuspec has no dependency group for net10.0");
        return group.Elements().Where(e => e.Name.LocalName == "dependency")
            .Select(d => ((string)d.Attribute("id")!, LowestVersion((string)d.Attribute("version")!)));
    }

    private static string LowestVersion(string range) => range.Trim('[', '(', ' ').Split(',')[0].Trim(']', ')', ' ');

    private static string PackageAssembly(string id, string version)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var package = Path.Combine(cache, id.ToLowerInvariant(), version.ToLowerInvariant());
        foreach (var framework in Frameworks)
        {
            var dll = Path.Combine(package, "lib", framework, id + ".dll");
            if (File.Exists(dll))
                return dll;
        }
        throw new FileNotFoundException($"dependency {id} {version} is not in the NuGet package cache ({package}); restore the solution first");
    }

    [GeneratedRegex(@"^\s*nuget\s*:\s*(?<id>[^,\s]+)\s*(,\s*(?<version>\S+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetReference();
}
