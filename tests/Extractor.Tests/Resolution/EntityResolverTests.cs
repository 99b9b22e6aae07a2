using Extractor.Pipeline;
using Extractor.Quotes;
using Extractor.Resolution;

namespace Extractor.Tests.Resolution;

public class EntityResolverTests
{
    private static List<EntityMention> Resolve(string text, params (string Text, EntityType Type)[] phrases)
    {
        var document = TestDocuments.Analyze(text);
        var mentions = TestDocuments.Mentions(document, phrases);
        EntityResolver.Default.Resolve(document, mentions);
        return mentions;
    }

    private static EntityMention At(string text, List<EntityMention> mentions, string phrase, int occurrence = 0)
    {
        return mentions.Where(m => text.Substring(m.Start, m.Length) == phrase).ElementAt(occurrence);
    }

    [Fact]
    public void Resolve_SurnameAfterFullName_SharesIdAndTakesFullName()
    {
        const string text = "Jens Stoltenberg spoke in Brussels. Later Stoltenberg met the ministers.";
        var mentions = Resolve(text, ("Jens Stoltenberg", EntityType.Person), ("Stoltenberg", EntityType.Person), ("Brussels", EntityType.Location));
        var full = At(text, mentions, "Jens Stoltenberg");
        var surname = At(text, mentions, "Stoltenberg");
        surname.EntityId.Should().Be(full.EntityId);
        surname.Canonical.Should().Be("Jens Stoltenberg");
        At(text, mentions, "Brussels").EntityId.Should().NotBe(full.EntityId);
    }

    [Fact]
    public void Resolve_PlaceFirstWrittenInCapitals_TakesItsOrdinaryCasingAsCanonical()
    {
        const string text = "RIGA, March 3 - Ministers met in Riga on Thursday.";
        var mentions = Resolve(text, ("RIGA", EntityType.Location), ("Riga", EntityType.Location));
        mentions.Select(m => m.Canonical).Distinct().Should().Equal("Riga");
        mentions.Select(m => m.EntityId).Distinct().Should().HaveCount(1);
    }

    [Fact]
    public void Resolve_SurnameBeforeFullName_StillTakesFullName()
    {
        const string text = "Stoltenberg spoke first. NATO chief Jens Stoltenberg then left.";
        var mentions = Resolve(text, ("Jens Stoltenberg", EntityType.Person), ("Stoltenberg", EntityType.Person));
        mentions.Select(m => m.Canonical).Distinct().Should().Equal("Jens Stoltenberg");
        mentions.Select(m => m.EntityId).Distinct().Should().HaveCount(1);
    }

    [Theory]
    [InlineData("NATO chief Jens Stoltenbergaccusing the Kremlin spoke. Later Stoltenberg left.", "Jens Stoltenbergaccusing", "Stoltenberg", "Jens Stoltenberg")]
    [InlineData("Jens Stoltenberg arrived. Jens Stoltenbergsaid nothing more.", "Jens Stoltenbergsaid", "Jens Stoltenberg", "Jens Stoltenberg")]
    public void Resolve_NameGluedToTheNextWord_TakesTheNameWrittenElsewhere(string text, string glued, string other, string canonical)
    {
        var mentions = Resolve(text, (glued, EntityType.Person), (other, EntityType.Person));
        At(text, mentions, glued).Canonical.Should().Be(canonical);
        At(text, mentions, glued).EntityId.Should().Be(At(text, mentions, other).EntityId);
    }

    [Theory]
    [InlineData("Elton John sang. Boris Johnson listened.", "Boris Johnson")]
    [InlineData("Thomas Mann wrote. Karl Mannheim read.", "Karl Mannheim")]
    public void Resolve_NameThatMerelyStartsWithAnotherName_KeepsItsOwnName(string text, string longer)
    {
        var shorter = text[..text.IndexOf(' ', text.IndexOf(' ') + 1)];
        var mentions = Resolve(text, (shorter, EntityType.Person), (longer, EntityType.Person));
        At(text, mentions, longer).Canonical.Should().Be(longer);
        At(text, mentions, longer).EntityId.Should().NotBe(At(text, mentions, shorter).EntityId);
    }

    [Fact]
    public void Resolve_DifferentFirstNames_AreDifferentPeople()
    {
        const string text = "Joe Biden spoke. Hunter Biden did not.";
        var mentions = Resolve(text, ("Joe Biden", EntityType.Person), ("Hunter Biden", EntityType.Person));
        At(text, mentions, "Joe Biden").EntityId.Should().NotBe(At(text, mentions, "Hunter Biden").EntityId);
        At(text, mentions, "Hunter Biden").Canonical.Should().Be("Hunter Biden");
    }

