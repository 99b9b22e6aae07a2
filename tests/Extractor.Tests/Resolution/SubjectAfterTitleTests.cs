namespace Extractor.Tests.Resolution;

/// <summary>
/// A name that opens its sentence behind a lower-case title ("Arsenal manager Arsene Wenger was less happy") is that
/// sentence's subject, whom the next "he" is, rather than the speaker quoted before.
/// </summary>
public class SubjectAfterTitleTests
{
    private static Speaker SpeakerOf(string text, string opening) =>
        NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle(q => q.Text.StartsWith(opening, StringComparison.Ordinal)).Subject.Speaker!;

    [Theory]
    [InlineData("Manager Alex Ferguson praised his side. \"We were magnificent,\" he said.\n\nArsenal manager Arsene Wenger was less happy. \"The referee made mistakes,\" he said.", "The referee", "Arsene Wenger")]
    [InlineData("\"The message is clear,\" Andris Kalnins said.\n\nLib Dem spokesman Mark Oaten disagreed. \"It is a mistake,\" he said.", "It is a mistake", "Mark Oaten")]
    public void ResolveSpeaker_NameBehindALowerCaseTitleOpensTheSentence_IsTheNextHe(string text, string opening, string speaker)
    {
        SpeakerOf(text, opening).Canonical.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"The message is clear,\" Andris Kalnins said.\n\nThe talks with his old friend Mark Oaten went well. \"It is a start,\" he said.", "It is a start", "Andris Kalnins")]
    [InlineData("\"The message is clear,\" Andris Kalnins said.\n\nOn Friday the minister met Kristen Michal. \"It is a start,\" he said.", "It is a start", "Andris Kalnins")]
    public void ResolveSpeaker_NameAfterOrdinaryLowerCaseWords_LeavesHeWithTheLastSpeaker(string text, string opening, string speaker)
    {
        SpeakerOf(text, opening).Canonical.Should().Be(speaker);
    }
}
