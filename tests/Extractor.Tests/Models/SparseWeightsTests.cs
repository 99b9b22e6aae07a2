using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class SparseWeightsTests
{
    /// <summary>
    /// A table of random rows: short ones (kept sparse), long ones (copied into dense rows at load) and long ones that
    /// name a class twice (kept sparse), with the sums a plain loop over the (class, weight) pairs gives.
    /// </summary>
    private static (SparseWeights Weights, uint[] Keys, List<(int Class, short Weight)>[] Rows) Table(int classCount, int seed)
    {
        var random = new Random(seed);
        int features = 600;
        var keys = new uint[features];
        var rows = new List<(int Class, short Weight)>[features];
        var used = new HashSet<uint>();
        for (int f = 0; f < features; f++)
        {
            uint key;
            do
            {
                key = (uint)random.NextInt64(1, uint.MaxValue);
            }
            while (!used.Add(key));

            keys[f] = key;
            int length = f % 3 == 0 ? random.Next(8, classCount + 1) : random.Next(1, Math.Min(8, classCount + 1));
            var classes = Enumerable.Range(0, classCount).OrderBy(_ => random.Next()).Take(length).ToList();
            if (f % 17 == 0 && length >= 2)
            {
                classes[^1] = classes[0];
            }

            rows[f] = classes.Select(c => (c, (short)random.Next(short.MinValue, short.MaxValue + 1))).ToList();
        }

        var rowStarts = new int[features + 1];
        for (int f = 0; f < features; f++)
        {
            rowStarts[f + 1] = rowStarts[f] + rows[f].Count;
        }

        var entryClasses = rows.SelectMany(r => r.Select(e => (byte)e.Class)).ToArray();
        var entryWeights = rows.SelectMany(r => r.Select(e => e.Weight)).ToArray();
        return (new SparseWeights(keys, rowStarts, entryClasses, entryWeights, classCount), keys, rows);
    }

    [Theory]
    [InlineData(41, 1)]
    [InlineData(41, 2)]
    [InlineData(9, 3)]
    [InlineData(17, 4)]
    [InlineData(48, 5)]
    public void AddRows_ManyRowsAtOnce_GivesExactlyTheSumsOfEachWeight(int classCount, int seed)
    {
        var (weights, keys, rows) = Table(classCount, seed);
        var random = new Random(seed);
        for (int trial = 0; trial < 50; trial++)
        {
            // Some keys the table does not have, some twice.
            var picked = Enumerable.Range(0, random.Next(0, 60))
                .Select(_ => random.Next(10) == 0 ? 12345u + (uint)trial : keys[random.Next(keys.Length)]).ToArray();
            var expected = new long[weights.ScoreLength];
            foreach (uint key in picked)
            {
                int f = Array.IndexOf(keys, key);
                if (f >= 0)
                {
                    foreach (var (c, w) in rows[f])
                    {
                        expected[c] += w;
                    }
                }
            }

            var found = new ulong[picked.Length];
            weights.Resolve(picked, found);
            var scores = new int[weights.ScoreLength];
            var initial = Enumerable.Range(0, scores.Length).Select(_ => random.Next(-1000, 1000)).ToArray();
            initial.CopyTo(scores, 0);
            weights.AddRows(found, scores, new int[picked.Length]);
            var one = (int[])initial.Clone();
            foreach (ulong row in found)
            {
                weights.AddRow(row, one);
            }

            scores.Should().Equal(expected.Select((e, c) => (int)(e + initial[c])), "all rows at once add the same integers as a plain loop");
            one.Should().Equal(scores, "row by row gives the same sums");
        }
    }

    [Fact]
    public void AddRows_NoRows_LeavesTheScores()
    {
        var (weights, _, _) = Table(41, 7);
        var scores = Enumerable.Range(0, weights.ScoreLength).ToArray();
        weights.AddRows([], scores, []);
        scores.Should().Equal(Enumerable.Range(0, weights.ScoreLength));
    }

    /// <summary>
    /// Keys that all start probing at <paramref name="home"/> in a 16-slot table (11 keys), so that their chain runs
    /// past the several slots a probe reads at once, and from the last slots round to the first; absent keys with the same
    /// start must walk the whole chain to its empty slot.
    /// </summary>
    [Theory]
    [InlineData(3u)]
    [InlineData(11u)]
    [InlineData(14u)]
    [InlineData(15u)]
    public void Resolve_KeysSharingOneStartSlot_FindsEachRowAndNothingElse(uint home)
    {
        var keys = Enumerable.Range(1, 11).Select(i => ((uint)i << 8) | home).ToArray();
        var rowStarts = Enumerable.Range(0, keys.Length + 1).ToArray();
        var classes = keys.Select((_, i) => (byte)(i % 5)).ToArray();
        var values = keys.Select((_, i) => (short)(100 + i)).ToArray();
        var weights = new SparseWeights(keys, rowStarts, classes, values, 5);
        var absent = Enumerable.Range(20, 6).Select(i => ((uint)i << 8) | home).Append(0u).ToArray();

        var rows = new ulong[keys.Length + absent.Length];
        weights.Resolve([.. keys, .. absent], rows);

        for (int k = 0; k < keys.Length; k++)
        {
            var scores = new int[weights.ScoreLength];
            weights.AddRow(rows[k], scores);
            scores[classes[k]].Should().Be(values[k], $"key {k} is in the table");
            scores.Sum().Should().Be(values[k]);
        }

        rows[keys.Length..].Should().OnlyContain(r => r == 0, "keys the model does not have find no row");
    }

    [Theory]
    [InlineData(2u)]
    [InlineData(13u)]
    [InlineData(15u)]
    public void WordTables_KeysSharingOneStartSlot_FindEachValueAndNothingElse(uint home)
    {
        var keys = Enumerable.Range(1, 11).Select(i => ((uint)i << 8) | home).ToArray();
        var lexicon = new PhraseLexicon(keys, keys.Select((_, i) => (ushort)(i + 1)).ToArray());
        var profile = new WordCaseProfile(keys, keys.Select((_, i) => ProfileValue(i)).ToArray());
        for (int k = 0; k < keys.Length; k++)
        {
            lexicon.Lookup(keys[k]).Should().Be((ushort)(k + 1));
            profile.Lookup(keys[k]).Should().Be(ProfileValue(k));
        }

        foreach (uint missing in Enumerable.Range(20, 6).Select(i => ((uint)i << 8) | home).Append(0u))
        {
            lexicon.Lookup(missing).Should().Be(0);
            profile.Lookup(missing).Should().Be(0u);
        }
    }

    /// <summary>A valid case profile value for word <paramref name="i"/>: a case (1 to 4) and fine class i + 1.</summary>
    private static uint ProfileValue(int i) => (uint)(1 + (i % 4)) | ((uint)(i + 1) << 4);
}
