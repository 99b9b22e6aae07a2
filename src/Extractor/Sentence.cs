namespace Extractor;

/// <summary>A sentence of the input, or a headline or list item that stands on its own line.</summary>
/// <param name="Span">Where the sentence is in the input, from its first token to its last.</param>
/// <param name="FirstToken">The index in <see cref="TokenizedText.Tokens"/> of the sentence's first token.</param>
/// <param name="TokenCount">The number of tokens in the sentence.</param>
/// <param name="Paragraph">The zero-based index of the paragraph the sentence belongs to (paragraphs are separated by line breaks).</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph);
