using Extractor.Entities;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Entities;

public class ResultLineRuleTests
{
    private static List<(string Text, EntityType Type)> Apply(string text, params (string Text, EntityType Type)[] found)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var mentions = MentionsFromText.Build(document, found);
        ResultLineRule.Apply(document, mentions);
        return mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();
    }

    [Theory]
    [InlineData("Rugby league results:\nWigan 42 Bradford Bulls 36\nMore later.", "Wigan", "Bradford Bulls")]
    [InlineData("Results\n\nNewcastle 2-1 Bolton\n\nA late goal.", "Newcastle", "Bolton")]
    [InlineData("TEXAS 5 Cleveland 3", "TEXAS", "Cleveland")]
    [InlineData("Los Angeles 7 PHILADELPHIA 6 ( in 12 )", "Los Angeles", "PHILADELPHIA")]
    public void Apply_ResultLine_BothTeamsAreOrganizations(string text, string home, string away)
    {
        Apply(text, (home, EntityType.Location), (away, EntityType.Person))
            .Should().Equal((home, EntityType.Organization), (away, EntityType.Organization));
    }

    [Fact]
    public void Apply_ResultLineWithUnheldTeam_AddsIt()
    {
        const string text = "Wigan 42 Bradford Bulls 36";
        Apply(text, ("Wigan", EntityType.Location)).Should().Equal(("Wigan", EntityType.Organization), ("Bradford Bulls", EntityType.Organization));
    }

    [Theory]
    [InlineData("PITTSBURGH 56 77 .421 15", "PITTSBURGH")]
    [InlineData("Rochdale 4 0 2 2 2 4 2", "Rochdale")]
    public void Apply_LeagueTableRow_PlaceIsATeam(string text, string team)
    {
        Apply(text, (team, EntityType.Location)).Should().Equal((team, EntityType.Organization));
    }

    [Fact]
    public void Apply_TableRowOfAnAthlete_StaysAPerson()
    {
        const string text = "Paula Radcliffe 2 15 25";
        Apply(text, ("Paula Radcliffe", EntityType.Person)).Should().Equal(("Paula Radcliffe", EntityType.Person));
    }

    [Theory]
    [InlineData("Wigan beat Bradford 42 to 36 on Friday.", "Wigan", "Bradford")]
    [InlineData("Flights from London 2 hours late to Paris 3 times a week.", "London", "Paris")]
    public void Apply_Prose_LeavesPlacesAlone(string text, string first, string second)
    {
        Apply(text, (first, EntityType.Location), (second, EntityType.Location))
            .Should().Equal((first, EntityType.Location), (second, EntityType.Location));
    }

    [Theory]
    [InlineData("London 2012")]
    [InlineData("Paris 12 March")]
    public void Apply_PlaceAndOneFigure_StaysAPlace(string text)
    {
        Apply(text, (text.Split(' ')[0], EntityType.Location)).Should().Equal((text.Split(' ')[0], EntityType.Location));
    }

    [Theory]
    [InlineData("Postponed: Birmingham v Barnsley, Manchester City v Charlton.", "Birmingham", "Barnsley")]
    [InlineData("Playing Sunday: Queens Park Rangers v Bolton", "Queens Park Rangers", "Bolton")]
    public void Apply_SidesOfAFixture_AreOrganizations(string text, string home, string away)
    {
        Apply(text, (home, EntityType.Location), (away, EntityType.Person))
            .Should().Equal((home, EntityType.Organization), (away, EntityType.Organization));
    }

    [Fact]
    public void Apply_CourtCaseBetweenPersons_StaysAsItIs()
    {
        const string text = "The ruling in Roe v Wade was overturned.";
        Apply(text, ("Roe", EntityType.Person), ("Wade", EntityType.Person)).Should().Equal(("Roe", EntityType.Person), ("Wade", EntityType.Person));
    }

    [Theory]
    [InlineData("BOSTON AT OAKLAND", "BOSTON", "OAKLAND")]
    [InlineData("NEW YORK AT CALIFORNIA", "NEW YORK", "CALIFORNIA")]
    public void Apply_CapitalFixtureLine_VisitingTeamIsAnOrganizationAndTheVenueAPlace(string text, string visitor, string venue)
    {
        Apply(text, (visitor, EntityType.Location), (venue, EntityType.Location))
            .Should().Equal((visitor, EntityType.Organization), (venue, EntityType.Location));
    }

    [Fact]
    public void Apply_CapitalHeadlineWithAtAndAPerson_StaysAsItIs()
    {
        const string text = "BIDEN AT BERLIN";
        Apply(text, ("BIDEN", EntityType.Person), ("BERLIN", EntityType.Location)).Should().Equal(("BIDEN", EntityType.Person), ("BERLIN", EntityType.Location));
    }

    [Fact]
    public void Apply_TableRowEndingInDash_PlaceIsATeam()
    {
        Apply("NEW YORK 74 59 .556 -", ("NEW YORK", EntityType.Location)).Should().Equal(("NEW YORK", EntityType.Organization));
    }
}
