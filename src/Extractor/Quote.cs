namespace Extractor;

/// <summary>A quotation or reported claim and who made it.</summary>
/// <param name="Text">The content: the words inside the quotation marks, or the reported clause for indirect speech.</param>
/// <param name="Span">Where the content is in the input.</param>
/// <param name="Kind">Whether the quote is direct, partial or indirect.</param>
public sealed record Quote(string Text, TextSpan Span, QuoteKind Kind)
{
    /// <summary>The speech cue ("said", "told", "according to"), or <see langword="null"/> when the quote has none.</summary>
    public string? Cue { get; init; }

    /// <summary>Where the cue is in the input, when there is one.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>Who said it, or <see langword="null"/> when no speaker could be found.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The index in <see cref="TokenizedText.Sentences"/> of the sentence where the content starts.</summary>
    public int SentenceIndex { get; init; }
}
