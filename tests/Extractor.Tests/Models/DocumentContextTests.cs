using Extractor.Models;
using Extractor.Text;

namespace Extractor.Tests.Models;

public sealed class DocumentContextTests
{
    // Flag bits, in the order of DocumentContext's fields.
    private const byte CapitalizedMid = 1;
    private const byte LowerMid = 2;
    private const byte RunFirst = 4;
    private const byte RunLast = 8;
    private const byte AfterTitle = 16;

    private static (string Text, int[] Starts, int[] Ends) Sentence(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int at = 0;
        foreach (string word in text.Split(' '))
        {
            starts.Add(at);
            ends.Add(at + word.Length);
            at += word.Length + 1;
        }

        return (text, starts.ToArray(), ends.ToArray());
    }

    private static byte[] Flags(string[] document, int sentence)
    {
        var context = new DocumentContext();
        foreach (string s in document)
        {
            var (text, starts, ends) = Sentence(s);
            context.AddSentence(text, starts, ends);
        }

        var (t, st, en) = Sentence(document[sentence]);
        var features = new TokenFeatures[st.Length];
        context.Flags(t, st, en, features);
        return features.Select(f => f.Document).ToArray();
    }

    [Fact]
    public void Flags_SentenceInitialSurname_SeesTheFullNameAndTitleElsewhere()
    {
        string[] document = ["Stoltenberg spoke first .", "NATO chief Jens Stoltenberg said so .", "Later Mr. Stoltenberg left ."];

        byte first = Flags(document, 0)[0];

        first.Should().Be(CapitalizedMid | RunLast | AfterTitle);
    }

    [Fact]
    public void Flags_WordOnlyInItsOwnSentence_HasNoFlags()
    {
        string[] document = ["The Kremlin said nothing .", "Prices rose ."];

        Flags(document, 0).Should().OnlyContain(f => f == 0);
    }

    [Fact]
    public void Flags_CommonWordInLowerCaseElsewhere_IsFlaggedLowerCase()
    {
        string[] document = ["Will they come ?", "They will not ."];

        Flags(document, 0)[0].Should().Be(LowerMid);
    }

    [Fact]
    public void Flags_SentenceInCapitals_AddsNothingButReadsTheDocument()
    {
        string[] document = ["ZELENSKY MEETS BIDEN", "President Zelensky arrived ."];

        Flags(document, 0)[0].Should().Be(CapitalizedMid | RunLast | AfterTitle);
        Flags(document, 1)[1].Should().Be(0, "the headline in capitals says nothing about case");
    }

    [Fact]
    public void Flags_FirstWordOfRunElsewhere_IsFlagged()
    {
        string[] document = ["Hong Kong Disneyland opened .", "It is in Hong ."];

        Flags(document, 1)[3].Should().Be(RunFirst);
    }

    [Fact]
    public void Clear_ThenNewDocument_ForgetsTheOldOne()
    {
        var context = new DocumentContext();
        var (text, starts, ends) = Sentence("Mr. Budanov spoke .");
        context.AddSentence(text, starts, ends);
        context.Clear();
        var (t2, s2, e2) = Sentence("Budanov left .");
        context.AddSentence(t2, s2, e2);

        var features = new TokenFeatures[s2.Length];
        context.Flags(t2, s2, e2, features);

        features.Should().OnlyContain(f => f.Document == 0);
        context.Count.Should().Be(1, "only \"left\" counts: a sentence-initial word adds nothing");
    }

    [Fact]
    public void AddSentence_OddInput_DoesNotThrow()
    {
        var context = new DocumentContext();
        var table = new TokenTable(16);
        foreach (string text in new[] { string.Empty, "\uD800 lone surrogate", "Войти ПОДПИСКА", new string('x', 5000) })
        {
            Tokenizer.Tokenize(text, table);
            var act = () => context.AddSentence(text, table.Starts, table.Ends);
            act.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Flags_SentenceNamedByNumber_GivesTheFlagsOfTheTokenScan(int sentence)
    {
        string[] document = ["Stoltenberg spoke first .", "NATO CHIEF JENS STOLTENBERG SAID SO .", "Later Mr. Stoltenberg left .", "Stoltenberg said the NATO summit will be held in Vilnius ."];
        var context = new DocumentContext();
        foreach (string s in document)
        {
            var (text, starts, ends) = Sentence(s);
            context.AddSentence(text, starts, ends);
        }

        var (t, st, en) = Sentence(document[sentence]);
        var features = new TokenFeatures[st.Length];
        for (int i = 0; i < st.Length; i++)
        {
            features[i].Word = FeatureHash.Word(t.AsSpan(st[i], en[i] - st[i]));
        }

        context.NextSentence = sentence;
        context.Flags(t, st, en, features, wordsHashed: true);
        var named = features.Select(f => f.Document).ToArray();
        context.NextSentence.Should().Be(-1, "the number holds for one call");

        context.Flags(t, st, en, features, wordsHashed: true);

        named.Should().Equal(features.Select(f => f.Document));
        named.Should().Equal(Flags(document, sentence));
    }
}
