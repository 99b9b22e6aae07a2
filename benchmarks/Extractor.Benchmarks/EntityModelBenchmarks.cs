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

    /// <summary>The public entity API: tokenizer, splitter, model, gazetteer, temporal rules, merge, resolution, records.</summary>
    [Benchmark]
    public IReadOnlyList<Entity> ExtractEntities() => NewsExtractor.Default.ExtractEntities(_text);

    /// <summary>Reading and indexing the model file (independent of <see cref="Size"/>).</summary>
    [Benchmark]
    public int Load() => EntityModel.Load(new MemoryStream(_modelBytes, writable: false)).ClassCount;
}
