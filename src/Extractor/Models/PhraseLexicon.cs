using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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

    private readonly uint[] _keys;
    private readonly ushort[] _flags;
    private readonly int _mask;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PhraseLexicon(uint[] keys, ushort[] flags)
    {
        if (keys.Length != flags.Length)
        {
            throw new ArgumentException("keys and flags differ in length", nameof(flags));
        }

        // Load factor at most 3/4, as in the weight table: the table travels in the model file as it is.
        int size = 16;
        while (size * 3 < keys.Length * 4)
        {
            size <<= 1;
        }

        _keys = new uint[size];
        _flags = new ushort[size];
        _mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            Add(keys[i], flags[i]);
        }

        Count = keys.Length;
    }

    private PhraseLexicon(uint[] slotKeys, ushort[] slotFlags, int count)
    {
        _keys = slotKeys;
        _flags = slotFlags;
        _mask = slotKeys.Length - 1;
        Count = count;
    }

    public static PhraseLexicon Empty { get; } = new([], []);

    /// <summary>The open-addressing table's keys (slot order), as a model file stores them.</summary>
    public ReadOnlySpan<uint> SlotKeys => _keys;

    /// <summary>The open-addressing table's flags (0 = empty slot).</summary>
    public ReadOnlySpan<ushort> SlotFlags => _flags;

    /// <summary>Takes over a table in the layout of <see cref="SlotKeys"/> and <see cref="SlotFlags"/>, as a model file stores it.</summary>
    /// <exception cref="InvalidDataException">The table is not a valid index.</exception>
    public static PhraseLexicon FromTables(uint[] slotKeys, ushort[] slotFlags)
    {
        if (slotKeys.Length != slotFlags.Length || slotKeys.Length < 16 || (slotKeys.Length & (slotKeys.Length - 1)) != 0)
        {
            throw new InvalidDataException($"The entity model has a lexicon table of {slotKeys.Length} keys and {slotFlags.Length} flags.");
        }

        int count = 0;
        foreach (ushort f in slotFlags)
        {
            count += f != 0 ? 1 : 0;
        }

        if (count >= slotKeys.Length)
        {
            throw new InvalidDataException("The entity model's lexicon table has no empty slot.");
        }

        return new PhraseLexicon(slotKeys, slotFlags, count);
    }

    public int Count { get; }

    /// <summary>The stored entries, for writing a model file.</summary>
    public IEnumerable<(uint Key, ushort Flags)> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_flags[i] != 0)
            {
                yield return (_keys[i], _flags[i]);
            }
        }
    }

    /// <summary>The hash of a phrase continued by one more token.</summary>
    public static uint Extend(uint phrase, uint word) => phrase == 0 ? word : FeatureHash.Mix(phrase, word);

    public static ushort FullBit(int kind) => (ushort)(1 << kind);

    public static ushort PrefixBit(int kind) => (ushort)(1 << (kind + 8));

    public ushort Lookup(uint key)
    {
        int slot = (int)(key & (uint)_mask);
        if (Vector256.IsHardwareAccelerated && slot <= _keys.Length - Vector256<uint>.Count)
        {
            // Eight slots at once, keys and flags read side by side: the answer is the flags of the first slot that holds
            // the key or is empty (0), as the walk below finds it, without waiting on the flags before reading the key
            // nor a branch per slot (most probes are for words of the text the table does not hold, cache misses).
            var keys = Vector256.Create<uint>(_keys.AsSpan(slot, Vector256<uint>.Count));
            var flags = Vector128.Create<ushort>(_flags.AsSpan(slot, Vector128<ushort>.Count));
            uint stop = Vector256.Equals(keys, Vector256.Create(key)).ExtractMostSignificantBits()
                | Vector128.Equals(flags, Vector128<ushort>.Zero).ExtractMostSignificantBits();
            if (stop != 0)
            {
                return _flags[slot + BitOperations.TrailingZeroCount(stop)];
            }

            slot = (slot + Vector256<uint>.Count) & _mask;
        }

        while (true)
        {
            ushort f = _flags[slot];
            if (f == 0)
            {
                return 0;
            }

            if (_keys[slot] == key)
            {
                return f;
            }

            slot = (slot + 1) & _mask;
        }
    }

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(uint key, ushort flags)
    {
        int slot = (int)(key & (uint)_mask);
        while (_flags[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _flags[slot] |= flags;
    }
}
