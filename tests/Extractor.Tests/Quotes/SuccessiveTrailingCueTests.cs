namespace Extractor.Tests.Quotes;

/// <summary>
/// One sentence can carry two trailing cues ("A, said X, and B, said Y"); the second claim starts after the first
/// cue and its speaker, not at the sentence's start, so a long run of such cues without a full stop gives claims of
/// linear total size.
/// </summary>
public class SuccessiveTrailingCueTests
{
    [Theory]
    [InlineData("Rates will stay high this year, said Anna Berg, and growth will slow sharply, said Peter Moss.", "Peter Moss", "growth will slow sharply")]
    [InlineData("The plant will close in March, Ms. Berg said, and 300 workers will lose their jobs, Mr. Moss said.", "Mr. Moss", "300 workers will lose their jobs")]
    public void ExtractQuotes_SecondTrailingCueInSentence_ClaimStartsAfterFirstCue(string text, string speaker, string content)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Text == content && q.Speaker!.Text == speaker);
    }

    [Theory]
    // one trailing cue: the claim still starts at the sentence's start
    [InlineData("Rates will stay high this year, said Anna Berg.", "Rates will stay high this year")]
    [InlineData("The plant will close in March, Ms. Berg said.", "The plant will close in March")]
    public void ExtractQuotes_SingleTrailingCue_ClaimStartsAtSentenceStart(string text, string content)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Which.Text.Should().Be(content);
    }

    // a quarter megabyte is enough to tell linear from quadratic total size (the 1 MB line is measured with the CLI)
    [Fact]
    public void ExtractQuotes_LongRunOfTrailingCuesWithoutStop_ClaimsStayShort()
    {
        const string Unit = "Prices rose, said David Autor, a professor of economics at a big school, ";
        string text = string.Concat(Enumerable.Repeat(Unit, (1 << 18) / Unit.Length));
        var claims = NewsExtractor.Default.ExtractQuotes(text).Where(q => q.Kind == QuoteKind.Indirect).ToList();
        claims.Should().NotBeEmpty();
        claims.Sum(q => (long)q.Text.Length).Should().BeLessThan(20L * text.Length);
    }
}
