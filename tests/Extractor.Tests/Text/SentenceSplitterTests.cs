using Extractor.Text;

namespace Extractor.Tests.Text;

public class SentenceSplitterTests
{
    /// <summary>Splits <paramref name="text"/> and returns each sentence's text, from its first to its last token.</summary>
    private static string[] Sentences(string text)
    {
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        SentenceSplitter.Split(text, table);
        var sentences = new string[table.SentenceCount];
        for (int s = 0; s < table.SentenceCount; s++)
        {
            int first = table.SentenceStarts[s];
            int last = table.SentenceEnd(s) - 1;
            sentences[s] = text[table.Start(first)..table.End(last)];
        }

        return sentences;
    }

    [Fact]
    public void Split_NewsParagraph_SplitsAtEachSentenceEnd()
    {
        const string text = "The ministers met in Vilnius on Tuesday. They agreed to send more air-defence systems to the east. "
            + "Talks resume next week!";
        Sentences(text).Should().Equal(
            "The ministers met in Vilnius on Tuesday.",
            "They agreed to send more air-defence systems to the east.",
            "Talks resume next week!");
    }

    [Fact]
    public void Split_ClosingQuoteAfterPeriod_StaysInTheSentence()
    {
        const string text = "Asked about an attack, the envoy said the task was “to stop it from happening.” Markets fell sharply.";
        Sentences(text).Should().Equal(
            "Asked about an attack, the envoy said the task was “to stop it from happening.”",
            "Markets fell sharply.");
    }

    [Fact]
    public void Split_StraightQuotes_OpenerStartsTheNextSentence()
    {
        const string text = "The minister called the plan \"reckless.\" \"We will vote against it,\" she said. \"Never.\"";
        Sentences(text).Should().Equal(
            "The minister called the plan \"reckless.\"",
            "\"We will vote against it,\" she said.",
            "\"Never.\"");
    }

    [Fact]
    public void Split_QuestionInQuotesThenLowercase_DoesNotSplit()
    {
        const string text = "“Why would we wait?” he asked. “Because the vote is close!” replied an aide.";
        Sentences(text).Should().Equal(
            "“Why would we wait?” he asked.",
            "“Because the vote is close!” replied an aide.");
    }

    [Fact]
    public void Split_ExclamationInQuotesThenNameAndSpeechVerb_DoesNotSplit()
    {
        const string text = "“Get out now!” Mayor Petra Novak told residents on the riverbank. The water kept rising.";
        Sentences(text).Should().Equal(
            "“Get out now!” Mayor Petra Novak told residents on the riverbank.",
            "The water kept rising.");
    }

    [Theory]
    [InlineData("“We are ready.” Officials did not say more.", "“We are ready.”", "Officials did not say more.")]
    [InlineData("\"Nobody knows why.\" Prof Reddy says he hopes to expand.", "\"Nobody knows why.\"", "Prof Reddy says he hopes to expand.")]
    [InlineData("“Will it work?” Ms Ortiz said she doubted it.", "“Will it work?”", "Ms Ortiz said she doubted it.")]
    public void Split_QuotedSentenceThenNewSentence_Splits(string text, string first, string second)
    {
        Sentences(text).Should().Equal(first, second);
    }

    [Fact]
    public void Split_QuoteThenCapitalizedSentence_Splits()
    {
        const string text = "“We are ready.” Officials did not say more.";
        Sentences(text).Should().Equal("“We are ready.”", "Officials did not say more.");
    }

    [Theory]
    [InlineData("Troops were sent to the U.S. The next day they moved north.", "Troops were sent to the U.S.", "The next day they moved north.")]
    [InlineData("The deal closed in Jan. It was the largest of the year.", "The deal closed in Jan.", "It was the largest of the year.")]
    [InlineData("Shares of Acme Inc. But investors were wary.", "Shares of Acme Inc.", "But investors were wary.")]
    [InlineData("The bid came from Northwind Corp. Analysts called it low.", "The bid came from Northwind Corp.", "Analysts called it low.")]
    [InlineData("He was born in Tacoma, Wash. Reporters found him there.", "He was born in Tacoma, Wash.", "Reporters found him there.")]
    [InlineData("The bid came from Northwind Co. NBC's interest grew.", "The bid came from Northwind Co.", "NBC's interest grew.")]
    [InlineData("Sales fell in the U.K. Investors shrugged.", "Sales fell in the U.K.", "Investors shrugged.")]
    [InlineData("He moved to Portland, Ore. He never came back.", "He moved to Portland, Ore.", "He never came back.")]
    [InlineData("They opted for Plan B. In the end it failed.", "They opted for Plan B.", "In the end it failed.")]
    [InlineData("Apples, pears, etc. Prices rose.", "Apples, pears, etc.", "Prices rose.")]
    [InlineData("It was made in the U.S. “We are proud,” he said.", "It was made in the U.S.", "“We are proud,” he said.")]
    public void Split_AbbreviationBeforeClearSentenceStart_Splits(string text, string first, string second)
    {
        Sentences(text).Should().Equal(first, second);
    }

    [Theory]
    [InlineData("The U.S. Army and U.K. officials met on Jan. 5 in Washington.")]
    [InlineData("U.S. Sen. Ted Cruz and Gov. Greg Abbott spoke with Mr. He Lifeng.")]
    [InlineData("John F. Kennedy was shot in Dallas, Texas, in 1963.")]
    [InlineData("The vote, e.g. in Calif. and Ill., was close.")]
    [InlineData("Trading opened at 9:30 a.m. Monday in New York.")]
    [InlineData("Apple Inc. said its No. 1 product was the iPhone.")]
    [InlineData("Dr. Smith and Prof. Jones of St. Andrews agreed.")]
    [InlineData("Northwind Corp. Chairman Ann Lee resigned.")]
    [InlineData("The U.S. Army said so, and U.S. Embassy staff left.")]
    public void Split_AbbreviationInsideSentence_DoesNotSplit(string text)
    {
        Sentences(text).Should().Equal(text);
    }

