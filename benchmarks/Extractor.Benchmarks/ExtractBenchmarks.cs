using BenchmarkDotNet.Attributes;

namespace Extractor.Benchmarks;

/// <summary>
/// The whole pipeline as users call it: <see cref="NewsExtractor.ExtractEntities"/> (tokens, model, gazetteer, dates,
/// resolution) and <see cref="NewsExtractor.Extract"/> (everything, quotes and timeline included).
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2021, 12, 2) };

    private NewsExtractor _extractor = null!;
    private string _text = null!;

    /// <summary>The document size.</summary>
    [Params(BenchmarkCorpus.Size.Paragraph, BenchmarkCorpus.Size.Article, BenchmarkCorpus.Size.Megabyte)]
    public BenchmarkCorpus.Size Size { get; set; }

    /// <summary>Loads the model (outside the measurement) and the text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _extractor = NewsExtractor.Default;
        _text = BenchmarkCorpus.Get(Size);
        _extractor.Extract("warm up the model and lexicons");
    }

    /// <summary>Entities only.</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<Entity> ExtractEntities() => _extractor.ExtractEntities(_text, Options);

    /// <summary>Entities, dates, quotes, resolution and the timeline.</summary>
    [Benchmark]
    public ExtractionResult Extract() => _extractor.Extract(_text, Options);
}
