using Extractor.Cli.Training;

namespace Extractor.Tests.Models;

public sealed class NerCorpusReaderTests
{
    [Theory]
    [InlineData("B-PER I-PER O B-LOC", "PER:0-2 LOC:3-4")]
    [InlineData("I-PER I-PER I-ORG O", "PER:0-2 ORG:2-3")]
    [InlineData("B-ORG B-ORG I-ORG", "ORG:0-1 ORG:1-3")]
    [InlineData("O O O", "")]
    public void Spans_BioLabels_GiveExactSpans(string labels, string expected)
    {
        var spans = NerCorpusReader.Spans(labels.Split(' '));

        string.Join(" ", spans.Select(s => $"{s.Type}:{s.Start}-{s.End}")).Should().Be(expected);
    }

    [Fact]
    public void Read_OntoNotesSentence_UndoesEscapesJoinsHyphensAndKeepsGoldOnOriginalTokens()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [
                "the\tDT\tB-ORG", "NATO\tNNP\tI-ORG", "-\tHYPH\tI-ORG", "Russia\tNNP\tI-ORG", "Council\tNNP\tI-ORG",
                "-LRB-\t-LRB-\tO", "pro\tJJ\tO", "-\tHYPH\tO", "Russian\tJJ\tB-NORP", "-RRB-\t-RRB-\tO", "",
            ]);

            var sentence = NerCorpusReader.Read(path, NerCorpusFormat.OntoNotes).Single();

            sentence.Text.Should().Be("the NATO-Russia Council ( pro-Russian )");
            sentence.Gold.Should().Equal(new GoldSpan(0, 5, "ORG"), new GoldSpan(8, 9, "NORP"));
            var classes = NerTypeScheme.OntoNotes.Classes(sentence);
            classes.Count(c => c != 0).Should().Be(4, "the ORG covers three joined tokens and pro-Russian becomes one NORP token");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_ConllDocuments_MarksDocumentStarts()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [
                "-DOCSTART- -X- -X- O", "", "EU NNP B-NP B-ORG", "rejects VBZ B-VP O", "", "Peter NNP B-NP B-PER", "Blackburn NNP I-NP I-PER", "",
                "-DOCSTART- -X- -X- O", "", "BRUSSELS NNP B-NP B-LOC", "",
            ]);

            var sentences = NerCorpusReader.Read(path, NerCorpusFormat.Conll);

            sentences.Select(s => s.StartsDocument).Should().Equal(true, false, true);
            sentences[1].Gold.Should().Equal(new GoldSpan(0, 2, "PER"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
