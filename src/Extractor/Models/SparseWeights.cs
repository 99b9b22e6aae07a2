namespace Extractor.Models;

/// <summary>
/// The model's weights: for each feature key, a short row of (class, weight) pairs, since a feature speaks for few of
/// the classes. Weights are 16-bit integers times one scale. Rows are found through an open-addressing table keyed by
/// the feature hash, so a lookup is one or two array reads and never allocates.
/// </summary>
internal sealed class SparseWeights
{
    private readonly uint[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;

    public SparseWeights(uint[] keys, int[] rowStarts, byte[] classes, short[] weights)
    {
        Keys = keys;
        RowStarts = rowStarts;
        Classes = classes;
        Weights = weights;
        int size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _slotKeys = new uint[size];
        _slotRows = new int[size];
        _mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = (int)(keys[row] & (uint)_mask);
            while (_slotRows[slot] != 0)
            {
                if (_slotKeys[slot] == keys[row])
                {
                    throw new InvalidDataException($"The entity model lists feature {keys[row]:x8} twice.");
                }

                slot = (slot + 1) & _mask;
            }

            _slotKeys[slot] = keys[row];
            _slotRows[slot] = row + 1;
        }
    }

    /// <summary>Feature keys, one per row.</summary>
    public uint[] Keys { get; }

    /// <summary>Start of each row in <see cref="Classes"/>/<see cref="Weights"/>, plus the end.</summary>
    public int[] RowStarts { get; }

    public byte[] Classes { get; }

    public short[] Weights { get; }

    public int FeatureCount => Keys.Length;

    public int WeightCount => Weights.Length;

    /// <summary>Adds the row of <paramref name="key"/> (if the model has one) to <paramref name="scores"/>.</summary>
    public void Add(uint key, Span<int> scores)
    {
        int slot = (int)(key & (uint)_mask);
        int row;
        while (true)
        {
            row = _slotRows[slot];
            if (row == 0)
            {
                return;
            }

            if (_slotKeys[slot] == key)
            {
                break;
            }

            slot = (slot + 1) & _mask;
        }

        int end = RowStarts[row];
        var classes = Classes;
        var weights = Weights;
        for (int e = RowStarts[row - 1]; e < end; e++)
        {
            scores[classes[e]] += weights[e];
        }
    }
}
