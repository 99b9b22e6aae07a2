namespace Extractor.Tests.Quotes;

/// <summary>
/// A speaker described through someone else ("Ng's lawyer") is not that someone, and a claim may open with a noun that
/// is also a reporting verb ("said demand was strong").
/// </summary>
public class DescribedSpeakerTests
{
    private static Quote Claim(string text) =>
        NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;

    [Theory]
    [InlineData("Roger Ng was convicted in Brooklyn. Ng's lawyer, Marc Agnifilo, said his client would appeal.", "Marc Agnifilo")]
    [InlineData("Shares fell on Monday. Apple's chief executive, Tim Cook, said the plan was sound.", "Tim Cook")]
    [InlineData("The company's spokesman, John Smith, said the plan was sound.", "John Smith")]
    public void ExtractQuotes_OwnersDescriptionThenName_TheNameSpeaks(string text, string speaker)
    {
        Claim(text).Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void ExtractQuotes_OwnersDescriptionAlone_IsNotTheOwner()
    {
        var claim = Claim("Roger Ng was convicted in Brooklyn on Thursday. Ng's lawyer said his client would appeal.");

        claim.Speaker!.Text.Should().Be("Ng's lawyer");
        claim.Speaker.Canonical.Should().NotBe("Roger Ng");
    }

    [Fact]
    public void ExtractQuotes_NameAfterPlacePossessive_IsStillTheName()
    {
        Claim("Russia's Vladimir Putin said the talks had failed.").Speaker!.Text.Should().Contain("Vladimir Putin");
    }

    [Theory]
    [InlineData("Tim Cook said demand was strong.", "demand was strong")]
    [InlineData("The minister said claims were false.", "claims were false")]
    public void ExtractQuotes_CueNounOpensTheClaim_IsTheClaimsSubject(string text, string content)
    {
        Claim(text).Text.Should().Be(content);
    }
}
