namespace Indicators.Data;

/// <summary>One string per distinct name: a long file repeats each zone and indicator thousands of times, and the loader
/// should not allocate a string per cell for them.</summary>
internal sealed class NamePool
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    internal NamePool() => lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    // name + suffix by suffix, then name: a 统计月报 table loads each indicator also as 本月 and 增速, on every row.
    private readonly Dictionary<string, Dictionary<string, string>> suffixed = new(StringComparer.Ordinal);

    /// <summary>The pooled string <paramref name="name"/> + <paramref name="suffix"/>, made once a load.</summary>
    internal string Suffixed(string name, string suffix)
    {
        if (!suffixed.TryGetValue(suffix, out var names))
        {
            suffixed.Add(suffix, names = new Dictionary<string, string>(StringComparer.Ordinal));
        }
        if (!names.TryGetValue(name, out var joined))
        {
            joined = Get(name + suffix);
            names.Add(name, joined);
        }
        return joined;
    }

    /// <summary>The pooled string equal to <paramref name="text"/>.</summary>
    internal string Get(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (lookup.TryGetValue(text, out var found))
        {
            return found;
        }
        var added = text.ToString();
        names.Add(added);
        return added;
#else
        var name = text.ToString();
        if (names.TryGetValue(name, out var found))
        {
            return found;
        }
        names.Add(name);
        return name;
#endif
    }
}
