using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Evaluation.Quotes;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor eval quotes DIR [--limit N] [--errors]</c>: scores quote detection, speakers and reported claims on
/// brat standoff attributions (PolNeAR layout) and prints the figures and the extraction speed in documents per second.
/// </summary>
internal static class EvalQuotesCommand
{
    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args, ["--limit"], ["--errors"]);
        if (reader.Positional.Count != 1)
        {
            throw new UsageException("'eval quotes' needs one directory with 'text' and 'attributions' folders");
        }

        string directory = reader.Positional[0];
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"extractor: directory '{directory}' does not exist.");
            return ExitCodes.UnreadableInput;
        }

        var documents = BratAttributionReader.ReadDirectory(directory, reader.GetInt("--limit", int.MaxValue, min: 1));
        var scores = Evaluate(documents, reader.Has("--errors"));
        if (reader.Has("--errors"))
        {
            foreach (var error in scores.Errors)
            {
                Console.Error.WriteLine(error);
            }
        }

        Print(Console.Out, scores);
        return ExitCodes.Success;
    }

    public static QuoteScores Evaluate(IReadOnlyList<AttributionDocument> documents, bool collectErrors = false)
    {
        var extractor = NewsExtractor.Default;
        if (documents.Count > 0)
        {
            extractor.ExtractQuotes(documents[0].Text); // load the model before timing
        }

        var predictions = new IReadOnlyList<Quote>[documents.Count];
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < documents.Count; i++)
        {
            predictions[i] = extractor.ExtractQuotes(documents[i].Text);
        }

        watch.Stop();
        var scores = new QuoteScores { Seconds = watch.Elapsed.TotalSeconds };
        for (int i = 0; i < documents.Count; i++)
        {
            QuoteScorer.Score(documents[i], predictions[i], scores, collectErrors);
        }

        return scores;
    }

    public static void Print(TextWriter writer, QuoteScores s)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(c, $"documents            {s.Documents}"));
        writer.WriteLine(string.Create(c, $"direct quotes        P {s.DirectPrecision:F3}  R {s.DirectRecall:F3}  F1 {s.DirectF1:F3}   (gold {s.DirectGold}, predicted {s.DirectPredicted})"));
        writer.WriteLine(string.Create(c, $"speaker accuracy     {s.SpeakerAccuracy:F3}   ({s.SpeakerCorrect}/{s.SpeakerTotal} matched quotes with a gold source; mention overlap alone {Evaluation.ScoreMath.Ratio(s.SpeakerOverlap, s.SpeakerTotal):F3})"));
        writer.WriteLine(string.Create(c, $"pronoun referents    he {Evaluation.ScoreMath.Ratio(s.HeAgree, s.HeTotal):F3} ({s.HeAgree}/{s.HeTotal})  she {Evaluation.ScoreMath.Ratio(s.SheAgree, s.SheTotal):F3} ({s.SheAgree}/{s.SheTotal})   (resolved to the nearest named gold source before: a proxy)"));
        writer.WriteLine(string.Create(c, $"indirect claims      P {s.IndirectPrecision:F3}  R {s.IndirectRecall:F3}  F1 {s.IndirectF1:F3}   (gold {s.IndirectGold}, predicted {s.IndirectPredicted})"));
        writer.WriteLine(string.Create(c, $"speed                {s.DocumentsPerSecond:F1} docs/s   ({s.Seconds:F2} s, full pipeline)"));
    }
}
