using System.Globalization;
using System.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Writes every entity of every BBC article and of the 1 MB benchmark text, with its exact score, one per line, so
/// that two builds can be compared for identical output:
/// <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- dump FILE</c>, then <c>cmp</c> the files.
/// </summary>
public static class EntityDump
{
    /// <summary>Writes the dump to the file named by <paramref name="args"/>[1].</summary>
    public static void Run(string[] args)
    {
        string path = args.Length > 1 ? args[1] : "entities.dump";
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2021, 12, 2) };
        var extractor = NewsExtractor.Default;
        var output = new StringBuilder();
        int lines = 0;
        int article = 0;
        foreach (string text in BenchmarkCorpus.AllArticles().Append(BenchmarkCorpus.Get(BenchmarkCorpus.Size.Megabyte)))
        {
            foreach (var entity in extractor.ExtractEntities(text, options))
            {
                output.Append(CultureInfo.InvariantCulture, $"{article}\t{entity.Span.Start}\t{entity.Span.Length}\t{entity.Type}\t{entity.Origin}\t")
                    .Append(entity.Score.ToString("R", CultureInfo.InvariantCulture)).Append('\t').Append(entity.Canonical).Append('\t')
                    .Append(entity.EntityId.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(entity.Value).Append('\n');
                lines++;
            }

            article++;
        }

        File.WriteAllText(path, output.ToString());
        Console.WriteLine($"{article} texts, {lines} entities written to {path}");
    }
}
