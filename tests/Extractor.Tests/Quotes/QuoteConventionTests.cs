namespace Extractor.Tests.Quotes;

/// <summary>
/// Conventions a careful reader applies to quotation marks in news: transcripts, stage directions, titles of works
/// and headlines, connectives before an interrupted attribution, chants, and the NYT '' mark.
/// </summary>
public class QuoteConventionTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => NewsExtractor.Default.ExtractQuotes(text);

    [Fact]
    public void ExtractQuotes_TranscriptLabels_NameTheSpeakerAndStayOutOfTheContent()
    {
        const string text = "Partial transcript as follows:\n\n"
            + "\"WALLACE: Let’s start with breaking news on the debate story. Will she be there tomorrow night?\n\n"
            + "\"PENCE: She will not be attending the debate tomorrow night.\n\n"
            + "\"(CROSSTALK.)\n\n"
            + "\"WALLACE: Governor, I don’t want to interrupt, but I want to try to get one more question in.\"";
        var quotes = Quotes(text).Where(q => q.Kind == QuoteKind.Direct).ToList();

        quotes.Select(q => q.Speaker?.Text).Should().Equal("WALLACE", "PENCE", "WALLACE");
        quotes[0].Text.Should().StartWith("Let’s start");
        quotes[1].Text.Should().StartWith("She will not");
        quotes.Should().NotContain(q => q.Text.Contains("CROSSTALK") || q.Text.Contains(':'));
    }

    [Theory]
    [InlineData("“EU: Sanctions will stay in place,” the envoy said.", "the envoy")]
    [InlineData("\"BREAKING news is what we do,\" the editor said.", "the editor")]
    public void ExtractQuotes_LabelLikeOpeningWithAnAttributionAfter_KeepsTheAttribution(string text, string speaker)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"(Applause)\"\n\n“We will win,” she said.")]
    [InlineData("The crowd stood. “(CROSSTALK.)”\n\n“We will win,” she said.")]
    public void ExtractQuotes_StageDirectionInMarks_IsNoQuote(string text)
    {
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Text.Should().Be("We will win");
    }

    [Fact]
    public void ExtractQuotes_ParenthesisInsideASentence_StaysAQuote()
    {
        Quotes("“(We) will win this race,” she said.").Should().ContainSingle(q => q.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at credit card bills.")]
    [InlineData("Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful.")]
    [InlineData("The ad, titled “A Very Clinton Christmas,” pans across a pile of gifts.")]
    public void ExtractQuotes_TitleAfterAWorkNoun_IsNoDirectQuote(string text)
    {
        Quotes(text).Should().NotContain(q => q.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("In his column, “We must act now,” Smith wrote on Sunday.", "Smith")]
    [InlineData("In her book, she wrote: “We were never told the truth about the war.”", "she")]
    public void ExtractQuotes_SpeechAfterAWorkNoun_StaysAQuote(string text, string speaker)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void ExtractQuotes_HeadlineWithByline_IsNoQuoteButTheExcerptIs()
    {
        const string text = "\"Met accused of whitewashing baby Jesus,\" by Post's Kathianne Boniello: \"A Manhattan man is suing the museum over its paintings.\"";
        var quotes = Quotes(text);
        quotes.Should().NotContain(q => q.Text.Contains("whitewashing"));
        quotes.Should().ContainSingle(q => q.Text.StartsWith("A Manhattan man", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NATO said it would respond.\n\nYou May Also Like\n\n“Cockroaches annoy Poles again.” Tourists want compensation [LIST]\n\nLeave a Reply", "Cockroaches")]
    [InlineData("Ministers met on Friday.\n\nRelated news\n\"A darker mood than ever.\" What can Kiev expect from the meeting in Ramstein\n  • 09.10 14:40", "darker mood")]
    [InlineData("Ministers met on Friday.\n\nОтвет на \"Как ВМФ России отбить нападение НАТО на море\"\n  • 09.10 19:26", "ВМФ")]
    public void ExtractQuotes_QuoteInAHeadlineLineWithNoSpeaker_IsNoQuote(string text, string content)
    {
        Quotes(text).Should().NotContain(q => q.Text.Contains(content));
    }

    [Theory]
    [InlineData("“We will not back down,” the minister said.\n\n“Our borders are not for sale.”", "Our borders")]
    [InlineData("The report found that ''27 companies reported 2,836 tax haven subsidiaries to the S.E.C.''\n\nHow is that possible?", "27 companies")]
    [InlineData("Trump says “the election is rigged” at rally in Ohio", "election is rigged")]
    public void ExtractQuotes_QuoteInRunningTextOrWithASpeaker_IsKept(string text, string content)
    {
        Quotes(text).Should().Contain(q => q.Text.Contains(content));
    }

    [Fact]
    public void ExtractQuotes_QuoteOfSeveralParagraphsOnOneLine_KeepsEveryPartWithItsSpeaker()
    {
        const string text = "\"It is vital that we start now,\" said Mr Wellington. On Monday, Ms Essex said: \"I have listened to the views of "
            + "local government. \"I have met a large number of local authorities in recent weeks.\" She said taxes could stay low.";
        var direct = Quotes(text).Where(q => q.Kind == QuoteKind.Direct).ToList();
        direct.Should().Contain(q => q.Text.StartsWith("I have listened", StringComparison.Ordinal) && q.Speaker!.Text == "Ms Essex");
        direct.Should().Contain(q => q.Text.StartsWith("I have met", StringComparison.Ordinal) && q.Speaker!.Text == "Ms Essex");
    }

    [Fact]
    public void ExtractQuotes_StrayOpeningMarkMidSentence_DoesNotSplitTheQuote()
    {
        const string text = "The minister said \"the plan is \"good for everyone,\" and left.";
        Quotes(text).Should().NotContain(q => q.Text.StartsWith("the plan is", StringComparison.Ordinal) && q.Text.Length < 14);
    }

    [Theory]
    [InlineData("But, Mr. Ryan said, ''democracy is a series of choices.''", "Mr. Ryan")]
    [InlineData("Still, she added, “we also can’t ignore significant changes to the energy landscape.”", "she")]
    [InlineData("However, he noted, \"while a staged weapon is likely beyond them, they are trying.\"", "he")]
    public void ExtractQuotes_ConnectiveBeforeInterruptedAttribution_IsADirectQuote(string text, string speaker)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void ExtractQuotes_AccordingToBeforeAComma_IntroducesADirectQuote()
    {
        var quote = Quotes("According to Limbaugh, “if it was left up to Hillary, she wouldn’t have time to say anything positive.”")
            .Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker!.Text.Should().Be("Limbaugh");
        quote.Text.Should().StartWith("if it was left");
    }

    [Theory]
    [InlineData("Protesters marching through the streets chanted \"What curfew?\" and kept going until 2 a.m.", "Protesters", "What curfew?")]
    [InlineData("The crowd chanted “Lock her up!” as the governor spoke.", "The crowd", "Lock her up!")]
    public void ExtractQuotes_Chant_IsADirectQuoteOfThoseChanting(string text, string speaker, string content)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Text.Should().Be(content);
        quote.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void ExtractQuotes_DoubledApostropheQuoteWithNestedSingleQuote_PairsTheOuterMarks()
    {
        const string text = "The Securities and Exchange Commission ''only requires that companies report all 'significant' subsidiaries, based on several measures,'' the report says.";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Text.Should().Be("only requires that companies report all 'significant' subsidiaries, based on several measures");
    }

    [Fact]
    public void ExtractQuotes_DoubledApostropheQuoteOpeningWithANumber_IsFound()
    {
        const string text = "The challenge is shown by this finding: ''27 companies reported 16,389 total subsidiaries to the S.E.C.''";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Text.Should().StartWith("27 companies");
    }

    [Fact]
    public void ExtractQuotes_NumberPhraseAfterACueInAGoingOnSentence_IsNoDirectQuote()
    {
        const string text = "They turned to the police department, which reported “2,521 shooting incidents” in the city between January and September.";
        Quotes(text).Should().NotContain(q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void ExtractQuotes_ParticipleCueAndComma_IntroducesAWholeUtterance()
    {
        const string text = "Giuliani has been advising Trump to soften his stance on immigration, saying, \"the advice I give to Donald is to Donald.\" He also said the campaign was strong.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Text.StartsWith("the advice", StringComparison.Ordinal)).Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Cue.Should().Be("saying");
        quote.Speaker!.Text.Should().Be("Giuliani");
    }

    [Theory]
    [InlineData("“We will defend our allies.” Stoltenberg said on Thursday.", "Stoltenberg")]
    [InlineData("“We will defend our allies.” he said.", "he")]
    public void ExtractQuotes_StopInsideTheMarksThenABareAttribution_IsAttributed(string text, string speaker)
    {
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void ExtractQuotes_StopInsideTheMarksThenASentenceWithItsOwnClaim_IsNotAttributedByIt()
    {
        const string text = "The minister spoke to reporters. “We will defend our allies.” Kalnins said the request had been sent to NATO.";
        var quote = Quotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        quote.Speaker?.Text.Should().NotBe("Kalnins");
    }
}
