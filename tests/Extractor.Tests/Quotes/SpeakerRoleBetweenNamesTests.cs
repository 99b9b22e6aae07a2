namespace Extractor.Tests.Quotes;

/// <summary>
/// Sports and entertainment news name a speaker as "team/work + role + name" with a lower-case role the lexicon does
/// not list ("Chelsea striker Didier Drogba", "Aviator star Alan Alda"); the speaker is the person, not the team.
/// </summary>
public class SpeakerRoleBetweenNamesTests
{
    [Theory]
    [InlineData("\"It was intense,\" said Chelsea striker Didier Drogba.", "Chelsea striker Didier Drogba", "Didier Drogba")]
    [InlineData("\"Ossie was a thing of beauty,\" said Aviator star Alan Alda, a family friend.", "Aviator star Alan Alda", "Alan Alda")]
    [InlineData("\"It was a great night,\" Linkin Park singer Chester Bennington said.", "Linkin Park singer Chester Bennington", "Chester Bennington")]
    [InlineData("\"We deserved it,\" said West Ham boss Alan Pardew.", "West Ham boss Alan Pardew", "Alan Pardew")]
    [InlineData("\"England can win both,\" said England sevens coach Mike Friday.", "England sevens coach Mike Friday", "Mike Friday")]
    [InlineData("\"Growth will slow,\" said Citigroup senior economist Steven Wieting.", "Citigroup senior economist Steven Wieting", "Steven Wieting")]
    public void ExtractQuotes_RoleWordBetweenTeamAndName_SpeakerIsThePerson(string text, string mention, string canonical)
    {
        var quote = NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle().Subject;
        quote.Speaker!.Text.Should().Be(mention);
        quote.Speaker.Canonical.Should().Be(canonical);
    }

    [Theory]
    [InlineData("Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'", "Sarah Silverman")]
    [InlineData("\"We played well,\" said Arsenal manager Arsene Wenger.", "Arsenal manager Arsene Wenger")]
    [InlineData("\"It is over,\" said Smith on Tuesday.", "Smith")]
    public void ExtractQuotes_NoRoleBetweenNames_KeepsTheSpeakerPhrase(string text, string mention)
    {
        NewsExtractor.Default.ExtractQuotes(text).Should().ContainSingle().Which.Speaker!.Text.Should().Be(mention);
    }
}
