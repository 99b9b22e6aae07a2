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

    public TokenizedText Tokenize(string text)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        return new TokenizedText(text, ResultBuilder.Tokens(document), ResultBuilder.Sentences(document));
    }

    internal List<EntityMention> FindMentions(AnalyzedDocument document)
    {
        var model = new List<EntityMention>();
        _model?.Recognize(document, model);
        var gazetteer = new List<EntityMention>();
        _gazetteer.Recognize(document, gazetteer);
        var temporal = new List<EntityMention>();
        _temporal.Recognize(document, temporal);
        var merged = MentionMerger.Merge(model, gazetteer, temporal, document.Text);
        NameParticleRule.Apply(document, merged);
        return merged;
    }
}
