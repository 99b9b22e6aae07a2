namespace Extractor.Tests.Quotes;

/// <summary>
/// Wire copy and press releases put a time between the subject and its cue ("Acme Corp. today announced", "the bank
/// last week said") or between the cue and its clause ("said on Tuesday its revenue rose"); the claim and its
/// speaker are read across it.
/// </summary>
public class TimeBesideCueTests
{
    [Theory]
    [InlineData("Acme Corp. (NASDAQ: ACME) today announced that it has completed its acquisition of Beta Inc.", "Acme Corp.", "it has completed its acquisition of Beta Inc.")]
    [InlineData("The central bank last week said inflation would stay above its target.", "The central bank", "inflation would stay above its target")]
    [InlineData("NEW YORK (Reuters) - Apple Inc said on Tuesday its quarterly revenue rose 8 percent.", "Apple Inc", "its quarterly revenue rose 8 percent")]
    [InlineData("Ministers said on Monday night they would not back the bill.", "Ministers", "they would not back the bill")]
    public void ExtractQuotes_TimeBetweenSubjectCueAndClause_ReadsClaimAndSpeaker(string text, string speaker, string content)
    {
        var claim = NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        claim.Text.Should().Be(content);
        claim.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The minister said on Tuesday.")]
    [InlineData("He spoke on Monday about the economy.")]
    public void ExtractQuotes_TimeWithoutAClause_ReturnsNoClaim(string text)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);
    }
}
