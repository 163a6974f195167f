namespace Indicators;

/// <summary>The built-in functions' names and the "did you mean" suggestions of binding.</summary>
internal static class BuiltIns
{
    internal static readonly string[] Names = ["min", "max", "abs", "round", "if", "present", "coalesce", "previous", "growth", "target", "completion", "share"];

    internal static bool IsBuiltIn(string name) => Array.IndexOf(Names, name) >= 0;

    /// <summary>The candidate closest to <paramref name="name"/> (edit distance at most a third of its length, at least 1; case ignored), or null.</summary>
    internal static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = Math.Max(1, name.Length / 3) + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) >= bestDistance || candidate == name)
            {
                continue;
            }
            var distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    internal static (string English, string Chinese) DidYouMean(string? suggestion) =>
        suggestion is null ? ("", "") : ("; did you mean '" + suggestion + "'?", "，是否指“" + suggestion + "”？");
}
