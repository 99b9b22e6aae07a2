namespace Extractor.Internal;

/// <summary>
/// A read-mostly string dictionary that is looked up by <see cref="ReadOnlySpan{T}"/> without allocating,
/// on every target framework (the BCL's alternate lookups need .NET 9).
/// </summary>
/// <remarks>Open addressing with linear probing; safe for concurrent readers once building is finished.</remarks>
internal sealed class SpanDictionary<TValue>
{
    private readonly bool _ignoreCase;
    private string?[] _keys;
    private TValue[] _values;
    private int[] _hashes;
    private int _count;

    // A quick no for most misses before hashing: a bit per key length (63 and up share the last bit) and, when case
    // matters, a bit per first character (its low six bits). A set bit may be any key's; a clear one is none's.
    private ulong _lengths;
    private ulong _firstChars;

    public SpanDictionary(bool ignoreCase = false, int capacity = 16)
    {
        _ignoreCase = ignoreCase;
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new TValue[size];
        _hashes = new int[size];
    }

    public int Count => _count;

    public IEnumerable<KeyValuePair<string, TValue>> Pairs
    {
        get
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] is { } key)
                {
                    yield return new KeyValuePair<string, TValue>(key, _values[i]);
                }
            }
        }
    }

    /// <summary>Adds or replaces the value for <paramref name="key"/>.</summary>
    public void Set(string key, TValue value)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Resize();
        }

        _lengths |= LengthBit(key.Length);
        _firstChars |= _ignoreCase || key.Length == 0 ? ulong.MaxValue : FirstCharBit(key[0]);
        int hash = Hash(key);
        int mask = _keys.Length - 1;
        int slot = hash & mask;
        while (_keys[slot] is { } existing)
        {
            if (_hashes[slot] == hash && KeyEquals(existing, key))
            {
                _values[slot] = value;
                return;
            }

            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
        _hashes[slot] = hash;
        _count++;
    }

    public bool TryAdd(string key, TValue value)
    {
        if (ContainsKey(key))
        {
            return false;
        }

        Set(key, value);
        return true;
    }

    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if ((_lengths & LengthBit(key.Length)) == 0 || (key.Length > 0 && (_firstChars & FirstCharBit(key[0])) == 0))
        {
            value = default!;
            return false;
        }

        int hash = Hash(key);
        int mask = _keys.Length - 1;
        int slot = hash & mask;
        while (_keys[slot] is { } existing)
        {
            if (_hashes[slot] == hash && KeyEquals(existing, key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & mask;
        }

        value = default!;
        return false;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static ulong FirstCharBit(char c) => 1UL << (c & 63);

    private bool KeyEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        _ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);

    private int Hash(ReadOnlySpan<char> key) =>
        _ignoreCase ? string.GetHashCode(key, StringComparison.OrdinalIgnoreCase) : string.GetHashCode(key);

    private void Resize()
    {
        var keys = _keys;
        var values = _values;
        _keys = new string?[keys.Length * 2];
        _values = new TValue[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Set(key, values[i]);
            }
        }
    }
}
