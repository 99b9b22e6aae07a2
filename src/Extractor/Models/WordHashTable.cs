using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Extractor.Models;

/// <summary>
/// The open-addressing table the model keeps its word tables in: keys are folded word (or phrase) hashes, a value of
/// 0 marks an empty slot, the slot is the key's low bits and a collision walks to the next slot. The document counts
/// (<see cref="DocumentContext"/>, <see cref="PredictionHistory"/>) grow and clear it per document; the lexicons in the
/// model file (<see cref="PhraseLexicon"/>, <see cref="WordCaseProfile"/>) are built once at a load factor of at most
/// 3/4 and travel in the file slot by slot, so the layout an insertion order gives is part of that format.
/// </summary>
/// <remarks>
/// A struct, held in a field of its owner and called through it, so a lookup reads the arrays without one more object
/// between. Values are <see cref="ushort"/>, <see cref="uint"/> or <see cref="ulong"/>; the first two are probed eight
/// slots at once where vector hardware allows.
/// </remarks>
internal struct WordHashTable<TValue>
    where TValue : unmanaged, IEquatable<TValue>
{
    private uint[] _keys;
    private TValue[] _values;
    private int _mask;
    private int _count;

    /// <summary>The slots in use in the order they were filled, when the table is cleared per document; else null.</summary>
    private int[]? _used;

    private WordHashTable(uint[] keys, TValue[] values, int count, bool clearable)
    {
        _keys = keys;
        _values = values;
        _mask = keys.Length - 1;
        _count = count;
        _used = clearable ? new int[(keys.Length * 3 / 4) + 1] : null;
    }

    /// <summary>An empty table with room for <paramref name="entries"/> keys at a load factor of at most 3/4 (16 slots or more).</summary>
    /// <param name="entries">How many keys it must hold without growing.</param>
    /// <param name="clearable">Whether <see cref="Clear"/> will be used: it then remembers the slots it fills.</param>
    public static WordHashTable<TValue> WithRoom(int entries, bool clearable)
    {
        int size = 16;
        while (size * 3 < entries * 4)
        {
            size <<= 1;
        }

        return new WordHashTable<TValue>(new uint[size], new TValue[size], 0, clearable);
    }

    /// <summary>Takes over a table in the layout of <see cref="SlotKeys"/> and <see cref="SlotValues"/>, as a model file stores it.</summary>
    /// <exception cref="InvalidDataException">The table is not a valid index.</exception>
    public static WordHashTable<TValue> FromSlots(uint[] slotKeys, TValue[] slotValues, string what)
    {
        if (slotKeys.Length != slotValues.Length || slotKeys.Length < 16 || (slotKeys.Length & (slotKeys.Length - 1)) != 0)
        {
            throw new InvalidDataException($"The entity model has a {what} table of {slotKeys.Length} keys and {slotValues.Length} values.");
        }

        int count = 0;
        foreach (var v in slotValues)
        {
            count += IsEmpty(v) ? 0 : 1;
        }

        if (count >= slotKeys.Length)
        {
            throw new InvalidDataException($"The entity model's {what} table has no empty slot.");
        }

        return new WordHashTable<TValue>(slotKeys, slotValues, count, clearable: false);
    }

    /// <summary>Keys held.</summary>
    public readonly int Count => _count;

    /// <summary>The keys, slot by slot, as a model file stores them.</summary>
    public readonly ReadOnlySpan<uint> SlotKeys => _keys;

    /// <summary>The values, slot by slot (0 = empty slot).</summary>
    public readonly ReadOnlySpan<TValue> SlotValues => _values;

    /// <summary>The entries held, in slot order.</summary>
    public readonly IEnumerable<(uint Key, TValue Value)> Entries()
    {
        var keys = _keys;
        var values = _values;
        for (int i = 0; i < keys.Length; i++)
        {
            if (!IsEmpty(values[i]))
            {
                yield return (keys[i], values[i]);
            }
        }
    }

    /// <summary>The value held for <paramref name="key"/>; 0 when none.</summary>
    public readonly TValue Get(uint key)
    {
        var keys = _keys;
        var values = _values;
        int slot = (int)(key & (uint)_mask);
        if (Vector256.IsHardwareAccelerated && (typeof(TValue) == typeof(uint) || typeof(TValue) == typeof(ushort)) && slot <= keys.Length - Vector256<uint>.Count)
        {
            // Eight slots at once, keys and values read side by side: the value of the first slot that holds the key or
            // is empty, as the walk below finds it, without waiting on the value before reading the key nor a branch
            // per slot (most probes are for words of the text the table does not hold, cache misses).
            uint stop = Vector256.Equals(Vector256.Create<uint>(keys.AsSpan(slot, Vector256<uint>.Count)), Vector256.Create(key)).ExtractMostSignificantBits()
                | EmptyLanes(values, slot);
            if (stop != 0)
            {
                return values[slot + BitOperations.TrailingZeroCount(stop)];
            }

            slot = (slot + Vector256<uint>.Count) & _mask;
        }

        while (true)
        {
            var v = values[slot];
            if (IsEmpty(v) || keys[slot] == key)
            {
                return v;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The value slot of <paramref name="key"/>, taken for it when the key is new (its value then 0); the table grows
    /// first when that would fill more than 3/4 of it.
    /// </summary>
    /// <remarks>
    /// A new key is counted, and its slot remembered for <see cref="Clear"/>, as soon as it is taken, so the caller must
    /// leave a non-zero value in it: a 0 left there reads as an empty slot, which a later key may take again, and the
    /// table would count (and in the clearable mode remember and later move) one key more than it holds. Callers that
    /// may have nothing to store skip the call instead.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ref TValue Entry(uint key)
    {
        if ((_count + 1) * 4 > _keys.Length * 3)
        {
            Grow();
        }

        int slot = (int)(key & (uint)_mask);
        while (!IsEmpty(_values[slot]) && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        if (IsEmpty(_values[slot]))
        {
            if (_used is not null)
            {
                _used[_count] = slot;
            }

            _count++;
            _keys[slot] = key;
        }

        return ref _values[slot];
    }

    /// <summary>Forgets every key: the slots filled one by one when they are few, else the whole table.</summary>
    public void Clear()
    {
        if (_used is not null && _count * 8 < _values.Length)
        {
            foreach (int slot in _used.AsSpan(0, _count))
            {
                _values[slot] = default;
            }
        }
        else if (_count > 0)
        {
            Array.Clear(_values);
        }

        _count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsEmpty(TValue value) => value.Equals(default);

    /// <summary>A bit per slot of the eight from <paramref name="slot"/> whose value is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint EmptyLanes(TValue[] values, int slot)
    {
        if (typeof(TValue) == typeof(uint))
        {
            return Vector256.Equals(Vector256.Create<uint>(Unsafe.As<uint[]>(values).AsSpan(slot, Vector256<uint>.Count)), Vector256<uint>.Zero).ExtractMostSignificantBits();
        }

        return Vector128.Equals(Vector128.Create<ushort>(Unsafe.As<ushort[]>(values).AsSpan(slot, Vector128<ushort>.Count)), Vector128<ushort>.Zero).ExtractMostSignificantBits();
    }

    /// <summary>Doubles the table, moving the keys in the order they came (slot order when that is not kept).</summary>
    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        var used = _used;
        _keys = new uint[keys.Length * 2];
        _values = new TValue[keys.Length * 2];
        _mask = _keys.Length - 1;
        _used = used is null ? null : new int[(_keys.Length * 3 / 4) + 1];
        int moved = 0;
        for (int i = 0; i < (used is null ? keys.Length : _count); i++)
        {
            int old = used is null ? i : used[i];
            if (IsEmpty(values[old]))
            {
                continue;
            }

            int slot = (int)(keys[old] & (uint)_mask);
            while (!IsEmpty(_values[slot]))
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[old];
            _values[slot] = values[old];
            if (_used is not null)
            {
                _used[moved] = slot;
            }

            moved++;
        }

        _count = moved;
    }
}
