using BenchmarkDotNet.Attributes;
using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>
/// The statistical entity recognizer alone (on an already tokenized document), the whole entity extraction around it,
/// and loading the model file.
/// </summary>
[MemoryDiagnoser]
public class EntityModelBenchmarks
{
    private readonly List<EntityMention> _mentions = new(4096);
    private EntityModel _model = null!;
    private AnalyzedDocument _document = null!;
    private byte[] _modelBytes = [];
    private string _text = string.Empty;

    /// <summary>Document size.</summary>
    [Params(BenchmarkCorpus.Size.Paragraph, BenchmarkCorpus.Size.Article, BenchmarkCorpus.Size.Megabyte)]
    public BenchmarkCorpus.Size Size { get; set; }

    /// <summary>Loads the model and prepares the text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = EntityModel.LoadDefault() ?? throw new InvalidOperationException("The assembly carries no entity model.");
        _text = BenchmarkCorpus.Get(Size);
        _document = AnalyzedDocument.Create(_text, ExtractionOptions.Default);
        using var stream = new MemoryStream();
        _model.Save(stream);
        _modelBytes = stream.ToArray();
        NewsExtractor.Default.ExtractEntities(_text);
    }

    /// <summary>Model decoding only: features, weights, Viterbi, mentions. Tokens/s = token count / time.</summary>
    [Benchmark]
    public int Recognize()
    {
        _mentions.Clear();
        _model.Recognize(_document, _mentions);
        return _mentions.Count;
    }

    /// <summary>Feature hashing and weight sums alone (the part of <see cref="Recognize"/> before the Viterbi search).</summary>
    [Benchmark]
    public int Emissions()
    {
        var scratch = DecodeScratch.Current;
        var tokens = _document.Tokens;
        int total = 0;
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int n = tokens.SentenceEnd(s) - first;
            if (n > 0)
            {
                _model.ComputeEmissions(_text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), scratch);
                total += n;
            }
        }

        return total;
    }

    /// <summary>Feature hashing alone: token properties and static feature keys, no weight table.</summary>
    [Benchmark]
    public int Features()
    {
        var scratch = DecodeScratch.Current;
        var tokens = _document.Tokens;
        int total = 0;
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int n = tokens.SentenceEnd(s) - first;
            if (n == 0)
            {
                continue;
            }

            scratch.EnsureTokens(n, _model.ClassCount);
            var features = scratch.Features.AsSpan(0, n);
            bool caps = FeatureExtractor.Prepare(_text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), _model.Lexicon, _model.CaseProfile,
                features, scratch.Words, scratch.Lexicon);
            for (int i = 0; i < n; i++)
            {
                total += FeatureExtractor.Static(features, i, caps, scratch.Keys);
            }
        }

        return total;
    }

    /// <summary>The public entity API: tokenizer, splitter, model, gazetteer, temporal rules, merge, resolution, records.</summary>
    [Benchmark]
    public IReadOnlyList<Entity> ExtractEntities() => NewsExtractor.Default.ExtractEntities(_text);

    /// <summary>Reading and indexing the model file (independent of <see cref="Size"/>).</summary>
    [Benchmark]
    public int Load() => EntityModel.Load(new MemoryStream(_modelBytes, writable: false)).ClassCount;
}
