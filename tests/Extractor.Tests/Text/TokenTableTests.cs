using Extractor.Text;

namespace Extractor.Tests.Text;

public class TokenTableTests
{
    [Fact]
    public void Add_BeyondCapacity_GrowsAndKeepsEveryToken()
    {
        var table = new TokenTable(4);
        for (int i = 0; i < 1000; i++)
        {
            table.Add(i * 2, (i * 2) + 1, (TokenKind)(i % 6), TokenFlags.SpaceBefore);
        }

        table.Count.Should().Be(1000);
        table.Start(999).Should().Be(1998);
        table.End(999).Should().Be(1999);
        table.Kind(999).Should().Be((TokenKind)(999 % 6));
        table.Starts.Length.Should().Be(1000);
        table.Flags.ToArray().Should().OnlyContain(f => f == TokenFlags.SpaceBefore);
    }

    [Fact]
    public void EnsureCapacity_ThenAdd_KeepsExistingTokens()
    {
        var table = new TokenTable(4);
        table.Add(0, 3, TokenKind.Word, TokenFlags.None);
        table.EnsureCapacity(10_000);
        table.Add(4, 6, TokenKind.Number, TokenFlags.SpaceBefore);

        table.Starts.ToArray().Should().Equal(0, 4);
        table.Kinds.ToArray().Should().Equal(TokenKind.Word, TokenKind.Number);
    }

    [Fact]
    public void SentenceStarts_LookupsFindTheSentenceOfEachToken()
    {
        var table = new TokenTable();
        for (int i = 0; i < 10; i++)
        {
            table.Add(i, i + 1, TokenKind.Word, TokenFlags.None);
        }

        table.AddSentenceStart(0);
        table.AddSentenceStart(4);
        table.AddSentenceStart(7);

        table.SentenceCount.Should().Be(3);
        table.SentenceOf(0).Should().Be(0);
        table.SentenceOf(3).Should().Be(0);
        table.SentenceOf(4).Should().Be(1);
        table.SentenceOf(9).Should().Be(2);
        table.SentenceEnd(0).Should().Be(4);
        table.SentenceEnd(2).Should().Be(10);
        (table.Flag(4) & TokenFlags.SentenceStart).Should().Be(TokenFlags.SentenceStart);
    }

    [Fact]
    public void ClearSentences_RemovesStartsAndTheirFlags()
    {
        var table = new TokenTable();
        table.Add(0, 1, TokenKind.Word, TokenFlags.None);
        table.Add(2, 3, TokenKind.Word, TokenFlags.NewlineBefore);
        table.AddSentenceStart(0);
        table.AddSentenceStart(1);

        table.ClearSentences();

        table.SentenceCount.Should().Be(0);
        table.Count.Should().Be(2);
        table.Flag(1).Should().Be(TokenFlags.NewlineBefore);
    }

    [Fact]
    public void Clear_ForgetsTokensAndSentences()
    {
        var table = new TokenTable();
        table.Add(0, 1, TokenKind.Word, TokenFlags.None);
        table.AddSentenceStart(0);

        table.Clear();

        table.Count.Should().Be(0);
        table.SentenceCount.Should().Be(0);
        table.Starts.IsEmpty.Should().BeTrue();
    }
}
