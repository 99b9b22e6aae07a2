namespace Extractor.Tests.Text;

/// <summary>The tokenizer and splitter as callers see them, through <see cref="NewsExtractor"/>.</summary>
public class PublicTokenizeTests
{
    private const string Article = "Kyiv braces for winter\nBy Olena Kovalenko\n\n"
        + "Ukraine’s grid operator said on Monday it had restored power to 92,000 homes. “We don’t know what comes next,” "
        + "an engineer told reporters in the U.S. embassy’s press room.\n\nThe repairs cost about $3.5m, officials said.";

    [Fact]
    public void Tokenize_NewsArticle_GivesPennTreebankTokensWithExactSpans()
    {
        var result = NewsExtractor.Default.Tokenize(Article);

        result.Text.Should().BeSameAs(Article);
        result.Tokens.Select(t => t.Text).Should().ContainInOrder("Ukraine", "’s", "grid");
        result.Tokens.Select(t => t.Text).Should().ContainInOrder("We", "do", "n’t", "know");
        result.Tokens.Select(t => t.Text).Should().ContainInOrder("the", "U.S.", "embassy", "’s");
        result.Tokens.Should().Contain(t => t.Text == "92,000" && t.Kind == TokenKind.Number);
        result.Tokens.Should().Contain(t => t.Text == "“" && t.Kind == TokenKind.Quote);
        foreach (var token in result.Tokens)
        {
            token.AsSpan().ToString().Should().Be(Article.Substring(token.Span.Start, token.Span.Length));
        }
    }

    [Fact]
    public void Tokenize_NewsArticle_SplitsHeadlineBylineAndSentences()
    {
        var result = NewsExtractor.Default.Tokenize(Article);
        var sentences = result.Sentences.Select(s => Article.Substring(s.Span.Start, s.Span.Length)).ToArray();

        sentences.Should().Equal(
            "Kyiv braces for winter",
            "By Olena Kovalenko",
            "Ukraine’s grid operator said on Monday it had restored power to 92,000 homes.",
            "“We don’t know what comes next,” an engineer told reporters in the U.S. embassy’s press room.",
            "The repairs cost about $3.5m, officials said.");
        result.Sentences.Select(s => s.Paragraph).Should().BeInAscendingOrder();
        result.Sentences.Sum(s => s.TokenCount).Should().Be(result.Tokens.Count);
    }

    [Fact]
    public void Extract_NewsArticle_ReturnsTheSameTokensAndSentences()
    {
        var tokenized = NewsExtractor.Default.Tokenize(Article);
        var result = NewsExtractor.Default.Extract(Article);

        result.Tokens.Select(t => t.Span).Should().Equal(tokenized.Tokens.Select(t => t.Span));
        result.Sentences.Should().Equal(tokenized.Sentences);
    }
}
