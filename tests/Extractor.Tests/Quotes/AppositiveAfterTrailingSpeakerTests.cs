namespace Extractor.Tests.Quotes;

/// <summary>
/// News puts the speaker's job after a trailing cue ("…, said David Autor, a professor of economics at M.I.T., who
/// …"); however long that appositive runs, the words before the cue are still the claim.
/// </summary>
public class AppositiveAfterTrailingSpeakerTests
{
    [Theory]
    [InlineData("Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor of economics at M.I.T., who has studied the issue for years.", "David Autor", "Nor are tariffs likely to bring many of these jobs back")]
    [InlineData("Federal mandates are a burden on schools, said Karen Wilcox, an Orlando Republican who founded a software company in 2004.", "Karen Wilcox", "Federal mandates are a burden on schools")]
    [InlineData("The bank will probably raise rates again in June, said Maria Lopez, the chief economist at a large investment firm in Madrid.", "Maria Lopez", "The bank will probably raise rates again in June")]
    [InlineData("The merger would cut costs by a third, said Tom Hale, a senior analyst at Jefferies.", "Tom Hale", "The merger would cut costs by a third")]
    public void ExtractQuotes_LongAppositiveAfterTrailingSpeaker_ReadsClaimBeforeCue(string text, string speaker, string content)
    {
        var claim = NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        claim.Text.Should().Be(content);
        claim.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    // a phrase alone before the cue is no claim, however the speaker is described
    [InlineData("In the end, said David Autor, a professor of economics at M.I.T., who has studied the issue for years.")]
    [InlineData("At the annual meeting in Madrid, said Maria Lopez, the chief economist at a large investment firm in the city.")]
    public void ExtractQuotes_PhraseBeforeTrailingCueWithAppositive_ReturnsNoClaim(string text)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);
    }
}
