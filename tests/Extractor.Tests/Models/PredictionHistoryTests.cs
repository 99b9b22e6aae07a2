using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class PredictionHistoryTests
{
    private const int Person = 0;
    private const int Organization = 1;

    private static TokenFeatures Token(string word, string? runLast = null) => new()
    {
        Word = FeatureHash.Word(word),
        IsCapitalized = char.IsUpper(word[0]),
        RunLast = runLast is null ? 0 : FeatureHash.Word(runLast),
    };

    /// <summary>Records one sentence in which each token has the given class.</summary>
    private static void Record(PredictionHistory history, bool caps, params (string Word, int Class)[] tokens)
    {
        var features = tokens.Select(t => Token(t.Word)).ToArray();
        history.Record(features, tokens.Select(t => t.Class).ToArray(), caps);
    }

    private static int Unit(int type) => BilouTags.Class(type, BilouTags.Unit);

    private static byte Summary(int category, int agreement) => (byte)(1 + (category * 4) + agreement);

    public static TheoryData<int[], byte> Labels => new()
    {
        // Classes given to "Disney" in earlier sentences, and the summary a later "Disney" reads.
        { [Unit(Organization)], Summary(1 + Organization, 0) },
        { [Unit(Organization), Unit(Organization)], Summary(1 + Organization, 1) },
        { [Unit(Organization), Unit(Organization), Unit(Person)], Summary(1 + Organization, 2) },
        { [Unit(Organization), BilouTags.Outside, Unit(Person), BilouTags.Outside], Summary(0, 3) },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Annotate_WordLabelledEarlier_ReadsMostFrequentLabelAndAgreement(int[] classes, byte expected)
    {
        var history = new PredictionHistory();
        foreach (int c in classes)
        {
            Record(history, caps: false, ("Disney", c), ("said", BilouTags.Outside));
        }

        var sentence = new[] { Token("Disney"), Token("opened") };
        history.Annotate(sentence, caps: false);

        sentence[0].History.Should().Be(expected);
        sentence[1].History.Should().Be(0);
    }

    [Fact]
    public void Annotate_UnseenOrLowerCaseWord_HasNoHistory()
    {
        var history = new PredictionHistory();
        Record(history, caps: false, ("Pali", Unit(Person)), ("opened", BilouTags.Outside));

        var sentence = new[] { Token("Kowloon"), Token("opened"), Token("pali") };
        history.Annotate(sentence, caps: false);

        sentence.Select(t => t.History).Should().OnlyContain(h => h == 0);
    }

    [Fact]
    public void Annotate_SentenceInCapitals_ReadsLowerCaseWordsToo()
    {
        var history = new PredictionHistory();
        Record(history, caps: false, ("Pali", Unit(Person)));

        var sentence = new[] { Token("PALI") };
        sentence[0].Word = FeatureHash.Word("pali");
        history.Annotate(sentence, caps: true);

        sentence[0].History.Should().Be(Summary(1 + Person, 0));
    }

    [Fact]
    public void Record_SentenceInCapitals_AddsNothing()
    {
        var history = new PredictionHistory();
        Record(history, caps: true, ("PALI", Unit(Person)));

        history.Count.Should().Be(0);
    }

    [Fact]
    public void Annotate_CapitalizedRun_GivesEveryTokenTheHistoryOfTheRunsLastWord()
    {
        var history = new PredictionHistory();
        Record(history, caps: false, ("Harbor", Unit(Organization)));

        var sentence = new[] { Token("near"), Token("Victoria", "harbor"), Token("Harbor", "harbor"), Token("today") };
        history.Annotate(sentence, caps: false);

        sentence.Select(t => t.RunHistory).Should().Equal(0, Summary(1 + Organization, 0), Summary(1 + Organization, 0), 0);
        sentence[1].History.Should().Be(0);
    }

    [Fact]
    public void Clear_ForgetsEarlierDocument()
    {
        var history = new PredictionHistory();
        Record(history, caps: false, ("Disney", Unit(Organization)));
        history.Clear();

        var sentence = new[] { Token("Disney") };
        history.Annotate(sentence, caps: false);

        sentence[0].History.Should().Be(0);
        history.Count.Should().Be(0);
    }

    [Fact]
    public void Record_ManyWords_GrowsAndKeepsEveryWord()
    {
        var history = new PredictionHistory();
        // Letters, not digits: the folded word writes every digit as 0.
        static string Name(int i) => "N" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 26)) + (char)('a' + (i / 676));
        for (int i = 0; i < 2000; i++)
        {
            Record(history, caps: false, (Name(i), Unit(Person)));
        }

        history.Count.Should().Be(2000);
        history.Lookup(FeatureHash.Word(Name(1234))).Should().NotBe(0UL);
        history.Lookup(FeatureHash.Word("Other")).Should().Be(0UL);
    }

    [Fact]
    public void Clear_ShortDocumentAfterLongOne_ForgetsEveryWord()
    {
        static string Name(int i) => "N" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 26)) + (char)('a' + (i / 676));
        var history = new PredictionHistory();
        for (int i = 0; i < 2000; i++)
        {
            Record(history, caps: false, (Name(i), Unit(Person)));
        }

        history.Clear();
        Record(history, caps: false, ("Disney", Unit(Organization)));
        history.Clear();

        history.Count.Should().Be(0);
        history.Lookup(FeatureHash.Word("Disney")).Should().Be(0UL);
        history.Lookup(FeatureHash.Word(Name(7))).Should().Be(0UL);
    }
}
