using System.Collections;

namespace Indicators.Rules.Syntax;

/// <summary>
/// An immutable list with structural equality, so that rule models (records) compare by content:
/// two rule sets parsed from the same text, or built by the fluent builder, are equal.
/// </summary>
internal sealed class RuleList<T> : IReadOnlyList<T>, IEquatable<RuleList<T>>
{
    private readonly T[] items;

    private RuleList(T[] items) => this.items = items;

    internal static RuleList<T> Empty { get; } = new([]);

    internal static RuleList<T> From(IEnumerable<T>? source, string parameterName)
    {
        if (source is null)
        {
            return Empty;
        }
        if (source is RuleList<T> list)
        {
            return list;
        }
        var array = source.ToArray();
        foreach (var item in array)
        {
            Guard.Against.False(item is not null, parameterName, "The list contains a null item.");
        }
        return array.Length == 0 ? Empty : new RuleList<T>(array);
    }

    public int Count => items.Length;

    public T this[int index] => items[index];

    public bool Equals(RuleList<T>? other) => other is not null && items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is RuleList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
