using BenchmarkDotNet.Attributes;
using Extractor.Dates;
using Extractor.Entities;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Quotes;
using Extractor.Resolution;

namespace Extractor.Benchmarks;

/// <summary>
/// What quotes and resolution cost: the whole extraction with and without quotes, and the two stages alone on an
/// analyzed document. Run: <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- --filter '*QuoteBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private string _text = string.Empty;
    private AnalyzedDocument _document = null!;
    private List<EntityMention> _mentions = null!;
    private EntityMention[] _unresolved = [];

    /// <summary>The document size.</summary>
    [Params(BenchmarkCorpus.Size.Paragraph, BenchmarkCorpus.Size.Article, BenchmarkCorpus.Size.Megabyte)]
    public BenchmarkCorpus.Size Size { get; set; }

    /// <summary>Loads the text and runs the stages before quotes once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Get(Size);
        _document = AnalyzedDocument.Create(_text, ExtractionOptions.Default);
        var pipeline = new ExtractionPipeline(EntityModel.LoadDefault(), GazetteerRecognizer.Default, TemporalRecognizer.Default, EntityResolver.Default, QuoteExtractor.Default);
        _mentions = pipeline.FindMentions(_document);
        _unresolved = _mentions.ToArray();
        EntityResolver.Default.Resolve(_document, _mentions);
        NewsExtractor.Default.Extract(_text);
    }

    /// <summary>Entities only: tokens, recognizers, merge and resolution.</summary>
    [Benchmark(Baseline = true)]
    public int ExtractEntities() => NewsExtractor.Default.ExtractEntities(_text).Count;

    /// <summary>The whole extraction, quotes included.</summary>
    [Benchmark]
    public int Extract() => NewsExtractor.Default.Extract(_text).Quotes.Count;

    /// <summary>The quote stage alone.</summary>
    [Benchmark]
    public int Quotes() => QuoteExtractor.Default.Extract(_document, _mentions).Count;

    /// <summary>The resolution stage alone.</summary>
    [Benchmark]
    public int Resolve()
    {
        var mentions = new List<EntityMention>(_unresolved);
        EntityResolver.Default.Resolve(_document, mentions);
        return mentions.Count;
    }
}
