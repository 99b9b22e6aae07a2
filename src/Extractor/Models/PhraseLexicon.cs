namespace Extractor.Models;

/// <summary>
/// Word lists the model uses as features (person names, countries, cities, demonyms), stored as hashes of their
/// folded token sequences so that the model file carries them without their text. Each key holds one bit per list for
/// "a whole entry" and one for "the start of a longer entry", which is all longest-match needs.
/// </summary>
internal sealed class PhraseLexicon
{
    /// <summary>Number of lists (kinds) a lexicon holds; positions are coded in 3 bits per kind in a <see cref="uint"/>.</summary>
    public const int KindCount = 6;

    public const int PersonName = 0;
    public const int Country = 1;
    public const int City = 2;
    public const int Demonym = 3;

    /// <summary>Organization names labelled in the training data.</summary>
    public const int TrainingOrg = 4;

    /// <summary>Names of the types the product does not report (events, laws, works, products, facilities) labelled in the training data.</summary>
    public const int TrainingOther = 5;

    /// <summary>Per phrase hash, its full and prefix bits.</summary>
    private WordHashTable<ushort> _table;

    public PhraseLexicon(uint[] keys, ushort[] flags)
    {
        if (keys.Length != flags.Length)
        {
            throw new ArgumentException("keys and flags differ in length", nameof(flags));
        }

        // Load factor at most 3/4, as in the weight table: the table travels in the model file as it is.
        _table = WordHashTable<ushort>.WithRoom(keys.Length, clearable: false);
        for (int i = 0; i < keys.Length; i++)
        {
            // A key with no bit is in no list; storing it would leave a 0 in a taken slot, which reads as empty (see
            // WordHashTable.Entry). A key given twice holds the bits of both.
            if (flags[i] != 0)
            {
                _table.Entry(keys[i]) |= flags[i];
            }
        }

        Count = _table.Count;
    }

    private PhraseLexicon(WordHashTable<ushort> table)
    {
        _table = table;
        Count = table.Count;
    }

    public static PhraseLexicon Empty { get; } = new([], []);

    /// <summary>The open-addressing table's keys (slot order), as a model file stores them.</summary>
    public ReadOnlySpan<uint> SlotKeys => _table.SlotKeys;

    /// <summary>The open-addressing table's flags (0 = empty slot).</summary>
    public ReadOnlySpan<ushort> SlotFlags => _table.SlotValues;

    /// <summary>Takes over a table in the layout of <see cref="SlotKeys"/> and <see cref="SlotFlags"/>, as a model file stores it.</summary>
    /// <exception cref="InvalidDataException">The table is not a valid index.</exception>
    public static PhraseLexicon FromTables(uint[] slotKeys, ushort[] slotFlags) => new(WordHashTable<ushort>.FromSlots(slotKeys, slotFlags, "lexicon"));

    /// <summary>Keys held (a key given twice counts once; one with no bit is not held).</summary>
    public int Count { get; }

    /// <summary>The stored entries, for writing a model file.</summary>
    public IEnumerable<(uint Key, ushort Flags)> Entries() => _table.Entries();

    /// <summary>The hash of a phrase continued by one more token.</summary>
    public static uint Extend(uint phrase, uint word) => phrase == 0 ? word : FeatureHash.Mix(phrase, word);

    public static ushort FullBit(int kind) => (ushort)(1 << kind);

    public static ushort PrefixBit(int kind) => (ushort)(1 << (kind + 8));

    public ushort Lookup(uint key) => _table.Get(key);

    /// <summary>
    /// Marks every token of <paramref name="words"/> (folded word hashes of one sentence) that lies in a longest match of
    /// each list: 3 bits per kind in <paramref name="codes"/> holding 1 + the BILOU position (0 = no match).
    /// <paramref name="first"/>, when given, holds <see cref="Lookup"/> of each word alone, already made (a word cache
    /// keeps it), so the table is probed only for phrases of two words or more.
    /// </summary>
    public void Match(ReadOnlySpan<uint> words, Span<uint> codes, ReadOnlySpan<ushort> first = default)
    {
        codes.Clear();
        if (Count == 0)
        {
            return;
        }

        Span<int> coveredUntil = stackalloc int[KindCount];
        Span<int> longest = stackalloc int[KindCount];
        for (int i = 0; i < words.Length; i++)
        {
            longest.Fill(-1);
            uint h = 0;
            for (int j = i; j < words.Length && j < i + 8; j++)
            {
                h = Extend(h, words[j]);
                ushort f = j == i && !first.IsEmpty ? first[i] : Lookup(h);
                if (f == 0)
                {
                    break;
                }

                for (int k = 0; k < KindCount; k++)
                {
                    if ((f & FullBit(k)) != 0)
                    {
                        longest[k] = j;
                    }
                }

                if ((f & 0xFF00) == 0)
                {
                    break;
                }
            }

            for (int k = 0; k < KindCount; k++)
            {
                int end = longest[k];
                if (end < 0 || i < coveredUntil[k])
                {
                    continue;
                }

                for (int t = i; t <= end; t++)
                {
                    int position = end == i ? BilouTags.Unit : t == i ? BilouTags.Begin : t == end ? BilouTags.Last : BilouTags.Inside;
                    codes[t] |= (uint)((position + 1) << (3 * k));
                }

                coveredUntil[k] = end + 1;
            }
        }
    }
}
