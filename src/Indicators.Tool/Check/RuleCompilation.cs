using Indicators.Rules;

namespace Indicators.Tool.Check;

/// <summary>A rule file as read: the name it is reported by and its decoded text.</summary>
/// <param name="Name">The path as given on the command line.</param>
/// <param name="Text">The decoded text.</param>
internal sealed record RuleSource(string Name, string Text);

/// <summary>
/// Several rule files compiled as one rule set, each diagnostic placed in its own file. The library compiles one text;
/// the files are joined, one line break apart, and each diagnostic is moved back from the joined text to the file its
/// position falls in (line, column and caret excerpt of that file), with its code, severity and both messages unchanged.
/// </summary>
internal static class RuleCompilation
{
    /// <summary>Every diagnostic of compiling the files together, in the library's order.</summary>
    /// <param name="sources">The files, in the order given.</param>
    /// <returns>The diagnostics, each naming its file.</returns>
    internal static IReadOnlyList<Diagnostic> Diagnostics(IReadOnlyList<RuleSource> sources)
    {
        if (sources.Count == 1)
        {
            return Distinct(RulePlan.Compile(sources[0].Text, sourceName: sources[0].Name).Diagnostics);
        }
        // Syntax first, each file alone: an unclosed /* … */ or string must not run on into the next file, and a file
        // that does not parse makes the set's binding diagnostics consequences, not causes.
        var syntax = sources.SelectMany(s => RuleSet.Parse(s.Text, s.Name).Diagnostics).ToList();
        if (syntax.Any(d => d.IsError))
        {
            return syntax;
        }
        var starts = new int[sources.Count];
        for (var i = 1; i < sources.Count; i++)
        {
            starts[i] = starts[i - 1] + sources[i - 1].Text.Length + 1;
        }
        var joined = string.Join('\n', sources.Select(s => s.Text));
        return Distinct(RulePlan.Compile(joined).Diagnostics.Select(d => Place(d, sources, starts)));
    }

    /// <summary>Each diagnostic once: an item of a base scheme is bound again in every scheme that extends it, and its
    /// problem would print once per scheme, at the same place with the same words.</summary>
    private static List<Diagnostic> Distinct(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.DistinctBy(d => (d.SourceName, d.Position, d.Length, d.Code, d.Message))];

    private static Diagnostic Place(Diagnostic diagnostic, IReadOnlyList<RuleSource> sources, int[] starts)
    {
        if (diagnostic.Position < 0)
        {
            // A diagnostic of the set as a whole (no place): it names no file.
            return diagnostic;
        }
        var index = Array.BinarySearch(starts, (int)diagnostic.Position);
        var file = index >= 0 ? index : ~index - 1;
        var source = sources[file];
        return new Diagnostic(diagnostic.Code, diagnostic.Severity, diagnostic.Message, diagnostic.ChineseMessage,
            source.Text, (int)diagnostic.Position - starts[file], diagnostic.Length, source.Name);
    }
}
