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

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Regular);

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
