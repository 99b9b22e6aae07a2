using Extractor.Cli.Training;
using Extractor.Models;

namespace Extractor.Cli.Evaluation;

/// <summary>Runs the runtime model on gold tokens: the corpus sentence's tokens are passed as they are, not re-tokenized.</summary>
internal static class NerDecoding
{
    /// <summary>
    /// A decoder for the sentences of a corpus taken in order, as <c>EntityModel.Recognize</c> decodes a
    /// text: each sentence reads how the earlier sentences of its document were labelled
    /// (<see cref="PredictionHistory"/>), which starts afresh at the first sentence of each document.
    /// </summary>
    public static Action<NerSentence, int[]> Decoder(EntityModel model)
    {
        var history = new PredictionHistory();
        return (sentence, classes) =>
        {
            var scratch = DecodeScratch.Current;
            if (sentence.FirstOfDocument || sentence.Document is null)
            {
                history.Clear();
            }

            model.Decode(sentence.Text, sentence.Starts, sentence.Ends, scratch, sentence.Document, history);
            scratch.Classes.AsSpan(0, sentence.Count).CopyTo(classes);
        };
    }
}
