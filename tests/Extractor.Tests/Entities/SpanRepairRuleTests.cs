using Extractor.Entities;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Entities;

public class SpanRepairRuleTests
{
    /// <summary>Runs the rule on mentions given by their text (first occurrence, or the n-th with "@n").</summary>
    internal static List<(string Text, EntityType Type)> Apply(string text, params (string Text, EntityType Type)[] found)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var mentions = MentionsFromText.Build(document, found);
        SpanRepairRule.Apply(document, mentions);
        return mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();
    }

    [Theory]
    [InlineData("Shares of Amazon.com Inc and Alphabet Inc rose on Tuesday.", "Amazon.com Inc and Alphabet Inc", "Amazon.com Inc", "Alphabet Inc")]
    [InlineData("The deal between Vodafone Group Plc and Verizon Corp was signed.", "Vodafone Group Plc and Verizon Corp", "Vodafone Group Plc", "Verizon Corp")]
    [InlineData("Siemens AG and Alstom SA agreed to merge their rail units.", "Siemens AG and Alstom SA", "Siemens AG", "Alstom SA")]
    [InlineData("A spokesman for the British Bankers Association and Building Societies Association said.", "British Bankers Association and Building Societies Association",
        "British Bankers Association", "Building Societies Association")]
    public void Apply_CompanyDesignatorBeforeAnd_SplitsTheNames(string text, string joined, string left, string right)
    {
        Apply(text, (joined, EntityType.Organization)).Should().Equal((left, EntityType.Organization), (right, EntityType.Organization));
    }

    [Fact]
    public void Apply_BothSidesNamedAloneInTheDocument_SplitsTheNames()
    {
        const string text = "Oasis headlined on Friday. Blur played later. Tickets for Oasis and Blur sold out.";
        Apply(text, ("Oasis", EntityType.Organization), ("Blur", EntityType.Organization), ("Oasis and Blur", EntityType.Organization))
            .Should().Equal(("Oasis", EntityType.Organization), ("Blur", EntityType.Organization), ("Oasis", EntityType.Organization), ("Blur", EntityType.Organization));
    }

    [Theory]
    [InlineData("Procter and Gamble raised its forecast.", "Procter and Gamble")]
    [InlineData("Johnson and Johnson said sales rose. Johnson met analysts.", "Johnson and Johnson")]
    [InlineData("The Department for Education and Skills said so.", "Department for Education and Skills")]
    [InlineData("The Securities and Exchange Commission fined the firm.", "Securities and Exchange Commission")]
    [InlineData("Harris Bank and Trust Company lent the money.", "Harris Bank and Trust Company")]
    [InlineData("The Department of Health and Social Security paid.", "Department of Health and Social Security")]
    public void Apply_OneNameWithAndInside_StaysWhole(string text, string name)
    {
        Apply(text, (name, EntityType.Organization)).Should().Equal((name, EntityType.Organization));
    }

    [Fact]
    public void Apply_CoordinatedPlaceInsideName_StaysWhole()
    {
        const string text = "The Bank of England raised rates. Wales voted. The Bank of England and Wales case was heard.";
        var result = Apply(text, ("Bank of England", EntityType.Organization), ("Wales", EntityType.Location), ("Bank of England and Wales", EntityType.Organization));
        result.Should().Contain(("Bank of England and Wales", EntityType.Organization));
    }

    [Fact]
    public void Apply_HalvesKnownOnlyNextToAnd_StaysWhole()
    {
        const string text = "The Pew Internet and American Life Project said. A director of the Pew Internet and American Life Project spoke.";
        var result = Apply(text, ("Pew Internet", EntityType.Organization), ("American Life Project", EntityType.Organization),
            ("Pew Internet and American Life Project", EntityType.Organization));
        result.Should().Contain(("Pew Internet and American Life Project", EntityType.Organization));
    }

    [Theory]
    [InlineData("Newcastle 2-1 Bolton", "Newcastle", "Bolton")]
    [InlineData("Wasps 31-37 Leicester", "Wasps", "Leicester")]
    [InlineData("Dundee Utd 4-1 Aberdeen", "Dundee Utd", "Aberdeen")]
    public void Apply_ScoreBetweenTeams_GivesTwoOrganizations(string line, string home, string away)
    {
        string text = line + "\n\nThe home side won.";
        Apply(text, (line, EntityType.Person)).Should().Equal((home, EntityType.Organization), (away, EntityType.Organization));
    }

    [Theory]
    [InlineData("Phones that send MMS (Multimedia Messaging Services) messages.", "MMS (Multimedia Messaging Services", "MMS", "Multimedia Messaging Services")]
    [InlineData("The way that (Igor) Biscan performed.", "Igor) Biscan", "Igor", "Biscan")]
    public void Apply_UnpairedBracketInside_CutsThere(string text, string joined, string left, string right)
    {
        Apply(text, (joined, EntityType.Organization)).Should().Equal((left, EntityType.Organization), (right, EntityType.Organization));
    }

    [Theory]
    [InlineData("Referee: Howard Webb (South Yorkshire).", "Howard Webb (South Yorkshire", "Howard Webb")]
    [InlineData("High jump: 1. N Buckfield (Crawley AC) 5.50m", "N Buckfield (Crawley AC", "N Buckfield")]
    public void Apply_PersonCutAtAnOpeningBracket_KeepsOnlyThePerson(string text, string joined, string person)
    {
        Apply(text, (joined, EntityType.Person)).Should().Equal((person, EntityType.Person));
    }

    [Fact]
    public void Apply_PairedBracketInside_StaysWhole()
    {
        const string text = "Sales of Liquid Crystal Display (LCD) TVs rose.";
        Apply(text, ("Liquid Crystal Display (LCD) TVs", EntityType.Organization)).Should().Equal(("Liquid Crystal Display (LCD) TVs", EntityType.Organization));
    }

    [Theory]
    [InlineData("He said. \"The Audit Commission has said so.\"", "\"The Audit Commission", "The Audit Commission")]
    [InlineData("It is bad news for British American Tobacco\", the paper said.", "British American Tobacco\"", "British American Tobacco")]
    [InlineData("The FAO report on the \"State of Food Markets 2004\" said.", "the \"State of Food Markets 2004", "State of Food Markets 2004")]
    public void Apply_QuoteMarkOfAQuotationAtAnEdge_IsLeftOut(string text, string found, string expected)
    {
        Apply(text, (found, EntityType.Organization)).Should().Equal((expected, EntityType.Organization));
    }

    [Fact]
    public void Apply_NicknameInQuotes_StaysWhole()
    {
        const string text = "Rap mogul Marion \"Suge\" Knight was arrested.";
        Apply(text, ("Marion \"Suge\" Knight", EntityType.Person)).Should().Equal(("Marion \"Suge\" Knight", EntityType.Person));
    }

    [Theory]
    [InlineData("The musical cost £5m to stage.", "5m")]
    [InlineData("Profits fell by $3.8bn last year.", "3.8bn")]
    public void Apply_AmountReadAsName_IsDropped(string text, string amount)
    {
        Apply(text, (amount, EntityType.Organization)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Security firm 3ami built the system.", "3ami")]
    [InlineData("The band U2 played.", "U2")]
    public void Apply_NameWithDigits_IsKept(string text, string name)
    {
        Apply(text, (name, EntityType.Organization)).Should().Equal((name, EntityType.Organization));
    }

    [Theory]
    [InlineData("A great film.\n- Tim Dams, Screen International", "- Tim Dams", "Tim Dams")]
    [InlineData("It went to the European Court of Human Rights - and lost.", "the European Court of Human Rights -", "the European Court of Human Rights")]
    public void Apply_DashAtAnEdge_IsLeftOut(string text, string found, string expected)
    {
        Apply(text, (found, EntityType.Person)).Should().Equal((expected, EntityType.Person));
    }

    [Theory]
    [InlineData("Labour MP Barry Sheerman said the plan was flawed.", "Labour MP Barry Sheerman", "Labour", EntityType.Organization, "Barry Sheerman")]
    [InlineData("Lib Dem MEP Chris Davies voted against.", "Lib Dem MEP Chris Davies", "Lib Dem", EntityType.Nationality, "Chris Davies")]
    public void Apply_PartyAndTitleInsidePerson_SplitsPartyFromName(string text, string found, string party, EntityType partyType, string person)
    {
        Apply(text, (found, EntityType.Person)).Should().Equal((party, partyType), (person, EntityType.Person));
    }

    [Theory]
    [InlineData("Nicholas Blake QC told the court.", "Nicholas Blake QC", "Nicholas Blake", EntityType.Person)]
    [InlineData("Some 32 Labour MPs rebelled.", "Labour MPs", "Labour", EntityType.Organization)]
    public void Apply_TitleAfterTheName_IsLeftOut(string text, string found, string expected, EntityType type)
    {
        Apply(text, (found, EntityType.Person)).Should().Equal((expected, type));
    }

    [Fact]
    public void Apply_PersonNamedBySeat_IsNotReported()
    {
        Apply("The Glasgow Kelvin MP said so.", ("The Glasgow Kelvin MP", EntityType.Person)).Should().BeEmpty();
    }

    [Fact]
    public void Apply_PersonWithoutTitle_StaysWhole()
    {
        Apply("Tory Dominic Grieve said so.", ("Dominic Grieve", EntityType.Person)).Should().Equal(("Dominic Grieve", EntityType.Person));
    }

    [Theory]
    [InlineData("Aston Villa won at home.", "Aston Villa", EntityType.Person)]
    [InlineData("He joined West Bromwich Albion in May.", "West Bromwich Albion", EntityType.Location)]
    [InlineData("Fans of Man Utd protested.", "Man Utd", EntityType.Person)]
    public void Apply_NameEndingInClubWord_IsAnOrganization(string text, string club, EntityType found)
    {
        Apply(text, (club, found)).Should().Equal((club, EntityType.Organization));
    }

    [Theory]
    [InlineData("He flew to Salt Lake City.", "Salt Lake City")]
    [InlineData("They landed in Cape Town.", "Cape Town")]
    [InlineData("The United Arab Emirates agreed.", "United Arab Emirates")]
    public void Apply_PlaceEndingInTownWord_StaysAPlace(string text, string place)
    {
        Apply(text, (place, EntityType.Location)).Should().Equal((place, EntityType.Location));
    }

    [Theory]
    [InlineData("He said Labour would publish its plans.", "Labour", EntityType.Organization)]
    [InlineData("But Lib Dem leader Charles Kennedy said so.", "Lib Dem", EntityType.Nationality)]
    [InlineData("The Lib Dems say the figures do not add up.", "Lib Dems", EntityType.Nationality)]
    [InlineData("The Tories would cut taxes, he said.", "Tories", EntityType.Nationality)]
    public void Apply_PartyReadAsPerson_IsThePartyOrItsMembers(string text, string party, EntityType type)
    {
        Apply(text, (party, EntityType.Person)).Should().Equal((party, type));
    }

    [Fact]
    public void Apply_PersonWhoseNameHoldsAPartyWord_StaysAPerson()
    {
        Apply("Tory Burch opened a shop.", ("Tory Burch", EntityType.Person)).Should().Equal(("Tory Burch", EntityType.Person));
    }
}
