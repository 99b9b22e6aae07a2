namespace Extractor;

/// <summary>A temporal expression placed on the document's timeline.</summary>
/// <param name="Expression">The temporal entity (its <see cref="Entity.Value"/> is the resolved TIMEX3 value).</param>
/// <param name="SentenceIndex">The index in <see cref="TokenizedText.Sentences"/> of the sentence it anchors.</param>
public sealed record TimelineEntry(Entity Expression, int SentenceIndex)
{
    /// <summary>The indexes in <see cref="ExtractionResult.Quotes"/> of the quotes and claims whose sentence holds the expression.</summary>
    public IReadOnlyList<int> QuoteIndexes { get; init; } = Array.Empty<int>();
}
