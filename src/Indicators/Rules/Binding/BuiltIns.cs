namespace Indicators.Rules;

/// <summary>The built-in functions' names and the "did you mean" suggestions of binding.</summary>
internal static class BuiltIns
{
    internal static readonly string[] Names = ["min", "max", "abs", "round", "if", "present", "coalesce", "previous", "growth", "target", "completion", "share", "in_year", "average", "score", "rank"];

    internal static bool IsBuiltIn(string name) => Array.IndexOf(Names, name) >= 0;

    /// <summary>The edit-distance cells one compilation's suggestions may compute (a few milliseconds); past it, no suggestion.</summary>
    internal const long SuggestionBudget = 5_000_000;

    /// <summary>The longest name compared: a longer one gets no suggestion (nobody mistypes a 100-character name by a letter).</summary>
    private const int MaxSuggestedLength = 64;

    private const int RowLength = 2 * MaxSuggestedLength;

    /// <summary>The candidate closest to <paramref name="name"/> (edit distance at most a third of its length, at least 1; case
    /// ignored), or null; spends at most <paramref name="budget"/> distance cells (decreased).</summary>
    internal static string? Suggest(string name, IEnumerable<string> candidates, ref long budget)
    {
        if (name.Length > MaxSuggestedLength)
        {
            return null;
        }
        string? best = null;
        var bestDistance = Math.Max(1, name.Length / 3) + 1;
        // A candidate within reach is shorter than the name plus a third of it, so each row fits RowLength.
        Span<int> rows = stackalloc int[2 * RowLength];
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) >= bestDistance || candidate == name)
            {
                continue;
            }
            budget -= (long)name.Length * candidate.Length;
            if (budget < 0)
            {
                return best;
            }
            var distance = Distance(name, candidate, rows);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The edit distance of two strings, the second shorter than <see cref="RowLength"/>, in <paramref name="rows"/> (no allocation).</summary>
    private static int Distance(string a, string b, Span<int> rows)
    {
        var previous = rows[..(b.Length + 1)];
        var current = rows.Slice(RowLength, b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }

    internal static (string English, string Chinese) DidYouMean(string? suggestion) =>
        suggestion is null ? ("", "") : ("; did you mean '" + Diagnostic.Window(suggestion) + "'?", "，是否指“" + Diagnostic.Window(suggestion) + "”？");
}
