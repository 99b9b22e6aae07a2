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
}
