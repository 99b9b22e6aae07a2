namespace Extractor.Tests.Resolution;

/// <summary>
/// "A spokeswoman for Human Rights Watch said … She added": the pronoun is the spokesperson again, who speaks for the
/// body, not a person named further back, while nobody is named in between and the sex fits.
/// </summary>
public class UnnamedSpokespersonTests
{
    private static Speaker SpeakerOf(string text, string opening) =>
        NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Text.StartsWith(opening, StringComparison.Ordinal)).Subject.Speaker!;

    [Theory]
    [InlineData("Home Secretary Charles Clarke defended the bill on Monday. A spokeswoman for Human Rights Watch said it broke a basic principle. She added: \"A judge without a trial does not sanitise it.\"", "A judge without", "Human Rights Watch")]
    [InlineData("Tessa Jowell announced the review. A spokesman for the British Casino Association said firms were at a disadvantage. \"The UK industry is respected,\" he said.", "The UK industry", "British Casino Association")]
    public void ResolveSpeaker_PronounAfterAnUnnamedSpokesperson_IsTheSpokespersonsBody(string text, string opening, string speaker)
    {
        SpeakerOf(text, opening).Canonical.Should().Be(speaker);
    }

    [Theory]
    [InlineData("A spokesman for the British Casino Association said firms were at a disadvantage. Culture Secretary Tessa Jowell disagreed. \"The rules are fair,\" she said.", "The rules are fair", "Tessa Jowell")]
    [InlineData("A spokeswoman for Human Rights Watch criticised the bill. Home Secretary Charles Clarke defended it on Monday. \"It is necessary,\" he said.", "It is necessary", "Charles Clarke")]
    [InlineData("England coach Andy Robinson watched his side lose. The England coach said the kicking had let them down. \"It is frustrating,\" he said.", "It is frustrating", "Andy Robinson")]
    public void ResolveSpeaker_PersonNamedSinceOrACoachNotASpokesperson_KeepsTheNamedPerson(string text, string opening, string speaker)
    {
        SpeakerOf(text, opening).Canonical.Should().Be(speaker);
    }
}
