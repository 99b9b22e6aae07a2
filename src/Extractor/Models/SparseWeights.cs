using System.Runtime.CompilerServices;

namespace Extractor.Models;

/// <summary>
/// The model's weights: for each feature key, a short row of (class, weight) pairs, since a feature speaks for few of
/// the classes. Weights are 16-bit integers times one scale. Rows are found through an open-addressing table keyed by
/// the feature hash, so a lookup is one or two array reads and never allocates.
/// </summary>
internal sealed class SparseWeights
{
    // One 64-bit slot per feature: key in the high half, (row start << 8 | row length) in the low half (0 = empty).
    // Entries pack the class in the low 8 bits and the weight in the high 16. Two memory reads per feature.
    private readonly ulong[] _slots;
    private readonly int[] _entries;
    private readonly int _mask;

    /// <summary>Indexes the rows; checks them against <paramref name="classCount"/> (model files are untrusted input).</summary>
    /// <exception cref="InvalidDataException">A row is empty, too long, out of order or names a class the model does not have.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SparseWeights(uint[] keys, int[] rowStarts, byte[] classes, short[] weights, int classCount)
    {
        if (weights.Length >= 1 << 24)
        {
            throw new InvalidDataException($"The entity model has {weights.Length} weights; at most {(1 << 24) - 1} are supported.");
        }

        if (rowStarts.Length != keys.Length + 1 || classes.Length != weights.Length)
        {
            throw new InvalidDataException("The entity model's weight tables differ in length.");
        }

        _entries = new int[weights.Length];
        for (int e = 0; e < weights.Length; e++)
        {
            if (classes[e] >= classCount)
            {
                throw new InvalidDataException($"The entity model has a weight for class {classes[e]} of {classCount}.");
            }

            _entries[e] = (weights[e] << 16) | classes[e];
        }

        // Load factor at most 3/4: a smaller table misses the cache less often than it probes further.
        int size = 16;
        while (size * 3 < keys.Length * 4)
        {
            size <<= 1;
        }

        _slots = new ulong[size];
        _mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            int length = rowStarts[row + 1] - rowStarts[row];
            if (length is <= 0 or > 255 || rowStarts[row] < 0 || rowStarts[row + 1] > weights.Length)
            {
                throw new InvalidDataException($"The entity model has a weight row of length {length}.");
            }

            int slot = (int)(keys[row] & (uint)_mask);
            while (_slots[slot] != 0)
            {
                if ((uint)(_slots[slot] >> 32) == keys[row])
                {
                    throw new InvalidDataException($"The entity model lists feature {keys[row]:x8} twice.");
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = ((ulong)keys[row] << 32) | ((uint)rowStarts[row] << 8) | (uint)length;
        }

        FeatureCount = keys.Length;
    }

    private SparseWeights(ulong[] slots, int[] entries, int featureCount)
    {
        _slots = slots;
        _entries = entries;
        _mask = slots.Length - 1;
        FeatureCount = featureCount;
    }

    /// <summary>The open-addressing table: key in the high half of a slot, row start and length in the low half.</summary>
    public ReadOnlySpan<ulong> Slots => _slots;

    /// <summary>The weight entries the slots point into: class in the low 8 bits, 16-bit weight in the high half.</summary>
    public ReadOnlySpan<int> Entries => _entries;

    public int FeatureCount { get; }

    public int WeightCount => _entries.Length;

    /// <summary>
    /// Takes over tables in the layout of <see cref="Slots"/> and <see cref="Entries"/> (as a model file stores them, so
    /// that loading is a block copy), after checking in one linear pass that every row and class is in range.
    /// </summary>
    /// <exception cref="InvalidDataException">The tables are not a valid index.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SparseWeights FromTables(ulong[] slots, int[] entries, int classCount)
    {
        if (slots.Length < 16 || (slots.Length & (slots.Length - 1)) != 0 || entries.Length >= 1 << 24)
        {
            throw new InvalidDataException($"The entity model has a weight table of {slots.Length} slots and {entries.Length} weights.");
        }

        int features = 0;
        foreach (ulong value in slots)
        {
            if (value == 0)
            {
                continue;
            }

            uint row = (uint)value;
            uint length = row & 0xFF;
            if (length == 0 || (row >> 8) + length > (uint)entries.Length)
            {
                throw new InvalidDataException($"The entity model has a weight row of length {length} outside its weights.");
            }

            features++;
        }

        if (features >= slots.Length)
        {
            throw new InvalidDataException("The entity model's weight table has no empty slot.");
        }

        foreach (int entry in entries)
        {
            if ((entry & 0xFF) >= classCount)
            {
                throw new InvalidDataException($"The entity model has a weight for class {entry & 0xFF} of {classCount}.");
            }
        }

        return new SparseWeights(slots, entries, features);
    }

    /// <summary>Finds the slot value (row start and length) of each key; 0 for keys the model does not have.</summary>
    public void Resolve(ReadOnlySpan<uint> keys, Span<ulong> rows)
    {
        var slots = _slots;
        uint mask = (uint)_mask;
        for (int k = 0; k < keys.Length; k++)
        {
            uint key = keys[k];
            int slot = (int)(key & mask);
            ulong value;
            while ((value = slots[slot]) != 0 && (uint)(value >> 32) != key)
            {
                slot = (slot + 1) & (int)mask;
            }

            rows[k] = value;
        }
    }

    /// <summary>Adds a row found by <see cref="Resolve"/> to <paramref name="scores"/>.</summary>
    public void AddRow(ulong slotValue, Span<int> scores)
    {
        if (slotValue == 0)
        {
            return;
        }

        uint row = (uint)slotValue;
        var entries = _entries.AsSpan((int)(row >> 8), (int)(row & 0xFF));
        foreach (int entry in entries)
        {
            scores[entry & 0xFF] += entry >> 16;
        }
    }

    /// <summary>Adds the row of <paramref name="key"/> (if the model has one) to <paramref name="scores"/>.</summary>
    public void Add(uint key, Span<int> scores)
    {
        var slots = _slots;
        int slot = (int)(key & (uint)_mask);
        ulong value;
        while (true)
        {
            value = slots[slot];
            if (value == 0)
            {
                return;
            }

            if ((uint)(value >> 32) == key)
            {
                break;
            }

            slot = (slot + 1) & _mask;
        }

        uint row = (uint)value;
        int start = (int)(row >> 8);
        var entries = _entries.AsSpan(start, (int)(row & 0xFF));
        foreach (int entry in entries)
        {
            scores[entry & 0xFF] += entry >> 16;
        }
    }
}
