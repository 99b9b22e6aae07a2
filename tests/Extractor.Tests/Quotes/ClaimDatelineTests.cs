namespace Extractor.Tests.Quotes;

/// <summary>
/// Wire stories open with a dateline ("LONDON (Reuters) -") that names where and through whom the story came; a claim
/// that opens the story does not include it. Speaker phrases in the plural ("union leaders") are read whole.
/// </summary>
public class ClaimDatelineTests
{
    private static Quote Claim(string text) =>
        NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;

    [Theory]
    [InlineData("LONDON (Reuters) - The government will raise taxes next year, Finance Minister Rachel Reeves said on Sunday.", "The government will raise taxes next year")]
    [InlineData("WASHINGTON — The United States will send more aid to Ukraine, a senior official said.", "The United States will send more aid to Ukraine")]
    [InlineData("KYIV, Ukraine (AP) — Russia fired dozens of missiles overnight, Ukrainian officials said.", "Russia fired dozens of missiles overnight")]
    [InlineData("Riga. November 28. INTERFAX/BNS - The alliance is concerned about the troops, the secretary general said.", "The alliance is concerned about the troops")]
    [InlineData("PARIS (AFP) - The strike will continue until Friday, according to union leaders.", "The strike will continue until Friday")]
    public void ExtractQuotes_ClaimAfterAWireDateline_LeavesTheDatelineOut(string text, string content)
    {
        Claim(text).Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The EU - and NATO - will respond firmly, Stoltenberg said.", "The EU - and NATO - will respond firmly")]
    [InlineData("NATO — the alliance founded in 1949 — will respond, Stoltenberg said.", "NATO — the alliance founded in 1949 — will respond")]
    [InlineData("Prices - which rose in May - will fall again, the bank said.", "Prices - which rose in May - will fall again")]
    public void ExtractQuotes_DashInsideTheClaim_KeepsTheWholeClaim(string text, string content)
    {
        Claim(text).Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The strike will continue until Friday, according to union leaders.", "union leaders")]
    [InlineData("The plant will close next year, according to company executives.", "company executives")]
    [InlineData("The talks have failed, according to senior negotiators.", "senior negotiators")]
    public void ExtractQuotes_PluralPersonNounAfterAccordingTo_IsTheWholeSpeaker(string text, string speaker)
    {
        Claim(text).Speaker!.Text.Should().Be(speaker);
    }
}
