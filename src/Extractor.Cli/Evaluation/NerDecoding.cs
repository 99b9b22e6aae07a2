using Extractor.Cli.Training;
using Extractor.Models;

namespace Extractor.Cli.Evaluation;

/// <summary>Runs the runtime model on gold tokens: the corpus sentence's tokens are passed as they are, not re-tokenized.</summary>
internal static class NerDecoding
{
    /// <summary>
    /// A decoder for the sentences of <paramref name="sentences"/>, which decodes a sentence's whole document as
    /// <c>EntityModel.Recognize</c> decodes a text: a first pass in order, each sentence reading how the earlier ones
    /// were labelled (<see cref="PredictionHistory"/>), then the second pass of <see cref="DocumentLabels"/> over
    /// windows of sentences. The classes of the last document decoded are kept, so asking for its sentences in order
    /// decodes each document once.
    /// </summary>
    public static Action<NerSentence, int[]> Decoder(EntityModel model, IReadOnlyList<NerSentence> sentences)
    {
        var index = new Dictionary<NerSentence, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < sentences.Count; i++)
        {
            index[sentences[i]] = i;
        }

        var history = new PredictionHistory();
        int documentStart = -1, documentEnd = -1;
        var decoded = new List<int[]>();
        return (sentence, classes) =>
        {
            int x = index[sentence];
            if (x < documentStart || x >= documentEnd)
            {
                documentStart = x;
                while (documentStart > 0 && sentences[documentStart].Document is not null && !sentences[documentStart].FirstOfDocument)
                {
                    documentStart--;
                }

                documentEnd = documentStart + 1;
                while (documentEnd < sentences.Count && sentences[documentStart].Document is not null && !sentences[documentEnd].FirstOfDocument)
                {
                    documentEnd++;
                }

                DecodeDocument(model, sentences, documentStart, documentEnd, history, decoded);
            }

            decoded[x - documentStart].CopyTo(classes, 0);
        };
    }

    private static void DecodeDocument(EntityModel model, IReadOnlyList<NerSentence> sentences, int start, int end, PredictionHistory history,
        List<int[]> decoded)
    {
        var scratch = DecodeScratch.Current;
        var labels = DocumentLabels.Current;
        labels.Clear();
        history.Clear();
        decoded.Clear();
        for (int x = start; x < end; x++)
        {
            decoded.Add(new int[sentences[x].Count]);
        }

        for (int x = start; x < end; x++)
        {
            var s = sentences[x];
            if (s.Count == 0)
            {
                continue;
            }

            if (!labels.Fits(s.Count))
            {
                Collect(model, scratch, labels, history, decoded, start);
            }

            labels.Add(model, s.Text, s.Starts, s.Ends, scratch, s.Document, history, x);
        }

        Collect(model, scratch, labels, history, decoded, start);
    }

    private static void Collect(EntityModel model, DecodeScratch scratch, DocumentLabels labels, PredictionHistory history, List<int[]> decoded, int start)
    {
        if (Environment.GetEnvironmentVariable("STACK_NOP2") != "1")
        {
            labels.Finish(model, scratch, history);
        }

        for (int w = 0; w < labels.SentenceCount; w++)
        {
            labels.Classes(w).CopyTo(decoded[labels.SentenceId(w) - start]);
        }

        labels.Clear();
    }
}
