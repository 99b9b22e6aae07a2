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

    [ThreadStatic]
    private static CandidateLists? _candidates;

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
        // The candidate lists live only until the merge, which copies what it keeps: they are the thread's, reused,
        // so that a long text does not regrow them (and leave their old arrays behind) on every call.
        var candidates = _candidates ?? new CandidateLists();
        _candidates = null;
        var (model, unreported, gazetteer, temporal) = (candidates.Model, candidates.Unreported, candidates.Gazetteer, candidates.Temporal);
        _model?.Recognize(document, model, unreported);
        _gazetteer.Recognize(document, gazetteer);
        _temporal.Recognize(document, temporal);
        var merged = MentionMerger.Merge(model, gazetteer, temporal, document.Text, unreported);
        SpanRepairRule.Apply(document, merged);
        ResultLineRule.Apply(document, merged);
        NameParticleRule.Apply(document, merged);
        HonorificRule.Apply(document, merged, _model?.CaseProfile);
        GluedWordRule.Apply(document, merged, _model?.CaseProfile);
        RepeatedNameRule.Apply(document, merged, _model?.CaseProfile);
        CompetitionNameRule.Apply(document, merged);
        NationalityNounRule.Apply(document, merged, _model?.CaseProfile);
        TeamNameRule.Apply(document, merged, _model?.Lexicon, _model?.CaseProfile, _gazetteer.Lexicon);
        if (candidates.Clear())
        {
            _candidates = candidates;
        }

        return merged;
    }

    /// <summary>The per-thread candidate lists of <see cref="FindMentions"/>.</summary>
    private sealed class CandidateLists
    {
        /// <summary>Lists grown past this many mentions (a text of several megabytes) are not kept for the next call.</summary>
        private const int MaxPooled = 1 << 16;

        public List<EntityMention> Model { get; } = [];

        public List<EntityMention> Unreported { get; } = [];

        public List<EntityMention> Gazetteer { get; } = [];

        public List<EntityMention> Temporal { get; } = [];

        /// <summary>Empties the lists (dropping the strings they refer to); false when they are too big to keep.</summary>
        public bool Clear()
        {
            bool keep = Model.Capacity <= MaxPooled && Unreported.Capacity <= MaxPooled && Gazetteer.Capacity <= MaxPooled && Temporal.Capacity <= MaxPooled;
            Model.Clear();
            Unreported.Clear();
            Gazetteer.Clear();
            Temporal.Clear();
            return keep;
        }
    }
}
