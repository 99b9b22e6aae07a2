namespace Extractor.Tests.Resolution;

/// <summary>Who a careful reader takes pronouns, possessives and bodies in speaker phrases to be.</summary>
public class SpeakerResolutionTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => NewsExtractor.Default.ExtractQuotes(text);

    [Fact]
    public void ResolveSpeaker_HisOfficeAfterAPersonOpensTheSentenceBefore_IsThatPerson()
    {
        const string text = "“The message from Moscow is clear,” Kalnins said.\n\n"
            + "Estonian Prime Minister Kristen Michal is expected to raise the issue at a summit in Brussels next month. "
            + "In a statement, his office said Estonia would also increase its own defence spending by 2027.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == "his office").Subject;
        quote.Speaker!.Canonical.Should().Be("Kristen Michal");
    }

    [Fact]
    public void ResolveSpeaker_HeAfterAPersonNamedInsideASentence_StaysWithTheLastSpeaker()
    {
        const string text = "“The message from Moscow is clear,” Andris Kalnins said.\n\n"
            + "On Friday the minister met Kristen Michal in Tallinn. He said the request had been sent to NATO headquarters.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == "He").Subject;
        quote.Speaker!.Canonical.Should().Be("Andris Kalnins");
    }

    [Fact]
    public void ResolveSpeaker_ItsSpokesman_IsTheBody()
    {
        const string text = "The Kremlin dismissed the concerns on Friday. Its spokesman said the drills were routine and defensive.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        quote.Speaker!.Canonical.Should().Be("Kremlin");
    }

    [Fact]
    public void ResolveSpeaker_TheyWithAPluralSubject_IsThatSubjectNotTheBodyTheyAddressed()
    {
        const string text = "RIGA, March 3 — Defence ministers from Latvia, Lithuania and Estonia met in Riga on Thursday and asked NATO "
            + "to station additional air-defence batteries in the region, citing what they called \"a sharp rise in provocations\" along the border.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == "they").Subject;
        quote.Speaker!.Canonical.Should().Be("Defence ministers from Latvia, Lithuania and Estonia");
    }

    [Fact]
    public void ResolveSpeaker_TheyAfterABodyOpensTheSentence_IsTheBody()
    {
        const string text = "NATO met in Brussels on Thursday. “We are ready to talk,” they said.";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Speaker!.Canonical.Should().Be("NATO");
    }

    [Fact]
    public void ResolveSpeaker_HeWithNoPersonBefore_IsNotTheBodyQuotedLast()
    {
        const string text = "“Any further aggression against Ukraine will have serious consequences,” the NATO press release said.\n\n"
            + "“We support the right of all countries to decide on their own future,” he added.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == "he").Subject;
        quote.Speaker!.Canonical.Should().NotBe("NATO");
        quote.Speaker.Type.Should().NotBe(EntityType.Organization);
    }

    [Fact]
    public void ResolveSpeaker_HeAfterAPersonSpoke_IsThatPerson()
    {
        const string text = "“We will defend our allies,” NATO Secretary General Jens Stoltenberg said.\n\n“It is concerning,” he added.";
        Quotes(text).Select(q => q.Speaker!.Canonical).Should().Equal("Jens Stoltenberg", "Jens Stoltenberg");
    }

    [Fact]
    public void ResolveSpeaker_BodyNamedByANationality_KeepsItsOwnName()
    {
        const string text = "NATO said it would look at the proposal. According to the Lithuanian defence ministry, Russian forces have held four large exercises near the border since January.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Text.StartsWith("Russian forces", StringComparison.Ordinal)).Subject;
        quote.Speaker!.Canonical.Should().Contain("defence ministry").And.NotBe("NATO");
    }

    [Fact]
    public void ExtractClaims_ToldAHearerWithACueNounInItsName_ContentStartsAfterThat()
    {
        const string text = "Dmitry Peskov, the Kremlin spokesman, told the state news agency TASS that the drills were routine and defensive "
            + "and accused Western governments of stoking tension for decades.";
        var claim = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        claim.Text.Should().Be("the drills were routine and defensive");
        claim.Speaker!.Canonical.Should().Be("Dmitry Peskov");
    }

    [Fact]
    public void ExtractClaims_AndBetweenTwoVerbsThatAreNoCues_StaysInTheClaim()
    {
        const string text = "The minister said that prices rose in the spring and fell again in the autumn.";
        var claim = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        claim.Text.Should().Be("prices rose in the spring and fell again in the autumn");
    }

    [Fact]
    public void ResolveSpeaker_SheAfterAManSpokeLast_IsTheWomanTheTextCallsMrs()
    {
        const string text = "“The economy is strong,” Mrs. Clinton said on Monday.\n\n“We will build the wall,” Mr. Trump said in Ohio.\n\n"
            + "At a rally in Ohio, she said the plan would cost too much.\n\nAt a rally in Iowa, he said the plan would work.";
        var quotes = Quotes(text);
        quotes.Single(q => q.Speaker?.Text == "she").Speaker!.Canonical.Should().Be("Clinton");
        quotes.Single(q => q.Speaker?.Text == "he").Speaker!.Canonical.Should().Be("Trump");
    }

    [Fact]
    public void ExtractClaims_ApproximateNumberOpensTheClause_IsAClaim()
    {
        const string text = "Officials in Vilnius say roughly 30,000 troops took part in the latest exercise.";
        var claim = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        claim.Text.Should().StartWith("roughly 30,000 troops");
        claim.Speaker!.Text.Should().Be("Officials in Vilnius");
    }

    [Fact]
    public void ExtractClaims_ApproximatorWithoutANumber_IsNoClauseStart()
    {
        Quotes("The officials say about the plan very little.").Should().NotContain(q => q.Kind == QuoteKind.Indirect);
    }

    [Theory]
    [InlineData("Sanders pointed out that veterans' issues were largely ignored.", "veterans' issues were largely ignored", "pointed out")]
    [InlineData("The senator points out that the bill would cost billions.", "the bill would cost billions", "points out")]
    public void ExtractClaims_PointsOut_IsATwoWordCue(string text, string content, string cue)
    {
        var claim = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        claim.Text.Should().Be(content);
        claim.Cue.Should().Be(cue);
    }

    [Fact]
    public void ExtractQuotes_PointAsANoun_IsNoCue()
    {
        const string text = "The partner was supportive, at one point even admonishing the client: \"You know, you got to look at her, because she knows the answer.\"";
        Quotes(text).Should().NotContain(q => q.Cue == "point");
    }

    [Fact]
    public void ResolveSpeaker_FormerAndPresentHoldersOfOneOffice_AreToldApart()
    {
        const string text = "Former NATO Secretary General Anders Fogh Rasmussen spoke first.\n"
            + "NATO Secretary General Jens Stoltenberg spoke later.\n"
            + "\"We must stay united,\" the former secretary general said.\n"
            + "\"We will defend every ally,\" the secretary general said.";
        var quotes = Quotes(text);
        quotes.Should().ContainSingle(q => q.Text == "We must stay united").Which.Speaker!.Canonical.Should().Be("Anders Fogh Rasmussen");
        quotes.Should().ContainSingle(q => q.Text == "We will defend every ally").Which.Speaker!.Canonical.Should().Be("Jens Stoltenberg");
    }

    [Fact]
    public void ResolveSpeaker_FormerOfficialOfABody_DoesNotSpeakForTheBody()
    {
        const string text = "NATO Secretary General Jens Stoltenberg spoke in Brussels.\n"
            + "\"We are ready,\" a former NATO official said.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Text == "We are ready").Subject;
        quote.Speaker!.Canonical.Should().NotBe("NATO").And.NotBe("Jens Stoltenberg");
    }

    [Fact]
    public void ResolveSpeaker_SpokesmanOfTheBodyWhoseLeaderIsNamed_IsNotTheLeader()
    {
        const string text = "NATO Secretary General Jens Stoltenberg spoke in Brussels.\n"
            + "A NATO spokesman said the alliance was ready.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        quote.Speaker!.Canonical.Should().NotBe("Jens Stoltenberg");
    }

    [Theory]
    [InlineData("Apple Inc shares fell 5% on Tuesday. The iPhone maker warned that sales of its phones would slow this year.", "The iPhone maker", "Apple Inc")]
    [InlineData("Shares in Ryanair rose on Monday. The airline said that passenger numbers had grown by a fifth.", "The airline", "Ryanair")]
    [InlineData("Norwich Union has cut 400 jobs. The insurer said that the cuts would fall mainly on its call centres.", "The insurer", "Norwich Union")]
    [InlineData("Toyota and Microsoft both reported strong sales. The Public Accounts Committee met on Tuesday. The committee said that the contract had been badly managed.", "The committee", "Public Accounts Committee")]
    [InlineData("The Financial Times reported the deal on Monday. The paper said that the bank would cut 500 jobs.", "The paper", "Financial Times")]
    [InlineData("Ford and Volvo signed a deal in Gothenburg. The Swedish Economy Ministry welcomed it. The ministry said that 2,000 jobs would be saved.", "The ministry", "Swedish Economy Ministry")]
    public void ResolveSpeaker_BodyNoun_IsTheBodyJustNamedWithThatWordOrTheArticlesCompany(string text, string phrase, string canonical)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == phrase).Subject;
        quote.Speaker!.Canonical.Should().Be(canonical);
    }

    [Theory]
    [InlineData("Shares in Agroflora fell after the Vestey Group bought a stake. The government said that it would review the deal.", "The government")]
    [InlineData("Kazaa owner Sharman Networks lost its appeal on Friday. The court said that the firm had to filter its network.", "The court")]
    [InlineData("Shares in TimeWarner rose on Monday. The paper, published in Nature, said that the drug had failed its trial.", "The paper")]
    [InlineData("Shares in TimeWarner rose on Monday. Police said that no one had been hurt in the blast at the plant.", "Police")]
    public void ResolveSpeaker_StateBodyWithNoNameOfItsKind_StaysAsWrittenNotTheCompany(string text, string phrase)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == phrase).Subject;
        quote.Speaker!.Canonical.Should().Be(phrase);
    }

    [Theory]
    [InlineData("Andre Agassi beat Roger Federer in the final on Sunday. \"I played well,\" the American said.", "the American", "Andre Agassi")]
    [InlineData("Robin van Persie scored twice on Saturday. The Dutchman said that the team was ready for the final.", "The Dutchman", "Robin van Persie")]
    [InlineData("Andre Agassi beat Roger Federer in the final on Sunday. \"I played well,\" he said.", "he", "Andre Agassi")]
    public void ResolveSpeaker_DescriptorOrPronounWithNoSpeakerBefore_IsThePersonWhoOpensTheSentence(string text, string phrase, string canonical)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == phrase).Subject;
        quote.Speaker!.Canonical.Should().Be(canonical);
    }

    [Fact]
    public void ResolveSpeaker_APartyInThePlural_IsNoPerson()
    {
        const string text = "Tony Blair spoke in Brighton on Monday. The Tories said that the speech was empty.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Speaker != null && q.Speaker.Text == "The Tories").Subject;
        quote.Speaker!.Canonical.Should().NotBe("Tony Blair");
    }
}
