namespace Extractor;

/// <summary>Everything Extractor found in one text: tokens, sentences, entities, quotes and the timeline.</summary>
public sealed class ExtractionResult : TokenizedText
{
    internal ExtractionResult(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<TimelineEntry> timeline)
        : base(text, tokens, sentences)
    {
        Entities = entities;
        Quotes = quotes;
        Timeline = timeline;
    }

    /// <summary>The entities in input order (by start, then by end); they never overlap.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The quotes and claims in input order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The temporal expressions in resolved chronological order (expressions without a resolvable value come last, in input order).</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; }
}
