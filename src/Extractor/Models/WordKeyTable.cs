namespace Extractor.Models;

/// <summary>
/// A bounded index from a token's exact text to entry numbers 0, 1, 2, … in the order words were added: the part the
/// per-thread word caches (<see cref="PreparedWordCache"/>, <see cref="WordScoreCache"/>) share. The caller gives each
/// word's hash and keeps its own data in arrays indexed by entry.
/// </summary>
/// <remarks>
/// Words are compared character by character once their hashes agree, so a hash collision can never mix two words up.
/// Open addressing over twice as many slots as entries; the characters live in one store, so nothing is allocated after
/// construction.
/// </remarks>
internal sealed class WordKeyTable
{
    /// <summary>Longer words are never held (they are rare and would only fill the character store).</summary>
    public const int MaxWordLength = 40;

    /// <summary>What <see cref="Find"/> and <see cref="Add"/> return for a word that is not (or cannot be) held.</summary>
    public const int Missing = -1;

    private readonly int[] _slots;
    private readonly uint[] _hashes;
    private readonly int[] _charStarts;
    private readonly byte[] _lengths;
    private readonly char[] _chars;
    private int _count;
    private int _charCount;

    /// <summary>Creates a table for at most <paramref name="capacity"/> words, a power of two.</summary>
    public WordKeyTable(int capacity)
    {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two.");
        }

        _slots = new int[capacity * 2];
        _hashes = new uint[capacity];
        _charStarts = new int[capacity];
        _lengths = new byte[capacity];
        _chars = new char[capacity * 12];
    }

    /// <summary>Words held at most.</summary>
    public int Capacity => _hashes.Length;

    /// <summary>Words held.</summary>
    public int Count => _count;

    /// <summary>
    /// The entry of <paramref name="word"/> hashed as <paramref name="hash"/>, or <see cref="Missing"/>; then
    /// <paramref name="slot"/> is where <see cref="Add"/> may put it (-1 for a word too long to hold).
    /// </summary>
    public int Find(ReadOnlySpan<char> word, uint hash, out int slot)
    {
        slot = -1;
        if (word.Length > MaxWordLength)
        {
            return Missing;
        }

        int mask = _slots.Length - 1;
        slot = (int)(hash & (uint)mask);
        int found;
        while ((found = _slots[slot]) != 0)
        {
            int e = found - 1;
            if (_hashes[e] == hash && word.SequenceEqual(_chars.AsSpan(_charStarts[e], _lengths[e])))
            {
                return e;
            }

            slot = (slot + 1) & mask;
        }

        return Missing;
    }

    /// <summary>
    /// Adds <paramref name="word"/> at the empty <paramref name="slot"/> that <see cref="Find"/> gave and returns its
    /// entry, or <see cref="Missing"/> when the table is full (or the slot is -1).
    /// </summary>
    public int Add(ReadOnlySpan<char> word, uint hash, int slot)
    {
        if (slot < 0 || _count == _hashes.Length || _charCount + word.Length > _chars.Length)
        {
            return Missing;
        }

        int entry = _count++;
        _slots[slot] = entry + 1;
        _hashes[entry] = hash;
        _charStarts[entry] = _charCount;
        _lengths[entry] = (byte)word.Length;
        word.CopyTo(_chars.AsSpan(_charCount));
        _charCount += word.Length;
        return entry;
    }

    /// <summary>Forgets every word.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
        _charCount = 0;
    }
}
