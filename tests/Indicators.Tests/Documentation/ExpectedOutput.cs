using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Indicators.Tests.Documentation;

/// <summary>
/// What a block or script says it prints: one line per <c>// →</c> comment, in source order. The comment may end a
/// line of code or stand alone, so output of several lines is written as following <c>// →</c> lines. A line that is
/// just <c>…</c> matches any one line of output. The rules are in docs/design.md ("Documentation that runs").
/// </summary>
internal static class ExpectedOutput
{
    /// <summary>The marker that starts an expected line.</summary>
    internal const string Arrow = "// →";

    /// <summary>The expected line that matches any one actual line (output that varies).</summary>
    internal const string AnyLine = "…";

    /// <summary>
    /// The expected lines of <paramref name="code"/>. Comments are found by the C# parser, so an arrow inside a
    /// string literal is not one.
    /// </summary>
    internal static IReadOnlyList<string> Of(string code, SourceCodeKind kind)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: kind));
        return tree.GetRoot().DescendantTrivia(descendIntoTrivia: true)
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
            .Select(t => t.ToString())
            .Where(t => t.StartsWith(Arrow, StringComparison.Ordinal))
            .Select(t => t[Arrow.Length..])
            // One space separates the arrow from the text; further spaces are the output's own indentation.
            .Select(t => (t.StartsWith(' ') ? t[1..] : t).TrimEnd())
            .ToList();
    }

    /// <summary>
    /// Null when <paramref name="actualOutput"/> is what <paramref name="expected"/> says; otherwise a message that
    /// shows both, line by line, and the first line that differs.
    /// </summary>
    internal static string? Compare(IReadOnlyList<string> expected, string actualOutput)
    {
        var actual = Lines(actualOutput);
        var first = -1;
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            if (i >= expected.Count || i >= actual.Count || !Matches(expected[i], actual[i]))
            {
                first = i;
                break;
            }
        }
        if (first < 0)
            return null;
        return $"output differs at line {first + 1} of {actual.Count} (expected {expected.Count} lines)\n"
            + "expected (// →):\n" + Numbered(expected) + "actual:\n" + Numbered(actual);
    }

    /// <summary>The lines of captured output, without trailing spaces and trailing empty lines.</summary>
    internal static IReadOnlyList<string> Lines(string output)
    {
        var lines = output.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static bool Matches(string expected, string actual) => expected == AnyLine || expected == actual;

    private static string Numbered(IReadOnlyList<string> lines) =>
        string.Concat(lines.Select((l, i) => $"  {i + 1,3}| {l}\n"));
}
