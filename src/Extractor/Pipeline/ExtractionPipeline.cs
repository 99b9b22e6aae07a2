using Extractor.Dates;
using Extractor.Entities;
using Extractor.Models;
using Extractor.Quotes;
using Extractor.Resolution;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// Runs the stages in their one direction: tokens → candidate spans (model, gazetteer, temporal rules) → merge →
/// resolution → quotes → result records. Holds only immutable resources, so one instance serves all threads.
/// </summary>
internal sealed class ExtractionPipeline
{
    private readonly EntityModel? _model;
    private readonly GazetteerRecognizer _gazetteer;
    private readonly TemporalRecognizer _temporal;
    private readonly EntityResolver _resolver;
    private readonly QuoteExtractor _quotes;

    private const int MaxPooledTextLength = 1 << 23;

    [ThreadStatic]
    private static TokenTable? _entityTokens;

    public ExtractionPipeline(EntityModel? model, GazetteerRecognizer gazetteer, TemporalRecognizer temporal, EntityResolver resolver, QuoteExtractor quotes)
    {
        _model = model;
        _gazetteer = gazetteer;
        _temporal = temporal;
        _resolver = resolver;
        _quotes = quotes;
    }

    public EntityModel? Model => _model;

    public ExtractionResult Run(string text, ExtractionOptions options, bool withQuotes)
    {
        var document = AnalyzedDocument.Create(text, options);
        var mentions = FindMentions(document);
        _resolver.Resolve(document, mentions);
        var quotes = withQuotes ? _quotes.Extract(document, mentions) : Array.Empty<Quote>();
        return ResultBuilder.Build(document, mentions, quotes);
    }

    /// <summary>
    /// Entities only: the same stages as <see cref="Run"/> without quotes, timeline and sentence records, on a token
    /// table reused by the thread (nothing returned refers to it), so a long text allocates per entity, not per token.
    /// </summary>
    public IReadOnlyList<Entity> RunEntities(string text, ExtractionOptions options)
    {
        var table = _entityTokens ??= new TokenTable(4096);
        var document = AnalyzedDocument.Create(text, options, table);
        var mentions = FindMentions(document);
        _resolver.Resolve(document, mentions);
        var entities = ResultBuilder.Entities(document, mentions);
        table.Clear();

        // A table grown for a very long text (tens of megabytes) is not kept for the thread's next call.
        if (text.Length > MaxPooledTextLength)
        {
            _entityTokens = null;
        }

        return entities;
    }

    public TokenizedText Tokenize(string text)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        return new TokenizedText(text, ResultBuilder.Tokens(document), ResultBuilder.Sentences(document));
    }

    internal List<EntityMention> FindMentions(AnalyzedDocument document)
    {
        var model = new List<EntityMention>();
        var unreported = new List<EntityMention>();
        _model?.Recognize(document, model, unreported);
        var gazetteer = new List<EntityMention>();
        _gazetteer.Recognize(document, gazetteer);
        var temporal = new List<EntityMention>();
        _temporal.Recognize(document, temporal);
        var merged = MentionMerger.Merge(model, gazetteer, temporal, document.Text, unreported);
        NameParticleRule.Apply(document, merged);
        HonorificRule.Apply(document, merged);
        GluedWordRule.Apply(document, merged, _model?.CaseProfile);
        return merged;
    }
}
