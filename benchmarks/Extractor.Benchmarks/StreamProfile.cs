using System.Diagnostics;
using System.Text;
using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>
/// <see cref="NewsExtractor.ExtractEntities"/> over a stream of text never seen before: the BBC corpus cut into chunks
/// of about 1 MB, each extracted once, in order (the word caches carry over from chunk to chunk, as in a service
/// reading new articles): <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- stream [model]</c>.
/// The first chunk warms up the code and is not counted. Unlike the BenchmarkDotNet runs, which repeat one text, no
/// word cache can remember a chunk from an earlier round, whatever its size.
/// </summary>
public static class StreamProfile
{
    /// <summary>Runs the stream and prints the speed of each chunk and of all but the first.</summary>
    public static void Run(string[] args)
    {
        bool modelOnly = args.Length > 1 && args[1] == "model";
        var texts = new List<string>();
        var builder = new StringBuilder();
        foreach (string article in BenchmarkCorpus.AllArticles())
        {
            builder.Append(article).Append("\n\n");
            if (builder.Length >= 500_000)
            {
                texts.Add(builder.ToString());
                builder.Clear();
            }
        }

        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2021, 12, 2) };
        var model = EntityModel.LoadDefault()!;
        var output = new List<EntityMention>();

        // Warm up the code (tiered compilation) on a text that is not in the stream.
        string warm = BenchmarkCorpus.Get(BenchmarkCorpus.Size.Paragraph);
        for (int i = 0; i < 200; i++)
        {
            NewsExtractor.Default.ExtractEntities(warm, options);
        }

        Thread.Sleep(500);
        double tokens = 0, seconds = 0;
        for (int c = 0; c < texts.Count; c++)
        {
            var document = AnalyzedDocument.Create(texts[c], options);
            int count = document.Tokens.Count;
            output.Clear();
            long start = Stopwatch.GetTimestamp();
            if (modelOnly)
            {
                model.Recognize(document, output);
            }
            else
            {
                NewsExtractor.Default.ExtractEntities(texts[c], options);
            }

            double elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
            Console.Write($"{count / elapsed / 1e6:F2} ");
            if (c > 0)
            {
                tokens += count;
                seconds += elapsed;
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{(modelOnly ? "Recognize" : "ExtractEntities")}: {texts.Count} chunks of 0.5 MB; after the first {tokens / seconds / 1e6:F3}M tokens/s ({seconds * 1e9 / tokens:F0} ns a token)");
    }
}