    [Theory]
    [InlineData("Kiev", "Kyiv", "Kyiv")]
    [InlineData("Donbass", "Donbas", "Donbas")]
    [InlineData("Kharkov", "Kharkiv", "Kharkiv")]
    public void Resolve_SpellingVariants_ShareOneCanonicalName(string first, string second, string canonical)
    {
        string text = $"Officials in {first} said the army was ready. In {second}, people waited.";
        var mentions = Resolve(text, (first, EntityType.Location), (second, EntityType.Location));
        mentions.Should().HaveCount(2);
        mentions[0].EntityId.Should().Be(mentions[1].EntityId);
        mentions.Select(m => m.Canonical).Should().AllBe(canonical);
    }

    [Fact]
    public void Resolve_AcronymAndFullName_AreOneOrganization()
    {
        const string text = "The North Atlantic Treaty Organization met. NATO said it was ready.";
        var mentions = Resolve(text, ("North Atlantic Treaty Organization", EntityType.Organization), ("NATO", EntityType.Organization));
        mentions[0].EntityId.Should().Be(mentions[1].EntityId);
        mentions.Select(m => m.Canonical).Should().AllBe("North Atlantic Treaty Organization");
    }

    [Fact]
    public void Resolve_AcronymAlone_KeepsItsName()
    {
        const string text = "NATO said it was ready. The EU agreed.";
        var mentions = Resolve(text, ("NATO", EntityType.Organization), ("EU", EntityType.Organization));
        mentions.Select(m => m.Canonical).Should().Equal("NATO", "EU");
        mentions[0].EntityId.Should().NotBe(mentions[1].EntityId);
    }

    [Fact]
    public void Resolve_ArticleAndPossessive_DoNotSplitANameInTwo()
    {
        const string text = "The Kremlin denied it. Kremlin's spokesman spoke later.";
        var mentions = Resolve(text, ("The Kremlin", EntityType.Organization), ("Kremlin's", EntityType.Organization));
        mentions[0].EntityId.Should().Be(mentions[1].EntityId);
        mentions.Select(m => m.Canonical).Should().AllBe("Kremlin");
    }

    [Fact]
    public void Resolve_TitleRecognizedAsPerson_JoinsThePersonWithThatTitle()
    {
        const string text = "NATO Secretary General Jens Stoltenberg arrived. Later the NATO Secretary General spoke.";
        var document = TestDocuments.Analyze(text);
        var mentions = TestDocuments.Mentions(document, ("Jens Stoltenberg", EntityType.Person));
        int at = text.LastIndexOf("NATO Secretary General", StringComparison.Ordinal);
        var role = TestDocuments.Mentions(document, ("NATO Secretary General", EntityType.Person)).Single(m => m.Start == at);
        mentions.Add(role);
        EntityResolver.Default.Resolve(document, mentions);
        mentions[1].EntityId.Should().Be(mentions[0].EntityId);
        mentions[1].Canonical.Should().Be("Jens Stoltenberg");
    }

    [Fact]
    public void Resolve_TemporalMentions_KeepTheirText()
    {
        const string text = "On Thursday NATO met. On Thursday again it met.";
        var document = TestDocuments.Analyze(text);
        var mentions = TestDocuments.Mentions(document, ("Thursday", EntityType.Date), ("NATO", EntityType.Organization));
        EntityResolver.Default.Resolve(document, mentions);
        mentions.Where(m => m.Type == EntityType.Date).Select(m => m.Canonical).Should().AllBe("Thursday");
        mentions.Select(m => m.EntityId).Should().OnlyContain(id => id >= 0);
    }

    [Fact]
    public void Resolve_Ids_FollowFirstAppearance()
    {
        const string text = "Kyiv is far. Jens Stoltenberg spoke. Kiev waited.";
        var mentions = Resolve(text, ("Kyiv", EntityType.Location), ("Jens Stoltenberg", EntityType.Person), ("Kiev", EntityType.Location));
        mentions.Select(m => m.EntityId).Should().Equal(0, 1, 0);
    }

    [Fact]
    public void Resolve_NoMentions_DoesNothing()
    {
        var document = TestDocuments.Analyze("Nothing to see here.");
        var mentions = new List<EntityMention>();
        EntityResolver.Default.Resolve(document, mentions);
        mentions.Should().BeEmpty();
    }

