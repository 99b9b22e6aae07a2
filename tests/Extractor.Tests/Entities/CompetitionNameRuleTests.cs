using Extractor.Entities;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Entities;

/// <summary>A league read as a place or a person is an organization; a tournament so read is not reported.</summary>
public class CompetitionNameRuleTests
{
    private static List<(string Text, EntityType Type)> Apply(string text, params (string Text, EntityType Type)[] found)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var mentions = MentionsFromText.Build(document, found);
        CompetitionNameRule.Apply(document, mentions);
        return mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();
    }

    [Theory]
    [InlineData("Wales won the Six Nations for the first time since 1994.", "the Six Nations", EntityType.Location)]
    [InlineData("Ireland lead the Tri Nations table.", "Tri Nations", EntityType.Person)]
    [InlineData("Chelsea are five points clear at the top of the Premier League.", "the Premier League", EntityType.Location)]
    [InlineData("Leicester are second in the Premiership after the win.", "Premiership", EntityType.Location)]
    [InlineData("Barnet were promoted from the Conference last season.", "Conference", EntityType.Location)]
    public void Apply_LeagueReadAsPlaceOrPerson_IsAnOrganization(string text, string league, EntityType type)
    {
        Apply(text, (league, type)).Should().Equal((league, EntityType.Organization));
    }

    [Theory]
    [InlineData("She will run at the European Indoor Championships in Madrid next month.", "European Indoor Championships", EntityType.Location)]
    [InlineData("Liverpool meet Chelsea in the Carling Cup final on Sunday.", "Carling Cup", EntityType.Person)]
    [InlineData("Mirza reached the last eight of the Dubai Open.", "the Dubai Open", EntityType.Location)]
    [InlineData("He won the Norwich Union Grand Prix in Birmingham.", "the Norwich Union Grand Prix", EntityType.Location)]
    [InlineData("Roosevelt and Churchill met Stalin at the Yalta Conference in 1945.", "the Yalta Conference", EntityType.Location)]
    [InlineData("Delegates at the Bonn Conference agreed a timetable.", "Bonn Conference", EntityType.Location)]
    [InlineData("Bishops gathered for the Lambeth Conference in Canterbury.", "Lambeth Conference", EntityType.Person)]
    public void Apply_TournamentReadAsPlaceOrPerson_IsNotReported(string text, string tournament, EntityType type)
    {
        Apply(text, (tournament, type)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The United Nations met in New York.", "United Nations", EntityType.Organization)]
    [InlineData("The First Nations leaders met in Ottawa.", "First Nations", EntityType.Nationality)]
    [InlineData("The Football Association runs the FA Cup.", "FA Cup", EntityType.Organization)]
    [InlineData("Officials in Cupertino said so.", "Cupertino", EntityType.Location)]
    [InlineData("Talks were held in Nations Square.", "Nations Square", EntityType.Location)]
    public void Apply_OtherNames_StayAsTheyAre(string text, string name, EntityType type)
    {
        Apply(text, (name, type)).Should().Equal((name, type));
    }
}
