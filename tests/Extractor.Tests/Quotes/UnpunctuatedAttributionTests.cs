namespace Extractor.Tests.Quotes;

/// <summary>
/// Some outlets leave out the comma between a quote and its attribution ("“The obvious choice is Dawson” said
/// Guscott."); a quote that opens its sentence and is followed by a cue is still attributed. A quoted nickname inside
/// a sentence stays a name.
/// </summary>
public class UnpunctuatedAttributionTests
{
    [Theory]
    [InlineData("\"The obvious choice is Dawson\" said Guscott.", "The obvious choice is Dawson", "Guscott")]
    [InlineData("\"We will not give up\" Mr Brown said on Monday.", "We will not give up", "Mr Brown")]
    [InlineData("Prices kept rising. \"The FSA should change, and change now\" said Mr Prettejohn, who wants it to act.", "The FSA should change, and change now", "Mr Prettejohn")]
    public void ExtractQuotes_QuoteWithoutCommaBeforeItsCue_IsAttributed(string text, string content, string speaker)
    {
        var quote = NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Text.Should().Be(content);
        quote.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Dwayne \"The Rock\" Johnson said he would run.")]
    [InlineData("The so-called \"peace plan\" said nothing about borders.")]
    public void ExtractQuotes_QuotedNameInsideASentence_IsNoDirectQuote(string text)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Direct);
    }
}
