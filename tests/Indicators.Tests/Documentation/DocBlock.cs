namespace Indicators.Tests.Documentation;

/// <summary>
/// One fenced code block of a Markdown file whose info string starts with <c>csharp run</c>: the program the
/// documentation tests compile, run and hold to its <c>// →</c> comments.
/// </summary>
/// <param name="File">The Markdown file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Flags">The words after <c>csharp run</c> in the info string (only <c>varies</c> is known).</param>
/// <param name="Code">The block's text, without the fences.</param>
internal sealed record DocBlock(string File, int Line, IReadOnlyList<string> Flags, string Code)
{
    /// <summary>The fence word that makes a block runnable.</summary>
    internal const string RunWord = "run";

    /// <summary>The flag of a block whose output is not compared (it varies from run to run).</summary>
    internal const string VariesFlag = "varies";

    /// <summary>Where the block is, as a test case names it: <c>docs/design.md:116</c>.</summary>
    internal string Location => $"{File}:{Line}";

    /// <summary>The first line of the code inside the fence, for compiler positions.</summary>
    internal int FirstCodeLine => Line + 1;

    internal bool Varies => Flags.Contains(VariesFlag);

    /// <summary>
    /// Every <c>csharp run</c> block of README.md and docs/**/*.md under <paramref name="root"/>, in file order.
    /// </summary>
    internal static IReadOnlyList<DocBlock> FindAll(string root)
    {
        var files = new List<string> { Path.Combine(root, "README.md") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal));
        return files.SelectMany(f => Parse(Path.GetRelativePath(root, f).Replace('\\', '/'), System.IO.File.ReadAllText(f))).ToList();
    }

    /// <summary>
    /// The runnable blocks of one Markdown text. A fence is three or more backticks; a block closes at a fence of at
    /// least as many backticks with no info string, as CommonMark reads it (so a block may show a shorter fence).
    /// </summary>
    internal static IEnumerable<DocBlock> Parse(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = lines[i].TrimStart();
            var ticks = opening.TakeWhile(c => c == '`').Count();
            if (ticks < 3)
                continue;
            var info = opening[ticks..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = i;
            var end = i + 1;
            while (end < lines.Length && !IsClosing(lines[end], ticks))
                end++;
            i = end;
            if (info.Length < 2 || info[0] != "csharp" || info[1] != RunWord)
                continue;
            yield return new DocBlock(file, start + 1, info[2..], string.Join('\n', lines[(start + 1)..Math.Min(end, lines.Length)]));
        }
    }

    private static bool IsClosing(string line, int ticks)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= ticks && trimmed.All(c => c == '`');
    }
}
