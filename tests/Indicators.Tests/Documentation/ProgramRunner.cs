using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Indicators.Tests.Documentation;

// Inside the namespace: the library has its own Diagnostic and DiagnosticSeverity, which would win.
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

/// <summary>
/// Compiles one documentation block as a whole C# program (top-level statements, as in a console project or a
/// file-based app) against the library, runs it in a load context of its own and returns its console output.
/// </summary>
internal static class ProgramRunner
{
    /// <summary>
    /// The usings a .NET SDK console project adds (ImplicitUsings): a block copied into Program.cs sees these and
    /// nothing else, so it names the library's namespaces itself.
    /// </summary>
    internal static readonly IReadOnlyList<string> ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks",
    ];

    // FileBasedProgram: a block may be a file-based app, whose #: directives (#:package, #:property) the compiler
    // then accepts; what they ask for is the harness's to provide (the library, checked by CheckDirectives).
    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Regular)
        .WithFeatures([new("FileBasedProgram", "true")]);

    // One compilation with every reference bound, extended per block: AddSyntaxTrees keeps the bound references.
    private static readonly Lazy<CSharpCompilation> Base = new(() =>
    {
        var usings = CSharpSyntaxTree.ParseText(
            string.Concat(ImplicitUsings.Select(u => $"global using {u};\n")), ParseOptions, path: "ImplicitUsings.g.cs");
        var compilation = CSharpCompilation.Create(
            "DocumentationProgram",
            [usings],
            [.. DocReferences.Framework, .. DocReferences.Library],
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false));
        _ = compilation.GetDiagnostics();
        return compilation;
    });

    /// <summary>
    /// The block's compiler errors and warnings (as <c>file:line:column</c> in the Markdown file), or, when there are
    /// none, its console output and what it threw.
    /// </summary>
    internal static async Task<(IReadOnlyList<string> Diagnostics, string Output, Exception? Error)> RunAsync(DocBlock block)
    {
        var wrongDirectives = CheckDirectives(block);
        if (wrongDirectives.Count > 0)
            return (wrongDirectives, "", null);
        var tree = CSharpSyntaxTree.ParseText(block.Code, ParseOptions, path: block.File);
        var compilation = Base.Value.AddSyntaxTrees(tree);
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => Describe(d, block.File, block.FirstCodeLine))
            .ToList();
        if (!emitted.Success || diagnostics.Count > 0)
            return (diagnostics, "", null);

        var context = new AssemblyLoadContext(block.Location, isCollectible: true);
        try
        {
            pe.Position = 0;
            var entry = context.LoadFromStream(pe).EntryPoint!;
            var (output, error) = await ConsoleCapture.RunAsync(async () =>
            {
                object? result;
                try
                {
                    result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                    throw;
                }
                if (result is Task task)
                    await task;
            });
            return ([], output, error);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// A file-based app's <c>#:package</c> lines: the block runs against the build output, so it may ask only for
    /// Indicators at the version the project builds (its dependencies come with it).
    /// </summary>
    private static List<string> CheckDirectives(DocBlock block)
    {
        var problems = new List<string>();
        var lines = block.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            const string package = "#:package ";
            if (!lines[i].StartsWith(package, StringComparison.Ordinal))
                continue;
            var expected = "Indicators@" + DocReferences.LibraryVersion();
            if (lines[i][package.Length..].Trim() != expected)
                problems.Add($"{block.File}:{block.FirstCodeLine + i}:1: {lines[i].Trim()} — a block can only use {package}{expected}");
        }
        return problems;
    }

    /// <summary>
    /// A compiler message placed in the file the reader edits: <paramref name="firstLine"/> is the line of that file
    /// where the compiled text starts (a Markdown block starts below its fence).
    /// </summary>
    internal static string Describe(Diagnostic d, string file, int firstLine)
    {
        var span = d.Location.GetLineSpan();
        var where = !d.Location.IsInSource
            ? "(no source)"
            : span.Path == file
                ? $"{file}:{firstLine + span.StartLinePosition.Line}:{span.StartLinePosition.Character + 1}"
                : $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
        return $"{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
