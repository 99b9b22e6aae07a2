namespace Extractor.Tests.Quotes;

/// <summary>
/// News often reports a speaker's words and then quotes them in the next sentence without a new cue ("Party chairman
/// David Smith said he had suspended Mr Houston. “He will remain suspended …”"): the quote is the reporting
/// sentence's subject's.
/// </summary>
public class ReportingSentenceSpeakerTests
{
    [Theory]
    [InlineData("Party chairman David Smith said he had suspended Mr Houston on Friday night. \"He will remain suspended while the matter is being investigated.\"", "Party chairman David Smith")]
    [InlineData("Ms Tymoshenko said prosecutors had drawn up a list of more than 3,000 businesses to be reviewed. \"We will return to the state that which was illegally taken.\"", "Ms Tymoshenko")]
    [InlineData("She added that while progress had been made, there was still a gap in pay figures. \"The average woman working full-time is paid less.\"", "She")]
    public void ExtractQuotes_QuoteAfterAReportingSentence_TakesItsSubject(string text, string speaker)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().Contain(q => q.Kind == QuoteKind.Direct)
            .Which.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Officials said the border would stay closed for a week. \"Nobody can cross until further notice.\"")]
    [InlineData("The mayor visited the flooded streets on Monday and met residents of the town. \"It is a disaster for all of us.\"")]
    [InlineData("The company said on Monday that profits rose in the quarter, but analysts said the outlook for the next year was weak. \"It is a difficult market.\"")]
    public void ExtractQuotes_QuoteAfterASentenceWithNoClearReporter_StaysUnattributed(string text)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().Contain(q => q.Kind == QuoteKind.Direct)
            .Which.Speaker.Should().BeNull();
    }
}
