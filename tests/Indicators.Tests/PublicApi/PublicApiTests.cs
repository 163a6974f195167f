using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Indicators.Tests.Rules;
using PublicApiGenerator;

namespace Indicators.Tests.PublicApi;

/// <summary>
/// The package's public API, as PublicApiGenerator writes it, against the approved text committed beside this file
/// (Indicators.approved.txt, or Indicators.&lt;tfm&gt;.approved.txt where a target framework's API differs), so that
/// every change to the public API is a reviewed diff.
/// </summary>
/// <remarks>
/// <para>To accept a change on purpose: run
/// <c>ACCEPT_PUBLIC_API=1 dotnet test tests/Indicators.Tests --filter "FullyQualifiedName~PublicApi"</c>, which
/// rewrites the approved file (or copy the <c>.received.txt</c> a failing run leaves beside it over the approved
/// file), review the diff with <c>git diff</c>, and say what changed in CHANGELOG.md under "Unreleased".</para>
/// </remarks>
public class PublicApiTests
{
    private const string AcceptVariable = "ACCEPT_PUBLIC_API";

    [Fact]
    public void Issue11_PublicApi_is_the_approved_text()
    {
        var assembly = typeof(Quantity).Assembly;
        var received = Normalise(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var (approvedPath, receivedPath) = Files(assembly);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : "";
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        Assert.Fail($"""
            The public API differs from {Path.GetFileName(approvedPath)} (- approved, + now):
            {Diff(approved, received)}
            If the change is meant: {AcceptVariable}=1 dotnet test tests/Indicators.Tests --filter "FullyQualifiedName~PublicApi",
            or copy {Path.GetFileName(receivedPath)} over {Path.GetFileName(approvedPath)}; then a CHANGELOG.md line under "Unreleased".
            """);
    }

    [Fact]
    public void Issue11_PublicApi_diff_names_the_changed_member_and_its_type()
    {
        const string Before = "namespace Indicators\n{\n    public static class Growth\n    {\n        public static int A() { }\n        public static int B() { }\n    }\n}\n";
        var after = Before.Replace("int B()", "long B()", StringComparison.Ordinal);

        var diff = Diff(Before, after);

        Assert.Contains("-         public static int B() { }", diff, StringComparison.Ordinal);
        Assert.Contains("+         public static long B() { }", diff, StringComparison.Ordinal);
        Assert.Contains("public static class Growth", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("int A()", diff, StringComparison.Ordinal);
    }

    /// <summary>The approved file of this target framework when it has one of its own, else the shared one.</summary>
    private static (string Approved, string Received) Files(Assembly assembly)
    {
        var directory = Path.Combine(ExampleFiles.Root(), "tests", "Indicators.Tests", "PublicApi");
        var framework = new FrameworkName(assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        var tfm = $"net{framework.Version.Major}.{framework.Version.Minor}";
        var specific = Path.Combine(directory, $"Indicators.{tfm}.approved.txt");
        var approved = File.Exists(specific) ? specific : Path.Combine(directory, "Indicators.approved.txt");
        return (approved, Path.Combine(directory, $"Indicators.{tfm}.received.txt"));
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    /// <summary>The changed lines, each block after the nearest type declaration above it, so a reader sees
    /// which type a member belongs to without the whole file.</summary>
    private static string Diff(string approved, string received)
    {
        var lines = InlineDiffBuilder.Diff(approved, received, ignoreWhiteSpace: false).Lines;
        var text = new StringBuilder();
        string? shownType = null;
        string? currentType = null;
        foreach (var line in lines)
        {
            if (line.Type != ChangeType.Inserted && IsTypeDeclaration(line.Text))
            {
                currentType = line.Text;
            }
            if (line.Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                if (currentType is not null && currentType != shownType && line.Text != currentType)
                {
                    text.Append("  ").AppendLine(currentType.Trim());
                    shownType = currentType;
                }
                text.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
            }
        }
        return text.ToString();
    }

    private static bool IsTypeDeclaration(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("public ", StringComparison.Ordinal) && line.Length - trimmed.Length == 4
            || trimmed.StartsWith("namespace ", StringComparison.Ordinal);
    }
}
