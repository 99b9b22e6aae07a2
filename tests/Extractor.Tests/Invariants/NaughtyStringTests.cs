using Extractor.Text;

namespace Extractor.Tests.Invariants;

public class NaughtyStringTests
{
    [Theory]
    [MemberData(nameof(NaughtyStrings.Short), MemberType = typeof(NaughtyStrings), DisableDiscoveryEnumeration = true)]
    public void TokenizeAndSplit_NaughtyString_KeepsEveryInvariant(string text)
    {
        TokenInvariants.Check(text);
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.Short), MemberType = typeof(NaughtyStrings), DisableDiscoveryEnumeration = true)]
    public void TokenizeAndSplit_NaughtyStringWithContext_KeepsEveryInvariant(string text)
    {
        // The same string inside prose, glued to words and punctuation on both sides.
        TokenInvariants.Check("He said " + text + "x. " + text + "’s “" + text + "” The U.S." + text);
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.Long), MemberType = typeof(NaughtyStrings), DisableDiscoveryEnumeration = true)]
    public void TokenizeAndSplit_MegabyteOfOnePattern_KeepsEveryInvariant(string pattern, int index)
    {
        // A quadratic scan would take hours on these; the linear tokenizer takes milliseconds.
        string text = NaughtyStrings.BuildLong(index, 1 << 20);
        var table = TokenInvariants.Check(text);
        if (!string.IsNullOrWhiteSpace(pattern))
        {
            table.Count.Should().BeGreaterThan(0, "pattern {0} is not whitespace", pattern);
        }
    }

    [Fact]
    public void Tokenize_HundredThousandQuoteMarks_GivesOneQuoteTokenEach()
    {
        string text = new('"', 100_000);
        var table = TokenInvariants.Check(text);
        table.Count.Should().Be(100_000);
        table.Kinds.ToArray().Should().OnlyContain(k => k == TokenKind.Quote);
    }

    [Fact]
    public void Tokenize_MegabyteWithoutSpaces_IsOneToken()
    {
        string text = new('x', 1 << 20);
        var table = TokenInvariants.Check(text);
        table.Count.Should().Be(1);
        table.SentenceCount.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.Short), MemberType = typeof(NaughtyStrings), DisableDiscoveryEnumeration = true)]
    public void PublicApi_NaughtyString_NeverThrowsAndSpansMatchText(string text)
    {
        var tokenized = NewsExtractor.Default.Tokenize(text);
        foreach (var token in tokenized.Tokens)
        {
            token.Text.Should().Be(text.Substring(token.Span.Start, token.Span.Length));
        }

        tokenized.Sentences.Sum(s => s.TokenCount).Should().Be(tokenized.Tokens.Count);

        var result = NewsExtractor.Default.Extract(text);
        result.Tokens.Count.Should().Be(tokenized.Tokens.Count);
    }
}
