using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Indicators.Tests.Documentation;

// Inside the namespace: the library has its own DiagnosticSeverity, which would win.
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

/// <summary>
/// Runs a <c>.csx</c> file in the dotnet-script dialect with Roslyn scripting: dotnet-script's default imports,
/// <c>#load</c> of files relative to the script, <c>#r "nuget: Indicators, x.y.z"</c> resolved by
/// <see cref="ScriptPackages"/>.
/// </summary>
internal static class ScriptRunner
{
    /// <summary>
    /// dotnet-script's imports (Dotnet.Script.Core's ScriptCompiler.ImportedNamespaces); System.Console is a type,
    /// imported as by <c>using static</c>, so <c>WriteLine("…")</c> alone works as it does there.
    /// </summary>
    internal static readonly IReadOnlyList<string> DotnetScriptImports =
    [
        "System", "System.IO", "System.Collections.Generic", "System.Console", "System.Diagnostics", "System.Dynamic",
        "System.Linq", "System.Linq.Expressions", "System.Text", "System.Threading.Tasks",
    ];

    // Suppressed by dotnet-script too (assembly version unification notes).
    private static readonly string[] Ignored = ["CS1701", "CS1702", "CS1705"];

    /// <summary>
    /// Compiles and runs <paramref name="path"/>: its compiler errors and warnings, or its output and what it threw;
    /// and the Indicators.dll its <c>#r</c> resolved to.
    /// </summary>
    internal static async Task<(IReadOnlyList<string> Diagnostics, string Output, Exception? Error, string? Library)> RunAsync(string path, string? feed)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var packages = new ScriptPackages(feed, directory);
        var options = ScriptOptions.Default
            .WithReferences(DocReferences.Framework)
            .WithImports(DotnetScriptImports)
            .WithFilePath(Path.GetFullPath(path))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, directory))
            .WithMetadataResolver(packages)
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        var script = CSharpScript.Create(await File.ReadAllTextAsync(path), options);
        var diagnostics = script.Compile()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !Ignored.Contains(d.Id))
            .Select(d => ProgramRunner.Describe(d, Path.GetFullPath(path), 1))
            .ToList();
        if (diagnostics.Count > 0)
            return (diagnostics, "", null, packages.ResolvedLibrary);
        var (output, error) = await ConsoleCapture.RunAsync(() => script.RunAsync());
        return ([], output, error, packages.ResolvedLibrary);
    }
}
