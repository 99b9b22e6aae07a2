using System.Text;
using Extractor.Text;

namespace Extractor.Tests.Invariants;

public class RandomStringTests
{
    /// <summary>Fragments random text is made of: the characters and clusters the tokenizer treats specially.</summary>
    private static readonly string[] Fragments =
    [
        "a", "Z", "s", "n", "t", "1", "0", " ", " ", "\n", "\r", "\t", "\u00A0", "\u2028", ".", ",", ":", ";", "!", "?", "-", "--",
        "–", "—", "…", "'", "’", "‘", "\"", "“", "”", "«", "»", "(", ")", "[", "]", "@", "#", "&", "/", "_", "%", "$", "£",
        "é", "\u0301", "Я", "ж", "北", "ع", "😀", "🏽", "\u200D", "\uFE0F", "\u20E3", "🇺", "\uD800", "\uDC00", "\0",
        "\u200B", "\u200F", "\u00AD", "http://", "https://x.y/", "www.", ".com", "U.S.", "Mr.", "e.g.", "n't", "'s", "’s", "O'",
        "No.", "a.m.", "Inc.", "The", "He", "said", "Jan.",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TokenizeAndSplit_RandomFragmentText_KeepsEveryInvariant(int seed)
    {
        var random = new Random(seed);
        var table = new TokenTable(4);
        var builder = new StringBuilder();
        for (int round = 0; round < 1000; round++)
        {
            builder.Clear();
            int fragments = random.Next(0, 60);
            for (int f = 0; f < fragments; f++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            TokenInvariants.Check(builder.ToString(), table);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void TokenizeAndSplit_RandomUtf16CodeUnits_KeepsEveryInvariant(int seed)
    {
        var random = new Random(seed);
        var table = new TokenTable(4);
        for (int round = 0; round < 1000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++)
            {
                // Half ASCII, half anywhere in the BMP (surrogates included).
                chars[i] = random.Next(2) == 0 ? (char)random.Next(0, 128) : (char)random.Next(0, 0x10000);
            }

            TokenInvariants.Check(new string(chars), table);
        }
    }

    [Fact]
    public void TokenizeAndSplit_RandomLongDocument_KeepsEveryInvariant()
    {
        var random = new Random(99);
        var builder = new StringBuilder();
        while (builder.Length < 200_000)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
        }

        TokenInvariants.Check(builder.ToString());
    }
}
