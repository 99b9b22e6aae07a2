using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class WordHashTableTests
{
    /// <summary>The lookup as the table's layout defines it, one slot at a time, to hold the vector probe against.</summary>
    private static TValue WalkSlots<TValue>(in WordHashTable<TValue> table, uint key)
        where TValue : unmanaged, IEquatable<TValue>
    {
        var keys = table.SlotKeys;
        var values = table.SlotValues;
        int mask = keys.Length - 1;
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            if (values[slot].Equals(default) || keys[slot] == key)
            {
                return values[slot];
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// Keys that all start at <paramref name="home"/> (the same low bits in a table of <paramref name="size"/> slots)
    /// and differ above them, so each one held lengthens one probe chain.
    /// </summary>
    private static uint[] SameHome(int home, int size, int count, uint salt = 0) =>
        Enumerable.Range(1, count).Select(i => (uint)home | (uint)((i + salt) * size)).ToArray();

    private static void ShouldAgreeWithTheWalk<TValue>(in WordHashTable<TValue> table, IReadOnlyDictionary<uint, TValue> held, IEnumerable<uint> probes)
        where TValue : unmanaged, IEquatable<TValue>
    {
        foreach (uint key in probes)
        {
            var expected = held.TryGetValue(key, out var v) ? v : default;
            table.Get(key).Should().Be(expected, $"key {key:x8}");
            WalkSlots(table, key).Should().Be(expected, $"key {key:x8} walked");
        }
    }

    public static TheoryData<int, int> Chains => new()
    {
        // home slot, keys placed there: chains that end before the table does, that cross its end and wrap to slot 0
        // (homes past the last eight slots take the one-slot walk from the start), and longer than one vector of eight.
        { 0, 3 },
        { 5, 11 },
        { 20, 9 },
        { 24, 20 },
        { 27, 10 },
        { 30, 7 },
        { 31, 17 },
    };

    [Theory]
    [MemberData(nameof(Chains))]
    public void Get_ChainsThatWrapAndOutgrowOneVector_AgreesWithTheSlotBySlotWalk(int home, int count)
    {
        // WithRoom(24) gives 32 slots; at most 24 keys are placed, so the table never grows under the test.
        var u16 = WordHashTable<ushort>.WithRoom(24, clearable: false);
        var u32 = WordHashTable<uint>.WithRoom(24, clearable: true);
        var u64 = WordHashTable<ulong>.WithRoom(24, clearable: true);
        u16.SlotKeys.Length.Should().Be(32);
        var held16 = new Dictionary<uint, ushort>();
        var held32 = new Dictionary<uint, uint>();
        var held64 = new Dictionary<uint, ulong>();
        foreach (uint key in SameHome(home, 32, count))
        {
            u16.Entry(key) = held16[key] = (ushort)(key % 60_000 + 1);
            u32.Entry(key) = held32[key] = key | 0x8000_0000u;
            u64.Entry(key) = held64[key] = ((ulong)key << 20) | 1;
        }

        // A few keys elsewhere, so some chains run into other keys' slots rather than straight into an empty one.
        foreach (uint key in new uint[] { 2, 3 + 64, 26, 29 + 32 })
        {
            u16.Entry(key) = held16[key] = 7;
            u32.Entry(key) = held32[key] = 7;
            u64.Entry(key) = held64[key] = 7;
        }

        // Absent keys that start in every slot, several of them at the chain's home.
        var probes = held16.Keys
            .Concat(Enumerable.Range(0, 32).Select(s => (uint)s | (1u << 30)))
            .Concat(SameHome(home, 32, 12, salt: 1000))
            .ToArray();
        u16.Count.Should().Be(held16.Count);
        ShouldAgreeWithTheWalk(u16, held16, probes);
        ShouldAgreeWithTheWalk(u32, held32, probes);
        ShouldAgreeWithTheWalk(u64, held64, probes);
    }

    [Fact]
    public void Clear_ThenReuse_ForgetsStaleKeysAndFindsTheNewOnes()
    {
        foreach (int first in new[] { 3, 40 })
        {
            // 3 keys clear slot by slot; 40 keys (in 64 slots after growing) clear the whole table.
            var table = WordHashTable<ushort>.WithRoom(16, clearable: true);
            var stale = SameHome(9, 64, first);
            foreach (uint key in stale)
            {
                table.Entry(key) = 5;
            }

            table.Clear();

            table.Count.Should().Be(0);
            table.SlotValues.ToArray().Should().OnlyContain(v => v == 0);
            foreach (uint key in stale)
            {
                table.Get(key).Should().Be(0);
            }

            // New keys land on the stale keys' slots (their keys still in the key array) and beyond.
            var fresh = SameHome(9, 64, 6, salt: 500).Concat(new uint[] { 10, 11 }).ToArray();
            var held = new Dictionary<uint, ushort>();
            foreach (uint key in fresh)
            {
                table.Entry(key) = held[key] = (ushort)(held.Count + 1);
            }

            table.Count.Should().Be(fresh.Length);
            ShouldAgreeWithTheWalk(table, held, stale.Concat(fresh));
        }
    }

    [Fact]
    public void Entry_ClearableTableThatGrows_KeepsEveryKeyAndStillClears()
    {
        var table = WordHashTable<ulong>.WithRoom(4, clearable: true);
        var held = new Dictionary<uint, ulong>();
        for (uint i = 0; i < 1000; i++)
        {
            uint key = i * 2_654_435_761u;
            table.Entry(key) += 1UL + i;
            held[key] = 1UL + i;
        }

        // Counting an existing key again adds to its value and not to the keys held.
        table.Entry(0u) += 1;
        held[0u] += 1;

        table.Count.Should().Be(1000);
        table.SlotKeys.Length.Should().BeGreaterThanOrEqualTo(1000 * 4 / 3);
        table.Entries().Should().BeEquivalentTo(held.Select(p => (p.Key, p.Value)));
        ShouldAgreeWithTheWalk(table, held, held.Keys.Concat(held.Keys.Select(k => k ^ 0x5555_0000u)));

        table.Clear();
        table.Count.Should().Be(0);
        table.Entries().Should().BeEmpty();
        table.Entry(42) = 9;
        table.Clear();

        // Few keys now in a large table: cleared slot by slot, from the slots remembered after growing.
        table.SlotValues.ToArray().Should().OnlyContain(v => v == 0);
    }

    [Fact]
    public void FromSlots_TheArraysOfATableBuiltByInserts_IsTheSameTable()
    {
        var built = WordHashTable<uint>.WithRoom(300, clearable: false);
        var held = new Dictionary<uint, uint>();
        for (uint i = 0; i < 300; i++)
        {
            uint key = (i * 40_503u) ^ (i << 17);
            built.Entry(key) = held[key] = i + 1;
        }

        var read = WordHashTable<uint>.FromSlots(built.SlotKeys.ToArray(), built.SlotValues.ToArray(), "test");

        read.Count.Should().Be(built.Count).And.Be(300);
        read.SlotKeys.ToArray().Should().Equal(built.SlotKeys.ToArray());
        read.SlotValues.ToArray().Should().Equal(built.SlotValues.ToArray());
        read.Entries().Should().Equal(built.Entries());
        ShouldAgreeWithTheWalk(read, held, held.Keys.Concat(Enumerable.Range(0, 64).Select(i => (uint)i * 977u)));
    }

    public static TheoryData<uint[], ushort[]> InvalidSlots => new()
    {
        { new uint[16], new ushort[15] },
        { new uint[8], new ushort[8] },
        { new uint[24], new ushort[24] },
        { new uint[16], Enumerable.Repeat((ushort)1, 16).ToArray() },
    };

    [Theory]
    [MemberData(nameof(InvalidSlots))]
    public void FromSlots_NotAValidTable_ThrowsInvalidDataException(uint[] keys, ushort[] values)
    {
        var act = () => WordHashTable<ushort>.FromSlots(keys, values, "test");

        act.Should().Throw<InvalidDataException>().WithMessage("*test*");
    }

    [Fact]
    public void FromSlots_SixteenSlotsOneEmpty_IsValid()
    {
        var values = Enumerable.Repeat((ushort)3, 16).ToArray();
        values[15] = 0;
        var keys = Enumerable.Range(0, 16).Select(i => (uint)i).ToArray();

        var table = WordHashTable<ushort>.FromSlots(keys, values, "test");

        table.Count.Should().Be(15);
        table.Get(4).Should().Be(3);
        table.Get(15).Should().Be(0);
        table.Get(31).Should().Be(0);
    }

    [Fact]
    public void PhraseLexicon_ZeroFlagsAndRepeatedKeys_HoldsOnlyTheKeysWithBits()
    {
        uint[] keys = [11, 27, 11, 43, 59];
        ushort[] flags = [PhraseLexicon.FullBit(PhraseLexicon.City), 0, PhraseLexicon.PrefixBit(PhraseLexicon.Country), 0, PhraseLexicon.FullBit(PhraseLexicon.PersonName)];

        var lexicon = new PhraseLexicon(keys, flags);

        lexicon.Count.Should().Be(2);
        lexicon.Entries().Select(e => e.Key).Should().BeEquivalentTo(new uint[] { 11, 59 });
        lexicon.Lookup(11).Should().Be((ushort)(PhraseLexicon.FullBit(PhraseLexicon.City) | PhraseLexicon.PrefixBit(PhraseLexicon.Country)));
        lexicon.Lookup(27).Should().Be(0);
        lexicon.Lookup(43).Should().Be(0);
        PhraseLexicon.FromTables(lexicon.SlotKeys.ToArray(), lexicon.SlotFlags.ToArray()).Count.Should().Be(lexicon.Count);
    }
}