    [Fact]
    public void Split_LineBreaks_EndHeadlinesBylinesAndListItems()
    {
        const string text = "Storm hits coast as thousands flee\nBy Anna Weber, Hamburg\n\nThe storm made landfall at dawn. Roads closed.\n"
            + "- 40,000 homes without power\n- Schools shut";
        Sentences(text).Should().Equal(
            "Storm hits coast as thousands flee",
            "By Anna Weber, Hamburg",
            "The storm made landfall at dawn.",
            "Roads closed.",
            "- 40,000 homes without power",
            "- Schools shut");
    }

    [Fact]
    public void Split_LowercaseAfterPeriod_DoesNotSplit()
    {
        const string text = "Prices rose by approx. five percent, the agency said.";
        Sentences(text).Should().Equal(text);
    }

    [Fact]
    public void Split_NumbersAndDecimals_DoNotSplit()
    {
        const string text = "Inflation hit 3.5% in 2022. 2023 was calmer, with 1,200 jobs added.";
        Sentences(text).Should().Equal("Inflation hit 3.5% in 2022.", "2023 was calmer, with 1,200 jobs added.");
    }

    [Fact]
    public void Split_EllipsisInBrackets_IsAnOmissionNotAnEnd()
    {
        const string text = "“We renew our invitation (…) to meet in the council,” the statement read.";
        Sentences(text).Should().Equal(text);
    }

    [Fact]
    public void Split_ClosingParenthesisAfterPeriod_StaysInTheSentence()
    {
        const string text = "The bill passed (it needed 60 votes.) Critics were furious.";
        Sentences(text).Should().Equal("The bill passed (it needed 60 votes.)", "Critics were furious.");
    }

    [Fact]
    public void Split_MissingSpaceAfterPeriod_StillSplits()
    {
        const string text = "The talks collapsed.The envoy left Geneva.";
        Sentences(text).Should().Equal("The talks collapsed.", "The envoy left Geneva.");
    }

    [Fact]
    public void Split_QuestionAndExclamationRuns_EndSentences()
    {
        const string text = "Who pays?! Nobody knows... The auditors will decide.";
        Sentences(text).Should().Equal("Who pays?!", "Nobody knows...", "The auditors will decide.");
    }

    [Fact]
    public void Split_NewsArticle_FindsEverySentence()
    {
        const string text = """
            Flooding forces evacuations in northern Italy

            ROME (Agency) — Thousands of people were evacuated from their homes in the Emilia-Romagna region on Wednesday after rivers burst their banks. At least nine people have died, officials said.

            “The situation is dramatic,” the region’s president told reporters in Bologna. “We have never seen anything like it.”

            The government will meet on Friday to approve emergency funds, according to Prime Minister Giorgia Meloni’s office. Italy’s civil protection agency said 37 towns were flooded.
            """;
        Sentences(text).Should().Equal(
            "Flooding forces evacuations in northern Italy",
            "ROME (Agency) — Thousands of people were evacuated from their homes in the Emilia-Romagna region on Wednesday after rivers burst their banks.",
            "At least nine people have died, officials said.",
            "“The situation is dramatic,” the region’s president told reporters in Bologna.",
            "“We have never seen anything like it.”",
            "The government will meet on Friday to approve emergency funds, according to Prime Minister Giorgia Meloni’s office.",
            "Italy’s civil protection agency said 37 towns were flooded.");
    }

    [Fact]
    public void Split_BbcStyleStraightQuotes_SplitsLikeCurlyOnes()
    {
        const string text = "Ms Hale said: \"We have doubled the budget. We will double it again.\" She said the money "
            + "would go to 'the poorest regions'. Critics called it \"a gimmick\".";
        Sentences(text).Should().Equal(
            "Ms Hale said: \"We have doubled the budget.",
            "We will double it again.\"",
            "She said the money would go to 'the poorest regions'.",
            "Critics called it \"a gimmick\".");
    }

    [Fact]
    public void Split_SentenceFlagsAndLookups_AgreeWithStarts()
    {
        const string text = "One here. Two there.\nThree";
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        SentenceSplitter.Split(text, table);

        table.SentenceStarts.ToArray().Should().Equal(0, 3, 6);
        table.SentenceOf(4).Should().Be(1);
        table.SentenceEnd(1).Should().Be(6);
        table.SentenceEnd(2).Should().Be(table.Count);
        for (int t = 0; t < table.Count; t++)
        {
            bool isStart = t is 0 or 3 or 6;
            ((table.Flag(t) & TokenFlags.SentenceStart) != 0).Should().Be(isStart);
        }
    }

    [Fact]
    public void Split_CalledTwice_GivesTheSameSentences()
    {
        const string text = "First one. Second one.";
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        SentenceSplitter.Split(text, table);
        SentenceSplitter.Split(text, table);
        table.SentenceCount.Should().Be(2);
    }

    [Fact]
    public void Split_NoTokens_GivesNoSentences()
    {
        var table = new TokenTable();
        Tokenizer.Tokenize("  \n ", table);
        SentenceSplitter.Split("  \n ", table);
        table.SentenceCount.Should().Be(0);
    }
}
