
namespace Extractor.Tests.Entities;

/// <summary>In a list of scorers the figure after a person's name (a goal's minute, a batsman's runs) is no part of it.</summary>
public class ScorerListTests
{
    private static List<(string Text, EntityType Type)> Apply(string text, params (string Text, EntityType Type)[] found) =>
        SpanRepairRuleTests.Apply(text, found);

    [Theory]
    [InlineData("Chelsea: Terry 17, Gudjohnsen 46.", "Terry 17", "Terry")]
    [InlineData("Scorers:\nLita 45, 52.\nMore to follow.", "Lita 45", "Lita")]
    [InlineData("Goals:\nDaniel Williams 72.\n", "Daniel Williams 72", "Daniel Williams")]
    [InlineData("Glamorgan 259 (A. Dale 69, H. Morris 69; D. Blenkiron 4-43)", "A. Dale 69", "A. Dale")]
    [InlineData("Surrey 429-7 (C. Lewis 80 not out, M. Butcher 70)", "C. Lewis 80", "C. Lewis")]
    public void Apply_ScorerWithFigure_KeepsTheNameOnly(string text, string read, string name)
    {
        Apply(text, (read, EntityType.Person)).Should().Equal((name, EntityType.Person));
    }

    [Theory]
    [InlineData("The bill included Stevie Wonder, Maroon 5, Mary J Blige and Usher.", "Maroon 5")]
    [InlineData("\"Andre 3000 would like to act,\" his manager said.", "Andre 3000")]
    [InlineData("The film stars Ocean 11 regulars.", "Ocean 11")]
    public void Apply_NameWithAFigureInProse_StaysWhole(string text, string name)
    {
        Apply(text, (name, EntityType.Person)).Should().Equal((name, EntityType.Person));
    }

    [Fact]
    public void Apply_TeamWithAFigure_IsNotCut()
    {
        const string text = "Results: Schalke 04, Hannover 96.";
        Apply(text, ("Schalke 04", EntityType.Organization)).Should().Equal(("Schalke 04", EntityType.Organization));
    }
}
