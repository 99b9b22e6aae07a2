namespace Extractor.Tests.Api;

/// <summary>Courtesy titles written without a period (British style) stay out of the name, as dotted ones do.</summary>
public class HonorificTests
{
    [Theory]
    [InlineData("Prime Minister Tony Blair spoke on Monday. Later Mr Blair said the plan was sound.", "Blair", "Tony Blair")]
    [InlineData("Chancellor Gordon Brown presented the budget. Mr. Brown said growth would return.", "Brown", "Gordon Brown")]
    [InlineData("Health minister Liam Fox was asked about the plan. Dr Fox said it would work.", "Fox", "Liam Fox")]
    public void ExtractEntities_CourtesyTitleBeforeASurname_LeavesTheTitleOutAndResolvesTheName(string text, string surname, string canonical)
    {
        var entities = NewsExtractor.Default.ExtractEntities(text);
        int at = text.LastIndexOf(surname, StringComparison.Ordinal);
        var later = entities.Should().ContainSingle(e => e.Span.End == at + surname.Length).Subject;
        later.Text.Should().Be(surname);
        later.Type.Should().Be(EntityType.Person);
        later.Canonical.Should().Be(canonical);
    }

    [Theory]
    [InlineData("Mike German, leader of the Liberal Democrats, spoke on Monday. Mr German said taxes were too high.", "German", "Mike German")]
    [InlineData("The prime minister, Theresa May, met officials on Friday. Mrs May said the deal was done.", "May", "Theresa May")]
    public void ExtractEntities_WordThatIsAlsoANationalityOrMonth_AfterMrOrMrs_IsAPerson(string text, string surname, string canonical)
    {
        var entities = NewsExtractor.Default.ExtractEntities(text);
        int at = text.LastIndexOf(surname, StringComparison.Ordinal);
        entities.Should().ContainSingle(e => e.Span.Start == at).Which.Should().Match<Entity>(e => e.Type == EntityType.Person && e.Canonical == canonical);
    }

    [Fact]
    public void ExtractEntities_TitleThatIsPartOfAName_IsKept()
    {
        var entities = NewsExtractor.Default.ExtractEntities("The singer Sir Elton John played in London on Friday.");
        entities.Should().Contain(e => e.Type == EntityType.Person && e.Text.EndsWith("Elton John", StringComparison.Ordinal));
    }
}
