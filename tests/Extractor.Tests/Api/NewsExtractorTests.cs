namespace Extractor.Tests.Api;

public class NewsExtractorTests
{
    [Fact]
    public void Extract_Null_Throws()
    {
        var act = () => NewsExtractor.Default.Extract(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Extract_EmptyOrWhitespace_ReturnsEmptyResult(string text)
    {
        var result = NewsExtractor.Default.Extract(text);
        result.Entities.Should().BeEmpty();
        result.Quotes.Should().BeEmpty();
        result.Tokens.Should().BeEmpty();
        result.Sentences.Should().BeEmpty();
    }

    [Fact]
    public void Extract_EntitySpans_MatchTheirText()
    {
        const string text = "Russia has amassed troops near Ukraine’s borders, officials in Kiev said on Thursday.";
        var result = NewsExtractor.Default.Extract(text);
        foreach (var entity in result.Entities)
        {
            text.Substring(entity.Span.Start, entity.Span.Length).Should().Be(entity.Text);
        }
    }

    [Fact]
    public void Create_MissingModelFile_ThrowsFileNotFound()
    {
        var act = () => NewsExtractor.Create(new NewsExtractorOptions { ModelPath = "/no/such/model.bin" });
        act.Should().Throw<FileNotFoundException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyModelPath_ThrowsArgumentException(string path)
    {
        var act = () => NewsExtractor.Create(new NewsExtractorOptions { ModelPath = path });
        act.Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void Default_IsOneSharedInstance()
    {
        NewsExtractor.Default.Should().BeSameAs(NewsExtractor.Default);
    }

    [Fact]
    public void Tokenize_ReturnsTokensAndSentencesOnly()
    {
        var tokenized = NewsExtractor.Default.Tokenize("NATO met in Riga. Russia objected.");
        tokenized.Tokens.Select(t => t.Text).Should().StartWith(["NATO", "met", "in", "Riga", "."]);
        tokenized.Sentences.Should().HaveCount(2);
        tokenized.Should().NotBeOfType<ExtractionResult>();
    }
}
