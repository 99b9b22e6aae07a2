namespace Extractor.Tests.Quotes;

/// <summary>End-to-end quote behaviour through <see cref="NewsExtractor"/>; holds with or without an entity model.</summary>
public class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => NewsExtractor.Default.ExtractQuotes(text);

    [Theory]
    [InlineData("“We will defend our allies,” Stoltenberg said.", "Stoltenberg", "said")]
    [InlineData("“We will defend our allies,” said Jens Stoltenberg.", "Jens Stoltenberg", "said")]
    [InlineData("Stoltenberg said: “We will defend our allies.”", "Stoltenberg", "said")]
    [InlineData("“We will defend our allies” – Stoltenberg added.", "Stoltenberg", "added")]
    [InlineData("“We will defend our allies”, affirmed the Union Secretary-General.", "the Union Secretary-General", "affirmed")]
    [InlineData("“We will defend our allies,” the statement issued on Thursday read.", "the statement", "read")]
    [InlineData("“We will defend our allies,” he insisted.", "he", "insisted")]
    [InlineData("\"We will defend our allies,\" Stoltenberg told reporters.", "Stoltenberg", "told")]
    [InlineData("«We will defend our allies», Stoltenberg said.", "Stoltenberg", "said")]
    [InlineData("„We will defend our allies“, Stoltenberg said.", "Stoltenberg", "said")]
    [InlineData("‘We will defend our allies,’ Stoltenberg said.", "Stoltenberg", "said")]
    [InlineData("''We will defend our allies,'' Stoltenberg said.", "Stoltenberg", "said")]
    [InlineData("“Who will defend our allies?” he wondered.", "he", "wondered")]
    public void ExtractQuotes_AttributionPatterns_FindDirectQuoteSpeakerAndCue(string text, string speaker, string cue)
    {
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Text.Should().Contain("defend our allies");
        quote.Text.Should().NotStartWith("“").And.NotEndWith(",");
        quote.Speaker!.Text.Should().Be(speaker);
        quote.Cue.Should().Be(cue);
        text.Substring(quote.Span.Start, quote.Span.Length).Should().Be(quote.Text);
        text.Substring(quote.Speaker.Span.Start, quote.Speaker.Span.Length).Should().Be(quote.Speaker.Text);
    }

    [Theory]
    [InlineData("“We will defend our allies,” Jeff Weaver, the campaign manager who ran the operation since May, said on Monday.", "Jeff Weaver", "said")]
    [InlineData("“We will defend our allies,” according to Judicial Watch.", "Judicial Watch", "according")]
    [InlineData("Stoltenberg told reporters on Thursday: “We will defend our allies.”", "Stoltenberg", "told")]
    [InlineData("Stoltenberg said of the meeting, “We will defend our allies.”", "Stoltenberg", "said")]
    public void ExtractQuotes_LongerAttributions_FindTheSpeaker(string text, string speaker, string cue)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Text.Should().Contain("defend our allies");
        quote.Speaker!.Text.Should().Be(speaker);
        quote.Cue.Should().StartWith(cue);
    }

    [Fact]
    public void ExtractQuotes_QuoteSignedWithItsAuthor_TakesTheNameAsSpeaker()
    {
        const string text = "“Maybe we can build a wall around the whole campaign.” ― Steve Quinlan\n\n“Nobody listens to us anymore.” ― Maria Lopez";
        var quotes = Quotes(text);
        quotes.Should().HaveCount(2);
        quotes[0].Speaker!.Text.Should().Be("Steve Quinlan");
        quotes[1].Speaker!.Text.Should().Be("Maria Lopez");
        quotes.Should().OnlyContain(q => q.Cue == null);
    }

    [Theory]
    [InlineData("Sanders told MSNBC’s “Morning Joe” that he would keep running.")]
    [InlineData("Warren called the practice “fraud” and asked for an inquiry.")]
    public void ExtractQuotes_ShortPhraseAfterNamingOrHearingVerb_IsNoDirectQuote(string text)
    {
        Quotes(text).Should().NotContain(q => q.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Obama said “there is love” in Orlando after the massacre.", "there is love")]
    [InlineData("In the poll, most voters said “most people in politics” can't be trusted.", "most people in politics")]
    [InlineData("The club's investment, Ms. Tanzer said, ''is a perfect example of adapting'' to the changing economics of golf.", "is a perfect example of adapting")]
    [InlineData("The crowd booed when he told them Clinton “has a number of super PACs and she is raising sums from Wall Street.”", "has a number of super PACs and she is raising sums from Wall Street.")]
    [InlineData("Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal.”", "had a crazy policy of self-deportation which was maniacal.")]
    [InlineData("An economic downturn, he said, “could be a good time to borrow and pay off debt.”", "could be a good time to borrow and pay off debt.")]
    [InlineData("If Clinton is elected, Bush said, \"she might be going back and forth between the White House and the courthouse.\"", "she might be going back and forth between the White House and the courthouse.")]
    public void ExtractQuotes_PhraseAfterCueThatTheSentenceGoesOn_IsPartialWithTheCuesSpeaker(string text, string content)
    {
        var quotes = Quotes(text);
        quotes.Should().NotContain(q => q.Kind == QuoteKind.Direct);
        var quote = quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Partial).Subject;
        quote.Text.Should().Be(content);
        quote.Speaker.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Obama said “there is love in Orlando,” and left.")]
    [InlineData("Obama said: “there is love” in Orlando.")]
    [InlineData("Obama said “there is love in Orlando.”")]
    [InlineData("Obama says “it’s interesting that a lot of people claim they’re undecided this late.”")]
    [InlineData("“That, unfortunately,” Obama said, “is part of the reality of today’s life.”")]
    [InlineData("Obama said, “as long as we’re not violating any election laws.”")]
    public void ExtractQuotes_LowerCaseQuoteAfterCueThatEndsTheUtterance_StaysDirect(string text)
    {
        Quotes(text).Should().Contain(q => q.Kind == QuoteKind.Direct && q.Speaker != null && q.Speaker.Text == "Obama");
    }

    [Theory]
    [InlineData("Fiorina was fired in 2005.\n\n'A change warrior.'\n\nFiorina has been forced to revisit the merger many times.")]
    [InlineData("The debate ended late.\n\n– ‘Who cares?’ –.\n\nWith millions watching, the candidates left.")]
    public void ExtractQuotes_ShortQuoteStandingAloneAsAParagraph_IsASubheadingNotAQuote(string text)
    {
        Quotes(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Fiorina was fired in 2005.\n\n“A change warrior,” she said.\n\nShe moved on.", "A change warrior")]
    [InlineData("“We are ready,” Stoltenberg said.\n\n“We will defend every inch of allied territory.”\n\nThe meeting ended.", "We will defend every inch of allied territory.")]
    public void ExtractQuotes_AttributedOrLongerQuoteParagraph_IsStillAQuote(string text, string content)
    {
        Quotes(text).Should().Contain(q => q.Kind == QuoteKind.Direct && q.Text == content && q.Speaker != null);
    }

    [Fact]
    public void ExtractQuotes_SaidBeforeQuoteWithoutColon_IsDirect()
    {
        const string text = "Asked what NATO would do, Stoltenberg said “the first task is to prevent that from happening.”";
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Text.Should().StartWith("the first task");
        quote.Speaker!.Text.Should().Be("Stoltenberg");
    }

    [Fact]
    public void ExtractQuotes_PassiveItWasWritten_ResolvesToTheBodyQuotedBefore()
    {
        const string text = "“Any aggression will have a price,” the NATO statement said. “We renew our invitation to Russia” – it was written.";
        var quotes = Quotes(text);
        quotes.Should().HaveCount(2);
        quotes[1].Speaker!.Text.Should().Be("it");
        quotes[1].Cue.Should().Be("written");
        quotes[1].Speaker!.Canonical.Should().Be("NATO");
    }

    [Fact]
    public void ExtractQuotes_QuoteInterruptedByAttribution_GivesTwoQuotesWithOneSpeaker()
    {
        const string text = "\"We are sending a clear message,\" Stoltenberg said, \"and we will act if needed.\"";
        var quotes = Quotes(text);
        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.Kind == QuoteKind.Direct && q.Speaker!.Text == "Stoltenberg");
        quotes[1].Text.Should().Be("and we will act if needed.");
    }

    [Fact]
    public void ExtractQuotes_QuoteOverSeveralParagraphs_KeepsTheSpeakerOnEveryPart()
    {
        const string text = "Stoltenberg said: “We are concerned about the build-up.\n\n“We also see attempts to make excuses.\n\n“So it is concerning.”\n\nThe meeting ended.";
        var quotes = Quotes(text);
        quotes.Should().HaveCount(3);
        quotes.Should().OnlyContain(q => q.Kind == QuoteKind.Direct && q.Speaker != null && q.Speaker.Text == "Stoltenberg");
        quotes[0].Text.Should().Be("We are concerned about the build-up.");
    }

    [Fact]
    public void ExtractQuotes_LastSpeakerHolds_ForAQuoteOpeningTheNextParagraph()
    {
        const string text = "“We don’t know Russia’s intentions,” Stoltenberg insisted.\n\n“They have enough troops to invade with little notice.”";
        var quotes = Quotes(text);
        quotes.Should().HaveCount(2);
        quotes[1].Speaker!.Text.Should().Be("Stoltenberg");
    }

    [Theory]
    [InlineData("He said “this quote never closes.\n\n“We will defend our allies,” Stoltenberg said.")]
    [InlineData("A stray ” mark sits here.\n\n“We will defend our allies,” Stoltenberg said.")]
    [InlineData("“Unclosed \" straight and “curly.\n\n“We will defend our allies,” Stoltenberg said.")]
    public void ExtractQuotes_UnbalancedMarks_DoNotLoseLaterQuotes(string text)
    {
        Quotes(text).Should().Contain(q => q.Text == "We will defend our allies" && q.Speaker!.Text == "Stoltenberg");
    }

    [Fact]
    public void ExtractQuotes_NestedSingleQuotes_StayInsideTheOuterQuote()
    {
        const string text = "“He told me ‘never again’ and walked out of the room,” Smith said.";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Text.Should().Be("He told me ‘never again’ and walked out of the room");
    }

    [Theory]
    [InlineData("The Smiths’ house was sold in the ’90s to a bank.")]
    [InlineData("The players’ union and the owners’ group met on Monday.")]
    [InlineData("It's the company's best year, and it isn't over.")]
    public void ExtractQuotes_Apostrophes_AreNoQuotes(string text)
    {
        Quotes(text).Where(q => q.Kind != QuoteKind.Indirect).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Dwayne \"The Rock\" Johnson arrived at the premiere on Sunday.")]
    [InlineData("They watched “Star Wars” on Friday night.")]
    [InlineData("The so-called “peace plan” failed within days.")]
    [InlineData("Critics called the \"reform\" a disaster.")]
    [InlineData("The film “The Lord of the Rings” won many awards.")]
    public void ExtractQuotes_ScareQuotesNicknamesAndTitles_AreNoQuotes(string text)
    {
        Quotes(text).Should().BeEmpty();
    }

    [Fact]
    public void ExtractQuotes_PartialQuoteAfterExpressionVerb_IsPartialWithTheSubjectAsSpeaker()
    {
        const string text = "NATO also expressed its readiness for a “constructive dialogue with Russia”.";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Text.Should().Be("constructive dialogue with Russia");
        quote.Speaker!.Text.Should().Be("NATO");
    }

    [Theory]
    [InlineData("“We have very different strategic goals,” Silverman said.")]
    [InlineData("“We have,” he said, “very different strategic goals,” Silverman said.")]
    [InlineData("“The campaign is in a very raw time,” said David Axelrod, a longtime ally.")]
    public void ExtractQuotes_SentenceOpeningWithTheQuote_IsNoIndirectClaim(string text)
    {
        Quotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void ExtractQuotes_PartialQuoteInReportedSentence_IsPartial()
    {
        const string text = "The coalition reiterated its support for “the territorial integrity and sovereignty of Ukraine.”";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker!.Text.Should().Be("The coalition");
        quote.Cue.Should().Be("reiterated");
    }

    [Theory]
    [InlineData("Budanov told Military Times that Russia had amassed more than 92,000 troops near the border.", "Budanov", "told", "Russia had amassed more than 92,000 troops near the border")]
    [InlineData("Authorities in Kiev say Russia has amassed about 100,000 troops near Ukraine’s borders.", "Authorities in Kiev", "say", "Russia has amassed about 100,000 troops near Ukraine’s borders")]
    [InlineData("On November 25, Oleksiy Danilov said there was no imminent threat of an invasion.", "Oleksiy Danilov", "said", "there was no imminent threat of an invasion")]
    [InlineData("Russia has amassed troops near the border, officials in Kiev said on Thursday.", "officials in Kiev", "said", "Russia has amassed troops near the border")]
    [InlineData("According to the BNS news agency, Stoltenberg made the statement after a meeting.", "the BNS news agency", "According to", "Stoltenberg made the statement after a meeting")]
    [InlineData("The troops are ready to move, according to intelligence officials.", "intelligence officials", "according to", "The troops are ready to move")]
    [InlineData("Kyrylo Budanov, head of the intelligence directorate, told reporters that Russia was preparing an offensive.", "Kyrylo Budanov", "told", "Russia was preparing an offensive")]
    [InlineData("The accusations are difficult to prove in public, said Grant Green, a former official.", "Grant Green", "said", "The accusations are difficult to prove in public")]
    [InlineData("Mr. Obama, officials said, has become increasingly skeptical about the options.", "officials", "said", "Mr. Obama, officials said, has become increasingly skeptical about the options")]
    [InlineData("Clinton says many doubted her in Nevada.", "Clinton", "says", "many doubted her in Nevada")]
    [InlineData("Sheldon Adelson said on Friday he met Donald Trump earlier this week.", "Sheldon Adelson", "said", "he met Donald Trump earlier this week")]
    [InlineData("United Gun Group said in a statement Thursday night they pulled the listing from the site.", "United Gun Group", "said", "they pulled the listing from the site")]
    [InlineData("Ginsburg said in an interview with The Associated Press last week that she did not want to think about it.", "Ginsburg", "said", "she did not want to think about it")]
    [InlineData("Trump and Clinton have “very different strategic goals,” Silverman said.", "Silverman", "said", "Trump and Clinton have “very different strategic goals,”")]
    [InlineData("The campaign is in “a very raw time,” said David Axelrod, a longtime ally.", "David Axelrod", "said", "The campaign is in “a very raw time,”")]
    public void ExtractQuotes_ReportedSpeech_IsIndirectClaimWithSpeakerCueAndClause(string text, string speaker, string cue, string content)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        quote.Speaker!.Text.Should().Be(speaker);
        quote.Cue.Should().Be(cue);
        quote.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("NATO wrote a statement on the situation at the border.")]
    [InlineData("The minister refused to say whether troops would move.")]
    [InlineData("Russia has amassed troops near the border.")]
    [InlineData("The statement was read aloud in parliament on Monday.")]
    [InlineData("Sanders said in a statement on Friday.")]
    [InlineData("Sanders spoke in a meeting with them on Friday.")]
    [InlineData("Sanders said in a letter to her it was late.")]
    public void ExtractQuotes_NoReportedClause_IsNoIndirectClaim(string text)
    {
        Quotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void ExtractQuotes_TextWithoutQuotes_ReturnsNothing()
    {
        Quotes("The Russian army is on the border with Ukraine. Troops moved west on Thursday.").Should().BeEmpty();
    }

    [Fact]
    public void ExtractQuotes_Speakers_ResolveTitlesRolesAndPronounsToTheNamedPerson()
    {
        const string text = "NATO Secretary General Jens Stoltenberg spoke in Brussels on Thursday.\n\n"
            + "“We are concerned,” the NATO secretary general said.\n\n"
            + "“We are ready to talk,” the secretary said.\n\n"
            + "“But we will defend our allies,” he insisted.\n\n"
            + "“Russia must withdraw,” affirmed the Union Secretary-General.";
        var quotes = Quotes(text);
        quotes.Should().HaveCount(4);
        quotes.Select(q => q.Speaker!.Canonical).Should().AllBe("Jens Stoltenberg");
        quotes.Should().OnlyContain(q => q.Speaker!.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg said Russia must withdraw its troops.", "NATO Secretary General Jens Stoltenberg", "Jens Stoltenberg")]
    [InlineData("Ukrainian President Volodymyr Zelensky said the army was ready for any developments.", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky")]
    [InlineData("“October provided a resurgence for her,” said former Obama adviser David Axelrod.", "former Obama adviser David Axelrod", "David Axelrod")]
    [InlineData("“She will be more focused on issues,” said former South Carolina Gov. Jim Hodges.", "former South Carolina Gov. Jim Hodges", "Jim Hodges")]
    public void ExtractQuotes_TitledNameWithABodyOrNationality_ResolvesToThePerson(string text, string speaker, string canonical)
    {
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Speaker!.Text.Should().Be(speaker);
        quote.Speaker.Type.Should().Be(EntityType.Person);
        quote.Speaker.Canonical.Should().Be(canonical);
    }

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov said the talks had failed.\n\n“We are disappointed,” the spokesman told reporters.", "Dmitry Peskov")]
    [InlineData("White House press secretary Jen Psaki spoke on Monday.\n\n“We will not be intimidated,” the press secretary said.", "Jen Psaki")]
    [InlineData("The defense minister, Oleksii Reznikov, visited the front.\n\n“We are prepared,” the minister said.", "Oleksii Reznikov")]
    public void ExtractQuotes_RoleWrittenInLowerCaseBeforeAName_ResolvesLaterRoleToThePerson(string text, string canonical)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker!.Canonical.Should().Be(canonical);
    }

    [Fact]
    public void ExtractQuotes_LowerCaseRoleOfSomeoneElse_DoesNotTakeTheQuote()
    {
        const string text = "Kremlin spokesman Dmitry Peskov said the talks had failed.\n\n“We will respond,” the defense minister said.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker!.Canonical.Should().NotBe("Dmitry Peskov");
    }

    [Theory]
    [InlineData("However, Rep. Stephen Lynch (D-Mass.) said the law does not require witnesses to appear.", "Stephen Lynch")]
    [InlineData("Sen. David Perdue (R-Ga.) said he did not believe those characterizations.", "David Perdue")]
    [InlineData("Jean-Claude Juncker (pictured) told reporters that the talks would resume.", "Jean-Claude Juncker")]
    public void ExtractQuotes_ShortNoteInParenthesesBeforeTheCue_TheNameBeforeItSpeaks(string text, string speaker)
    {
        var claim = Quotes(text).Should().ContainSingle().Subject;
        claim.Kind.Should().Be(QuoteKind.Indirect);
        claim.Speaker!.Canonical.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Republicans said the credibility of the Congress was at stake.", "the credibility of the Congress was at stake")]
    [InlineData("NATO said the security of the whole region would depend on the talks.", "the security of the whole region would depend on the talks")]
    [InlineData("Analysts say the sting of those changes would be swamped by tax cuts.", "the sting of those changes would be swamped by tax cuts")]
    public void ExtractQuotes_ClauseWhoseSubjectHasAnOfPhrase_IsAClaim(string text, string content)
    {
        var claim = Quotes(text).Should().ContainSingle().Subject;
        claim.Kind.Should().Be(QuoteKind.Indirect);
        claim.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("NATO wrote a statement on the situation at the border.")]
    [InlineData("The minister announced the appointment of a new envoy who was once a general.")]
    public void ExtractQuotes_ObjectWithAnOfPhraseOrPreposition_IsNoClaim(string text)
    {
        Quotes(text).Should().BeEmpty();
    }

    [Fact]
    public void ExtractQuotes_NameInCommasBeforeSaid_IsTheSpeakerNotTheClauseSubject()
    {
        var claim = Quotes("The White House press secretary, Jen Psaki, said the US would respond.").Should().ContainSingle().Subject;
        claim.Speaker!.Canonical.Should().Be("Jen Psaki");
        claim.Text.Should().Be("the US would respond");
    }

    [Theory]
    [InlineData("“Go back to your seat,” Trump barked.", "Trump")]
    [InlineData("“This is the best day of my life,” beamed Donald Hartley.", "Donald Hartley")]
    public void ExtractQuotes_MannerVerbAfterTheQuote_AttributesIt(string text, string speaker)
    {
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void ExtractQuotes_MannerVerbWithoutAQuote_IsNoCue()
    {
        Quotes("The dog barked at the mailman that the storm was coming.").Should().BeEmpty();
    }

    [Fact]
    public void ExtractQuotes_SurnameAfterTitledName_ResolvesToTheNameNotTheTitle()
    {
        const string text = "The announcement came from Secretary of State John Kerry in Geneva.\n\n“We are making progress,” Kerry said.";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Speaker!.Canonical.Should().Be("John Kerry");
    }

    [Fact]
    public void ExtractQuotes_DocumentsAndBodies_ResolveToTheOrganization()
    {
        const string text = "NATO wrote a statement on the situation at the border. NATO met on Thursday.\n\n"
            + "“Any aggression will have a heavy price,” the press release said.\n\n"
            + "“We are ready to work on confidence-building measures,” the alliance declared.\n\n"
            + "“We call on Russia to withdraw,” the statement read.";
        var quotes = Quotes(text);
        quotes.Should().HaveCount(3);
        quotes.Select(q => q.Speaker!.Canonical).Should().AllBe("NATO");
        quotes.Should().OnlyContain(q => q.Speaker!.Type == EntityType.Organization);
    }

    [Fact]
    public void ExtractQuotes_SurnameSpeaker_ResolvesToTheFullName()
    {
        const string text = "Jens Stoltenberg arrived in Riga.\n\n“We are here together,” Stoltenberg said.";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Speaker!.Text.Should().Be("Stoltenberg");
        quote.Speaker.Canonical.Should().Be("Jens Stoltenberg");
    }

    [Fact]
    public void ExtractQuotes_SentenceIndex_PointsAtTheSentenceOfTheContent()
    {
        const string text = "The meeting ended. “We are ready,” Stoltenberg said.";
        var result = NewsExtractor.Default.Extract(text);
        var quote = result.Quotes.Should().ContainSingle().Subject;
        result.Sentences[quote.SentenceIndex].Span.Contains(quote.Span).Should().BeTrue();
        quote.CueSpan!.Value.GetText(text).Should().Be("said");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("\"\"\"\"\"\"")]
    [InlineData("'' '' '' ''")]
    [InlineData("” “ ” “ said he")]
    [InlineData("Путин сказал: «Мы готовы».")]
    [InlineData("“🎉🎉🎉,” 🎉 said.")]
    [InlineData("\ud800 “lone surrogate\udc00,” he said")]
    [InlineData("said said said said that that that")]
    [InlineData("according to")]
    public void ExtractQuotes_OddInput_DoesNotThrow(string text)
    {
        var act = () => Quotes(text);
        act.Should().NotThrow();
    }

    [Fact]
    public void ExtractQuotes_MegabyteWithoutSpaces_DoesNotThrow()
    {
        string text = new string('x', 500_000) + "“" + new string('y', 500_000);
        var act = () => Quotes(text);
        act.Should().NotThrow();
    }

    [Fact]
    public void ExtractQuotes_ManyUnclosedMarks_StayLinear()
    {
        string text = string.Concat(Enumerable.Repeat("“word ", 20_000)) + "\n\n“We will defend our allies,” Stoltenberg said.";
        Quotes(text).Should().Contain(q => q.Text == "We will defend our allies");
    }
}
