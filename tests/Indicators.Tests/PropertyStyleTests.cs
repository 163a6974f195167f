using System.Text.RegularExpressions;
using Indicators.Tests.Rules;

namespace Indicators.Tests;

/// <summary>
/// Properties are [Property] methods whose parameters come from <see cref="Arbitraries"/>: no test builds a
/// property with Prop.ForAll and runs it by hand inside a [Fact] again.
/// </summary>
public partial class PropertyStyleTests
{
    // Files still written the old way, each to be converted (the test fails when one of them is clean, so the list shrinks).
    private static readonly string[] NotYetConverted = [];

    // Ways of running a property by hand; a [Property] method needs none of them.
    private static readonly string[] Runners =
        ["Check.One(", "Check.Quick", "QuickCheck", "Check.Verbose", "CheckThrowOnFailure", ".Check(Config"];

    [Fact]
    public void No_property_is_run_by_hand_inside_a_fact()
    {
        var root = Path.Combine(ExampleFiles.Root(), "tests", "Indicators.Tests");
        var offenders = new List<string>();
        var clean = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
                || relative == nameof(PropertyStyleTests) + ".cs")
            {
                continue;
            }
            var found = Offences(File.ReadAllLines(file)).Select(o => $"{relative}:{o}").ToList();
            if (NotYetConverted.Contains(relative))
            {
                if (found.Count == 0)
                {
                    clean.Add(relative);
                }
                continue;
            }
            offenders.AddRange(found);
        }
        Assert.True(offenders.Count == 0, "Write these as [Property] methods with parameters from Arbitraries:\n" + string.Join('\n', offenders));
        Assert.True(clean.Count == 0, "Converted: take these off NotYetConverted:\n" + string.Join('\n', clean));
    }

    [Fact]
    public void The_scan_finds_a_property_run_inside_a_fact_and_passes_a_property_method()
    {
        string[] fact =
        [
            "    [Fact]",
            "    public void Holds() =>",
            "        Prop.ForAll(ArbMap.Default.ArbFor<int>(), i => i == i).QuickCheckThrowOnFailure();",
        ];
        string[] helper =
        [
            "    private static Property Helper() =>",
            "        Prop.ForAll(ArbMap.Default.ArbFor<int>(), i => i == i);",
        ];
        string[] property =
        [
            "    [Property(MaxTest = 300)]",
            "    public bool Holds(int i) => i == i;",
        ];
        Assert.Equal([3, 3], Offences(fact));
        Assert.Equal([2], Offences(helper));
        Assert.Empty(Offences(property));
    }

    /// <summary>Lines (1-based) that run a property by hand, or build one outside a [Property] method.</summary>
    private static List<int> Offences(string[] lines)
    {
        var result = new List<int>();
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (Runners.Any(r => line.Contains(r, StringComparison.Ordinal)))
            {
                result.Add(n + 1);
            }
            if (line.Contains("Prop.ForAll", StringComparison.Ordinal) && !InPropertyMethod(lines, n))
            {
                result.Add(n + 1);
            }
        }
        return result;
    }

    // The member around line n is the nearest declaration above it; its attributes sit right above the declaration.
    private static bool InPropertyMethod(string[] lines, int n)
    {
        var member = n;
        while (member >= 0 && !Declaration().IsMatch(lines[member]))
        {
            member--;
        }
        for (var a = member - 1; a >= 0 && (lines[a].TrimStart().StartsWith('[') || lines[a].TrimStart().StartsWith("//", StringComparison.Ordinal)); a--)
        {
            if (lines[a].TrimStart().StartsWith("[Property", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^\s*(public|private|internal|protected)\b[^=;]*\(")]
    private static partial Regex Declaration();
}
