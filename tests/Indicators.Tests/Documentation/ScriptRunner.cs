using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
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
    /// and where the Indicators assembly the script ran came from (as the script's load context bound it).
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
        var compilation = script.GetCompilation();
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !Ignored.Contains(d.Id))
            .Select(d => ProgramRunner.Describe(d, Path.GetFullPath(path), 1))
            .ToList();
        if (!emitted.Success || diagnostics.Count > 0)
            return (diagnostics, "", null, null);

        // The script runs in a load context of its own, where the package's assemblies (when a feed is named)
        // answer its references: the test process has the build output's Indicators.dll loaded already, and the
        // script would otherwise bind to that one.
        var packageAssemblies = new Dictionary<string, string>(packages.PackageDependencies, StringComparer.OrdinalIgnoreCase);
        if (packages.Feed is not null && packages.ResolvedLibrary is { } library)
            packageAssemblies[Path.GetFileNameWithoutExtension(library)] = library;
        var context = new ScriptLoadContext(path, packages.Feed is null ? new Dictionary<string, string>() : packageAssemblies);
        try
        {
            pe.Position = 0;
            var assembly = context.LoadFromStream(pe);
            // Roslyn's entry point of a script: Submission#0.<Factory>(object[] submissionStates), slot 0 for
            // the globals object (none here), slot 1 for this submission.
            var factory = assembly.GetType(compilation.ScriptClass!.MetadataName, throwOnError: true)!
                .GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
            var (output, error) = await ConsoleCapture.RunAsync(async () =>
            {
                object? task;
                try
                {
                    task = factory.Invoke(null, [new object?[2]]);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                    throw;
                }
                await (Task)task!;
            });
            // The context binds a name once: this is the Indicators.dll the script's code ran.
            var ranFrom = context.LoadFromAssemblyName(new AssemblyName("Indicators")).Location;
            return ([], output, error, ranFrom);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// A script's load context: the package's assemblies by name from their files, everything else from the
    /// test process (null: the default context).
    /// </summary>
    private sealed class ScriptLoadContext(string script, IReadOnlyDictionary<string, string> packageAssemblies)
        : AssemblyLoadContext("script " + script, isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name is { } name && packageAssemblies.TryGetValue(name, out var file) ? LoadFromAssemblyPath(file) : null;
    }
}
