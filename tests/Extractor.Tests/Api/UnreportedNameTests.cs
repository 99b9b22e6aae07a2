namespace Extractor.Tests.Api;

/// <summary>
/// Names of things the product does not report (treaties, laws, events) are not places, even when a place name is
/// part of them; the places around them still are.
/// </summary>
public class UnreportedNameTests
{
    [Theory]
    [InlineData("Our commitment to Article 5 of the Washington Treaty is iron-clad.", "Washington")]
    [InlineData("The Alliance will invoke Article 5 of the North Atlantic Treaty if needed.", "Atlantic")]
    [InlineData("The Alliance will invoke Article 5 of the North Atlantic Treaty if needed.", "North")]
    public void ExtractEntities_PlaceNameInsideATreaty_IsNotAPlace(string text, string place)
    {
        NewsExtractor.Default.ExtractEntities(text).Should().NotContain(e => e.Text == place);
    }

    [Fact]
    public void ExtractEntities_PlacesAroundATreaty_AreStillPlaces()
    {
        const string text = "Ministers met in Vilnius and Riga to discuss Article 5 of the Washington Treaty with officials from Poland.";
        var places = NewsExtractor.Default.ExtractEntities(text).Where(e => e.Type == EntityType.Location).Select(e => e.Text);
        places.Should().Contain(["Vilnius", "Riga", "Poland"]).And.NotContain("Washington");
    }

    [Fact]
    public void ExtractEntities_Washington_OutsideATreatyName_IsStillAPlace()
    {
        const string text = "The talks will continue in Washington next week, officials said.";
        NewsExtractor.Default.ExtractEntities(text).Should().Contain(e => e.Text == "Washington" && e.Type == EntityType.Location);
    }
}
