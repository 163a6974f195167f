using System.Reflection;

namespace Indicators.Tests.Architecture;

/// <summary>
/// The namespaces are layers and the folders match them (docs/design.md, "Layers"): no cycle among namespaces or among
/// folders, every file in the namespace of its folder, and no public name that a script importing the library's
/// namespaces with the BCL's and NodaTime's would find twice.
/// </summary>
public sealed class LayerTests
{
    /// <summary>The namespace of a folder of src/Indicators (docs/design.md, "Layers").</summary>
    internal static string NamespaceOfFolder(string folder) => folder switch
    {
        _ when folder == "Assessment" || folder.StartsWith("Assessment/", StringComparison.Ordinal) => "Indicators.Assessment",
        _ when folder == "Bulk" || folder.StartsWith("Bulk/", StringComparison.Ordinal) => "Indicators.Bulk",
        _ when folder == "Reports" || folder.StartsWith("Reports/", StringComparison.Ordinal) => "Indicators.Reports",
        _ when folder == "Rules/Syntax" || folder.StartsWith("Rules/Syntax/", StringComparison.Ordinal) => "Indicators.Rules.Syntax",
        _ when folder == "Rules" || folder.StartsWith("Rules/", StringComparison.Ordinal) => "Indicators.Rules",
        _ => "Indicators",
    };

    /// <summary>The layers from the bottom: a namespace may use its own and those before it, never one after it.</summary>
    internal static readonly string[] Layers = ["Indicators", "Indicators.Reports", "Indicators.Assessment", "Indicators.Rules.Syntax", "Indicators.Bulk", "Indicators.Rules"];

    [Fact]
    public void Every_file_is_in_the_namespace_of_its_folder()
    {
        var wrong = SourceGraph.Indicators.NamespaceOfFile
            .Where(f => f.Value != NamespaceOfFolder(SourceGraph.Folder(f.Key)))
            .Select(f => $"{f.Key}: namespace {f.Value}, folder wants {NamespaceOfFolder(SourceGraph.Folder(f.Key))}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void The_namespaces_form_no_cycle_and_only_use_lower_layers()
    {
        var references = SourceGraph.Indicators.References;
        var cycles = SourceGraph.Cycles(references.Select(r => (r.FromNamespace, r.ToNamespace, $"{r.Where} uses {r.What}")));
        Assert.True(cycles.Count == 0, string.Join("\n\n", cycles));
        var upward = references
            .Where(r => Array.IndexOf(Layers, r.ToNamespace) > Array.IndexOf(Layers, r.FromNamespace))
            .Select(r => $"{r.FromNamespace} → {r.ToNamespace}: {r.Where} uses {r.What}")
            .Distinct()
            .Take(20)
            .ToList();
        Assert.True(upward.Count == 0, string.Join('\n', upward));
        Assert.All(references, r => Assert.Contains(r.ToNamespace, Layers));
    }

    [Fact]
    public void The_folders_form_no_cycle()
    {
        var cycles = SourceGraph.Cycles(SourceGraph.Indicators.References.Select(r => (r.FromFolder, r.ToFolder, $"{r.Where} uses {r.What}")));
        Assert.True(cycles.Count == 0, string.Join("\n\n", cycles));
    }

    [Fact]
    public void Issue10_Explain_NoCalculationDependsOnPhrasing()
    {
        // Phrasing is the edge: results explain themselves without it, so no other folder uses what Phrasing/ declares.
        var uses = SourceGraph.Indicators.References
            .Where(r => r.ToFolder == "Phrasing" && r.FromFolder != "Phrasing")
            .Select(r => $"{r.Where} uses {r.What}")
            .Distinct()
            .ToList();
        Assert.True(uses.Count == 0, string.Join('\n', uses));
    }

    [Fact]
    public void The_check_sees_a_back_edge()
    {
        // The check itself must be able to fail: a reference that goes against the layers is found as a cycle.
        var edges = SourceGraph.Indicators.References.Select(r => (r.FromFolder, r.ToFolder, r.Where)).ToList();
        var forward = edges.First(e => e.FromFolder == "Calculations" && e.ToFolder == "Ratios");
        edges.Add((forward.ToFolder, forward.FromFolder, "a back edge made by this test"));
        Assert.Contains(SourceGraph.Cycles(edges), c => c.Contains("a back edge made by this test", StringComparison.Ordinal));
    }

    /// <summary>The namespaces a script or an app imports beside the library's: the SDK's implicit usings, common BCL ones, NodaTime's.</summary>
    private static readonly string[] ImportedTogether =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Linq.Expressions", "System.Net.Http",
        "System.Threading", "System.Threading.Tasks", "System.Text", "System.Globalization", "System.Diagnostics",
        "NodaTime", "NodaTime.Text",
    ];

    [Fact]
    public void No_public_name_clashes_with_the_BCL_or_NodaTime()
    {
        var library = typeof(Quantity).Assembly.GetExportedTypes().Where(t => !t.IsNested).ToList();
        var others = AppDomain.CurrentDomain.GetAssemblies()
            .Append(typeof(NodaTime.Instant).Assembly)
            .Append(typeof(System.Linq.Expressions.Expression).Assembly)
            .Append(typeof(System.Net.Http.HttpClient).Assembly)
            .Where(a => !a.IsDynamic && a != typeof(Quantity).Assembly)
            .Distinct()
            .SelectMany(ExportedTypes)
            .Where(t => !t.IsNested && ImportedTogether.Contains(t.Namespace))
            .ToLookup(t => t.Name, StringComparer.Ordinal);
        var clashes = library
            .SelectMany(t => others[t.Name].Select(o => $"{t.FullName} clashes with {o.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(clashes.Count == 0, string.Join('\n', clashes));
    }

    [Fact]
    public void Issue12_Layers_NoPublicNameIsDeclaredInTwoOfTheLibrarysNamespaces()
    {
        // A script imports the layers together (using Indicators; using Indicators.Reports;): a name in two of them would
        // be ambiguous there. So the reports' policy is ConsistencyPolicy, not a second JudgingPolicy.
        var twice = typeof(Quantity).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Namespace).Distinct().Count() > 1)
            .Select(g => string.Join(", ", g.Select(t => t.FullName)))
            .ToList();
        Assert.True(twice.Count == 0, string.Join('\n', twice));
    }

    private static IEnumerable<Type> ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is NotSupportedException or ReflectionTypeLoadException or FileNotFoundException)
        {
            return [];
        }
    }
}
