using Extractor.Models;

namespace Extractor.Cli.Training;

/// <summary>
/// One annotated sentence as the model sees it: tokens in the form our tokenizer produces (PTB escapes undone,
/// hyphenated words joined), joined by single spaces into <see cref="Text"/>, with the gold entities both on these
/// tokens (for training) and on the corpus's original tokens (for honest scoring).
/// </summary>
internal sealed class NerSentence
{
    public required string Text { get; init; }

    public required int[] Starts { get; init; }

    public required int[] Ends { get; init; }

    /// <summary>For each token, the index of its first original corpus token.</summary>
    public required int[] OriginalFirst { get; init; }

    /// <summary>For each token, the index just past its last original corpus token.</summary>
    public required int[] OriginalEnd { get; init; }

    /// <summary>Gold entities over original token indexes, with the corpus's type names.</summary>
    public required IReadOnlyList<GoldSpan> Gold { get; init; }

    /// <summary>True for the first sentence of a document (CoNLL <c>-DOCSTART-</c>).</summary>
    public bool StartsDocument { get; init; }

    /// <summary>
    /// The sentence's document (<see cref="PseudoDocuments"/>: the corpus's documents, or blocks of neighbouring
    /// sentences where it marks none), for the document-level features.
    /// </summary>
    public DocumentContext? Document { get; set; }

    /// <summary>True for the first sentence of its <see cref="Document"/>: decoding clears the <see cref="PredictionHistory"/> here.</summary>
    public bool FirstOfDocument { get; set; }

    public int Count => Starts.Length;
}
