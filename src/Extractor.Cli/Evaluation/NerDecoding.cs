using Extractor.Cli.Training;
using Extractor.Models;

namespace Extractor.Cli.Evaluation;

/// <summary>Runs the runtime model on gold tokens: the corpus sentence's tokens are passed as they are, not re-tokenized.</summary>
internal static class NerDecoding
{
    public static Action<NerSentence, int[]> Decoder(EntityModel model)
    {
        return (sentence, classes) =>
        {
            var scratch = DecodeScratch.Current;
            model.Decode(sentence.Text, sentence.Starts, sentence.Ends, scratch, sentence.Document);
            scratch.Classes.AsSpan(0, sentence.Count).CopyTo(classes);
        };
    }
}
