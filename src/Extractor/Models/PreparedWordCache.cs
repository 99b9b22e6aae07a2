namespace Extractor.Models;

/// <summary>
/// Per-thread memo of the fields of <see cref="TokenFeatures"/> that depend on a token's text alone (folded and exact
/// hashes, shapes, affixes, usual case and word classes, quote and capital flags) and of the phrase lexicon's flags
/// for the word alone, so that a word that comes back is hashed once instead of nine times and neither its case
/// profile nor the lexicon is probed for it again.
/// </summary>
/// <remarks>
/// Entries are keyed by the exact token text (compared character by character, so a hash collision cannot mix two
/// words up) and filled by the same code as an uncached token, so the fields are exactly those computed afresh. The
/// case profile and the lexicon are the only other inputs; another model's start the cache over. When full it starts
/// over between sentences, which keeps its memory fixed whatever the text.
/// </remarks>
internal sealed class PreparedWordCache
{
    /// <summary>Distinct words held at most.</summary>
    public const int Capacity = 4096;

    /// <summary>Longer tokens are not cached.</summary>
    public const int MaxWordLength = 40;

    /// <summary>What <see cref="Find"/> returns for a word it does not hold.</summary>
    public const int Missing = -1;

    private readonly int[] _slots = new int[Capacity * 2];
    private readonly TokenFeatures[] _features = new TokenFeatures[Capacity];
    private readonly byte[] _caseFlags = new byte[Capacity];
    private readonly ushort[] _lexiconFirst = new ushort[Capacity];
    private ushort[] _firstScratch = new ushort[256];
    private PhraseLexicon? _lexicon;
    private readonly int[] _charStarts = new int[Capacity];
    private readonly byte[] _lengths = new byte[Capacity];
    private readonly char[] _chars = new char[Capacity * 12];
    private WeakReference<WordCaseProfile>? _owner;
    private int _count;
    private int _charCount;

    /// <summary>Words held.</summary>
    public int Count => _count;

    /// <summary>
    /// Starts over if <paramref name="profile"/> or <paramref name="lexicon"/> is not the one the entries were made
    /// with, or if a sentence of <paramref name="tokens"/> tokens might not fit.
    /// </summary>
    public void Begin(WordCaseProfile profile, PhraseLexicon lexicon, int tokens)
    {
        if (_owner is null || !_owner.TryGetTarget(out var owner) || !ReferenceEquals(owner, profile) || !ReferenceEquals(_lexicon, lexicon))
        {
            _owner = new WeakReference<WordCaseProfile>(profile);
            _lexicon = lexicon;
            Reset();
        }
        else if (_count + tokens > Capacity)
        {
            Reset();
        }
    }

    /// <summary>The entry of <paramref name="word"/> (whose <see cref="FeatureHash.Exact"/> is <paramref name="exact"/>), or <see cref="Missing"/>.</summary>
    public int Find(ReadOnlySpan<char> word, uint exact, out int slot)
    {
        slot = -1;
        if (word.Length > MaxWordLength)
        {
            return Missing;
        }

        int mask = _slots.Length - 1;
        slot = (int)(exact & (uint)mask);
        int found;
        while ((found = _slots[slot]) != 0)
        {
            int e = found - 1;
            if (_features[e].Exact == exact && word.SequenceEqual(_chars.AsSpan(_charStarts[e], _lengths[e])))
            {
                return e;
            }

            slot = (slot + 1) & mask;
        }

        return Missing;
    }

    /// <summary>The cached fields of entry <paramref name="entry"/>.</summary>
    public ref readonly TokenFeatures Features(int entry) => ref _features[entry];

    /// <summary>The cached letter flags of entry <paramref name="entry"/> (bit 0: has a letter, bit 1: has a lower-case letter).</summary>
    public byte CaseFlags(int entry) => _caseFlags[entry];

    /// <summary>The cached <see cref="PhraseLexicon.Lookup"/> of entry <paramref name="entry"/>'s folded word alone.</summary>
    public ushort LexiconFirst(int entry) => _lexiconFirst[entry];

    /// <summary>Per-sentence scratch for the lexicon flags of each word alone, at least <paramref name="tokens"/> long.</summary>
    public Span<ushort> FirstScratch(int tokens)
    {
        if (_firstScratch.Length < tokens)
        {
            _firstScratch = new ushort[Math.Max(tokens, _firstScratch.Length * 2)];
        }

        return _firstScratch.AsSpan(0, tokens);
    }

    /// <summary>Adds <paramref name="word"/> at the empty <paramref name="slot"/> that <see cref="Find"/> gave; does nothing when full.</summary>
    public void Add(ReadOnlySpan<char> word, int slot, in TokenFeatures features, byte caseFlags, ushort lexiconFirst)
    {
        if (slot < 0 || _count == Capacity || _charCount + word.Length > _chars.Length)
        {
            return;
        }

        int entry = _count++;
        _slots[slot] = entry + 1;
        _features[entry] = features;
        _caseFlags[entry] = caseFlags;
        _lexiconFirst[entry] = lexiconFirst;
        _charStarts[entry] = _charCount;
        _lengths[entry] = (byte)word.Length;
        word.CopyTo(_chars.AsSpan(_charCount));
        _charCount += word.Length;
    }

    private void Reset()
    {
        Array.Clear(_slots);
        _count = 0;
        _charCount = 0;
    }
}
