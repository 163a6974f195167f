using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Indicators.Tests.Documentation;

/// <summary>
/// The metadata references every documentation program and script compiles against, made once per test run:
/// Roslyn keeps the symbols of a reference object, so sharing the objects makes every compilation after the
/// first cheap.
/// </summary>
internal static class DocReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        Directory.EnumerateFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(IsManaged)
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> LibraryReferences = new(() =>
        LibraryPaths().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    /// <summary>The shared framework the tests run on (Microsoft.NETCore.App), every managed assembly of it.</summary>
    internal static ImmutableArray<MetadataReference> Framework => FrameworkReferences.Value;

    /// <summary>The library as this test run built it, and the packages it depends on.</summary>
    internal static ImmutableArray<MetadataReference> Library => LibraryReferences.Value;

    /// <summary>
    /// Indicators.dll of the project's build output, and NodaTime and Ardalis.GuardClauses as the build copied them
    /// beside it: what <c>#r "nuget: Indicators, …"</c> means when no feed is given.
    /// </summary>
    internal static IReadOnlyList<string> LibraryPaths() =>
    [
        typeof(Quantity).Assembly.Location,
        typeof(NodaTime.LocalDate).Assembly.Location,
        typeof(Ardalis.GuardClauses.Guard).Assembly.Location,
    ];

    /// <summary>
    /// The package version of the library under test: what the docs' <c>#r "nuget: Indicators, x.y.z"</c> must say
    /// when they run against the build output (the informational version, without its commit suffix).
    /// </summary>
    internal static string LibraryVersion()
    {
        var informational = typeof(Quantity).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>()
            .Single().InformationalVersion;
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    // The shared framework folder also holds native libraries on some platforms.
    private static bool IsManaged(string path)
    {
        try
        {
            _ = System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
