namespace Extractor.Models;

/// <summary>
/// A bounded index from a token's exact text to entry numbers 0, 1, 2, … in the order words were added: the part the
/// per-thread word caches (<see cref="PreparedWordCache"/>, <see cref="WordScoreCache"/>) share. The caller gives each
/// word's hash and keeps its own data in arrays indexed by entry.
/// </summary>
/// <remarks>
/// Words are compared character by character once their hashes agree, so a hash collision can never mix two words up.
/// Open addressing over twice as many slots as entries; the characters live in one store, so nothing is allocated after
/// construction. Each entry counts how often it was found, so that a full table can keep its frequent words
/// (<see cref="Retain"/>) instead of starting over: on a long text the common words are not summed again after every
/// few thousand new ones.
/// </remarks>
internal sealed class WordKeyTable
{
    /// <summary>Longer words are never held (they are rare and would only fill the character store).</summary>
    public const int MaxWordLength = 40;

    /// <summary>What <see cref="Find"/> and <see cref="Add"/> return for a word that is not (or cannot be) held.</summary>
    public const int Missing = -1;

    // Per slot, the word's hash in the high half and its entry + 1 in the low half (0 = empty): a probe compares hashes
    // without reading the entry's own arrays, so only the word it finds costs a character comparison.
    private readonly ulong[] _slots;
    private readonly uint[] _hashes;
    private readonly int[] _charStarts;
    private readonly byte[] _lengths;
    private readonly char[] _chars;
    private readonly byte[] _hits;
    private readonly int[] _histogram = new int[256];
    private int _count;
    private int _charCount;

    /// <summary>Creates a table for at most <paramref name="capacity"/> words, a power of two.</summary>
    public WordKeyTable(int capacity)
    {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two.");
        }

        _slots = new ulong[capacity * 2];
        _hashes = new uint[capacity];
        _charStarts = new int[capacity];
        _lengths = new byte[capacity];
        _chars = new char[capacity * 12];
        _hits = new byte[capacity];
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
        ulong found;
        while ((found = _slots[slot]) != 0)
        {
            int e = (int)(uint)found - 1;
            if ((uint)(found >> 32) == hash && word.SequenceEqual(_chars.AsSpan(_charStarts[e], _lengths[e])))
            {
                if (_hits[e] < byte.MaxValue)
                {
                    _hits[e]++;
                }

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
        _slots[slot] = ((ulong)hash << 32) | (uint)(entry + 1);
        _hashes[entry] = hash;
        _charStarts[entry] = _charCount;
        _lengths[entry] = (byte)word.Length;
        _hits[entry] = 0;
        word.CopyTo(_chars.AsSpan(_charCount));
        _charCount += word.Length;
        return entry;
    }

    /// <summary>
    /// Keeps at most <paramref name="keep"/> words, those found most often since they were added (the later added
    /// first among equals), and forgets the others. Kept entries are renumbered 0, 1, 2, … in their old order, so
    /// an entry never moves up: <paramref name="moves"/>[old] receives the new entry of old entry <c>old</c> (at
    /// most <c>old</c>) or <see cref="Missing"/>, for the caller to move its own data in increasing order of old
    /// entry. The counts of the kept words are halved, so that words frequent long ago give way in time.
    /// </summary>
    /// <returns>The number of words kept.</returns>
    public int Retain(int keep, Span<int> moves)
    {
        int count = _count;
        if (moves.Length < count)
        {
            throw new ArgumentException("The move table is shorter than the entries.", nameof(moves));
        }

        // The lowest count kept, and how many of the words with exactly that count still fit.
        var histogram = _histogram.AsSpan();
        histogram.Clear();
        for (int e = 0; e < count; e++)
        {
            histogram[_hits[e]]++;
        }

        int threshold = histogram.Length;
        int budget = Math.Max(0, keep);
        while (threshold > 0 && histogram[threshold - 1] <= budget)
        {
            threshold--;
            budget -= histogram[threshold];
        }

        // Now every word with more than threshold - 1 hits fits; of those with threshold - 1 hits, the last budget
        // added do (a recent word is likelier to come back than one that has waited long in vain).
        int lowest = threshold - 1;
        int skip = lowest >= 0 ? histogram[lowest] - budget : 0;
        Array.Clear(_slots);
        int kept = 0;
        int chars = 0;
        int mask = _slots.Length - 1;
        for (int e = 0; e < count; e++)
        {
            int hits = _hits[e];
            bool keepIt = hits >= threshold || (hits == lowest && skip-- <= 0);
            if (!keepIt)
            {
                moves[e] = Missing;
                continue;
            }

            int length = _lengths[e];
            _chars.AsSpan(_charStarts[e], length).CopyTo(_chars.AsSpan(chars));
            _charStarts[kept] = chars;
            _lengths[kept] = (byte)length;
            _hashes[kept] = _hashes[e];
            _hits[kept] = (byte)(hits / 2);
            chars += length;
            int slot = (int)(_hashes[kept] & (uint)mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = ((ulong)_hashes[kept] << 32) | (uint)(kept + 1);
            moves[e] = kept++;
        }

        _count = kept;
        _charCount = chars;
        return kept;
    }

    /// <summary>Forgets every word.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
        _charCount = 0;
    }
}
