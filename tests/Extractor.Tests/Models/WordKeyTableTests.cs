using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class WordKeyTableTests
{
    private static uint Hash(string word) => FeatureHash.Exact(word);

    private static WordKeyTable Filled(string[] words, int capacity = 16)
    {
        var table = new WordKeyTable(capacity);
        foreach (string w in words)
        {
            if (table.Find(w, Hash(w), out int slot) == WordKeyTable.Missing)
            {
                table.Add(w, Hash(w), slot);
            }
        }

        return table;
    }

    [Fact]
    public void Retain_KeepsTheWordsFoundMostOften_InTheirOldOrder()
    {
        string[] words = ["the", "said", "Budanov", "of", "Kyiv", "a", "in", "Geneva"];
        var table = Filled(words);
        string[] frequent = ["Kyiv", "said", "Geneva"];
        for (int round = 0; round < 3; round++)
        {
            foreach (string w in frequent)
            {
                table.Find(w, Hash(w), out _).Should().NotBe(WordKeyTable.Missing);
            }
        }

        table.Find("the", Hash("the"), out _);
        table.Find("Budanov", Hash("Budanov"), out _);
        table.Find("in", Hash("in"), out _);
        var moves = new int[table.Count];
        int kept = table.Retain(3, moves);

        kept.Should().Be(3);
        table.Count.Should().Be(3);
        moves.Should().Equal(WordKeyTable.Missing, 0, WordKeyTable.Missing, WordKeyTable.Missing, 1, WordKeyTable.Missing, WordKeyTable.Missing, 2);
        table.Find("said", Hash("said"), out _).Should().Be(0);
        table.Find("Kyiv", Hash("Kyiv"), out _).Should().Be(1);
        table.Find("Geneva", Hash("Geneva"), out _).Should().Be(2);
        table.Find("the", Hash("the"), out _).Should().Be(WordKeyTable.Missing, "a word found once gives way to those found three times");
        table.Find("Budanov", Hash("Budanov"), out _).Should().Be(WordKeyTable.Missing);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 2)]
    [InlineData(5, 5)]
    [InlineData(100, 8)]
    public void Retain_EqualCounts_KeepsTheLatestUpToTheLimit(int keep, int expected)
    {
        string[] words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
        var table = Filled(words);
        var moves = new int[table.Count];

        table.Retain(keep, moves).Should().Be(expected);

        int dropped = words.Length - expected;
        for (int e = 0; e < words.Length; e++)
        {
            int entry = e >= dropped ? e - dropped : WordKeyTable.Missing;
            table.Find(words[e], Hash(words[e]), out _).Should().Be(entry);
            moves[e].Should().Be(entry);
        }
    }

    [Fact]
    public void Retain_ThenAdd_NewWordsTakeTheFreedEntriesAndCharacters()
    {
        var table = Filled(["one", "two", "three", "four"], capacity: 4);
        table.Find("four", Hash("four"), out _);
        table.Retain(1, new int[4]).Should().Be(1);

        foreach (string w in new[] { "five", "six", "seven" })
        {
            table.Find(w, Hash(w), out int slot).Should().Be(WordKeyTable.Missing);
            table.Add(w, Hash(w), slot).Should().NotBe(WordKeyTable.Missing);
        }

        table.Count.Should().Be(4);
        table.Find("four", Hash("four"), out _).Should().Be(0);
        table.Find("seven", Hash("seven"), out _).Should().Be(3);
        table.Find("one", Hash("one"), out int free).Should().Be(WordKeyTable.Missing);
        table.Add("one", Hash("one"), free).Should().Be(WordKeyTable.Missing, "the table is full again");
    }
}
