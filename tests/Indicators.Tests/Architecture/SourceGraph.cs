using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Indicators.Tests.Architecture;

/// <summary>
/// The library's source compiled with Roslyn, and every reference from one of its files to a symbol declared in
/// another: the graph of folders and the graph of namespaces. Built from source rather than IL because a folder is
/// a source fact (IL knows namespaces, not folders).
/// </summary>
internal sealed class SourceGraph
{
    /// <summary>One reference: where it is written and what it names.</summary>
    internal sealed record Reference(string FromFolder, string FromNamespace, string ToFolder, string ToNamespace, string Where, string What);

    private SourceGraph(string sourceRoot, IReadOnlyList<Reference> references, IReadOnlyDictionary<string, string> namespaceOfFile)
    {
        SourceRoot = sourceRoot;
        References = references;
        NamespaceOfFile = namespaceOfFile;
    }

    internal string SourceRoot { get; }

    internal IReadOnlyList<Reference> References { get; }

    /// <summary>The declared namespace of every source file, keyed by its path relative to the source root.</summary>
    internal IReadOnlyDictionary<string, string> NamespaceOfFile { get; }

    private static readonly Lazy<SourceGraph> Library = new(() => Build(Path.Combine(RepositoryRoot(), "src", "Indicators")));

    /// <summary>The graph of src/Indicators, built once per test run (about two seconds).</summary>
    internal static SourceGraph Indicators => Library.Value;

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indicators.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Indicators.sln not found above " + AppContext.BaseDirectory);
    }

    internal static string Folder(string relativeFile)
    {
        var folder = Path.GetDirectoryName(relativeFile)!.Replace('\\', '/');
        return folder.Length == 0 ? "." : folder;
    }

    private static SourceGraph Build(string sourceRoot)
    {
        var files = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sourceRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var options = new CSharpParseOptions(LanguageVersion.Preview,
            preprocessorSymbols: ["NET", "NET10_0", "NET10_0_OR_GREATER", "NET9_0_OR_GREATER", "NET8_0_OR_GREATER"]);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(sourceRoot, f)), options, path: f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(GlobalUsings(Path.Combine(sourceRoot, "Indicators.csproj")), options, path: "<global usings>"));

        var compilation = CSharpCompilation.Create("Indicators.ArchitectureCheck", trees, MetadataReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            // A graph of a source that does not compile would be a guess; say why instead.
            throw new InvalidOperationException("The library's source does not compile for the architecture check:\n" + string.Join('\n', errors));
        }

        var references = new List<Reference>();
        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in trees.Where(t => t.FilePath != "<global usings>"))
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            var fromFolder = Folder(tree.FilePath);
            var fromNamespace = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? "<global>";
            namespaces[tree.FilePath] = fromNamespace;
            foreach (var node in root.DescendantNodes())
            {
                var symbol = node switch
                {
                    SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax => Referenced(model, node),
                    _ => null,
                };
                if (symbol is null)
                {
                    continue;
                }
                var target = symbol is INamedTypeSymbol ? symbol : symbol.ContainingType is { } containing && symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? containing : symbol;
                foreach (var location in Home(target.OriginalDefinition))
                {
                    var toFile = location.SourceTree!.FilePath;
                    var toNamespace = (target as INamedTypeSymbol ?? target.ContainingType)?.ContainingNamespace.ToDisplayString() ?? "<global>";
                    var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    references.Add(new Reference(fromFolder, fromNamespace, Folder(toFile), toNamespace, $"{tree.FilePath}({line})", target.ToDisplayString()));
                }
            }
        }
        return new SourceGraph(sourceRoot, references, namespaces);
    }

    /// <summary>
    /// Where a referenced symbol lives: a member, where it is declared; a type, in the file named after it. A partial
    /// type's other files (RulePlan.Evaluate.cs beside the evaluator) add members as their folder's own, the way
    /// extension methods would, so a use of the type alone does not depend on them.
    /// </summary>
    private static IEnumerable<Location> Home(ISymbol symbol)
    {
        var locations = symbol.Locations.Where(l => l.IsInSource && l.SourceTree!.FilePath != "<global usings>").ToList();
        if (symbol is not INamedTypeSymbol || locations.Count < 2)
        {
            return locations;
        }
        var named = locations.Where(l => Path.GetFileName(l.SourceTree!.FilePath).Split('.')[0] == symbol.Name).Take(1).ToList();
        return named.Count > 0 ? named : locations.Take(1);
    }

    private static ISymbol? Referenced(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
        {
            symbol = reduced;
        }
        // Tuple elements and anonymous members are the using file's own; namespaces, locals and type parameters are no dependency.
        return symbol is INamespaceSymbol or ITypeParameterSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol
            || symbol?.ContainingType is { IsTupleType: true } or { IsAnonymousType: true }
            ? null
            : symbol;
    }

    /// <summary>The implicit usings of an SDK project (ImplicitUsings=enable) and the project's own &lt;Using&gt; items.</summary>
    private static string GlobalUsings(string project)
    {
        string[] implicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];
        var own = XDocument.Load(project).Descendants("Using").Select(u => (string?)u.Attribute("Include")).OfType<string>();
        return string.Concat(implicitUsings.Concat(own).Distinct().Select(n => $"global using global::{n};\n"));
    }

    private static IEnumerable<MetadataReference> MetadataReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        // The package's own dependencies (NodaTime, …) sit beside the test assembly.
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Indicators", StringComparison.Ordinal));
        return platform.Concat(beside)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManaged)
            .Select(f => MetadataReference.CreateFromFile(f));
    }

    private static bool IsManaged(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// The strongly connected components of more than one node of a graph given by its edges: each is a cycle, reported
    /// with one reference per edge inside it so that a failure says where to cut.
    /// </summary>
    internal static IReadOnlyList<string> Cycles(IEnumerable<(string From, string To, string Example)> edges)
    {
        var graph = edges.Where(e => e.From != e.To)
            .GroupBy(e => e.From)
            .ToDictionary(g => g.Key, g => g.GroupBy(e => e.To).ToDictionary(h => h.Key, h => h.First().Example));
        var nodes = graph.Keys.Concat(graph.Values.SelectMany(v => v.Keys)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();
        var counter = 0;
        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.TryGetValue(v, out var outs) ? outs.Keys : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    components.Add(component);
                }
            }
        }
        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }
        return components.Select(c =>
        {
            var inside = c.ToHashSet();
            var lines = c.SelectMany(from => graph.TryGetValue(from, out var outs)
                ? outs.Where(o => inside.Contains(o.Key)).Select(o => $"  {from} → {o.Key}: {o.Value}")
                : []);
            return "cycle {" + string.Join(", ", c.OrderBy(n => n, StringComparer.Ordinal)) + "}\n" + string.Join('\n', lines.Order(StringComparer.Ordinal));
        }).ToList();
    }
}
