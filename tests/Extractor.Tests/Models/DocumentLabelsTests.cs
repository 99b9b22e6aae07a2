using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class DocumentLabelsTests
{
    private const int Person = 0;
    private const int Organization = 1;

    private static TokenFeatures Token(string word, string? runLast = null) => new()
    {
        Word = FeatureHash.Word(word),
        IsCapitalized = char.IsUpper(word[0]),
        RunLast = runLast is null ? 0 : FeatureHash.Word(runLast),
    };

    private static int Unit(int type) => BilouTags.Class(type, BilouTags.Unit);

    private static byte Summary(int category, int agreement) => (byte)(1 + (category * 4) + agreement);

    /// <summary>A document of sentences, each token with its first-pass class.</summary>
    private sealed class Document
    {
        private readonly List<(TokenFeatures[] Tokens, int[] Classes, bool Caps)> _sentences = [];

        public Document Sentence(bool caps, params (string Word, int Class)[] tokens)
        {
            var features = tokens.Select(t => Token(t.Word)).ToArray();
            _sentences.Add((features, tokens.Select(t => t.Class).ToArray(), caps));
            return this;
        }

        /// <summary>The second pass's summaries, per sentence, as <see cref="DocumentLabels.Summarize"/> gives them going backwards.</summary>
        public (byte[] Doc, byte[] RunDoc, bool Any)[] Summaries()
        {
            var labels = new PredictionHistory();
            foreach (var (tokens, classes, caps) in _sentences)
            {
                labels.Record(tokens, classes, caps);
            }

            var future = new PredictionHistory();
            var result = new (byte[] Doc, byte[] RunDoc, bool Any)[_sentences.Count];
            for (int s = _sentences.Count - 1; s >= 0; s--)
            {
                var (tokens, classes, caps) = _sentences[s];
                var doc = new byte[tokens.Length];
                var runDoc = new byte[tokens.Length];
                bool any = DocumentLabels.Summarize(tokens, classes, caps, labels, future, doc, runDoc);
                result[s] = (doc, runDoc, any);
            }

            return result;
        }
    }

    [Fact]
    public void Summarize_FirstMention_ReadsTheLabelsOfLaterMentions()
    {
        var summaries = new Document()
            .Sentence(false, ("Ukrinform", BilouTags.Outside), ("reported", BilouTags.Outside))
            .Sentence(false, ("Ukrinform", Unit(Organization)), ("said", BilouTags.Outside))
            .Sentence(false, ("According", BilouTags.Outside), ("to", BilouTags.Outside), ("Ukrinform", Unit(Organization)))
            .Summaries();

        // The first mention reads its two later ones (always ORG), not its own "outside".
        summaries[0].Doc.Should().Equal(Summary(1 + Organization, 1), 0);
        summaries[0].Any.Should().BeTrue();

        // The second reads the first's "outside" and the third's ORG: a plurality of one each.
        summaries[1].Doc[0].Should().Be(Summary(0, 3));
    }

    [Fact]
    public void Summarize_LastMention_ReadsNothingTheHistoryDidNotGive()
    {
        var summaries = new Document()
            .Sentence(false, ("Disney", Unit(Organization)), ("opened", BilouTags.Outside))
            .Sentence(false, ("Disney", Unit(Organization)), ("said", BilouTags.Outside))
            .Summaries();

        summaries[1].Doc.Should().OnlyContain(d => d == 0);
        summaries[1].Any.Should().BeFalse();
        summaries[0].Doc[0].Should().Be(Summary(1 + Organization, 0));
    }

    [Fact]
    public void Summarize_LowerCaseOrUniqueWord_ReadsNothing()
    {
        var summaries = new Document()
            .Sentence(false, ("Kowloon", Unit(Person)), ("opened", BilouTags.Outside))
            .Sentence(false, ("Later", BilouTags.Outside), ("opened", BilouTags.Outside))
            .Summaries();

        summaries.Should().OnlyContain(s => !s.Any && s.Doc.All(d => d == 0));
    }

    [Fact]
    public void Summarize_HeadlineInCapitals_ReadsTheLabelsOfTheText()
    {
        var summaries = new Document()
            .Sentence(true, ("JANSHER", BilouTags.Outside), ("WINS", BilouTags.Outside))
            .Sentence(false, ("Jansher", Unit(Person)), ("won", BilouTags.Outside))
            .Summaries();

        summaries[0].Doc.Should().Equal(Summary(1 + Person, 0), 0);
    }

    [Fact]
    public void Summarize_CapitalizedRun_GivesEveryTokenTheSummaryOfTheRunsLastWord()
    {
        var labels = new PredictionHistory();
        var future = new PredictionHistory();
        var later = new[] { Token("Harbor") };
        int[] laterClasses = [Unit(Organization)];
        labels.Record(later, laterClasses, caps: false);
        future.Record(later, laterClasses, caps: false);
        var sentence = new[] { Token("near"), Token("Victoria", "harbor"), Token("Harbor", "harbor"), Token("today") };
        int[] classes = [BilouTags.Outside, BilouTags.Class(Organization, BilouTags.Begin), BilouTags.Class(Organization, BilouTags.Last), BilouTags.Outside];
        labels.Record(sentence, classes, caps: false);
        var doc = new byte[4];
        var runDoc = new byte[4];

        DocumentLabels.Summarize(sentence, classes, caps: false, labels, future, doc, runDoc).Should().BeTrue();

        runDoc.Should().Equal(0, Summary(1 + Organization, 0), Summary(1 + Organization, 0), 0);
        doc[1].Should().Be(0);
    }

    [Fact]
    public void Summarize_CopyInCapitals_DoesNotReadItsOriginal()
    {
        var labels = new PredictionHistory();
        var future = new PredictionHistory();
        var original = new[] { Token("Jansher"), Token("won") };
        int[] classes = [Unit(Person), BilouTags.Outside];
        labels.Record(original, classes, caps: false);
        future.Record(original, classes, caps: false);
        var copy = new[] { Token("JANSHER"), Token("WON") };
        var doc = new byte[2];
        var runDoc = new byte[2];

        DocumentLabels.Summarize(copy, classes, caps: true, labels, future, doc, runDoc, (original, classes)).Should().BeFalse();
        doc.Should().OnlyContain(d => d == 0);
    }
}
