namespace Extractor.Models;

/// <summary>
/// How each word is usually written in running text, learned from unlabeled news: mostly lower case ("said"), mostly
/// capitalized ("Stoltenberg"), mostly in capitals ("NATO") or mixed ("Will"). Tells the model what a word's case at
/// the start of a sentence or in an all-caps headline hides. The same entry holds the word's distributional classes
/// (fine and coarse, learned by exchange clustering), so one probe per token gives both. Keyed by the folded word hash,
/// so it carries no text.
/// </summary>
/// <remarks>
/// A value packs the case (bits 0–3, <see cref="Unknown"/> when only the classes are known), the fine class + 1 (bits
/// 4–15, 0 = none) and the coarse class + 1 (bits 16–23); 0 marks an empty slot.
/// </remarks>
internal sealed class WordCaseProfile
{
    public const byte Unknown = 0;
    public const byte Lower = 1;
    public const byte Capitalized = 2;
    public const byte Upper = 3;
    public const byte Mixed = 4;

    /// <summary>Most fine classes a value can hold.</summary>
    public const int MaxFineClasses = 4095;

    /// <summary>Most coarse classes a value can hold.</summary>
    public const int MaxCoarseClasses = 255;

    /// <summary>Per folded word hash, its packed value.</summary>
    private WordHashTable<uint> _table;

    public WordCaseProfile(uint[] keys, uint[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("keys and values differ in length", nameof(values));
        }

        // Load factor at most 3/4, as in the weight table: the table travels in the model file as it is.
        _table = WordHashTable<uint>.WithRoom(keys.Length, clearable: false);
        for (int i = 0; i < keys.Length; i++)
        {
            if (values[i] == 0 || !IsValid(values[i]))
            {
                throw new InvalidDataException($"The entity model has an invalid word case profile value {values[i]}.");
            }

            _table.Entry(keys[i]) = values[i];
        }

        Count = _table.Count;
    }

    private WordCaseProfile(WordHashTable<uint> table)
    {
        _table = table;
        Count = table.Count;
    }

    public static WordCaseProfile Empty { get; } = new([], []);

    /// <summary>The open-addressing table's keys (slot order), as a model file stores them.</summary>
    public ReadOnlySpan<uint> SlotKeys => _table.SlotKeys;

    /// <summary>The open-addressing table's values (0 = empty slot).</summary>
    public ReadOnlySpan<uint> SlotValues => _table.SlotValues;

    /// <summary>Takes over a table in the layout of <see cref="SlotKeys"/> and <see cref="SlotValues"/>, as a model file stores it.</summary>
    /// <exception cref="InvalidDataException">The table is not a valid index.</exception>
    public static WordCaseProfile FromTables(uint[] slotKeys, uint[] slotValues)
    {
        foreach (uint v in slotValues)
        {
            if (!IsValid(v))
            {
                throw new InvalidDataException($"The entity model has an invalid word case profile value {v}.");
            }
        }

        return new(WordHashTable<uint>.FromSlots(slotKeys, slotValues, "case profile"));
    }

    public int Count { get; }

    /// <summary>Packs a case and classes (−1 for none) into one value.</summary>
    public static uint Pack(byte caseValue, int fine, int coarse) =>
        caseValue | ((uint)(fine + 1) << 4) | ((uint)(coarse + 1) << 16);

    /// <summary>The case part of a packed value.</summary>
    public static byte CaseOf(uint value) => (byte)(value & 15);

    /// <summary>The fine class + 1 of a packed value (0 = none).</summary>
    public static ushort FineOf(uint value) => (ushort)((value >> 4) & 0xFFF);

    /// <summary>The coarse class + 1 of a packed value (0 = none).</summary>
    public static byte CoarseOf(uint value) => (byte)(value >> 16);

    private static bool IsValid(uint value) => CaseOf(value) <= Mixed && value >> 24 == 0;

    public IEnumerable<(uint Key, uint Value)> Entries() => _table.Entries();

    /// <summary>How running text usually writes <paramref name="word"/> (<see cref="Unknown"/> for a word never seen).</summary>
    public byte CaseOfWord(ReadOnlySpan<char> word) => CaseOf(Lookup(FeatureHash.Word(word)));

    /// <summary>The packed value of a word (0 when unknown).</summary>
    public uint Lookup(uint word) => _table.Get(word);
}