    [Fact]
    public void QuoteSpeaker_WithRecognizedMention_TakesItsEntityIdAndCanonical()
    {
        const string text = "Jens Stoltenberg arrived in Brussels. “We are ready,” Stoltenberg said.";
        var document = TestDocuments.Analyze(text);
        var mentions = TestDocuments.Mentions(document, ("Jens Stoltenberg", EntityType.Person), ("Stoltenberg", EntityType.Person));
        EntityResolver.Default.Resolve(document, mentions);
        var quote = QuoteExtractor.Default.Extract(document, mentions).Single();
        quote.Speaker!.Text.Should().Be("Stoltenberg");
        quote.Speaker.Canonical.Should().Be("Jens Stoltenberg");
        quote.Speaker.Type.Should().Be(EntityType.Person);
        quote.Speaker.EntityId.Should().Be(mentions[0].EntityId);
    }

    [Theory]
    [InlineData("The European Commission fined the firm on Monday. The Commission said the fine was fair.", "European Commission", "Commission", "European Commission")]
    [InlineData("The Bank of England held rates. The Bank said inflation was under control.", "Bank of England", "Bank", "Bank of England")]
    [InlineData("The Reserve Bank of Australia raised rates. The Reserve Bank said growth was strong.", "Reserve Bank of Australia", "Reserve Bank", "Reserve Bank of Australia")]
    [InlineData("The Federal Reserve raised rates on Wednesday. The Fed said inflation remained high.", "Federal Reserve", "Fed", "Federal Reserve")]
    [InlineData("NATO ministers met in Brussels. NATO said the eastern part of the Alliance was safe.", "NATO", "Alliance", "NATO")]
    public void Resolve_ShortFormOfAnOrganizationName_JoinsTheFullName(string text, string full, string shortForm, string canonical)
    {
        var mentions = Resolve(text, (full, EntityType.Organization), (shortForm, EntityType.Organization));
        var first = mentions.First(m => text.Substring(m.Start, m.Length) == full);
        var second = mentions.First(m => text.Substring(m.Start, m.Length) == shortForm);
        second.EntityId.Should().Be(first.EntityId);
        mentions.Select(m => m.Canonical).Should().AllBe(canonical);
    }

    [Theory]
    [InlineData("The European Commission and the Competition Commission met. The Commission said nothing.", "Commission")]
    [InlineData("The House of Lords and the House of Commons disagreed. The House voted on Tuesday.", "House")]
    [InlineData("The Financial Times reported the deal. The Times said it was late.", "Times")]
    [InlineData("The Treasury said growth was strong. Congress disagreed.", "Congress")]
    public void Resolve_ShortFormThatFitsSeveralNamesOrNone_KeepsItsOwnName(string text, string shortForm)
    {
        var names = new[] { "European Commission", "Competition Commission", "House of Lords", "House of Commons", "Financial Times", "Treasury", shortForm }
            .Where(n => text.Contains(n, StringComparison.Ordinal)).Distinct().Select(n => (n, EntityType.Organization)).ToArray();
        var mentions = Resolve(text, names);
        var bare = mentions.Last(m => text.Substring(m.Start, m.Length) == shortForm);
        bare.Canonical.Should().Be(shortForm);
        mentions.Where(m => text.Substring(m.Start, m.Length) != shortForm).Should().OnlyContain(m => m.EntityId != bare.EntityId);
    }

    [Fact]
    public void Resolve_SurnameSharedByTwoPeople_JoinsTheOneNamedLastAndNeverMergesThem()
    {
        const string text = "Ed Miliband said Labour would win. Miliband was speaking in Leeds. His brother David Miliband spoke later. Miliband said he agreed.";
        var mentions = Resolve(text, ("Ed Miliband", EntityType.Person), ("David Miliband", EntityType.Person), ("Miliband", EntityType.Person));
        var ed = At(text, mentions, "Ed Miliband");
        var david = At(text, mentions, "David Miliband");
        ed.EntityId.Should().NotBe(david.EntityId);
        ed.Canonical.Should().Be("Ed Miliband");
        At(text, mentions, "Miliband", 1).EntityId.Should().Be(ed.EntityId); // the bare "Miliband" after "Ed Miliband" (0 and 2 lie inside the full names)
        At(text, mentions, "Miliband", 3).EntityId.Should().Be(david.EntityId);
    }

