namespace Extractor.Internal;

/// <summary>A set of strings that answers membership for a <see cref="ReadOnlySpan{T}"/> without allocating.</summary>
internal sealed class SpanSet
{
    private readonly SpanDictionary<bool> _items;

    public SpanSet(IEnumerable<string> items, bool ignoreCase = false)
    {
        _items = new SpanDictionary<bool>(ignoreCase);
        foreach (var item in items)
        {
            _items.Set(item, true);
        }
    }

    public int Count => _items.Count;

    public bool Contains(ReadOnlySpan<char> item) => _items.ContainsKey(item);
}
