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

    /// <summary>
    /// The corrections applied to the merged mentions, in the order they run (each reads what the ones before it
    /// left). One list, so that the stage profile in the benchmarks runs and times exactly these.
    /// </summary>
    private static readonly (string Name, Action<AnalyzedDocument, List<EntityMention>, EntityModel?, Gazetteer> Apply)[] CorrectionSteps =
    [
        (nameof(SpanRepairRule), static (document, mentions, _, _) => SpanRepairRule.Apply(document, mentions)),
        (nameof(ResultLineRule), static (document, mentions, _, _) => ResultLineRule.Apply(document, mentions)),
        (nameof(NameParticleRule), static (document, mentions, _, _) => NameParticleRule.Apply(document, mentions)),
        (nameof(HonorificRule), static (document, mentions, model, _) => HonorificRule.Apply(document, mentions, model?.CaseProfile)),
        (nameof(GluedWordRule), static (document, mentions, model, _) => GluedWordRule.Apply(document, mentions, model?.CaseProfile)),
        (nameof(RepeatedNameRule), static (document, mentions, model, _) => RepeatedNameRule.Apply(document, mentions, model?.CaseProfile)),
        (nameof(CompetitionNameRule), static (document, mentions, _, _) => CompetitionNameRule.Apply(document, mentions)),
        (nameof(NationalityNounRule), static (document, mentions, model, _) => NationalityNounRule.Apply(document, mentions, model?.CaseProfile)),
        (nameof(TeamNameRule), static (document, mentions, model, gazetteer) => TeamNameRule.Apply(document, mentions, model?.Lexicon, model?.CaseProfile, gazetteer)),
    ];

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

    /// <summary>
    /// The corrections <see cref="FindMentions"/> applies after the merge, by name, in its order: each is called with
    /// the document, the merged mentions (changed in place), the model (null when there is none) and the gazetteer's place and
    /// nationality lists.
    /// </summary>
    internal static IReadOnlyList<(string Name, Action<AnalyzedDocument, List<EntityMention>, EntityModel?, Gazetteer> Apply)> Corrections => CorrectionSteps;

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
        var lexicon = _gazetteer.Lexicon;
        foreach (var (_, apply) in CorrectionSteps)
        {
            apply(document, merged, _model, lexicon);
        }

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
