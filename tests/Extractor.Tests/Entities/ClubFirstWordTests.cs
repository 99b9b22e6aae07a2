
namespace Extractor.Tests.Entities;

/// <summary>A name opening with a word that only opens a club's name ("Stade", "Borussia", "Real") is an organization.</summary>
public class ClubFirstWordTests
{
    private static List<(string Text, EntityType Type)> Apply(string text, params (string Text, EntityType Type)[] found) =>
        SpanRepairRuleTests.Apply(text, found);

    [Theory]
    [InlineData("Stade Toulousain won the Heineken Cup.", "Stade Toulousain", EntityType.Person)]
    [InlineData("Shares in Borussia Dortmund fell 5%.", "Borussia Dortmund", EntityType.Person)]
    [InlineData("He joined Atletico Madrid in the summer.", "Atletico Madrid", EntityType.Location)]
    [InlineData("Real Betis drew with Sevilla.", "Real Betis", EntityType.Person)]
    [InlineData("He scored twice for AC Milan on Sunday.", "AC Milan", EntityType.Location)]
    [InlineData("FC Barcelona won again at home.", "FC Barcelona", EntityType.Person)]
    public void Apply_ClubFirstWord_IsAnOrganization(string text, string club, EntityType type)
    {
        Apply(text, (club, type)).Should().Equal((club, EntityType.Organization));
    }

    [Theory]
    [InlineData("Real estate agent John Smith said prices rose.", "John Smith", EntityType.Person)]
    [InlineData("The Stade de France hosted the final.", "Stade de France", EntityType.Location)]
    [InlineData("The philosopher AC Grayling signed the letter.", "AC Grayling", EntityType.Person)]
    [InlineData("Booker winner AS Byatt said the prize changed her life.", "AS Byatt", EntityType.Person)]
    [InlineData("The novelist AN Wilson reviewed the book.", "AN Wilson", EntityType.Person)]
    public void Apply_OtherNames_StayAsTheyAre(string text, string name, EntityType type)
    {
        Apply(text, (name, type)).Should().Equal((name, type));
    }
}
