using Extractor.Models;

namespace Extractor.Cli.Training;

/// <summary>
/// Gives every sentence of a corpus its document for <see cref="DocumentContext"/> features: the corpus's own
/// documents where it marks them (CoNLL <c>-DOCSTART-</c>), otherwise blocks of consecutive sentences (OntoNotes lists
/// its sentences in document order, without document marks), about the length of a news article.
/// </summary>
internal static class PseudoDocuments
{
    /// <summary>Sentences per block where the corpus marks no documents.</summary>
    public const int BlockSentences = 50;

    public static void Assign(IReadOnlyList<NerSentence> sentences, bool markedDocuments)
    {
        int start = 0;
        while (start < sentences.Count)
        {
            int end = start + 1;
            while (end < sentences.Count && (markedDocuments ? !sentences[end].StartsDocument : end - start < BlockSentences))
            {
                end++;
            }

            var document = new DocumentContext();
            for (int i = start; i < end; i++)
            {
                document.AddSentence(sentences[i].Text, sentences[i].Starts, sentences[i].Ends);
            }

            for (int i = start; i < end; i++)
            {
                sentences[i].Document = document;
                sentences[i].FirstOfDocument = i == start;
            }

            start = end;
        }
    }
}
