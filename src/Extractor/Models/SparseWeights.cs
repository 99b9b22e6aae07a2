using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    // Rows of at least DenseFrom weights (the frequent features, which every token hits) are also kept as dense rows of
    // 16-bit weights, one per class, added a vector at a time: a scatter over forty classes costs far more. Their slots
    // are redirected in place (row length 0, row start = dense row number, from 1 so that no slot reads 0);
    // _denseOrigins keeps what they held, for writing the table back out. No second copy of the table is made: at
    // load, allocating and filling 4 MB more took longer than everything else but reading the file.
    private const int DenseFrom = 8;
    private readonly uint[] _denseOrigins;
    private readonly short[] _dense;
    private readonly int _denseStride;
    private static readonly short[] ZeroRow = new short[1];

    // Where Resolve leaves the sum of what it read ahead, so that the reads are not optimized away.
    private int _touched;

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
        _denseStride = DenseStride(classCount);
        (_denseOrigins, _dense) = BuildDense(_slots, _entries, classCount, _denseStride);
    }

    private SparseWeights(ulong[] slots, int[] entries, int featureCount, int classCount)
    {
        _slots = slots;
        _entries = entries;
        _mask = slots.Length - 1;
        FeatureCount = featureCount;
        _denseStride = DenseStride(classCount);
        (_denseOrigins, _dense) = BuildDense(slots, entries, classCount, _denseStride);
    }

    /// <summary>Length the score buffers given to <see cref="AddRow"/> must have (the class count rounded up to whole vectors).</summary>
    public int ScoreLength => _denseStride;

    private static int DenseStride(int classCount) => (classCount + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;

    /// <summary>
    /// Copies the long rows into dense rows and points their slots at them; returns what the slots held and the rows.
    /// A row that names a class twice stays sparse (its sum might not fit 16 bits), so every row adds exactly the same
    /// integers either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (uint[] Origins, short[] Dense) BuildDense(ulong[] slots, int[] entries, int classCount, int stride)
    {
        int count = 0;
        foreach (ulong value in slots)
        {
            count += value != 0 && (value & 0xFF) >= DenseFrom ? 1 : 0;
        }

        if (count == 0)
        {
            return ([], []);
        }

        var probe = slots;
        var origins = new uint[count + 1];
        var dense = new short[(count + 1) * stride];
        var seen = new int[stride];
        int next = 1;
        for (int slot = 0; slot < probe.Length; slot++)
        {
            ulong value = probe[slot];
            uint length = (uint)value & 0xFF;
            if (value == 0 || length < DenseFrom)
            {
                continue;
            }

            var row = entries.AsSpan((int)((uint)value >> 8), (int)length);
            var target = dense.AsSpan(next * stride, stride);
            bool unique = true;
            foreach (int entry in row)
            {
                int c = entry & 0xFF;
                if (seen[c] == next)
                {
                    unique = false;
                    break;
                }

                seen[c] = next;
                target[c] = (short)(entry >> 16);
            }

            if (!unique)
            {
                target.Clear();
                continue;
            }

            probe[slot] = (value & 0xFFFFFFFF00000000UL) | ((ulong)(uint)next << 8);
            origins[next] = (uint)value;
            next++;
        }

        return (origins, dense);
    }

    /// <summary>
    /// The open-addressing table as files store it: key in the high half of a slot, row start and length in the low
    /// half. A copy, made on each call (for writing the model out).
    /// </summary>
    public ReadOnlySpan<ulong> Slots
    {
        get
        {
            var slots = (ulong[])_slots.Clone();
            for (int slot = 0; slot < slots.Length; slot++)
            {
                ulong value = slots[slot];
                if (value != 0 && (value & 0xFF) == 0)
                {
                    slots[slot] = (value & 0xFFFFFFFF00000000UL) | _denseOrigins[(uint)value >> 8];
                }
            }

            return slots;
        }
    }

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

        return new SparseWeights(slots, entries, features, classCount);
    }

    /// <summary>Finds the row of each key (for <see cref="AddRow"/>); 0 for keys the model does not have.</summary>
    public void Resolve(ReadOnlySpan<uint> keys, Span<ulong> rows)
    {
        if (rows.Length < keys.Length)
        {
            throw new ArgumentException("Fewer rows than keys.", nameof(rows));
        }

        // Reads through references, without a bounds check per read (this runs for every feature of every token): a
        // slot number is masked to the table, the rows of the slots were checked against the entries when the table
        // was built or read, and dense row numbers come from BuildDense (with row 0 reserved, which absent keys read).
        ref ulong slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref int entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref short dense = ref MemoryMarshal.GetArrayDataReference(_dense.Length > 0 ? _dense : ZeroRow);
        ref ulong found = ref MemoryMarshal.GetReference(rows);
        int stride = _dense.Length > 0 ? _denseStride : 0;
        int touched = 0;
        uint mask = (uint)_mask;
        bool vectors = Vector256.IsHardwareAccelerated;
        uint lastVectorSlot = mask - (uint)(Vector256<ulong>.Count - 1);
        var keyHalf = Vector256.Create(0xFFFFFFFF00000000UL);
        for (int k = 0; k < keys.Length; k++)
        {
            uint key = keys[k];
            uint slot = key & mask;
            ulong value;
            if (vectors && slot <= lastVectorSlot)
            {
                // Four slots at once: the key is found at the first slot that holds it or is empty (an empty slot reads
                // 0, the value of an absent key), as the slot-by-slot walk below finds it, but without a branch per
                // slot. Linear probing at this load factor walks past the first slot about a third of the time, and a
                // mispredicted exit from that walk, taken only once the slot has come from memory, would discard the
                // probes issued after it instead of overlapping their cache misses.
                var four = Vector256.LoadUnsafe(ref slots, slot);
                uint stop = Vector256.Equals(four & keyHalf, Vector256.Create((ulong)key << 32)).ExtractMostSignificantBits()
                    | Vector256.Equals(four, Vector256<ulong>.Zero).ExtractMostSignificantBits();
                if (stop != 0)
                {
                    value = Unsafe.Add(ref slots, slot + (uint)BitOperations.TrailingZeroCount(stop));
                    goto Found;
                }

                slot = (slot + (uint)Vector256<ulong>.Count) & mask;
            }

            while ((value = Unsafe.Add(ref slots, slot)) != 0 && (uint)(value >> 32) != key)
            {
                slot = (slot + 1) & mask;
            }

        Found:
            Unsafe.Add(ref found, k) = value;

            // Read the row itself too, while the other keys are still being probed: on a long text most rows are not
            // in the processor's cache, and fetching them here overlaps those misses instead of waiting on them later.
            uint row = (uint)value;
            touched += (row & 0xFF) != 0 ? Unsafe.Add(ref entries, row >> 8) : Unsafe.Add(ref dense, (int)(row >> 8) * stride);
        }

        _touched = touched;
    }

    /// <summary>Adds a row found by <see cref="Resolve"/> to <paramref name="scores"/> (at least <see cref="ScoreLength"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddRow(ulong slotValue, Span<int> scores)
    {
        if (slotValue == 0)
        {
            return;
        }

        uint row = (uint)slotValue;
        uint length = row & 0xFF;
        if (length == 0)
        {
            AddDense((int)(row >> 8), scores);
            return;
        }

        var entries = _entries.AsSpan((int)(row >> 8), (int)length);
        foreach (int entry in entries)
        {
            scores[entry & 0xFF] += entry >> 16;
        }
    }

    /// <summary>
    /// Adds the rows found by <see cref="Resolve"/> to <paramref name="scores"/> (at least <see cref="ScoreLength"/>
    /// long): the sparse rows one weight at a time, the dense ones sixteen classes at a time in registers. Adding them
    /// one by one through memory would chain every addition on the store of the previous one.
    /// </summary>
    /// <param name="rows">Slot values from <see cref="Resolve"/>.</param>
    /// <param name="scores">The sums, added to.</param>
    /// <param name="denseScratch">Scratch at least as long as <paramref name="rows"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddRows(ReadOnlySpan<ulong> rows, Span<int> scores, Span<int> denseScratch)
    {
        int stride = _denseStride;
        if (scores.Length < stride || denseScratch.Length < rows.Length)
        {
            throw new ArgumentException("The score buffer is shorter than ScoreLength or the scratch shorter than the rows.", nameof(scores));
        }

        if (!Vector256.IsHardwareAccelerated || stride % Vector256<short>.Count != 0)
        {
            foreach (ulong value in rows)
            {
                AddRow(value, scores);
            }

            return;
        }

        // The sparse rows one weight at a time, through references: every entry's class was checked against the class
        // count (at most the score length, checked above) and every row against the entries when the table was read.
        int denseCount = 0;
        ref int scratch = ref MemoryMarshal.GetReference(denseScratch);
        ref int sums = ref MemoryMarshal.GetReference(scores);
        ref int all = ref MemoryMarshal.GetArrayDataReference(_entries);
        foreach (ulong value in rows)
        {
            uint row = (uint)value;
            uint length = row & 0xFF;
            if (value == 0)
            {
                continue;
            }

            if (length == 0)
            {
                Unsafe.Add(ref scratch, denseCount++) = (int)(row >> 8) * stride;
                continue;
            }

            ref int entry = ref Unsafe.Add(ref all, row >> 8);
            for (uint e = 0; e < length; e++)
            {
                int packed = Unsafe.Add(ref entry, e);
                Unsafe.Add(ref sums, packed & 0xFF) += packed >> 16;
            }
        }

        if (_dense.Length == 0)
        {
            return;
        }

        ref short dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref int target = ref MemoryMarshal.GetReference(scores);
        if (stride == 3 * Vector256<short>.Count)
        {
            AddDense3(ref dense, ref scratch, denseCount, ref target);
            return;
        }

        for (int block = 0; block < stride; block += Vector256<short>.Count)
        {
            var low = Vector256.LoadUnsafe(ref target, (nuint)block);
            var high = Vector256.LoadUnsafe(ref target, (nuint)(block + Vector256<int>.Count));
            for (int j = 0; j < denseCount; j++)
            {
                var (l, h) = Vector256.Widen(Vector256.LoadUnsafe(ref dense, (nuint)(Unsafe.Add(ref scratch, j) + block)));
                low += l;
                high += h;
            }

            low.StoreUnsafe(ref target, (nuint)block);
            high.StoreUnsafe(ref target, (nuint)(block + Vector256<int>.Count));
        }
    }

    /// <summary>
    /// The dense rows of <see cref="AddRows"/> for rows of three vectors (up to 48 classes): all six sums stay in
    /// registers for the whole list, so each row costs three loads and six additions and the list is walked once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDense3(ref short dense, ref int rowStarts, int count, ref int target)
    {
        const int half = 8;
        var s0 = Vector256.LoadUnsafe(ref target);
        var s1 = Vector256.LoadUnsafe(ref target, half);
        var s2 = Vector256.LoadUnsafe(ref target, 2 * half);
        var s3 = Vector256.LoadUnsafe(ref target, 3 * half);
        var s4 = Vector256.LoadUnsafe(ref target, 4 * half);
        var s5 = Vector256.LoadUnsafe(ref target, 5 * half);
        for (int j = 0; j < count; j++)
        {
            ref short row = ref Unsafe.Add(ref dense, Unsafe.Add(ref rowStarts, j));
            var (l0, h0) = Vector256.Widen(Vector256.LoadUnsafe(ref row));
            var (l1, h1) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 2 * half));
            var (l2, h2) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 4 * half));
            s0 += l0;
            s1 += h0;
            s2 += l1;
            s3 += h1;
            s4 += l2;
            s5 += h2;
        }

        s0.StoreUnsafe(ref target);
        s1.StoreUnsafe(ref target, half);
        s2.StoreUnsafe(ref target, 2 * half);
        s3.StoreUnsafe(ref target, 3 * half);
        s4.StoreUnsafe(ref target, 4 * half);
        s5.StoreUnsafe(ref target, 5 * half);
    }

    /// <summary>Adds the row of <paramref name="key"/> (if the model has one) to <paramref name="scores"/> (at least <see cref="ScoreLength"/> long).</summary>
    public void Add(uint key, Span<int> scores)
    {
        Span<ulong> row = stackalloc ulong[1];
        Resolve([key], row);
        AddRow(row[0], scores);
    }

    // Reads through references (Unsafe, no unsafe code): this runs for most features of every token, and the row and
    // score lengths were checked when the table was built (scores holds ScoreLength, checked by the caller's slice).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddDense(int index, Span<int> scores)
    {
        int stride = _denseStride;
        if (scores.Length < stride)
        {
            throw new ArgumentException("The score buffer is shorter than ScoreLength.", nameof(scores));
        }

        ref short row = ref _dense[index * stride];
        ref int target = ref MemoryMarshal.GetReference(scores);
        int half = Vector<int>.Count;
        for (int v = 0; v < stride; v += Vector<short>.Count)
        {
            var weights = Unsafe.ReadUnaligned<Vector<short>>(ref Unsafe.As<short, byte>(ref Unsafe.Add(ref row, v)));
            Vector.Widen(weights, out Vector<int> low, out Vector<int> high);
            ref byte a = ref Unsafe.As<int, byte>(ref Unsafe.Add(ref target, v));
            Unsafe.WriteUnaligned(ref a, Unsafe.ReadUnaligned<Vector<int>>(ref a) + low);
            ref byte b = ref Unsafe.As<int, byte>(ref Unsafe.Add(ref target, v + half));
            Unsafe.WriteUnaligned(ref b, Unsafe.ReadUnaligned<Vector<int>>(ref b) + high);
        }
    }
}
