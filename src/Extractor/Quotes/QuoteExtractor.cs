using Extractor.Pipeline;

namespace Extractor.Quotes;

/// <summary>Finds direct, partial and indirect quotes and attributes each to a speaker.</summary>
internal sealed class QuoteExtractor
{
    public static QuoteExtractor Default { get; } = new();

    /// <param name="document">The analyzed text.</param>
    /// <param name="mentions">The resolved entity mentions, in input order.</param>
    public IReadOnlyList<Quote> Extract(AnalyzedDocument document, IReadOnlyList<EntityMention> mentions)
    {
        return Array.Empty<Quote>();
    }
}
