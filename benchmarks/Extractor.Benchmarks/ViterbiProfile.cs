using System.Diagnostics;
using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>
/// The Viterbi search and the confidences' backward pass alone, over the emissions of every sentence of the 1 MB text
/// (computed once first): <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- viterbi [rounds]</c>.
/// Prints the best round's CPU time and a checksum of the classes and max-marginals (equal across builds that decode alike).
/// </summary>
public static class ViterbiProfile
{
    /// <summary>Runs the rounds and prints the best time.</summary>
    public static void Run(string[] args)
    {
        int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        string text = BenchmarkCorpus.Get(BenchmarkCorpus.Size.Megabyte);
        var model = EntityModel.LoadDefault() ?? throw new InvalidOperationException("No model.");
        var tokens = AnalyzedDocument.Create(text, new ExtractionOptions()).Tokens;
        var scratch = DecodeScratch.Current;
        int classCount = model.ClassCount;
        var sentences = new List<float[]>();
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int n = tokens.SentenceEnd(s) - first;
            if (n > 0)
            {
                model.ComputeEmissions(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), scratch);
                sentences.Add(scratch.Emissions.AsSpan(0, n * classCount).ToArray());
            }
        }

        int stride = ViterbiDecoder.Stride(classCount);
        var transitions = ViterbiDecoder.Pad(model.Transitions, classCount);
        var bounds = ViterbiDecoder.Bounds(transitions, classCount);
        int longest = sentences.Max(e => e.Length / classCount);
        var delta = new float[2 * stride];
        var back = new byte[longest * classCount];
        var classes = new int[longest];
        var forward = new float[longest * stride];
        double best = double.MaxValue;
        double checksum = 0;
        using var process = Process.GetCurrentProcess();
        for (int r = 0; r < rounds; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            checksum = 0;
            foreach (var emissions in sentences)
            {
                int n = emissions.Length / classCount;
                ViterbiDecoder.Decode(emissions, n, classCount, classCount, transitions, delta, back, classes.AsSpan(0, n), forward.AsSpan(0, n * stride), bounds);
                int firstEntity = classes.AsSpan(0, n).IndexOfAnyExcept(BilouTags.Outside);
                checksum += classes[n - 1];
                if (firstEntity >= 0)
                {
                    ViterbiDecoder.MaxMarginals(emissions, n, classCount, classCount, transitions, forward.AsSpan(0, n * stride), delta, bounds, firstEntity);
                    for (int i = firstEntity; i < n; i++)
                    {
                        checksum += classes[i] + forward[(i * stride) + classes[i]] * 1e-6;
                    }
                }
            }

            process.Refresh();
            double ms = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            if (r > 0)
            {
                best = Math.Min(best, ms);
            }
        }

        Console.WriteLine($"viterbi over {sentences.Count} sentences: best CPU {best:F1} ms; checksum {checksum:R}");
    }
}
