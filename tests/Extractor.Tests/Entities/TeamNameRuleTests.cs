namespace Extractor.Tests.Entities;

/// <summary>
/// A town's or a person-like name the document uses as a sports club is an organization there; a town that is a town,
/// a country's national team, a person and a family stay what they are.
/// </summary>
public class TeamNameRuleTests
{
    private static List<(string Text, EntityType Type)> Entities(string text) =>
        NewsExtractor.Default.ExtractEntities(text)
            .Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Location or EntityType.Nationality)
            .Select(e => (e.Text, e.Type))
            .ToList();

    [Theory]
    [InlineData("Liverpool have little chance of winning the title this season. The Liverpool defence was poor again on Saturday.", "Liverpool", 2)]
    [InlineData("Bolton keeper Jussi Jaaskelainen made two fine saves. Bolton had produced little going forward before the break.", "Bolton", 2)]
    [InlineData("Manchester City boss Kevin Keegan was furious. Wright-Phillips has been in great form for Manchester City all season.", "Manchester City", 2)]
    [InlineData("The Newcastle clash ended goalless. Souness felt Newcastle were never really in danger.", "Newcastle", 2)]
    [InlineData("Chelsea beat Arsenal 2-1 on Sunday. Arsenal boss Arsene Wenger disagreed with the penalty.", "Arsenal", 2)]
    [InlineData("He has struggled as Arsenal have gradually lost ground, and Arsenal agree.", "Arsenal", 2)]
    [InlineData("Bath boss John Connolly was delighted with the result. Wasps beat Bath 20-13 at Adams Park, and Bath now sit fifth.", "Bath", 3)]
    public void ExtractEntities_NameUsedAsATeam_IsAnOrganizationEverywhere(string text, string team, int count)
    {
        var found = Entities(text).Where(e => e.Text == team).ToList();

        found.Should().HaveCount(count);
        found.Should().OnlyContain(e => e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("Dak Prescott threw three touchdown passes as Dallas beat Philadelphia 31-14 on Sunday.", "Philadelphia")]
    [InlineData("The Yankees edged Toronto 4-3 in 10 innings on Friday night.", "Toronto")]
    public void ExtractEntities_SideBeatenByATeam_IsATeamToo(string text, string team)
    {
        Entities(text).Should().Contain((team, EntityType.Organization));
    }

    [Fact]
    public void ExtractEntities_LongerClubNameAfterFrom_IsFoundAsTheClub()
    {
        const string text = "Ilkay Guendogan joined from Borussia Dortmund in 2016, and Borussia Dortmund boss Juergen Klopp was furious.";

        Entities(text).Where(e => e.Text == "Borussia Dortmund").Select(e => e.Type).Should().Equal(EntityType.Organization, EntityType.Organization);
    }

    [Fact]
    public void ExtractEntities_LongerTownNameAfterIn_StaysAPlace()
    {
        const string text = "St Louis beat Colorado 7-4 on Friday. In St Louis, Tom Pagnozzi had three hits.";

        Entities(text).Should().Contain(("St Louis", EntityType.Location));
    }

    [Theory]
    [InlineData("Cofinec said Petofi general manager Laszlo Sebesvari would be leaving Petofi.", "Petofi")]
    [InlineData("Weak sales hit Next. Next chief executive Simon Wolfson said sales at Next fell.", "Next")]
    public void ExtractEntities_NameBeforeABodysOfficer_IsAnOrganization(string text, string body)
    {
        Entities(text).Should().Contain((body, EntityType.Organization)).And.NotContain((body, EntityType.Location)).And.NotContain((body, EntityType.Person));
    }

    [Fact]
    public void ExtractEntities_CountryBeatenByACountry_StaysAPlace()
    {
        Entities("England beat France 24-17 at Twickenham on Saturday.").Should().Contain(("France", EntityType.Location));
    }

    [Theory]
    [InlineData("Fans in Liverpool celebrated late into the night before the final. Liverpool are through to the final.", "Liverpool", EntityType.Location)]
    [InlineData("The council of Newcastle met on Tuesday, and people in Newcastle have complained about the noise.", "Newcastle", EntityType.Location)]
    [InlineData("ARLINGTON, Texas - Texas manager Johnny Oates was pleased after the win.", "Texas", EntityType.Location)]
    public void ExtractEntities_TownAfterAPrepositionOfPlace_StaysAPlace(string text, string town, EntityType type)
    {
        Entities(text).Should().Contain((town, type));
    }

    [Theory]
    [InlineData("England are favourites to beat France in Paris next month. Scotland were beaten by Italy in Rome.", "England")]
    [InlineData("England are favourites to beat France in Paris next month. Scotland were beaten by Italy in Rome.", "Scotland")]
    [InlineData("Switzerland face Ireland in Dublin in October, and Germany have already qualified.", "Switzerland")]
    [InlineData("Switzerland face Ireland in Dublin in October, and Germany have already qualified.", "Germany")]
    public void ExtractEntities_NationalTeam_StaysItsCountry(string text, string country)
    {
        Entities(text).Should().Contain((country, EntityType.Location));
    }

    [Theory]
    [InlineData("Andy Roddick beat Ivan Ljubicic in straight sets. Roddick will face Roger Federer in the final.", "Andy Roddick")]
    [InlineData("Kenteris and compatriot Katerina Thanou were given provisional suspensions in December.", "Katerina Thanou")]
    [InlineData("Serena Williams said that she and sister Venus Williams are not a declining force.", "Venus Williams")]
    [InlineData("Stars such as Britney Spears as well as Arnold Schwarzenegger have all been used to spread viruses.", "Arnold Schwarzenegger")]
    public void ExtractEntities_PlayerOrPersonBeforeAVerb_StaysAPerson(string text, string person)
    {
        Entities(text).Should().Contain((person, EntityType.Person));
    }

    [Theory]
    [InlineData("Davos fans still hark back to 1994, when the forum was young. Leaders are arriving in Davos today.", "Davos")]
    [InlineData("Dams on the Yangtze are being built at great speed, officials in Beijing said.", "Yangtze")]
    public void ExtractEntities_PlaceWithAWeakOrNoSign_StaysAPlace(string text, string place)
    {
        Entities(text).Should().NotContain((place, EntityType.Organization));
    }

    [Theory]
    [InlineData("The commission insisted that Brussels take the lead on tariffs. Officials said Brussels has already cut its budget.", "Brussels")]
    [InlineData("Mr Jones denied the charges. The magistrate ordered that Jones remain in custody until his next hearing.", "Jones")]
    [InlineData("Protesters demanded that Moscow withdraw its troops and that Kiev remain neutral. Kiev is calm.", "Kiev")]
    [InlineData("Aid workers asked whether Damascus take part in the talks. Damascus declined to comment.", "Damascus")]
    public void ExtractEntities_SubjunctiveAfterThatOrWhether_IsNoTeamSign(string text, string name)
    {
        Entities(text).Should().NotContain((name, EntityType.Organization));
    }

    [Theory]
    [InlineData("The Balkans are still rebuilding after the wars. Aid to the Balkans rose sharply.", "Balkans")]
    [InlineData("The Midlands have lost thousands of factory jobs. Unemployment in the Midlands is high.", "Midlands")]
    [InlineData("The Philippines are bracing for another typhoon, officials in Manila said.", "Philippines")]
    [InlineData("The Andes are home to millions of farmers.", "Andes")]
    public void ExtractEntities_PluralPlaceNameAfterThe_StaysAPlace(string text, string place)
    {
        Entities(text).Should().NotContain((place, EntityType.Organization));
    }

    [Theory]
    [InlineData("Three people were hurt when a Glasgow coach overturned on the motorway. Glasgow has seen several crashes.", "Glasgow")]
    [InlineData("Police said a Sheffield coach firm had been fined. Sheffield council will review its contracts.", "Sheffield")]
    [InlineData("The Bristol chief executive, Mary Hale, said the city would bid for the games. Bristol is growing fast.", "Bristol")]
    [InlineData("The Rome match ended in chaos. Officials in Rome said fans had behaved well, and Rome has hosted it before.", "Rome")]
    public void ExtractEntities_OrdinaryWordAfterAPlaceOutsideSportsProse_IsNoTeamSign(string text, string place)
    {
        Entities(text).Should().NotContain((place, EntityType.Organization));
    }

    [Fact]
    public void ExtractEntities_TeamAfterAPrepositionOfPlace_IsLeftAsItWasRead()
    {
        // "at Arsenal" may be the club or its ground: the rule does not decide it.
        Entities("He has struggled as Arsenal have gradually lost ground. He is happy at Arsenal, he said.")
            .Where(e => e.Text == "Arsenal").Select(e => e.Type).Should().Equal(EntityType.Organization, EntityType.Location);
    }

    [Fact]
    public void ExtractEntities_AbbreviationPlural_IsNotMadeATeam()
    {
        Entities("MPs are preparing to debate the bill on Tuesday.").Should().NotContain(("MPs", EntityType.Organization));
    }

    [Fact]
    public void ExtractEntities_CapitalizedWordAfterAQuoteMark_IsNotFoundAsATeam()
    {
        const string text = "Bolton keeper Jussi Jaaskelainen saved twice. He told the Daily Record: \"The manager has had a lot of chances.\"";

        Entities(text).Should().NotContain(e => e.Text == "The");
    }

    [Fact]
    public void ExtractEntities_MegabyteOfTeamNamesAndSportsVerbsOnOneLine_ReturnsConsistentEntities()
    {
        // Every name a team, every word a sign: the rule reads one word beside each name, so this stays linear.
        string text = string.Concat(Enumerable.Repeat("Liverpool are Bolton host Arsenal beat Chelsea boss Bath keeper Wasps have ", 13_000))
            + "\nFans in Liverpool cheered.";

        var entities = NewsExtractor.Default.ExtractEntities(text);

        entities.Should().OnlyContain(e => text.Substring(e.Span.Start, e.Span.Length) == e.Text);
        entities.Should().Contain(e => e.Text == "Liverpool" && e.Type == EntityType.Location && e.Span.Start > text.Length - 30);
    }
}
