namespace Extractor.Tests.Entities;

/// <summary>A judge's title ("Mr Justice Eady", "Lord Justice May") stands before a person's name, which alone is the person.</summary>
public class JudicialTitleTests
{
    private static List<(string Text, EntityType Type)> Entities(string text) =>
        NewsExtractor.Default.ExtractEntities(text).Select(e => (e.Text, e.Type)).ToList();

    [Theory]
    [InlineData("Mr Justice Eady said the article was defamatory.", "Eady")]
    [InlineData("The appeal was heard by Lord Justice Rix and two other judges.", "Rix")]
    [InlineData("Mrs Justice Carr adjourned the hearing until Friday.", "Carr")]
    [InlineData("Lord Justice May ruled that the inquiry could go ahead.", "May")]
    [InlineData("Chief Justice John Roberts wrote the majority opinion.", "John Roberts")]
    public void ExtractEntities_JudgesTitle_NameAloneIsAPerson(string text, string name)
    {
        var found = Entities(text);

        found.Should().Contain((name, EntityType.Person));
        found.Should().NotContain(e => e.Text.Contains("Justice"));
    }

    [Theory]
    [InlineData("Chief Justice Anne Harper Tuesday rejected the request from the state.", "Anne Harper")]
    [InlineData("The report by Lord Justice Whitby Inquiry staff was published on Thursday.", "Whitby")]
    [InlineData("Justice Hallett said the evidence against the men was clear.", "Hallett")]
    [InlineData("Mr Justice Colman Report findings were criticised by the unions.", "Colman")]
    public void ExtractEntities_JudgesName_StopsBeforeADayOrABodysNoun(string text, string name)
    {
        var found = Entities(text);

        found.Should().Contain((name, EntityType.Person));
        found.Should().NotContain(e => e.Type == EntityType.Person && e.Text != name && e.Text.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void ExtractEntities_JudgeNamedMay_IsNotADate()
    {
        Entities("Lord Justice May ruled in May.").Should().Equal(("May", EntityType.Person), ("May", EntityType.Date));
    }

    [Theory]
    [InlineData("The Justice Department opened an inquiry.", "Justice Department")]
    [InlineData("Justice Secretary Jack Straw disagreed.", "Jack Straw")]
    public void ExtractEntities_JusticeWithoutATitle_IsLeftToTheModel(string text, string name)
    {
        Entities(text).Should().Contain(e => e.Text.EndsWith(name, StringComparison.Ordinal));
    }
}
