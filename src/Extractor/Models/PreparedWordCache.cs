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
/// case profile and the lexicon are the only other inputs; another model's start the cache over. When full it keeps,
/// between sentences, the half of its words found most often, which keeps its memory fixed whatever the text.
/// </remarks>
internal sealed class PreparedWordCache
{
    /// <summary>Distinct words held at most.</summary>
    public const int Capacity = 4096;

    /// <summary>What <see cref="Find"/> returns for a word it does not hold.</summary>
    public const int Missing = WordKeyTable.Missing;

    private readonly WordKeyTable _words = new(Capacity);
    private readonly TokenFeatures[] _features = new TokenFeatures[Capacity];
    private readonly byte[] _caseFlags = new byte[Capacity];
    private readonly ushort[] _lexiconFirst = new ushort[Capacity];
    private readonly int[] _moves = new int[Capacity];
    private ushort[] _firstScratch = new ushort[256];
    private PhraseLexicon? _lexicon;
    private WeakReference<WordCaseProfile>? _owner;

    /// <summary>Words held.</summary>
    public int Count => _words.Count;

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
            _words.Clear();
        }
        else if (_words.Count + tokens > Capacity)
        {
            // Keep the words found most often, moved down to their new entries.
            var moves = _moves.AsSpan(0, _words.Count);
            _words.Retain(Math.Min(Capacity / 2, Capacity - tokens), moves);
            for (int old = 0; old < moves.Length; old++)
            {
                int entry = moves[old];
                if (entry != Missing && entry != old)
                {
                    _features[entry] = _features[old];
                    _caseFlags[entry] = _caseFlags[old];
                    _lexiconFirst[entry] = _lexiconFirst[old];
                }
            }
        }
    }

    /// <summary>The entry of <paramref name="word"/> (whose <see cref="FeatureHash.Exact"/> is <paramref name="exact"/>), or <see cref="Missing"/>.</summary>
    public int Find(ReadOnlySpan<char> word, uint exact, out int slot) => _words.Find(word, exact, out slot);

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
        int entry = _words.Add(word, features.Exact, slot);
        if (entry == Missing)
        {
            return;
        }

        _features[entry] = features;
        _caseFlags[entry] = caseFlags;
        _lexiconFirst[entry] = lexiconFirst;
    }
}
