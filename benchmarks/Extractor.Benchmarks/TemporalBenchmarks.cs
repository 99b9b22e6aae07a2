using BenchmarkDotNet.Attributes;
using Extractor.Dates;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>
/// The cost of the temporal stage against the whole extraction: <c>Extract</c> is the full pipeline,
/// <c>Analyze</c> tokenizes and splits sentences only, <c>AnalyzeAndTemporal</c> adds the temporal recognizer,
/// so (AnalyzeAndTemporal − Analyze) / Extract is the temporal stage's share.
/// </summary>
[MemoryDiagnoser]
public class TemporalBenchmarks
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2021, 12, 2) };
    private string _text = string.Empty;

    /// <summary>The document size.</summary>
    [Params(BenchmarkCorpus.Size.Paragraph, BenchmarkCorpus.Size.Article, BenchmarkCorpus.Size.Megabyte)]
    public BenchmarkCorpus.Size Size { get; set; }

    /// <summary>Loads the text and warms the shared extractor.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Get(Size);
        _ = NewsExtractor.Default.Extract("Warm up on Thursday.", Options);
    }

    /// <summary>The whole pipeline.</summary>
    [Benchmark(Baseline = true)]
    public ExtractionResult Extract() => NewsExtractor.Default.Extract(_text, Options);

    /// <summary>Tokens and sentences only.</summary>
    [Benchmark]
    public int Analyze() => AnalyzedDocument.Create(_text, Options).Tokens.Count;

    /// <summary>Tokens, sentences and the temporal recognizer.</summary>
    [Benchmark]
    public int AnalyzeAndTemporal()
    {
        var document = AnalyzedDocument.Create(_text, Options);
        var mentions = new List<EntityMention>();
        TemporalRecognizer.Default.Recognize(document, mentions);
        return mentions.Count;
    }
}
