namespace Extractor.Tests.Entities;

/// <summary>Page furniture the model reads as a person with little confidence is not reported; people named in the text are.</summary>
public class DoubtfulPersonTests
{
    private const string Article = "Watch TVN24 live on TVN24 GO\n\n"
        + "Polish Prime Minister Donald Tusk said on Monday that NATO must stay united. "
        + "Tusk spoke in Warsaw after meeting Joe Biden.";

    [Fact]
    public void ExtractEntities_ChannelNameInPageFurniture_IsNotAPerson()
    {
        NewsExtractor.Default.ExtractEntities(Article).Should().NotContain(e => e.Text == "TVN24" && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Donald Tusk")]
    [InlineData("Tusk")]
    [InlineData("Joe Biden")]
    public void ExtractEntities_PeopleNamedInTheArticle_AreStillPeople(string name)
    {
        NewsExtractor.Default.ExtractEntities(Article).Should().Contain(e => e.Text == name && e.Type == EntityType.Person);
    }
}
