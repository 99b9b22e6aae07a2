using System.Diagnostics;
using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>
/// The entity model alone (document table, features, weights, Viterbi, confidences) over the 1 MB text, with the
/// thread's word caches emptied before each round so that every round meets the words as new:
/// <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- model [rounds]</c>. Prints each round's CPU time
/// of the process and wall time, then the best CPU time: on a shared machine the CPU time of the fastest round moves
/// far less than wall-clock figures, which count the time other processes held the core.
/// </summary>
public static class ModelProfile
{
    /// <summary>Runs the rounds and prints their times.</summary>
    public static void Run(string[] args)
    {
        int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
        string text = BenchmarkCorpus.Get(BenchmarkCorpus.Size.Megabyte);
        var model = EntityModel.LoadDefault() ?? throw new InvalidOperationException("No model.");
        var document = AnalyzedDocument.Create(text, new ExtractionOptions());
        var tokens = document.Tokens;
        var scratch = DecodeScratch.Current;
        double best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int r = 0; r < rounds; r++)
        {
            scratch.WordCache = null;
            scratch.PreparedWords = null;
            var context = DocumentContext.Current;
            var history = PredictionHistory.Current;
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            context.Clear();
            history.Clear();
            for (int s = 0; s < tokens.SentenceCount; s++)
            {
                int first = tokens.SentenceStarts[s];
                int n = tokens.SentenceEnd(s) - first;
                context.AddSentence(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n));
            }

            for (int s = 0; s < tokens.SentenceCount; s++)
            {
                int first = tokens.SentenceStarts[s];
                int n = tokens.SentenceEnd(s) - first;
                if (n > 0)
                {
                    context.NextSentence = s;
                    model.Decode(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), scratch, context, history);
                }
            }

            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            process.Refresh();
            double ms = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            if (r > 0)
            {
                best = Math.Min(best, ms);
            }

            Console.Write($"{ms:F0}/{wall:F0} ");
        }

        Console.WriteLine();
        Console.WriteLine($"model on 1 MB ({tokens.Count} tokens), caches emptied each round: best CPU {best:F1} ms ({tokens.Count / best / 1000:F2}M tokens/s), first round not counted");
    }
}