    [Theory]
    [InlineData("Lord Goldsmith gave his advice in March. Peter Goldsmith later defended it.", "Lord Goldsmith", "Peter Goldsmith", "Peter Goldsmith")]
    [InlineData("Steven Gerrard scored twice. Steve Gerrard said the team deserved it.", "Steven Gerrard", "Steve Gerrard", "Steven Gerrard")]
    [InlineData("Baroness Boothroyd spoke in the debate. Betty Boothroyd was Speaker until 2000.", "Baroness Boothroyd", "Betty Boothroyd", "Betty Boothroyd")]
    public void Resolve_TitleOrShortFirstName_IsTheSamePerson(string text, string first, string second, string canonical)
    {
        var mentions = Resolve(text, (first, EntityType.Person), (second, EntityType.Person));
        mentions[0].EntityId.Should().Be(mentions[1].EntityId);
        mentions.Select(m => m.Canonical).Should().AllBe(canonical);
    }

    [Theory]
    [InlineData("Andy Robinson picked the side. Jason Robinson will captain it.", "Andy Robinson", "Jason Robinson")]
    [InlineData("Mark Smith and Mary Smith both voted.", "Mark Smith", "Mary Smith")]
    [InlineData("John Howard won in Australia. Michael Howard lost in Britain.", "John Howard", "Michael Howard")]
    public void Resolve_DifferentFirstNamesWithOneSurname_StayTwoPeople(string text, string first, string second)
    {
        var mentions = Resolve(text, (first, EntityType.Person), (second, EntityType.Person));
        mentions[0].EntityId.Should().NotBe(mentions[1].EntityId);
        mentions[0].Canonical.Should().Be(first);
        mentions[1].Canonical.Should().Be(second);
    }

    [Theory]
    [InlineData("Andy Murray beat Roger Federer in the final. Andy said it was the best win of his career.", "Andy Murray", "Andy")]
    [InlineData("Serena Williams won in two sets. Serena said she felt strong.", "Serena Williams", "Serena")]
    [InlineData("Sir Paul McCartney played at Live 8. Sir Paul said it was a privilege.", "Paul McCartney", "Paul")]
    public void Resolve_FirstNameAloneAfterOnePersonWithIt_IsThatPerson(string text, string full, string firstName)
    {
        var names = new List<(string, EntityType)> { (full, EntityType.Person), (firstName, EntityType.Person) };
        if (text.Contains("Roger Federer", StringComparison.Ordinal))
        {
            names.Add(("Roger Federer", EntityType.Person));
        }

        var mentions = Resolve(text, names.ToArray());
        var lone = mentions.Last(m => text.Substring(m.Start, m.Length) == firstName);
        lone.EntityId.Should().Be(At(text, mentions, full).EntityId);
        lone.Canonical.Should().Be(full);
    }

    [Theory]
    [InlineData("Andy Murray and Andy Roddick both won. Andy said the wind was strong.", "Andy")]
    [InlineData("Michael Howard attacked the budget. Howard Flight resigned. Mr Howard said the party was united.", "Howard")]
    public void Resolve_FirstNameThatFitsTwoPeopleOrFollowsMr_DoesNotJoinByFirstName(string text, string lone)
    {
        var names = new[] { "Andy Murray", "Andy Roddick", "Michael Howard", "Howard Flight", lone }
            .Where(n => text.Contains(n, StringComparison.Ordinal)).Distinct().Select(n => (n, EntityType.Person)).ToArray();
        var mentions = Resolve(text, names);
        var bare = mentions.Last(m => text.Substring(m.Start, m.Length) == lone);
        bare.Canonical.Should().NotBe("Andy Murray").And.NotBe("Andy Roddick").And.NotBe("Howard Flight");
    }

    [Theory]
    [InlineData("Apple Inc. reported weaker sales. Shares in Apple fell 3%.", "Apple Inc.", "Apple")]
    [InlineData("Altria Group owns Philip Morris. Altria said profits rose.", "Altria Group", "Altria")]
    [InlineData("BP plc cut its dividend. BP said oil prices had fallen.", "BP plc", "BP")]
    public void Resolve_CompanyWithAndWithoutItsLegalForm_IsOneOrganization(string text, string full, string plain)
    {
        var mentions = Resolve(text, (full, EntityType.Organization), (plain, EntityType.Organization));
        var bare = mentions.Last(m => text.Substring(m.Start, m.Length) == plain);
        bare.EntityId.Should().Be(At(text, mentions, full).EntityId);
        bare.Canonical.Should().Be(full);
    }

    [Fact]
    public void Resolve_CompanyWhoseNameOnlyStartsLikeAnother_StaysApart()
    {
        const string text = "Apple Records sued Apple over the logo.";
        var mentions = Resolve(text, ("Apple Records", EntityType.Organization), ("Apple", EntityType.Organization));
        var bare = mentions.Last(m => text.Substring(m.Start, m.Length) == "Apple");
        bare.EntityId.Should().NotBe(At(text, mentions, "Apple Records").EntityId);
    }
}
