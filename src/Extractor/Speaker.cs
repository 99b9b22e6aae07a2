namespace Extractor;

/// <summary>Who a <see cref="Quote"/> is attributed to: the mention it attaches to and the referent it resolves to.</summary>
/// <param name="Text">The text of the mention the quote attaches to ("he", "the press release", "Stoltenberg").</param>
/// <param name="Span">Where that mention is in the input.</param>
/// <param name="Canonical">The canonical name of the resolved speaker ("Jens Stoltenberg"); the mention text when it could not be resolved further.</param>
/// <param name="Type">The type of the resolved speaker, when known.</param>
public sealed record Speaker(string Text, TextSpan Span, string Canonical, EntityType? Type)
{
    /// <summary>The <see cref="Entity.EntityId"/> of the resolved speaker in the same result, or <see langword="null"/> when it is not an entity there.</summary>
    public int? EntityId { get; init; }
}
